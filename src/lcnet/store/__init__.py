"""Find, read and validate the fact store: the only file input of lcnet's core."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lcnet.countries import CountryIndex
from lcnet.store.facts import FactStore
from lcnet.store.locate import Origin, StoreLocation, locate_store


class OpenedStore:
    """A validated store, where it came from, and the country names to go with it."""

    __slots__ = ("countries", "facts", "location", "notes")

    def __init__(
        self,
        facts: FactStore,
        location: StoreLocation,
        countries: CountryIndex,
        notes: tuple[str, ...] = (),
    ) -> None:
        self.facts = facts
        self.location = location
        self.countries = countries
        self.notes = notes  # for the user: a cache refused as unsafe


def open_store(
    location: StoreLocation, display_root: str, today: date, cache_dir: Path | None
) -> OpenedStore:
    """Read and validate the store (or take it from the cache); raise InvalidStore."""
    root = location.path
    keys = None
    notes: tuple[str, ...] = ()
    if cache_dir is not None and (root / "store.toml").is_file():
        from lcnet.store.cache import Refused, file_keys, read_cache

        keys = file_keys(root)
        try:
            cached = read_cache(cache_dir, root, keys, today) if keys is not None else None
        except Refused as refusal:
            notes = (
                f"not using the store cache: {refusal}; fix its owner or mode, or set "
                "LCNET_CACHE_DIR to a directory of your own",
            )
            cache_dir = None
        else:
            if cached is not None:
                facts = FactStore(cached.records, display_root)
                return OpenedStore(facts, location, cached.countries)
    from lcnet.countries import build_index
    from lcnet.store.read import read_records

    records = read_records(root, display_root, today)
    countries = build_index()
    if cache_dir is not None and keys is not None:
        from lcnet.store.cache import Cached, write_cache

        write_cache(cache_dir, root, keys, today, Cached(records, countries))
    return OpenedStore(FactStore(records, display_root), location, countries, notes)


__all__ = ["FactStore", "OpenedStore", "Origin", "StoreLocation", "locate_store", "open_store"]
