"""A figure held up to the text's news ("before this round the network had 356",
"Colombia, que hasta ahora tenía tres ...; son seis desde hoy") is dated to the last day
it held: the day before the intake the text tells of (the session 20 ruling), not the
month its period began, as the undated start of a change is ("grew from 294 to 356":
test_earlier_starts.py). Where the figure still holds at the text's date, the month it
began. "At the time" (no intake named) keeps the start of its period; "before" in the
next sentence (after a CJK full stop) is not the figure's, and a date the clause closes
with dates it ("2019年のことだった"), unless the sentence says now."""

from __future__ import annotations

import pytest

import lcnet
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def store() -> lcnet.Store:
    return lcnet.open_store(today=TODAY)


# (language, sentence, text's date, [(figure, verdict, as_of)])
CASES = [
    ("en", "Before this week's list, the network had 356 member cities.", "2025-12-10",
     [("356 member cities", "historic", "2025-12-03")]),
    ("en", "Prior to this month's additions the network had 356 member cities.", "2025-12-20",
     [("356 member cities", "historic", "2025-12-03")]),
    ("de", "Vor der jüngsten Runde hatte der Verbund 294 Mitglieder gezählt.", "2024-02-16",
     [("294 Mitglieder", "historic", "2024-02-13")]),
    ("ko", "이번 발표 전 네트워크는 79개국 356개 도시였습니다.", "2026-02-10",
     [("79개국", "historic", "2025-12-03"), ("356개 도시", "historic", "2025-12-03")]),
    ("vi", "Trước đợt công bố này, mạng lưới có 356 thành phố thành viên.", "2025-12-10",
     [("356 thành phố thành viên", "historic", "2025-12-03")]),
    ("ja", "今回の発表の前、タイの加盟都市は7都市だった。", "2024-02-17",
     [("7都市", "historic", "2024-02-13")]),
    ("es", "Antes de este anuncio, las ciudades colombianas de la red eran ocho.",
     "2025-12-10", [("ocho", "historic", "2025-12-03")]),
    # dated to the news's month ("avant la vague de février 2024", "finora" in a text of
    # its month): the day before that month's intake, where the figure held up to it
    ("fr", "Avant la vague de février 2024, le réseau comptait 294 membres.", "2025-06-24",
     [("294 membres", "historic", "2024-02-13")]),
    ("it", "Finora la rete contava 294 città.", "2024-02-20",
     [("294 città", "historic", "2024-02-13")]),
    ("fr", "Avant la vague de février 2024, le réseau comptait 300 membres.", "2025-06-24",
     [("300 membres", "wrong", "2024-02")]),
    ("fr", "En février 2024, le réseau comptait 356 membres.", "2025-06-24",
     [("356 membres", "historic", "2024-02")]),
    # the start of a change keeps the month its period began
    ("en", "Membership grew from 294 to 356.", "2024-06-01",
     [("294", "historic", "2022-09"), ("356", "current", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "date", "expected"), CASES)
def test_a_figure_held_until_the_news_is_dated_to_its_last_day(
    store: lcnet.Store,
    language: str,
    sentence: str,
    date: str,
    expected: list[tuple[str, str, str | None]],
) -> None:
    text = f"# UNESCO Global Network of Learning Cities\n\n{sentence}\n"
    report = store.check_text(text, date=date, kind="markdown", language=language)
    got = [(f.text, f.verdict, f.record["as_of"]) for f in report.figures]
    assert got == expected


def test_before_in_the_next_cjk_sentence_is_not_the_figures(store: lcnet.Store) -> None:
    text = (
        "# ユネスコ学習都市グローバルネットワーク\n\n"
        "タイで最初に加盟したのはチェンライで、2019年のことだった。今回の発表の前、\n"
        "タイの加盟都市は7都市だった。\n"
    )
    report = store.check_text(text, date="2024-02-17", kind="markdown", language="ja")
    got = [(f.text, f.record["as_of"]) for f in report.figures]
    assert got == [("最初に加盟", "2019"), ("7都市", "2024-02-13")]


def test_a_date_told_after_does_not_date_a_figure_said_now(store: lcnet.Store) -> None:
    text = (
        "# ユネスコ学習都市グローバルネットワーク\n\n"
        "タイの加盟都市は現在13都市で、最初の加盟は2019年のことだ。\n"
    )
    report = store.check_text(text, date="2024-02-17", kind="markdown", language="ja")
    assert [(f.text, f.record["as_of"]) for f in report.figures] == [("13都市", None)]
