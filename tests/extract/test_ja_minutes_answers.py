"""Japanese questions and answers as an assembly's minutes and transcripts write them: a
question with no question mark ("…何都市が加盟しているのでしょうか。"), its answer under the
speaker's name after a formula ("◯課長(…)　お答えいたします。全体では２９４でございます。"),
the number followed by a polite copula ("425です。"), and a "how many" that holds its noun
("何都市", "何か国"): Language.question_ends, answer_openers, answer_ends."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "◯委員（A君）　世界で何都市がGNLCに加盟しているのでしょうか。\n\n"
            "◯課長（B君）　お答えいたします。全体では２９４でございます。",
            ("total_cities", 294),
        ),
        (
            "◯委員（A君）　GNLCには何か国が参加しているのですか。\n\n"
            "◯課長（B君）　お答えします。合計で７６か国でございます。",
            ("total_countries", 76),
        ),
        ("司会：加盟都市は現在いくつありますか？\nゲスト：425です。", ("total_cities", 425)),
        ("GNLCには何都市が加盟していますか。\n\n現在、356都市です。", ("total_cities", 356)),
        ("GNLCには何か国が参加していますか。\n答えは79です。", ("total_countries", 79)),
    ],
)
def test_an_answer_of_the_minutes_counts_what_the_question_asks(
    body: str, expected: tuple[str, int]
) -> None:
    found = mentions("ja", body, "2022-11-15")
    assert [(m.metric.value, m.value) for m in found] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "◯委員（A君）　GNLCは何年に設立されたのでしょうか。\n\n"
        "◯課長（B君）　お答えいたします。２０１３年でございます。",
        "◯委員（A君）　GNLCの会議には何人が参加したのでしょうか。\n\n"
        "◯課長（B君）　お答えいたします。１２０人でございます。",
        "◯委員（A君）　GNLCの事業の予算はどのくらいでしょうか。\n\n"
        "◯課長（B君）　お答えいたします。３００万円でございます。",
    ],
)
def test_an_answer_of_another_quantity_is_not_read(body: str) -> None:
    assert mentions("ja", body, "2022-11-15") == []
