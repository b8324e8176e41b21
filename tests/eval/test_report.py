"""The printed report: rows of counts, excerpts of long lines, text made safe to print."""

from __future__ import annotations

from tests.eval.report import counts_row, excerpt, printable, roundtrip_table
from tests.eval.roundtrip import TripCounts
from tests.eval.scoring import Counts


def test_a_row_gives_each_count_with_its_share() -> None:
    counts = Counts(
        pages=2, figures=10, found=9, correct=8, sortable=9, sorted=8, fine=7, false_alarms=1,
        flagged=2, caught=2, distractors=4, distractors_reported=1, reports=10,
        right_reports=8, unlabelled=1,
    )  # fmt: skip
    assert counts_row("en", "dev", counts) == (
        "en   dev       2      10  9 (90.0%)     8 (80.0%)     8/9 (88.9%)     "
        "2/2 (100.0%)    1/7 (14.3%)     1/4                   1     0.800  0.800"
    )


def test_a_share_of_nothing_is_a_dash() -> None:
    assert "0/0 (-)" in counts_row("vi", "blind", Counts(pages=1))


def test_an_excerpt_keeps_the_part_of_a_long_line_around_the_column() -> None:
    line = "x" * 200 + " 425 cities " + "y" * 200
    shown = excerpt(line, 202, width=40)
    assert shown == "…" + "x" * 12 + " 425 cities " + "y" * 16 + "…"
    assert excerpt("  short line  ", 3) == "short line"


def test_control_characters_are_escaped_before_printing() -> None:
    assert printable("425\x1b[31m cities\x07") == "425\\x1b[31m cities\\x07"
    # Letters of every script stay; a non-breaking space shows, as it matters to readers.
    assert printable("thành phố\u00a0học tập") == "thành phố\\xa0học tập"


def test_the_round_trip_table_adds_up_languages() -> None:
    table = roundtrip_table({"en": TripCounts(10, 8, 6), "fr": TripCounts(4, 2, 1)}, 3)
    assert table == [
        "lang claims  found         correct      ",
        "en       10  8 (80.0%)     6 (60.0%)    ",
        "fr        4  2 (50.0%)     1 (25.0%)    ",
        "all      14  10 (71.4%)    7 (50.0%)    ",
        "(3 claims of a city's join year left out: no prose figure states one)",
    ]


def test_pages_judged_at_another_date_are_named_but_blind_ones_only_counted() -> None:
    from types import SimpleNamespace

    from tests.eval.report import date_notes

    def result(name: str, split: str, read: bool) -> SimpleNamespace:
        page = SimpleNamespace(name=name, split=split, date="2023-06-14")
        checked = SimpleNamespace(date="2026-12-05", date_origin="today")
        return SimpleNamespace(page=page, checked=checked, date_read=read)

    results = [
        result("es/dev/a.html", "dev", False),
        result("es/dev/b.html", "dev", True),
        result("es/blind/c.html", "blind", False),
        result("fr/blind/d.html", "blind", False),
    ]
    assert date_notes(results) == [  # type: ignore[arg-type]
        "  es/dev/a.html: labelled 2023-06-14, lcnet judged it at 2026-12-05 (today)",
        "  and 2 blind page(s), not named",
    ]
