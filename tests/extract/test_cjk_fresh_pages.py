"""What new Japanese, Chinese and Korean pages showed (issue 10), each in sentences of our
own: the network named with a genitive ("ユネスコの学習都市ネットワーク", "学習都市の
ネットワーク", "유네스코의 학습도시 네트워크", a headline's "学習都市網"); the common
phrase "生涯学習のまちづくり", which names no other network; a number a hard-wrapped
line breaks ("今年9月に4\\n4か国", in full-width digits too); and dates that open
their own clause, so that a date past a comma after a figure dates the next clause
("2024年2月には79か国356都市、2022年9月には76か国294都市"); the capitals of N
countries, which are N capitals ("11個國家的首都", "11か国の首都", "11개국의 수도"); a
numeral inside a word ("唯一の加盟都市": the only one); cities that attend an event
("交流会には8カ国12都市から40人が参加", "세미나에 8개국 12개 도시가 참여"); a figure
that is the subject of a correction told after it ("「230都市」はその後訂正された");
"加わっている" (have joined, are in), a total; Korean names in apposition that a
soft-wrapped line breaks ("강원\n양구군 세 곳"); where the predicate comes last, another
programme named past a comma after the figure is the next clause's ("加盟は28カ国115都市
で、2年ごとに学習都市賞を贈る").
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


CAPITALS: list[tuple[str, str, list[tuple[str, str, int]]]] = [
    (
        "zh",
        "今年共有72座城市加入，其中包括11個國家的首都。",
        [("72座城市", "new_cities", 72), ("11個國家的首都", "new_capitals", 11)],
    ),
    (
        "zh",
        "本批72个新成员中包括11个国家的首都。",
        [("72个新成员", "new_cities", 72), ("11个国家的首都", "new_capitals", 11)],
    ),
    (
        "ja",
        "今回は72都市が加盟し、うち11か国の首都が含まれる。",
        [("72都市", "new_cities", 72), ("11か国の首都", "new_capitals", 11)],
    ),
    (
        "ko",
        "이번에 72개 도시가 가입했으며 이 중 11개국의 수도가 포함됐다.",
        [("72개 도시", "new_cities", 72), ("11개국의 수도", "new_capitals", 11)],
    ),
    (  # the countries that hold cities are still countries
        "zh",
        "该网络现有91个国家的425个城市。",
        [("91个国家", "total_countries", 91), ("425个城市", "total_cities", 425)],
    ),
    (
        "ja",
        "加盟は91か国の425都市となった。",
        [("91か国", "total_countries", 91), ("425都市", "total_cities", 425)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CAPITALS)
def test_the_capitals_of_n_countries_are_n_capitals(
    language: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(r[0], r[1], r[2]) for r in read_titled(language, text)] == expected


NOT_NUMERALS: list[tuple[str, str, list[tuple[str, int]]]] = [
    ("ja", "国内からの加盟は岡山市と多久市で、九州では多久市が唯一の加盟都市です。", []),
    ("ja", "国内の加盟都市は2都市で、同一の県からの加盟はない。", [("2都市", 2)]),
    ("zh", "该国的成员城市中，成都是西部唯一的成员城市。", []),
    ("zh", "成员城市统一使用该标志。", []),
    ("ja", "三百五十六都市が加盟している。", [("三百五十六都市", 356)]),
    ("zh", "目前共有三百五十六个成员城市。", [("三百五十六个成员城市", 356)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), NOT_NUMERALS)
def test_a_numeral_inside_a_word_is_no_number(
    language: str, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(r[0], r[2]) for r in read_titled(language, text)] == expected


ATTENDED: list[tuple[str, str, list[tuple[str, int]]]] = [
    ("ja", "交流会には８カ国１２都市から約４０人が参加した。", []),
    ("ja", "セミナーには10か国15都市の担当者が参加した。", []),
    ("ja", "オンライン会議に8か国の12都市が参加した。", []),
    ("ko", "교류회에는 8개국 12개 도시에서 40여 명이 참가했다.", []),
    ("ko", "세미나에 8개국 12개 도시가 참여했다.", []),
    ("ja", "第3回の会議には50都市が参加した。", []),
    ("ko", "제5회 국제회의에 도시 30곳이 참가했다.", []),
    # where the news was told, not who attended
    ("ja", "国際会議で、新たに72都市の加盟が発表された。", [("72都市", 72)]),
    ("ko", "국제회의에서 72개 도시의 신규 가입이 발표됐다.", [("72개 도시", 72)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), ATTENDED)
def test_cities_attending_an_event_are_no_members(
    language: str, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(r[0], r[2]) for r in read_titled(language, text)] == expected


CORRECTED_AWAY: list[tuple[str, str, list[tuple[str, int]]]] = [
    ("ja", "発表直後に報じられた「２３０都市」はその後、研究所により訂正されています。", []),
    ("ja", "発表直後の230都市という数字は、のちに訂正された。", []),
    ("ja", "当初発表の「55都市」は、のちに訂正された。", []),
    ("zh", "最初公布的230个城市后来被更正。", []),
    ("zh", "新成員中，230個城市這一數字後來經研究所更正。", []),
    ("ko", "처음 발표된 230개 도시는 이후 정정됐다.", []),
    # the figure a correction ends in is kept
    ("ja", "加盟都市は229都市に訂正された。", [("229都市", 229)]),
    ("ja", "当初55都市と発表されたが、のちに54都市に訂正された。", [("54都市", 54)]),
    ("ko", "네트워크 회원은 229개 도시로 정정됐다.", [("229개 도시", 229)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), CORRECTED_AWAY)
def test_a_figure_that_is_the_subject_of_a_correction(
    language: str, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(r[0], r[2]) for r in read_titled(language, text)] == expected


STATIVE: list[tuple[str, str, list[tuple[str, str, int]]]] = [
    ("ja", "現在およそ350の都市が加わっています。", [("およそ350の都市", "total_cities", 350)]),
    ("ja", "今年2月、新たに64都市が加わった。", [("64都市", "new_cities", 64)]),
    (
        "ja",
        "64都市が加わり、加盟は356都市となった。",
        [("64都市", "new_cities", 64), ("356都市", "total_cities", 356)],
    ),
    ("ja", "世界の425都市がこのネットワークに加わっており、", [("425都市", "total_cities", 425)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), STATIVE)
def test_have_joined_and_are_in_is_a_total(
    language: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(r[0], r[1], r[2]) for r in read_titled(language, text)] == expected


def test_names_in_apposition_across_a_soft_wrapped_line() -> None:
    text = (
        "우리나라에서는 서울 강동구와 경기 안성시, 강원\n양구군 세 곳이 이름을 올려, 국내 회원"
        " 도시는 모두 59곳이 됐습니다.\n\n국내에서는 서울 송파구, 부산 남구, 충남\n공주시 세 곳이"
        " 새로 가입했다."
    )
    assert [(r[0], r[1], r[2], r[5]) for r in read_titled("ko", text)] == [
        ("세 곳", "new_cities", 3, "KR"),
        ("59곳", "country_cities", 59, "KR"),
        ("세 곳", "new_cities", 3, "KR"),
    ]


NEXT_CLAUSE: list[tuple[str, str, list[tuple[str, int]]]] = [
    (
        "ja",
        "加盟は２８カ国１１５都市で、２年ごとに「学習都市賞」を贈る。",
        [("２８カ国", 28), ("１１５都市", 115)],
    ),
    ("ja", "加盟都市は425で、3年ごとに学習都市賞が贈られる。", [("加盟都市は425", 425)]),
    ("zh", "现有425个成员城市，并每三年颁发一次学习型城市奖。", [("425个成员城市", 425)]),
    ("ko", "회원은 425개 도시이며, 학습도시상은 3년마다 수여된다.", [("425개 도시", 425)]),
    # the other network owns what it holds before the comma, or in its own clause
    ("ja", "創造都市ネットワークには350都市が加盟している。", []),
    ("zh", "拥有350个成员的创意城市网络也在扩大。", []),
    ("ko", "창의도시 네트워크에는 350개 도시가 가입해 있다.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), NEXT_CLAUSE)
def test_another_programme_past_a_comma_after_the_figure(
    language: str, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(r[0], r[2]) for r in read_titled(language, text)] == expected
