"""Classes met on the s12 dev pages (another writer's, first run before any fix), each
read in the CJK languages where it exists.

- a time ("2025年12月5日 18:20") is no label and its value: "全国" before it made "20" a
  count of countries (a false alarm);
- a count said to be capitals with examples between ("１１都市はリスボンやハノイなど各国
  の首都", "11곳은 리스본, 하노이 등 각국의 수도") counts the intake's capitals;
- "had become" ("加盟都市は３５６となっていた") is the result of the dated event before it;
- "first" with an adverb or an object before a verb of publishing ("처음 대규모로 발표했을
  때는 28개국") is no first membership;
- Korean native tens before a counter ("서른 곳이 넘습니다");
- the Hong Kong and Taiwan spelling 分佈/遍佈 pairs countries with cities, and 入網 is
  being in the network ("內地已有十個城市入網");
- a correction past a comma ("最初公布为55个, 次日更正") replaces the figure before it;
- "增加了一百多個" (grew by) is a difference, not a count.
"""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.extract.titled import titled

Row = tuple[str, str, int, str | None, str | None]


def _rows(language: str, body: str, date: str) -> list[Row]:
    found = find_mentions(titled(language, body, date), language)
    return [(m.text, m.metric.value, m.value, m.as_of and str(m.as_of), m.country) for m in found]


CASES: list[tuple[str, str, str, list[Row]]] = [
    # capitals, examples between
    ("ja", "新規加盟のうち１１都市はリスボンやハノイなど各国の首都で、式典が開かれた。",
     "2025-12-05", [("１１都市", "new_capitals", 11, None, None)]),
    ("ja", "新規加盟のうち１１都市は各国の首都だ。", "2025-12-05",
     [("１１都市", "new_capitals", 11, None, None)]),
    ("ko", "신규 회원 가운데 11곳은 리스본, 하노이 등 각국의 수도다.", "2025-12-05",
     [("11곳", "new_capitals", 11, None, None)]),
    ("zh", "新成员中，里斯本、河内等11座城市是各国首都。", "2025-12-05",
     [("11座城市", "new_capitals", 11, None, None)]),
    # had become: the dated event's result
    ("ja", "前回の２０２４年２月には６４都市が加わり、加盟都市は３５６となっていた。",
     "2025-12-05",
     [("６４都市", "new_cities", 64, "2024-02", None),
      ("加盟都市は３５６", "total_cities", 356, "2024-02", None)]),
    ("ja", "２０２４年２月には６４都市が加わり、加盟都市は３５６都市になっていた。", "2025-12-05",
     [("６４都市", "new_cities", 64, "2024-02", None),
      ("３５６都市", "total_cities", 356, "2024-02", None)]),
    ("ja", "２０２４年２月に６４都市が加わり、加盟都市は現在３５６都市となっている。",
     "2025-12-05",
     [("６４都市", "new_cities", 64, "2024-02", None),
      ("３５６都市", "total_cities", 356, None, None)]),
    # first, then an adverb, then a verb of publishing
    ("ko", "2016년 8월에 처음 대규모로 발표했을 때는 28개국 115개 도시였다.", "2018-06-15",
     [("28개국", "total_countries", 28, "2016-08", None),
      ("115개 도시", "total_cities", 115, "2016-08", None)]),
    # native tens
    ("ko", "국내는 현재 서른 곳이 넘습니다.", "2018-06-15",
     [("서른 곳이 넘습니다", "country_cities", 30, None, "KR")]),
    ("ko", "국내 회원 도시는 스무 곳을 넘었다.", "2018-06-15",
     [("스무 곳을 넘었다", "country_cities", 20, None, "KR")]),
    # a correction past a comma
    ("zh", "2020年9月：新增54个城市（最初公布为55个，次日更正），总数达229个，覆盖64国。",
     "2023-06-15", [("54个城市", "new_cities", 54, "2020-09", None),
                    ("总数达229", "total_cities", 229, "2020-09", None),
                    ("64国", "total_countries", 64, "2020-09", None)]),
    # grew by
    ("zh", "其實2019年網絡不過170多個成員；三年間增加了一百多個。", "2023-06-15",
     [("170多個成員", "total_cities", 170, "2019", None)]),
    ("zh", "三年间网络成员增加了60个，达到356个。", "2024-06-15",
     [("356个", "total_cities", 356, None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "date", "expected"), CASES)
def test_the_fresh_writers_classes(
    language: str, body: str, date: str, expected: list[Row]
) -> None:
    assert _rows(language, body, date) == expected


def _untitled(language: str, html_body: str) -> list[Row]:
    html = (
        "<html><head><title>專欄｜學習型城市，香港還差甚麼？</title><meta property="
        "'article:published_time' content='2023-05-16'></head><body>"
        "<h1>學習型城市，香港還差甚麼？</h1><p>文：成人教育工作者｜2023年5月16日</p>"
        "<p>近日有議員提出，香港應爭取加入聯合國教科文組織的全球學習型城市網絡。</p>"
        f"<p>{html_body}</p></body></html>"
    )
    found = find_mentions(read_document(html, "html"), language)
    return [(m.text, m.metric.value, m.value, m.as_of and str(m.as_of), m.country) for m in found]


def test_traditional_spread_and_in_the_network() -> None:
    body = "翻查資料，網絡現有成員294個，分佈於76個國家。內地已有十個城市入網。"
    assert _untitled("zh", body) == [
        ("294個", "total_cities", 294, None, None),
        ("76個國家", "total_countries", 76, None, None),
        ("十個城市", "country_cities", 10, None, "CN"),
    ]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("ja", "全国・海外｜2025年12月5日 18:20（共同配信）"),
        ("zh", "全国新闻｜2025年12月5日 18:20"),
        ("ko", "전국｜2025년 12월 5일 18:20"),
    ],
)
def test_a_time_is_no_label_and_its_value(language: str, line: str) -> None:
    assert _rows(language, line, "2025-12-05") == []
