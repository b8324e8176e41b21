"""How many records of each kind a store holds (`lcnet validate`, store.contents()).

A module of its own: lcnet.api.records defines a dozen dataclasses, which validate
would pay for at every start (#14)."""

from __future__ import annotations

from typing import NamedTuple


class StoreContents(NamedTuple):
    """How many records of each kind a store holds."""

    sources: int
    claims: int
    intakes: int
    cities: int
    countries: int
    resolutions: int

    def __str__(self) -> str:
        return (
            f"{self.sources} sources, {self.claims} claims, {self.intakes} intakes, "
            f"{self.cities} cities in {self.countries} countries, "
            f"{self.resolutions} resolutions"
        )

    def to_dict(self) -> dict[str, int]:
        return self._asdict()


__all__ = ["StoreContents"]
