"""A country's count named by its adjective right before the count's head: "Thai tally
reaches ten", "The Saudi count now stands at eight", "Die deutsche Zahl der Mitglieder
stieg auf vier"."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "Thai tally reaches ten",
        [("tally reaches ten", "country_cities", 10, "exact", None, "TH")],
    ),
    (
        "en",
        "Saudi tally reaches eight",
        [("tally reaches eight", "country_cities", 8, "exact", None, "SA")],
    ),
    (  # another head and verb
        "en",
        "The Saudi count now stands at eight.",
        [("count now stands at eight", "country_cities", 8, "exact", None, "SA")],
    ),
    (  # past tense
        "en",
        "The Irish total rose to four.",
        [("total rose to four", "country_cities", 4, "exact", None, "IE")],
    ),
    (  # a country's name still works
        "en",
        "Qatar tally reaches eight as Al Khor joins",
        [("tally reaches eight", "country_cities", 8, "exact", None, "QA")],
    ),
    (  # no adjective of a country: the network's
        "en",
        "The global tally reaches 425.",
        [("tally reaches 425", "total_cities", 425, "exact", None, None)],
    ),
    (
        "de",
        "Die deutsche Zahl der Mitglieder stieg auf vier.",
        [("Zahl der Mitglieder stieg auf vier", "country_cities", 4, "exact", None, "DE")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_adjective_owns_the_count(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
