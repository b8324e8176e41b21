"""The diagnostic names the stage that lost a figure (tests/eval/why.py), on small pages."""

from __future__ import annotations

import pytest

from lcnet.extract import read_document
from tests.eval.engine import Reported
from tests.eval.labels import Figure, Spot
from tests.eval.why import Lost, _judged_stage, stage_in, stage_table

HEAD = "Town news\n\n"


def _figure(line: str, number: str, metric: str = "total_cities", value: int = 425) -> Figure:
    column = line.index(number) + 1
    spot = Spot(3, column, column + len(number))
    return Figure(spot, number, metric, value, "exact", None, None, None, "current", "")


def _stage(body: str, number: str) -> str:
    line = body.split("\n")[0]
    document = read_document(HEAD + body + "\n", "text")
    return stage_in(document, _figure(line, number), "2025-01-10", None)[0]


@pytest.mark.parametrize(
    ("body", "number", "stage"),
    [
        (  # no name of the GNLC anywhere, the page not about it
            "The city council met on Monday. It has 425 member cities in its partner list.",
            "425",
            "stretch: far from a GNLC name",
        ),
        (  # no unit noun lcnet knows
            "The UNESCO Global Network of Learning Cities now counts 425 zorblets in all.",
            "425",
            "phrase: no figure phrase",
        ),
        (
            "The UNESCO Global Network of Learning Cities now has 42500 cities.",
            "42500",
            "impossible value",
        ),
        (  # another network named nearer
            "The UNESCO Global Network of Learning Cities met in Hanoi. Separately, the WHO "
            "Healthy Cities network has 425 member cities.",
            "425",
            "relevance: not the network",
        ),
        (
            "The UNESCO Global Network of Learning Cities gave its award: 16 cities were "
            "awarded the UNESCO Learning City Award.",
            "16",
            "guard: awarded",
        ),
        (
            "The UNESCO Global Network of Learning Cities has clusters: Health and wellbeing "
            "(40 cities), Equity (30 cities).",
            "40",
            "guard: bracketed part",
        ),
        (
            "The UNESCO Global Network of Learning Cities has 7 cities in the Health and "
            "Wellbeing cluster (12 cities).",
            "12",
            "metric unread",
        ),
        (  # found by the engine: what comes after it would have to drop it
            "The UNESCO Global Network of Learning Cities now has 425 member cities.",
            "425",
            "after the scan",
        ),
    ],
)
def test_the_stage_that_drops_a_figure(body: str, number: str, stage: str) -> None:
    assert _stage(body, number) == stage


def test_a_paragraph_in_a_language_lcnet_does_not_read() -> None:
    russian = (
        "Глобальная сеть обучающихся городов ЮНЕСКО объединяет сегодня 425 городов из 91 "
        "страны, сообщили в министерстве образования в понедельник утром."
    )
    text = HEAD + "The UNESCO Global Network of Learning Cities counts 425 member cities.\n\n"
    text += russian + "\n"
    column = russian.index("425") + 1
    figure = Figure(
        Spot(5, column, column + 3), "425", "total_cities", 425, "exact", None, None, None,
        "current", "",
    )  # fmt: skip
    stage, detail = stage_in(read_document(text, "text"), figure, "2025-01-10", None)
    assert (stage, detail) == ("language: not read", "its part is read as 'ru'")


def _report(metric: str, value: int, **fields: str | None) -> Reported:
    record = {
        "line": 3, "column": 1, "end_line": 3, "end_column": 20, "text": "425 cities",
        "metric": metric, "value": value, "qualifier": "exact", "country": None,
        "region": None, "as_of": None, "verdict": "current",
    }  # fmt: skip
    record.update(fields)
    return Reported.from_record(record)


def test_what_a_report_got_wrong() -> None:
    figure = _figure("425 cities", "425")
    assert _judged_stage(figure, []) == ""
    assert _judged_stage(figure, [_report("total_cities", 425)]) is None
    assert _judged_stage(figure, [_report("new_cities", 425)]) == "metric wrong"
    assert _judged_stage(figure, [_report("total_cities", 425, country="VN")]) == (
        "country/region wrong"
    )
    assert _judged_stage(figure, [_report("total_cities", 426)]) == "value/qualifier wrong"
    assert _judged_stage(figure, [_report("total_cities", 425, qualifier="about")]) == (
        "value/qualifier wrong"
    )
    assert _judged_stage(figure, [_report("total_cities", 425, verdict="stale")]) == "verdict"
    dated = figure._replace(as_of="2024")
    assert _judged_stage(dated, [_report("total_cities", 425, as_of="2022")]) == "dated wrongly"
    assert _judged_stage(dated, [_report("total_cities", 425, as_of="2024-09")]) is None


def test_the_table_counts_stages_per_language() -> None:
    figure = _figure("425 cities", "425")
    lost = [
        Lost("a", "en", figure, "metric unread", ""),
        Lost("b", "en", figure, "metric unread", ""),
        Lost("c", "fr", figure, "verdict", ""),
    ]
    lines = stage_table(lost, {"en": 10, "fr": 4})
    assert [line.split() for line in lines] == [
        ["stage", "en", "fr", "all"],
        ["figures", "10", "4", "14"],
        ["metric", "unread", "2", "0", "2"],
        ["verdict", "0", "1", "1"],
        ["lost", "2", "1", "3"],
    ]
