"""A country's share of the network given with the whole: "Thailand accounts for 13 of
the 425 cities", "Thailand has 13 of the 425 cities", "Auf Thailand entfallen 13 der 425
Städte", "Thailand stellt 13 der 425 Städte", "13 of the network's 425 cities are in
Thailand", "13 der insgesamt 425 Mitgliedsstädte" (the sweep: the 13 lost). The part is
the country's when the country stands before it with words of possession or of a share
(Language.share_words), or after the whole as before; the whole may be the network's
("of the network's", "der insgesamt": Language.part_linkers)."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES = [
    ("en", "Thailand accounts for 13 of the 425 cities in the network."),
    ("en", "Thailand has 13 of the 425 cities in the network."),
    ("en", "13 of the network's 425 cities are in Thailand."),
    ("de", "Auf Thailand entfallen 13 der 425 Städte im Netzwerk."),
    ("de", "Thailand stellt 13 der 425 Städte im Netzwerk."),
    ("de", "13 der insgesamt 425 Mitgliedsstädte liegen in Thailand."),
]


@pytest.mark.parametrize(("language", "text"), CASES)
def test_a_country_s_share_of_the_whole(language: str, text: str) -> None:
    assert [(m.metric.value, m.value, m.country) for m in mentions(language, text)] == [
        ("country_cities", 13, "TH"),
        ("total_cities", 425, None),
    ]


def test_a_part_with_no_owner_is_none() -> None:
    """ "Sixteen of the 64 new members" with no place after and no country before."""
    found = mentions("en", "Sixteen of the 64 new members sent delegates to the meeting.")
    assert [(m.metric.value, m.value) for m in found] == [("new_cities", 64)]
