"""A part of an intake said by an adjective after a verb of being, in digits: "Of the 72
newcomers, 14 are African", "Sur les 72 nouvelles venues, 14 sont africaines". The part
was read as the whole intake (new cities: 14, judged wrong, a false alarm) because the
digits took the path of "Of the 425 cities, 72 joined", which looked for a place after a
connector only ("from Africa", "in Thailand"); number words took another path that read
the adjective. The adjective of a region or a country now places the part there."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

PARTS = [
    ("en", "Of the 72 newcomers, 14 are African.", "14 are African", "africa", None),
    ("en", "Of the 72 new cities, 4 are Brazilian.", "4 are Brazilian", None, "BR"),
    ("fr", "Sur les 72 nouvelles venues, 14 sont africaines.", "14 sont africaines", "africa",
     None),
    ("es", "De las 72 nuevas integrantes, 14 son africanas.", "14 son africanas", "africa", None),
    ("it", "Delle 72 nuove arrivate, 14 sono africane.", "14 sono africane", "africa", None),
    ("pt", "Das 72 novas integrantes, 14 são africanas.", "14 são africanas", "africa", None),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "part", "region", "country"), PARTS)
def test_an_adjective_places_the_part_of_an_intake(
    language: str, text: str, part: str, region: str | None, country: str | None
) -> None:
    whole, share = mentions(language, text)
    assert (whole.metric.value, whole.value) == ("new_cities", 72)
    assert (share.text, share.metric.value, share.value, share.region, share.country) == (
        part,
        "new_cities",
        int(part.split()[0]),
        region,
        country,
    )
