"""Two readings of quotations.

- A relative date inside a quotation dates its figure ("講師は「2年前は356都市だった」と
  話した" on a 2026 page is of 2024), as one outside it would; before, a quotation with no
  year of its own was read at the speaker's day.
- A figure quoted from a written source ("课件中仍写着“全球173个城市”", "手冊仍寫著「全球
  230個城市」", "パンフレットには「世界229都市」と書かれている", "책자에는 '229개 도시'라고
  적혀 있다") restates a membership count: the network's, where the GNLC was named before,
  even in a sentence that names no network (Language.document_quotes).
"""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.extract.titled import titled

RELATIVE: list[tuple[str, str, list[tuple[str, int, str | None]]]] = [
    ("ja", "講師は「２年前は３５６都市だったので、この２年で大きく増えた」と話した。",
     [("３５６都市", 356, "2024")]),
    ("ja", "市長は「昨年は356都市だった」と述べた。", [("356都市", 356, "2025")]),
    ("zh", "专家说：“两年前网络只有356个城市，如今已有425个。”",
     [("356个城市", 356, "2024"), ("425个", 425, None)]),
    ("ko", '강사는 "2년 전에는 356개 도시였다"고 말했다.', [("356개 도시", 356, "2024")]),
    ("en", 'The lecturer said: "Two years ago the network had 356 cities."',
     [("356 cities", 356, "2024")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), RELATIVE)
def test_a_relative_date_inside_a_quotation_dates_its_figure(
    language: str, text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    found = find_mentions(titled(language, text, "2026-04-10"), language)
    assert [(m.text, m.value, m.as_of and str(m.as_of)) for m in found] == expected


# a page whose title is another topic; the network is named in the paragraph before
SOURCES: list[tuple[str, str, str, str]] = [
    ("zh", "# 社区学院举办专题讲座",
     "专家介绍，联合国教科文组织全球学习型城市网络目前共有229个成员城市。",
     "专家还指出，部分培训课件中仍写着“全球173个城市”，需要及时更新。"),
    ("zh", "# 本縣通過學習型城市認證",
     "縣長指出，聯合國教科文組織全球學習型城市網絡目前有294座城市參與。",
     "縣府過去製作的宣傳摺頁寫著「全球230個城市」，教育處表示將一併更新。"),
    ("zh", "# 縣府新聞稿",
     "處長指出，聯合國教科文組織全球學習型城市網絡上個月擴大到356個城市。",
     "本縣過去印製的手冊上還寫著「全球已有294個學習型城市」，將在下一版修正。"),
    ("ja", "# 市民講座のご案内",
     "ユネスコ学習都市グローバルネットワークには現在294都市が加盟しています。",
     "ただし市の案内パンフレットには今も「世界229都市」と書かれています。"),
    ("ko", "# 평생학습 강좌 안내",
     "유네스코 글로벌 학습도시 네트워크에는 현재 294개 도시가 가입해 있다.",
     "하지만 시의 안내 책자에는 아직도 '전 세계 229개 도시'라고 적혀 있다."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "title", "before", "quoted"), SOURCES)
def test_a_figure_a_written_source_is_quoted_with_is_the_networks(
    language: str, title: str, before: str, quoted: str
) -> None:
    page = read_document(
        f"---\ndate: 2023-09-14\n---\n\n{title}\n\n{before}\n\n{quoted}\n", "markdown"
    )
    found = [m for m in find_mentions(page, language) if m.line == 9]
    assert [(m.metric.value, m.as_of) for m in found] == [("total_cities", None)]
