"""Two classes of key figures and parts, each in English, German, French and Italian: a
part of the figure before named by its place after any word of the class "including"
("notably 3 from Thailand", "the 77 new members include 3 from Thailand", "tra le quali
3 dalla Thailandia"); and a key figure whose label dates it ("Città aderenti, maggio
2017: 188", "Stand Mai 2017 laut Ministerium: 188 Städte"), unless its clause says now
or the label is a dateline's day."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled


@pytest.mark.parametrize(
    ("language", "body", "part"),
    [
        ("en", "Among 77 new cities from 44 countries, 13 hail from Asia and the Pacific,"
         " notably 3 from Thailand alone.", ("3 from Thailand", "country_cities", 3, "TH")),
        ("en", "The 77 new members include 3 from Thailand.",
         ("3 from Thailand", "new_cities", 3, "TH")),
        ("de", "Aufgenommen wurden 77 neue Städte, unter ihnen 3 aus Thailand.",
         ("3 aus Thailand", "new_cities", 3, "TH")),
        ("fr", "L'UNESCO a admis 77 nouvelles villes, notamment 3 de Thaïlande.",
         ("3 de Thaïlande", "country_cities", 3, "TH")),
        ("it", "Sono entrate 77 nuove città, tra le quali 3 dalla Thailandia.",
         ("3 dalla Thailandia", "new_cities", 3, "TH")),
    ],
)  # fmt: skip
def test_a_part_after_a_word_of_including(
    language: str, body: str, part: tuple[str, str, int, str]
) -> None:
    """A part read as the country's count is the intake's share at the check, by its
    other reading (lcnet.check.texts)."""
    rows = read_titled(language, body)
    assert part in [(r[0], r[1], r[2], r[5]) for r in rows]


def _box(line: str) -> str:
    return f"- Founded: 2013\n{line}\n- Seat: Hamburg\n"


@pytest.mark.parametrize(
    ("language", "line", "expected"),
    [
        ("de", "- Stand Mai 2017 laut Ministerium: 188 Städte aus 42 Ländern",
         [("188 Städte", "total_cities", 188, "exact", "2017-05", None),
          ("42 Ländern", "total_countries", 42, "exact", "2017-05", None)]),
        ("de", "- Mitgliedsstädte (Mai 2017): 188",
         [("188", "total_cities", 188, "exact", "2017-05", None)]),
        ("it", "- Città aderenti, maggio 2017: 188",
         [("188", "total_cities", 188, "exact", "2017-05", None)]),
        ("en", "- Member cities (as of May 2017): 188",
         [("188", "total_cities", 188, "exact", "2017-05", None)]),
        ("fr", "- Villes membres (mai 2017) : 188",
         [("188", "total_cities", 188, "exact", "2017-05", None)]),
        # no date in the label; a dateline's day; a clause of now
        ("en", "- Member cities: 188", [("188", "total_cities", 188, "exact", None, None)]),
        ("en", "15 May 2017: the network has 188 member cities.",
         [("188 member cities", "total_cities", 188, "exact", None, None)]),
        ("de", "- Mai 2017: Das Netzwerk zählt jetzt 188 Städte",
         [("188 Städte", "total_cities", 188, "exact", None, None)]),
    ],
)  # fmt: skip
def test_a_key_figure_is_of_the_month_its_label_names(
    language: str, line: str, expected: list[Row]
) -> None:
    assert read_titled(language, _box(line)) == expected
