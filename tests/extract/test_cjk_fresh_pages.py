"""What new Japanese, Chinese and Korean pages showed (issue 10), each in sentences of our
own: the network named with a genitive ("ユネスコの学習都市ネットワーク", "学習都市の
ネットワーク", "유네스코의 학습도시 네트워크", a headline's "学習都市網"); the common
phrase "生涯学習のまちづくり", which names no other network; a number a hard-wrapped
line breaks ("今年9月に4\\n4か国", in full-width digits too); and dates that open
their own clause, so that a date past a comma after a figure dates the next clause
("2024年2月には79か国356都市、2022年9月には76か国294都市").
"""

from __future__ import annotations

import pytest

from lcnet.extract import read_document
from tests.extract.titled import read_plain, read_titled

NAMED: list[tuple[str, str, list[tuple[str, int]]]] = [
    (
        "ja",
        "ユネスコの学習都市ネットワークには79か国の356都市が加盟している。",
        [("79か国", 79), ("356都市", 356)],
    ),
    ("ja", "学習都市のネットワークには、現在294都市が加盟しています。", [("294都市", 294)]),
    (
        "ja",
        "学習都市網は今夏、５３カ国１７０都市に広がった。",
        [("５３カ国", 53), ("１７０都市", 170)],
    ),
    (
        "ja",
        "ユネスコの学習都市グローバルネットワークの加盟は91か国425都市となった。",
        [("91か国", 91), ("425都市", 425)],
    ),
    (
        "ko",
        "유네스코의 학습도시 네트워크에는 91개국 425개 도시가 가입해 있다.",
        [("91개국", 91), ("425개 도시", 425)],
    ),
    ("ja", "市の生涯学習都市ネットワークには12の団体が加盟している。", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), NAMED)
def test_the_network_named_with_a_genitive(
    language: str, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(r[0], r[2]) for r in read_plain(text, language)] == expected


def test_building_a_lifelong_learning_community_names_no_other_network() -> None:
    text = (
        "生涯学習のまちづくりについて伺います。ユネスコには学習都市ネットワークがあります。\n\n"
        "お答えします。今年９月に４４か国から７７都市が新たに加わり、現在の加盟は７６か国、"
        "２９４都市です。\n"
    )
    assert [(r[0], r[1], r[2]) for r in read_plain(text, "ja")] == [
        ("４４か国", "new_countries", 44),
        ("７７都市", "new_cities", 77),
        ("７６か国", "total_countries", 76),
        ("２９４都市", "total_cities", 294),
    ]


WRAPPED: list[tuple[str, str, list[tuple[str, int]]]] = [
    (
        "ja",
        "学習都市ネットワークには、今年９月に４\n４か国から７７都市が新たに加わった。",
        [("４４か国", 44), ("７７都市", 77)],
    ),
    ("ja", "学習都市ネットワークの加盟は、現在２９\n４都市である。", [("２９４都市", 294)]),
    ("zh", "全球学习型城市网络本次新增了7\n2个城市。", [("72个城市", 72)]),
    ("zh", "全球學習型城市網絡的成員已達42\n5座城市。", [("425座城市", 425)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), WRAPPED)
def test_a_number_broken_by_a_hard_wrapped_line(
    language: str, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(r[0].replace("\n", ""), r[2]) for r in read_plain(text, language)] == expected


def test_digits_on_lines_of_their_own_stay_apart() -> None:
    text = "加盟都市数\n2022\n294\n"
    assert read_document(text, "text").text == text  # no letter before: not prose


DATED: list[tuple[str, str, list[tuple[int, str]]]] = [
    (
        "ja",
        "2020年9月には64か国229都市、2024年2月には79か国356都市となった。",
        [(64, "2020-09"), (229, "2020-09"), (79, "2024-02"), (356, "2024-02")],
    ),
    (
        "ja",
        "2024年2月の発表時点では79か国356都市、2022年9月の発表時点では76か国294都市でした。",
        [(79, "2024-02"), (356, "2024-02"), (76, "2022-09"), (294, "2022-09")],
    ),
    (
        "ko",
        "2022년 9월에는 294개 도시, 2024년 2월에는 356개 도시였다.",
        [(294, "2022-09"), (356, "2024-02")],
    ),
    (
        "zh",
        "该网络2022年9月有294个城市，2024年2月增至356个城市。",
        [(294, "2022-09"), (356, "2024-02")],
    ),
    ("ja", "加盟は356都市、2024年2月現在。", [(356, "2024-02")]),  # "as of" after the date
]


@pytest.mark.parametrize(("language", "text", "expected"), DATED)
def test_a_date_opens_its_own_clause(
    language: str, text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(r[2], r[4]) for r in read_titled(language, text)] == expected
