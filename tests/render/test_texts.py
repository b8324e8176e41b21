"""lcnet.render.texts: the JSON records of `lcnet check PATH` (a figure, a text and its
languages), on the tiny store (294 members from 2022-09-02, 356 from 2024-02-14)."""

from __future__ import annotations

from typing import Any

import pytest

import lcnet
from lcnet.check.judging import TextReport
from lcnet.dates import PartialDate
from lcnet.extract import LanguagePart
from lcnet.render.texts import figure_record, languages_record, text_record
from tests.conftest import TINY, TODAY

PAGE = (
    "The UNESCO Global Network of Learning Cities now counts 294 member cities.\n\n"
    "La Rete globale delle città dell'apprendimento conta 356 città.\n"
)
EXPECTED = {
    "value": 356,
    "qualifier": "exact",
    "text": "356",
    "period": "2024-02",
    "from": "2024-02-14",
    "to": None,
    "basis": "intake 2024-02",
}
SOURCES = [
    {
        "id": "unesco-2024-02-14",
        "publisher": "UNESCO",
        "url": "https://www.unesco.org/example-2024",
        "published": "2024-02-14",
    }
]


@pytest.fixture(scope="module")
def store() -> lcnet.Store:
    return lcnet.open_store(TINY, today=TODAY)


def records(store: lcnet.Store, text: str) -> list[dict[str, Any]]:
    report = store.check_text(text, date="2024-03", kind="markdown", path="a.md")
    return [figure_record(store.timeline, item) for item in report.core.values()]


def test_a_stale_figure_with_its_place_verdict_expected_figure_and_replacement(
    store: lcnet.Store,
) -> None:
    stale, current = records(store, PAGE)
    assert stale == {
        "path": "a.md",
        "line": 1,
        "column": 57,
        "end_line": 1,
        "end_column": 74,
        "text": "294 member cities",
        "metric": "total_cities",
        "value": 294,
        "qualifier": "exact",
        "country": None,
        "region": None,
        "language": "en",
        "as_of": None,
        "date": "2024-03",
        "date_origin": "--date",
        "verdict": "stale",
        "reason": "294 was the figure 2022-09-02 to 2024-02-13; the figure was 356 "
        "since 2024-02-14 (intake 2024-02)",
        "expected": EXPECTED,
        "sources": SOURCES,
        "replacement": "356 member cities",
        "review": False,
        "suppressed": None,
    }
    assert current | {"reason": ""} == stale | {
        "line": 3,
        "column": 54,
        "end_line": 3,
        "end_column": 63,
        "text": "356 città",
        "value": 356,
        "language": "it",
        "verdict": "current",
        "reason": "",
        "replacement": None,
    }
    assert current["reason"] == "the figure was 356 since 2024-02-14 (intake 2024-02)"


def test_a_suppressed_figure_keeps_its_verdict_and_says_why_it_is_ignored(
    store: lcnet.Store,
) -> None:
    marker = "<!-- lcnet: ignore stale-figure -- the leaflet as printed -->"
    (record,) = records(store, PAGE.split("\n")[0] + f" {marker}\n")
    assert (record["verdict"], record["replacement"], record["suppressed"]) == (
        "stale",
        "356 member cities",
        {"reason": "the leaflet as printed", "codes": ["stale-figure"]},
    )


def test_a_texts_record_counts_its_figures_and_lists_its_languages_in_order(
    store: lcnet.Store,
) -> None:
    report = store.check_text(PAGE, date="2024-03", kind="markdown", path="a.md")
    assert report.record == {
        "path": "a.md",
        "date": "2024-03",
        "date_origin": "--date",
        "language": None,
        "figures": 2,
        "languages": [
            {"language": "en", "name": "English", "read": True, "lines": [[1, 1]]},
            {"language": "it", "name": "Italian", "read": True, "lines": [[3, 3]]},
        ],
    }


def test_a_streamed_text_counts_the_figures_it_no_longer_holds() -> None:
    text = TextReport("b.txt", PartialDate.parse("2025"), "text", "fr", [], [], (), 7)
    assert text_record(text) == {
        "path": "b.txt",
        "date": "2025",
        "date_origin": "text",
        "language": "fr",
        "figures": 7,
        "languages": [],
    }


def test_a_language_of_several_parts_is_one_record_with_each_parts_lines() -> None:
    parts = [
        LanguagePart("en", True, 1, 4, 0, 100),
        LanguagePart("ko", False, 5, 5, 100, 140),
        LanguagePart("en", True, 6, 9, 140, 300),
    ]
    assert languages_record(parts) == [
        {"language": "en", "name": "English", "read": True, "lines": [[1, 4], [6, 9]]},
        {"language": "ko", "name": "Korean", "read": False, "lines": [[5, 5]]},
    ]
