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
        ("en", "Of the 77 new cities, a dozen or so are Asian, notably 3 from Thailand.",
         ("3 from Thailand", "new_cities", 3, "TH")),
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


@pytest.mark.parametrize(
    ("language", "body", "addition"),
    [
        ("en", "The network had 353 cities. In December UNESCO added seventy-two more, so it"
         " has 425 now.", ("seventy-two more", "new_cities", 72)),
        ("en", "The network had 353 member cities. In December 72 more joined.",
         ("72 more", "new_cities", 72)),
        ("en", "The network had 353 member cities. In December UNESCO admitted another 72.",
         ("another 72", "new_cities", 72)),
        ("de", "Das Netzwerk hatte 353 Mitgliedsstädte. Im Dezember kamen 72 weitere hinzu.",
         ("72 weitere", "new_cities", 72)),
        ("fr", "Le réseau comptait 353 villes. En décembre, l'UNESCO en a admis 72 de plus.",
         ("72 de plus", "new_cities", 72)),
        ("it", "La rete contava 353 città. A dicembre ne sono entrate 72 nuove.",
         ("72 nuove", "new_cities", 72)),
    ],
)  # fmt: skip
def test_a_number_that_adds_to_a_count_before_is_an_intake(
    language: str, body: str, addition: tuple[str, str, int]
) -> None:
    """ "72 more", "another 72", "72 weitere", "72 de plus", "72 nuove": the noun left out
    is the count's before, in a clause of joining (Language.addition_after,
    addition_before)."""
    rows = read_titled(language, body)
    assert addition in [(r[0], r[1], r[2]) for r in rows]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The network had 353 member cities. The conference lasted 3 more days."),
        ("en", "The network had 353 member cities. Organisers expect 40 more next year."),
        ("de", "Das Netzwerk hat 353 Mitgliedsstädte. Die Konferenz dauert 3 weitere Tage."),
        ("it", "La rete conta 353 città. Il festival durerà 3 giorni in più."),
    ],
)  # fmt: skip
def test_an_addition_of_something_else_or_of_no_joining_is_no_count(
    language: str, body: str
) -> None:
    rows = read_titled(language, body)
    assert [r for r in rows if r[2] in (3, 40)] == []
