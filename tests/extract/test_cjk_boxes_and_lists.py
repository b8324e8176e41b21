"""What real Japanese, Chinese and Korean pages of session 8 showed, each in sentences
of our own, and the same constructions in other languages where they exist: a box whose
heading names the GNLC on a page about something else, its rows "label: value" (an HTML
list's items stand alone as headings do, and ended the heading's section at its first
row); "국내 회원 도시: 56곳", a row's label naming the country; "회원이 229개 도시였는데"
(the members were, without 도시); "目前有79个国家的356个城市加入" (all who joined so far, the
countries linked by 的); "成为会员" (became members); a list of names closed by a count
("岡山與多久兩市", "南京和苏州两市", "岡山市と多久市の2市"); "two years later" counted on
from the date said before it, in the same clause too ("在2022年…, 两年后"); counts said to
be capitals after them ("11都市は各国の首都", "11个城市是各国首都", "11곳은 각국의 수도",
"11 cities are national capitals"); cities that work on becoming learning cities at all
("学習都市づくりに取り組んでいる"), which are not members.
"""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.extract.titled import Row, read_plain, read_titled, row


def _page(text: str, kind: str = "text") -> list[Row]:
    return [row(m) for m in find_mentions(read_document(text, kind))]


# A page about something else (its title and lead name no network), then a box whose
# heading names the GNLC, its rows below it.
BOXES: list[tuple[str, list[Row]]] = [
    (
        "도교육청, 평생학습 포럼 개최\n\n도교육청은 15일 포럼을 열었다. 참석자는 120명이었다.\n\n"
        "참고: 유네스코 글로벌 학습도시 네트워크\n\n회원 도시: 79개국 356개\n\n"
        "회원 도시 인구: 3억 9천만 명\n\n국내 회원 도시: 56곳\n",
        [
            ("79개국", "total_countries", 79, "exact", None, None),
            ("356개", "total_cities", 356, "exact", None, None),
            ("3억 9천만 명", "citizens", 390_000_000, "exact", None, None),
            ("56곳", "country_cities", 56, "exact", None, "KR"),
        ],
    ),
    (
        "市民講座のご案内\n\n今年も市民講座を開きます。定員は40人です。\n\n"
        "参考：ユネスコ学習都市グローバルネットワーク\n\n加盟都市：91か国425都市\n\n"
        "対象人口：約5億人\n",
        [
            ("91か国", "total_countries", 91, "exact", None, None),
            ("425都市", "total_cities", 425, "exact", None, None),
            ("約5億人", "citizens", 500_000_000, "about", None, None),
        ],
    ),
    (
        "本市终身教育工作会议召开\n\n会议由市教育局主持，120人参加。\n\n"
        "链接：全球学习型城市网络\n\n成员城市：91个国家425个\n",
        [
            ("91个国家", "total_countries", 91, "exact", None, None),
            ("425个", "total_cities", 425, "exact", None, None),
        ],
    ),
    (
        "Adult education week opens\n\nThe week opened on Monday with 120 guests.\n\n"
        "Background: UNESCO Global Network of Learning Cities\n\n"
        "Members: 425 cities in 91 countries\n",
        [
            ("425 cities", "total_cities", 425, "exact", None, None),
            ("91 countries", "total_countries", 91, "exact", None, None),
        ],
    ),
    (  # another network's box: its rows are its own
        "도교육청, 평생학습 포럼 개최\n\n도교육청은 15일 포럼을 열었다.\n\n"
        "참고: 유네스코 창의도시 네트워크\n\n회원 도시: 100개국 350개\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOXES)
def test_the_rows_of_a_box_whose_heading_names_the_gnlc(text: str, expected: list[Row]) -> None:
    assert _page(text) == expected


MEMBERS_WITHOUT_CITIES: list[tuple[str, list[Row]]] = [
    (
        '김 교수는 "2020년 9월 당시에는 회원이 229개 도시였는데, 많이 늘었다"고 말했다.',
        [("229개 도시", "total_cities", 229, "exact", "2020-09", None)],
    ),
    (
        "네트워크의 회원은 425개 도시로 늘었다.",
        [("425개 도시", "total_cities", 425, "exact", None, None)],
    ),
    ("회원 수는 425곳이다.", [("425곳", "total_cities", 425, "exact", None, None)]),
    ("회원이 된 도시는 모두 15명의 대표를 보냈다.", []),
]


@pytest.mark.parametrize(("body", "expected"), MEMBERS_WITHOUT_CITIES)
def test_korean_members_said_without_a_word_for_cities(body: str, expected: list[Row]) -> None:
    text = (
        "도교육청 보도자료\n\n도교육청은 15일 포럼을 열었다. 참석자는 120명이었다.\n\n"
        "교육부가 지정한 전국 평생학습도시는 198곳이며, 유네스코 창의도시 네트워크에도 "
        "국내 12개 도시가 가입해 있다.\n\n김 교수는 유네스코 글로벌 학습도시 네트워크를 "
        f"소개했다.\n\n{body}\n"
    )
    assert _page(text) == expected


JOINED_SO_FAR: list[tuple[str, str, list[Row]]] = [
    (
        "zh",
        "全球学习型城市网络目前有79个国家的356个城市加入。",
        [
            ("79个国家", "total_countries", 79, "exact", None, None),
            ("356个城市", "total_cities", 356, "exact", None, None),
        ],
    ),
    (
        "zh",
        "全球學習型城市網絡至今已有79個國家的356個城市加入。",
        [
            ("79個國家", "total_countries", 79, "exact", None, None),
            ("356個城市", "total_cities", 356, "exact", None, None),
        ],
    ),
    (  # this round's: an intake
        "zh",
        "全球学习型城市网络此次有35个国家的64个城市加入。",
        [
            ("35个国家", "new_countries", 35, "exact", None, None),
            ("64个城市", "new_cities", 64, "exact", None, None),
        ],
    ),
    (
        "ja",
        "学習都市グローバルネットワークには、これまでに79か国の356都市が加盟した。",
        [
            ("79か国", "total_countries", 79, "exact", None, None),
            ("356都市", "total_cities", 356, "exact", None, None),
        ],
    ),
    (
        "zh",
        "全球学习型城市网络新增72个城市。韩国已有56个城市成为会员。",
        [
            ("72个城市", "new_cities", 72, "exact", None, None),
            ("56个城市", "country_cities", 56, "exact", None, "KR"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), JOINED_SO_FAR)
def test_cities_that_joined_so_far_are_a_total(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_plain(text, language) == expected


def test_cities_that_became_members_in_a_sentence_of_their_own() -> None:
    text = (
        "縣府新聞\n\n縣長提到，全球學習型城市網絡（GNLC）目前有356個城市加入。"
        "鄰近的韓國已有56個城市成為會員。\n"
    )
    assert _page(text) == [
        ("356個城市", "total_cities", 356, "exact", None, None),
        ("56個城市", "country_cities", 56, "exact", None, "KR"),
    ]


NAMED_AND_COUNTED: list[tuple[str, str, list[Row]]] = [
    ("zh", "日本則只有岡山與多久兩市。", [("兩市", "country_cities", 2, "exact", None, "JP")]),
    ("zh", "中国南京和苏州两市入选。", [("两市", "new_cities", 2, "exact", None, "CN")]),
    ("zh", "中國內地方面，南京和蘇州兩市獲選。", [("兩市", "new_cities", 2, "exact", None, "CN")]),
    ("zh", "日本只有冈山和多久两市。", [("两市", "country_cities", 2, "exact", None, "JP")]),
    (
        "ja",
        "日本からは岡山市と多久市の2市が参加している。",
        [("2市", "country_cities", 2, "exact", None, "JP")],
    ),
    (
        "ja",
        "タイ国政府観光庁は19日、バンコク、コンケーン、ヤラーの3都市が加盟したと発表した。",
        [("3都市", "new_cities", 3, "exact", None, "TH")],
    ),
    ("zh", "中韩两国代表出席了会议。", []),  # "both countries": no names before it
    ("zh", "天津市、三明市的代表出席。", []),  # place names, no count
]


@pytest.mark.parametrize(("language", "body", "expected"), NAMED_AND_COUNTED)
def test_a_list_of_names_closed_by_a_count(language: str, body: str, expected: list[Row]) -> None:
    assert read_titled(language, body) == expected


LATER: list[tuple[str, str, list[Row]]] = [
    (
        "zh",
        "全球学习型城市网络在2022年扩大到294城，两年后又有64个城市加入。",
        [
            ("294城", "total_cities", 294, "exact", "2022", None),
            ("64个城市", "new_cities", 64, "exact", "2024", None),
        ],
    ),
    (
        "zh",
        "全球學習型城市網絡在2022年擴大到294城。兩年後又有64個城市加入。",
        [
            ("294城", "total_cities", 294, "exact", "2022", None),
            ("64個城市", "new_cities", 64, "exact", "2024", None),
        ],
    ),
    (
        "ja",
        "学習都市グローバルネットワークは2022年に294都市となり、2年後には64都市が新たに加盟した。",
        [
            ("294都市", "total_cities", 294, "exact", "2022", None),
            ("64都市", "new_cities", 64, "exact", "2024", None),
        ],
    ),
    (
        "ko",
        "유네스코 글로벌 학습도시 네트워크는 2022년 294개 도시로 늘었다. "
        "2년 뒤에는 64개 도시가 새로 가입했다.",
        [
            ("294개 도시", "total_cities", 294, "exact", "2022", None),
            ("64개 도시", "new_cities", 64, "exact", "2024", None),
        ],
    ),
    (
        "en",
        "The UNESCO Global Network of Learning Cities reached 294 cities in 2022, and two "
        "years later 64 more cities joined.",
        [
            ("294 cities", "total_cities", 294, "exact", "2022", None),
            ("64 more cities", "new_cities", 64, "exact", "2024", None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), LATER)
def test_years_later_counted_from_the_date_before(
    language: str, text: str, expected: list[Row]
) -> None:
    page = f"Learning cities\n2025-10-20\n\n{text}\n"
    assert read_plain(page, language) == expected


CAPITALS: list[tuple[str, str, list[Row]]] = [
    (
        "ja",
        "72都市が新たに加わった。72都市のうち11都市は各国の首都で、13か国からは初めての加盟となった。",
        [
            ("72都市", "new_cities", 72, "exact", None, None),
            ("72都市", "new_cities", 72, "exact", None, None),
            ("11都市", "new_capitals", 11, "exact", None, None),
            ("13か国", "first_time_countries", 13, "exact", None, None),
        ],
    ),
    (
        "zh",
        "网络新增72个城市，其中11个城市是各国首都。",
        [
            ("72个城市", "new_cities", 72, "exact", None, None),
            ("11个城市", "new_capitals", 11, "exact", None, None),
        ],
    ),
    (
        "ko",
        "네트워크에 72개 도시가 새로 가입했다. 72곳 중 11곳은 각국의 수도다.",
        [
            ("72개 도시", "new_cities", 72, "exact", None, None),
            ("72곳", "new_cities", 72, "exact", None, None),
            ("11곳", "new_capitals", 11, "exact", None, None),
        ],
    ),
    (
        "en",
        "The network welcomed 72 new cities; 11 cities are national capitals.",
        [
            ("72 new cities", "new_cities", 72, "exact", None, None),
            ("11 cities", "new_capitals", 11, "exact", None, None),
        ],
    ),
    ("ja", "申請は各国3都市までです。", []),  # a quota still
]


@pytest.mark.parametrize(("language", "body", "expected"), CAPITALS)
def test_counts_said_to_be_capitals(language: str, body: str, expected: list[Row]) -> None:
    assert read_titled(language, body) == expected


def test_cities_working_on_learning_cities_at_all_are_not_members() -> None:
    body = (
        "UILによれば、世界ではおよそ1,000の都市が学習都市づくりに取り組んでいます。"
        "全世界で約1,000都市が学習都市の建設に取り組んでいる。GNLCには425都市が加盟しています。"
    )
    assert read_titled("ja", body) == [("425都市", "total_cities", 425, "exact", None, None)]


HOME_PLACES: list[tuple[str, list[Row]]] = [
    (
        "추천한 결과 진천군을 포함한 3개 도시가 최종승인을 받았다.",
        [("3개 도시", "new_cities", 3, "exact", None, "KR")],
    ),
    (
        "하남시, 부안군, 서구 등 3개 도시가 새로 가입했다.",
        [("3개 도시", "new_cities", 3, "exact", None, "KR")],
    ),
    (
        "안동시를 비롯한 3개 도시가 새로 가입했다.",
        [("3개 도시", "new_cities", 3, "exact", None, "KR")],
    ),
    ("하노이를 포함한 2개 도시가 새로 가입했다.", []),  # a foreign city: whose two?
]


@pytest.mark.parametrize(("body", "expected"), HOME_PLACES)
def test_a_korean_local_government_names_a_korean_intake(body: str, expected: list[Row]) -> None:
    assert read_titled("ko", body) == expected


RELATIVE_CLAUSES: list[tuple[str, list[Row]]] = [
    (
        "ユネスコ学習都市\n2023年6月20日\n\nユネスコの学習都市グローバルネットワークを紹介します。\n\n"
        "山田花子氏（大学教授）：客員研究員として、世界229都市が加盟するネットワークの調査に携わる。\n",
        [("229都市", "total_cities", 229, "exact", None, None)],
    ),
    (
        "학습도시\n2023년 6월 20일\n\n유네스코 글로벌 학습도시 네트워크를 소개한다.\n\n"
        "김 교수(대학 교수)는 294개 도시가 가입한 네트워크를 연구한다.\n",
        [("294개 도시", "total_cities", 294, "exact", None, None)],
    ),
    (  # a national scheme's count: no verb of membership before the network
        "학습도시\n2023년 5월 12일\n\n유네스코 글로벌 학습도시 네트워크를 소개한다.\n\n"
        "교육부 지정 평생학습도시는 전국 183곳으로 유네스코 네트워크와는 다른 제도입니다.\n",
        [],
    ),
    (  # the university's own members, no network after them
        "ユネスコ学習都市\n2023年6月20日\n\nユネスコの学習都市グローバルネットワークを紹介します。\n\n"
        "大学連合には12大学、40都市が加盟している。\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSES)
def test_a_figure_in_a_relative_clause_of_the_network(text: str, expected: list[Row]) -> None:
    assert _page(text) == expected


ATTENDING: list[tuple[str, list[Row]]] = [
    (
        "来自德国、英国、巴西等29个全球学习型城市网络会员城市和国际组织的代表共150余人参加了开幕式。",
        [],
    ),
    ("來自韓國、日本等12個成員城市的代表出席了論壇。", []),
    (
        "来自韩国、日本等12个成员城市的嘉宾出席论坛。网络现有356个成员城市。",
        [("356个成员城市", "total_cities", 356, "exact", None, None)],
    ),
    (  # a list of the newcomers closed by 等: the intake, nobody attends
        "联合国教科文组织将中国南京、苏州等64个城市纳入全球学习型城市网络。",
        [("64个城市", "new_cities", 64, "exact", None, None)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), ATTENDING)
def test_cities_whose_people_attend_an_event(body: str, expected: list[Row]) -> None:
    assert read_titled("zh", body) == expected


OWN_VERB_AFTER: list[tuple[str, str, list[Row]]] = [
    (
        "ja",
        "本市は2017年に加盟し、現在は世界356都市が加盟するネットワークの一員です。",
        [("356都市", "total_cities", 356, "exact", None, None)],
    ),
    (
        "ja",
        "UNESCOは14日に発表し、64都市が新たに加盟した。",
        [("64都市", "new_cities", 64, "exact", None, None)],
    ),
    (
        "ko",
        "우리 시는 2019년 가입했으며, 현재 네트워크에는 425개 도시가 가입해 있다.",
        [("425개 도시", "total_cities", 425, "exact", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), OWN_VERB_AFTER)
def test_a_verb_of_joining_in_a_clause_closed_before_the_figure(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read_titled(language, body) == expected


QUOTED_AS_WORDS: list[tuple[str, str, list[Row]]] = [
    (
        "zh",
        "部分媒体至今仍沿用“230个城市”的说法。网络现有229个城市。",
        [("229个城市", "total_cities", 229, "exact", None, None)],
    ),
    (
        "ja",
        "「230都市」という数字は今も一部で使われている。加盟は229都市です。",
        [("229都市", "total_cities", 229, "exact", None, None)],
    ),
    (
        "ko",
        "'230개 도시'라는 표현이 여전히 쓰인다. 회원은 229개 도시다.",
        [("229개 도시", "total_cities", 229, "exact", None, None)],
    ),
    (  # a clause a page still shows, quoted: a statement
        "ko",
        '군 누리집에는 아직 "세계 356개 도시가 가입한 네트워크"라는 문구가 남아 있다.',
        [("356개 도시", "total_cities", 356, "exact", None, None)],
    ),
    (  # a quoted statement, not words cited: the figure stands
        "zh",
        "简介手册至今仍写着“全球已有229个城市加入”。",
        [("229个城市", "total_cities", 229, "exact", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), QUOTED_AS_WORDS)
def test_a_figure_quoted_as_words(language: str, body: str, expected: list[Row]) -> None:
    assert read_titled(language, body) == expected


def test_dates_in_full_width_digits() -> None:
    text = (
        "ユネスコ学習都市に７２都市\n2025年12月5日\n\n"
        "前回２０２４年２月の発表時点では加盟は３５６都市だった。"
        "ユネスコ学習都市グローバルネットワークは、２０２２年９月に７６か国２９４都市となった。\n"
    )
    assert _page(text) == [
        ("７２都市", "new_cities", 72, "exact", "2025-12-05", None),
        ("３５６都市", "total_cities", 356, "exact", "2024-02", None),
        ("７６か国", "total_countries", 76, "exact", "2022-09", None),
        ("２９４都市", "total_cities", 294, "exact", "2022-09", None),
    ]


COUNTRIES_THEN_CITIES: list[tuple[str, list[Row]]] = [
    (
        "ユネスコ学習都市\n2021年3月22日\n\n"
        "文部科学省が2020年6月にまとめた資料では「55か国173都市」となっていました。\n",
        [
            ("55か国", "total_countries", 55, "exact", "2020-06", None),
            ("173都市", "total_cities", 173, "exact", "2020-06", None),
        ],
    ),
    (
        "유네스코 글로벌 학습도시 네트워크\n2026년 4월 15일\n\n"
        '네트워크는 2024년 2월 당시 "79개국 356개 도시"였다.\n',
        [
            ("79개국", "total_countries", 79, "exact", "2024-02", None),
            ("356개 도시", "total_cities", 356, "exact", "2024-02", None),
        ],
    ),
    (
        "全球学习型城市网络\n2026年4月15日\n\n全球学习型城市网络2022年的资料写着“76国294城”。\n",
        [
            ("76国", "total_countries", 76, "exact", "2022", None),
            ("294城", "total_cities", 294, "exact", "2022", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRIES_THEN_CITIES)
def test_the_cities_after_their_countries_share_their_date(text: str, expected: list[Row]) -> None:
    assert _page(text) == expected


RANKED_AFTER_A_MEMBER: list[tuple[str, str, list[Row]]] = [
    (
        "ja",
        "多久市の加盟が認められました。国内では岡山市に続き２番目の加盟都市となります。",
        [("２番目の加盟都市", "country_cities", 2, "exact", None, "JP")],
    ),
    (
        "ja",
        "多久市は加盟しています。日本からは岡山市に次いで２番目の加盟です。",
        [("２番目の加盟", "country_cities", 2, "exact", None, "JP")],
    ),
    (
        "ko",
        "당진시는 국내에서는 수원시에 이어 두 번째 회원 도시가 됐다.",
        [("두 번째 회원 도시", "country_cities", 2, "exact", None, "KR")],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), RANKED_AFTER_A_MEMBER)
def test_a_rank_after_the_member_before_it(language: str, body: str, expected: list[Row]) -> None:
    assert read_titled(language, body) == expected


TABLE_CELLS: list[tuple[str, str, list[Row]]] = [
    (
        "ja",
        "| 国 | 加盟都市数 |\n|---|---|\n| 韓国 | 40以上 |\n| 日本 | 2 |",
        [
            ("40以上", "country_cities", 40, "more_than", None, "KR"),
            ("2", "country_cities", 2, "exact", None, "JP"),
        ],
    ),
    (
        "zh",
        "| 国家 | 成员城市数 |\n|---|---|\n| 韩国 | 40多个 |\n| 中国 | 15个 |",
        [
            ("40多个", "country_cities", 40, "more_than", None, "KR"),
            ("15个", "country_cities", 15, "exact", None, "CN"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), TABLE_CELLS)
def test_a_table_cell_with_its_qualifier_after_and_a_country_row(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read_titled(language, body) == expected


def test_applicants_to_join_on_a_page_about_something_else() -> None:
    text = (
        "도교육청 보도자료\n2026년 4월 15일\n\n도교육청은 15일 포럼을 열었다.\n\n"
        "교육부가 지정한 평생학습도시는 198곳이다.\n\n"
        "김 교수는 유네스코 글로벌 학습도시 네트워크(GNLC)를 소개했다.\n\n"
        "올해 국내에서 가입을 신청한 지자체는 12곳이다. "
        "평생학습도시 지정을 신청한 지자체는 20곳이다.\n"
    )
    # Korea's applicants: "국내에서" is the one country the sentence names
    assert _page(text) == [("12곳", "candidate_cities", 12, "exact", None, "KR")]


def test_a_founding_date_long_before_a_dated_figure_where_the_verb_follows() -> None:
    text = (
        "용산구 GNLC\n2018년 3월 5일\n\n"
        "GNLC는 유네스코가 2015년 설립한 협의체로 평생학습 증진에 앞장서고 있는 도시"
        "(2017년 9월 기준 47개국 195개 도시)를 대상으로 활동을 벌여 왔다.\n"
    )
    assert _page(text) == [
        ("47개국", "total_countries", 47, "exact", "2017-09", None),
        ("195개 도시", "total_cities", 195, "exact", "2017-09", None),
    ]


def test_the_network_named_with_a_middle_dot() -> None:
    text = (
        "学習都市\n2026年3月30日\n\n"
        "ユネスコの「学習都市グローバル・ネットワーク」には91か国425都市が加盟している。\n"
    )
    assert _page(text) == [
        ("91か国", "total_countries", 91, "exact", None, None),
        ("425都市", "total_cities", 425, "exact", None, None),
    ]


def test_a_japanese_label_before_a_bare_count() -> None:
    body = "GNLC加盟都市：356（79か国）\n\n- 加盟都市数：425\n- 会員数：186名"
    assert read_titled("ja", body) == [
        ("加盟都市：356", "total_cities", 356, "exact", None, None),
        ("79か国", "total_countries", 79, "exact", None, None),
        ("加盟都市数：425", "total_cities", 425, "exact", None, None),
    ]


def test_only_as_a_word_of_possession_in_korean() -> None:
    body = "공주시 포함해 국내 단 3개 도시가 회원이 됐다."
    assert read_titled("ko", body) == [("3개 도시", "country_cities", 3, "exact", None, "KR")]


KOREAN_LISTS_AND_HEADLINES: list[tuple[str, list[Row]]] = [
    (
        "국내에서는 서울 송파구, 부산 남구와 함께 공주시까지 3개 도시가 이름을 올렸다.",
        [("3개 도시", "new_cities", 3, "exact", None, "KR")],
    ),
    (
        "광주 서구·부안군·하남시 세 곳 추가… 전 세계 79개국 356개 도시",
        [
            ("세 곳", "new_cities", 3, "exact", None, "KR"),
            ("79개국", "total_countries", 79, "exact", None, None),
            ("356개 도시", "total_cities", 356, "exact", None, None),
        ],
    ),
    (
        "신규 가입 발표…국내 가입 도시 56곳으로",
        [("56곳", "country_cities", 56, "exact", None, "KR")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), KOREAN_LISTS_AND_HEADLINES)
def test_korean_lists_of_local_governments_and_headlines(body: str, expected: list[Row]) -> None:
    assert read_titled("ko", body) == expected


def test_our_province_is_china_in_a_chinese_release() -> None:
    body = "来自35个国家的64个城市加入全球学习型城市网络，我省南京、苏州两市同时入选。"
    assert read_titled("zh", body) == [
        ("35个国家", "new_countries", 35, "exact", None, None),
        ("64个城市", "new_cities", 64, "exact", None, None),
        ("两市", "new_cities", 2, "exact", None, "CN"),
    ]


COUNTRY_APPLICANTS_AND_CAPITALS: list[tuple[str, str, list[Row]]] = [
    (
        "ko",
        "국내 신청 도시 12곳 중 최종 선정…",
        [("12곳", "candidate_cities", 12, "exact", None, "KR")],
    ),
    (
        "zh",
        "來自46個國家的72個城市獲納入網絡，新成員中有11個是首都。",
        [
            ("46個國家", "new_countries", 46, "exact", None, None),
            ("72個城市", "new_cities", 72, "exact", None, None),
            ("11個是首都", "new_capitals", 11, "exact", None, None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), COUNTRY_APPLICANTS_AND_CAPITALS)
def test_a_country_s_applicants_and_capitals_after_a_counter(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read_titled(language, body) == expected


NEARLY_AFTER: list[tuple[str, str, list[Row]]] = [
    (
        "ko",
        "회원 도시에 사는 인구는 5억 명 가까이 된다.",
        [("5억 명 가까이", "citizens", 500_000_000, "nearly", None, None)],
    ),
    (
        "ko",
        "회원 도시 인구는 5억 명에 가깝다.",
        [("5억 명에 가깝다", "citizens", 500_000_000, "nearly", None, None)],
    ),
    (
        "ja",
        "加盟都市の人口は5億人近くにのぼる。",
        [("5億人近く", "citizens", 500_000_000, "nearly", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), NEARLY_AFTER)
def test_nearly_after_the_count(language: str, body: str, expected: list[Row]) -> None:
    assert read_titled(language, body) == expected
