"""How speakers and local papers approximate a count, and a group joined under a verb of
the future. A councillor's "We would be joining something like two hundred towns and
cities" (b12) was lost twice: "something like" was no qualifier, and "would be" made the
whole a projection although only the joining is to come; the group joined (Language.
group_cues) is there now (hypothetical._projected). The qualifiers are Language data."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, row

CASES: list[tuple[str, str, list[Row]]] = [
    ("en", "We would be joining something like two hundred towns and cities worldwide.",
     [("something like two hundred towns", "total_cities", 200, "about", None, None)]),
    ("en", "If admitted, Kilbrannock would join 425 cities in 91 countries.",
     [("425 cities", "total_cities", 425, "exact", None, None),
      ("91 countries", "total_countries", 91, "exact", None, None)]),
    ("en", "The network links the best part of 300 cities.",
     [("the best part of 300 cities", "total_cities", 300, "nearly", None, None)]),
    ("en", "The network now has north of 400 members.",
     [("north of 400 members", "total_cities", 400, "more_than", None, None)]),
    ("en", "The network has 200 member cities or so.",
     [("200 member cities or so", "total_cities", 200, "about", None, None)]),
    ("en", "The network counts in the region of 400 cities.",
     [("in the region of 400 cities", "total_cities", 400, "about", None, None)]),
    ("de", "Das Netzwerk verbindet so um die 200 Städte weltweit.",
     [("so um die 200 Städte weltweit", "total_cities", 200, "about", None, None)]),
    ("de", "Das Netzwerk hat deutlich mehr als 400 Mitglieder.",
     [("deutlich mehr als 400 Mitglieder", "total_cities", 400, "more_than", None, None)]),
    ("de", "Das Netzwerk hat 400 Mitglieder und mehr.",
     [("400 Mitglieder und mehr", "total_cities", 400, "at_least", None, None)]),
    ("de", "Das Netzwerk hat schätzungsweise 500 Millionen Einwohner.",
     [("schätzungsweise 500 Millionen Einwohner", "citizens", 500000000, "about", None,
       None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_approximations_said(language: str, text: str, expected: list[Row]) -> None:
    assert [row(m) for m in mentions(language, text)] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The network will soon have more than 500 cities."),
        ("en", "We hope the network would be joining forces with 500 cities soon."),
    ],
)
def test_a_projection_stays_none(language: str, text: str) -> None:
    assert mentions(language, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The network now has a membership of 425.",
         [("membership of 425", "total_cities", 425, "exact", None, None)]),
        ("The network has a total membership of 425 in 91 countries.",
         [("total membership of 425", "total_cities", 425, "exact", None, None),
          ("91 countries", "total_countries", 91, "exact", None, None)]),
    ],
)  # fmt: skip
def test_a_membership_of(text: str, expected: list[Row]) -> None:
    """ "has a membership of 425" (the sweep): the count named before its number."""
    assert [row(m) for m in mentions("en", text)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Germany now has half a dozen member cities in the network.",
         [("half a dozen member cities", "country_cities", 6, "about", None, "DE")]),
        ("de", "Deutschland hat inzwischen ein halbes Dutzend Mitgliedsstädte.",
         [("ein halbes Dutzend Mitgliedsstädte", "country_cities", 6, "about", None, "DE")]),
        ("es", "Colombia tiene media docena de ciudades en la red.",
         [("media docena de ciudades", "country_cities", 6, "about", None, "CO")]),
        ("pt", "Portugal tem meia dúzia de cidades na rede.",
         [("meia dúzia de cidades", "country_cities", 6, "about", None, "PT")]),
    ],
)  # fmt: skip
def test_half_a_dozen(language: str, text: str, expected: list[Row]) -> None:
    """ "half a dozen", "ein halbes Dutzend", "media docena": a part of a round number as a
    noun (numbers.read_number read only an article or one word before it)."""
    assert [row(m) for m in mentions(language, text)] == expected
