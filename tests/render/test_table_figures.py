"""lcnet.render.table_figures: `lcnet figures` as a table, one row per period."""

from __future__ import annotations

from typing import Any

import pytest

from lcnet.render.table_figures import print_figures
from tests.render.tables import cells, drawn, title

pytestmark = pytest.mark.usefixtures("wide_terminal")

HEADER = ["Period", "Metric", "Figure", "Established by", "Agree", "Disagree"]


def claim(source: str, kind: str, value: int, copies: str | None = None) -> dict[str, Any]:
    return {"source": source, "kind": kind, "value": value, "copies": copies, "claim": source}


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
    assert title(text) == "T"
    assert cells(text) == [
        HEADER,
        [
            "since 2024-02-14",
            "total_cities",
            "356",
            "intake 2024-02",
            "unesco (primary)",
            "blog (copy of wire): 400",
        ],
        ["", "", "", "", "+ 1 other source", ""],
    ]


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
    assert cells(drawn(print_figures, "T", [record]))[1:] == [
        ["all dates", "citizens", "(none)", "", "", ""]
    ]


def test_a_second_official_figure_is_named_under_the_accepted_one() -> None:
    record = {
        "from": "2022-09-02",
        "to": "2024-02-13",
        "subject": "total_cities",
        "figure": {"text": "294"},
        "official": [{"text": "292", "sources": ["uil-2023-10-31"]}],
        "basis": "intake 2022-09",
        "agree": [claim("unesco", "primary", 294)],
        "disagree": [claim("uil-2023-10-31", "primary", 292)],
    }
    assert cells(drawn(print_figures, "T", [record]))[1:] == [
        [
            "2022-09-02",
            "total_cities",
            "294",
            "intake 2022-09",
            "unesco (primary)",
            "uil-2023-10-31 (primary): 292",
        ],
        ["to 2024-02-13", "", "also official: 292", "", "", ""],
    ]
