"""lcnet.render.table and the read commands' tables: what a person sees of each record,
and that untrusted text is shown, never interpreted."""

from __future__ import annotations

import io
from typing import Any

import pytest

from lcnet.render.table import print_table
from lcnet.render.table_claims import print_claims
from lcnet.render.table_figures import print_figures
from lcnet.render.table_sources import print_sources


@pytest.fixture(autouse=True)
def _wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # no cell folded: each shows whole on its line


def claim(source: str, kind: str, value: int, copies: str | None = None) -> dict[str, Any]:
    return {"source": source, "kind": kind, "value": value, "copies": copies, "claim": source}


def drawn(write: Any, *args: Any) -> str:
    stream = io.StringIO()
    write(stream, *args)
    return stream.getvalue()


def test_markup_and_control_characters_in_a_cell_are_shown_as_text() -> None:
    text = drawn(print_table, "t", ["A"], [["[bold]x[/bold]\x1b[31m"]])
    assert "[bold]x[/bold]" in text
    assert "\x1b" not in text


def test_a_period_shows_its_range_its_figure_and_who_agrees_or_not() -> None:
    record = {
        "from": "2024-02-14",
        "to": None,
        "subject": "total_cities",
        "figure": {"text": "356"},
        "basis": "intake 2024-02",
        "agree": [claim("unesco", "primary", 356), claim("wire", "news", 356)],
        "disagree": [claim("blog", "other", 400, copies="wire")],
    }
    text = drawn(print_figures, "T", [record])
    assert "since 2024-02-14" in text
    assert "unesco (primary)" in text
    assert "+ 1 other source" in text
    assert "blog (copy of wire): 400" in text


def test_a_period_without_a_figure_says_none_and_open_ends_say_all_dates() -> None:
    record = {
        "from": None,
        "to": None,
        "subject": "citizens",
        "figure": None,
        "basis": None,
        "agree": [],
        "disagree": [],
    }
    text = drawn(print_figures, "T", [record])
    assert "(none)" in text
    assert "all dates" in text


def test_the_claims_and_sources_tables_count_their_rows_in_the_title() -> None:
    row = {"claim": "a#b", "published": None, "phrase": "356 cities", "verdict": "stale"}
    one = drawn(print_claims, [row | {"reason": "r"}])
    assert one.splitlines()[0].strip() == "1 claim"
    assert "undated" in one
    source = {"id": "s", "publisher": "P", "kind": "news", "published": None}
    sources = drawn(print_sources, [source | {"claims": 2, "stale": 1, "wrong": 0}] * 2)
    assert sources.splitlines()[0].strip() == "2 sources"
