"""The corpus: short texts we wrote, each with the mentions expected of it, exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from lcnet.extract import kind_of, read_document
from tests.extract.quality import Score, as_record, cases, expected, found, score

CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_each_case_yields_exactly_its_expected_mentions(case: Path) -> None:
    labels = [{k: v for k, v in m.items() if k != "wrong"} for m in expected(case)["mentions"]]
    assert [as_record(m) for m in found(case)] == labels


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_each_case_has_its_expected_date_and_problems(case: Path) -> None:
    labels = expected(case)
    document = read_document(case.read_text(encoding="utf-8"), kind_of(case))
    problems = [{"line": p.line, "column": p.column, "code": p.code} for p in document.problems]
    assert (str(document.date) if document.date else None, document.date_origin, problems) == (
        labels["date"],
        labels["date_origin"],
        labels["problems"],
    )


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_figures_labelled_missed_are_still_missed(case: Path) -> None:
    """When lcnet learns to find one, its label must move from "missed" to "mentions"."""

    def key(
        line: int, metric: str, value: int, as_of: object, country: object
    ) -> tuple[object, ...]:
        return (line, metric, value, as_of, country)

    lines = {
        key(m.line, m.metric.value, m.value, m.as_of and str(m.as_of), m.country)
        for m in found(case)
    }
    for miss in expected(case)["missed"]:
        assert (
            key(
                miss["line"], miss["metric"], miss["value"], miss.get("as_of"), miss.get("country")
            )
            not in lines
        )


def test_the_corpus_covers_every_kind_and_language() -> None:
    kinds = {kind_of(case) for case in CASES}
    languages = {m["language"] for case in CASES for m in expected(case)["mentions"]}
    assert (kinds, languages) == (
        {"text", "markdown", "html"},
        {"en", "vi", "es", "fr", "pt", "de", "it", "ko", "zh", "ja"},
    )


def test_precision_and_recall_on_the_corpus() -> None:
    total = sum((score(case) for case in CASES), Score(0, 0, 0))
    blind = sum((score(case) for case in CASES if case.name.startswith("blind-")), Score(0, 0, 0))
    blind2 = sum(
        (score(case) for case in CASES if case.name.startswith("blind2-")), Score(0, 0, 0)
    )
    french = sum((score(case) for case in CASES if case.name.startswith("fr-")), Score(0, 0, 0))
    newer = sum(
        (score(case) for case in CASES if case.name[:3] in ("pt-", "de-", "it-")), Score(0, 0, 0)
    )
    cjk = sum(
        (score(case) for case in CASES if case.name.startswith(("ko-", "zh-", "ja-"))),
        Score(0, 0, 0),
    )
    assert (total, blind, blind2, french, newer, cjk) == (
        Score(correct=231, wrong=3, missed=2),
        Score(correct=20, wrong=1, missed=0),
        Score(correct=26, wrong=0, missed=1),
        Score(correct=20, wrong=2, missed=0),
        Score(correct=18, wrong=0, missed=0),
        Score(correct=21, wrong=0, missed=1),
    )
