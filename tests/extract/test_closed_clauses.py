"""Where the verb ends its clause (Korean, Japanese), a date before a clause a verb closes
with a comma is that clause's, not the figure's after it: "지난 6월 3곳이 후보로
뽑혔으며, 심사를 거쳐 55개 도시가 확정됐다" is of the text's day, and so is a running count
after dated events ("2020年に…、2022年には…登録されており、国内の登録都市は5都市"). One
dated event whose result the figure's verb tells keeps its date ("2022年9月に加盟し、
ネットワークは294都市に拡大した"), and so do a source's date ("지난달 발표한 자료에 따르면")
and a part of the clause before ("이 가운데"). The members as subject ("국내 가입 도시는",
"国内の登録都市は") make a total after a clause of joining. And a country's cities a word
of inclusion puts in the intake just told are its share of it ("72곳 신규 선정… 한국 3개
도시 포함", "其中包括中国2个城市"), not its total.
"""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, row

WRITTEN = "2026-03-01"

CLOSED: list[tuple[str, str, list[Row]]] = [
    (
        "ko",
        "지난 6월 국내 10개 신청 도시 가운데 3곳이 후보로 뽑혔으며, 유네스코 평생학습원 "
        "심사를 거쳐 27개국 55개 도시가 신규 회원으로 확정됐다.",
        [
            ("10개 신청 도시", "candidate_cities", 10, "exact", "2025-06", "KR"),
            ("3곳", "candidate_cities", 3, "exact", "2025-06", "KR"),
            ("27개국", "new_countries", 27, "exact", None, None),
            ("55개 도시", "new_cities", 55, "exact", None, None),
        ],
    ),
    (
        "ko",
        "2022년 9월 수원시가 상을 받았고, 네트워크에는 91개국 425개 도시가 가입해 있다.",
        [
            ("91개국", "total_countries", 91, "exact", None, None),
            ("425개 도시", "total_cities", 425, "exact", None, None),
        ],
    ),
    (
        "ko",
        "2020년에는 송파구가, 2022년에는 연수구가 가입했으며, 국내 가입 도시는 59곳이 됐다.",
        [("59곳", "country_cities", 59, "exact", None, "KR")],
    ),
    (
        "ja",
        "多久市は2017年に、岡山市は2016年に登録されており、国内の登録都市は2都市となっている。",
        [("2都市", "country_cities", 2, "exact", None, "JP")],
    ),
    (
        "ja",
        "2020年に八王子市が、2022年には白山市が登録されており、国内の登録都市は5都市となった。",
        [("5都市", "country_cities", 5, "exact", None, "JP")],
    ),
    (  # one dated event and its result: the date stays
        "ja",
        "2022年9月に白山市が加盟し、ネットワークは76か国294都市に拡大した。",
        [
            ("76か国", "total_countries", 76, "exact", "2022-09", None),
            ("294都市", "total_cities", 294, "exact", "2022-09", None),
        ],
    ),
    (
        "ko",
        "2024년 2월 하남시가 가입했고, 네트워크는 356개 도시로 늘었다.",
        [("356개 도시", "total_cities", 356, "exact", "2024-02", None)],
    ),
    (  # a source's date dates all it says, "among them" too
        "ko",
        "UIL이 지난달 낸 자료에 따르면 28개국 115개 도시가 가입해 있으며, 이 가운데 "
        "우리나라 도시는 20곳이다.",
        [
            ("28개국", "total_countries", 28, "exact", "2026-02", None),
            ("115개 도시", "total_cities", 115, "exact", "2026-02", None),
            ("20곳", "country_cities", 20, "exact", "2026-02", "KR"),
        ],
    ),
    (  # no verb closes a clause: each date opens its own
        "ja",
        "2024年2月には79か国356都市、2022年9月には76か国294都市だった。",
        [
            ("79か国", "total_countries", 79, "exact", "2024-02", None),
            ("356都市", "total_cities", 356, "exact", "2024-02", None),
            ("76か国", "total_countries", 76, "exact", "2022-09", None),
            ("294都市", "total_cities", 294, "exact", "2022-09", None),
        ],
    ),
    (  # "において、" dates what follows it: no verb of its own
        "ja",
        "2022年9月において、ネットワークは76か国294都市で構成されていた。",
        [
            ("76か国", "total_countries", 76, "exact", "2022-09", None),
            ("294都市", "total_cities", 294, "exact", "2022-09", None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), CLOSED)
def test_a_date_in_a_closed_clause_is_that_clauses(
    language: str, body: str, expected: list[Row]
) -> None:
    assert [row(m) for m in mentions(language, body, WRITTEN)] == expected


INCLUDED: list[tuple[str, str, list[Row]]] = [
    (
        "ko",
        "전 세계 72곳 신규 선정… 한국 3개 도시 포함, 국내 가입 도시 총 59개로 늘어나",
        [
            ("72곳", "new_cities", 72, "exact", None, None),
            ("3개 도시", "new_cities", 3, "exact", None, "KR"),
            ("가입 도시 총 59", "country_cities", 59, "exact", None, "KR"),
        ],
    ),
    (
        "ko",
        "유네스코가 신규 학습도시 64곳을 발표했으며 여기에는 국내 도시 3곳이 포함됐다.",
        [
            ("64곳", "new_cities", 64, "exact", None, None),
            ("3곳", "new_cities", 3, "exact", None, "KR"),
        ],
    ),
    (
        "zh",
        "新入选的72个城市中，包括中国的3座城市。",
        [
            ("72个城市", "new_cities", 72, "exact", None, None),
            ("3座城市", "new_cities", 3, "exact", None, "CN"),
        ],
    ),
    (
        "ja",
        "今回の新規加盟72都市には、韓国の3都市も含まれている。",
        [
            ("72都市", "new_cities", 72, "exact", None, None),
            ("3都市", "new_cities", 3, "exact", None, "KR"),
        ],
    ),
    (  # the network holds them: a total
        "ko",
        "올해 3곳이 새로 가입했다. 이로써 네트워크에는 한국 59개 도시가 포함돼 있다.",
        [("59개 도시", "country_cities", 59, "exact", None, "KR")],
    ),
    (  # the members a list follows: a total
        "zh",
        "此次新增72个城市，中国的15个成员城市包括天津、沈阳和宁波。",
        [
            ("72个城市", "new_cities", 72, "exact", None, None),
            ("15个成员城市", "country_cities", 15, "exact", None, "CN"),
        ],
    ),
    (
        "ja",
        "今回64都市が新たに加盟した。日本の加盟都市は7都市で、岡山市も含まれる。",
        [
            ("64都市", "new_cities", 64, "exact", None, None),
            ("7都市", "country_cities", 7, "exact", None, "JP"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), INCLUDED)
def test_a_country_included_in_an_intake_is_its_share(
    language: str, body: str, expected: list[Row]
) -> None:
    assert [row(m) for m in mentions(language, body, WRITTEN)] == expected


BEFORE_LAST: list[tuple[str, str, list[Row]]] = [
    (
        "ja",
        "一昨年の時点で、加盟は76か国294都市だった。",
        [
            ("76か国", "total_countries", 76, "exact", "2024", None),
            ("294都市", "total_cities", 294, "exact", "2024", None),
        ],
    ),
    (  # "昨年" alone is still last year
        "ja",
        "昨年2月に発表された新規加盟は64都市だった。",
        [("64都市", "new_cities", 64, "exact", "2025-02", None)],
    ),
    (
        "zh",
        "前年9月，该网络新增77个城市。",
        [("77个城市", "new_cities", 77, "exact", "2024-09", None)],
    ),
    (
        "ko",
        "재작년 9월 네트워크에는 76개국 294개 도시가 가입해 있었다.",
        [
            ("76개국", "total_countries", 76, "exact", "2024-09", None),
            ("294개 도시", "total_cities", 294, "exact", "2024-09", None),
        ],
    ),
    (
        "ko",
        "지지난해 네트워크의 회원 도시는 294곳이었다.",
        [("294곳", "total_cities", 294, "exact", "2024", None)],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), BEFORE_LAST)
def test_the_year_before_last(language: str, body: str, expected: list[Row]) -> None:
    assert [row(m) for m in mentions(language, body, WRITTEN)] == expected


END_OF: list[tuple[str, str, list[Row]]] = [
    (  # "as of the end of" a year or a fiscal year dates the figure, it is no "now"
        "ja",
        "2023年度末現在、加盟は76か国294都市。",
        [
            ("76か国", "total_countries", 76, "exact", "2023", None),
            ("294都市", "total_cities", 294, "exact", "2023", None),
        ],
    ),
    (
        "ja",
        "加盟は294都市（2023年12月末現在）。",
        [("294都市", "total_cities", 294, "exact", "2023-12", None)],
    ),
    (
        "ko",
        "2023년 12월 말 현재 네트워크에는 294개 도시가 있다.",
        [("294개 도시", "total_cities", 294, "exact", "2023-12", None)],
    ),
    (  # "現在" alone is still now
        "ja",
        "現在、加盟は91か国425都市。",
        [
            ("91か国", "total_countries", 91, "exact", None, None),
            ("425都市", "total_cities", 425, "exact", None, None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), END_OF)
def test_as_of_the_end_of_a_year(language: str, body: str, expected: list[Row]) -> None:
    assert [row(m) for m in mentions(language, body, WRITTEN)] == expected
