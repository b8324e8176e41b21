"""Member cities are a network's: a programme (an event, an award) named since the GNLC
owns none of them. "我市完成申报材料、报送国家全民终身学习活动周组委会审核。中国现有12个
成员城市" (b12 zh archive page: the national lifelong-learning week's committee took the 12
member cities). Another network named since still owns its members ("创意城市网络……中国
现有18个成员城市"). zh: the learning week is a programme (Language.other_programmes), not a
network."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document


def _read(language: str, page: str) -> list[tuple[str, int, str | None]]:
    found = find_mentions(read_document(page, "text"), language)
    return [(m.metric.value, m.value, m.country) for m in found]


@pytest.mark.parametrize(
    ("language", "page"),
    [
        ("zh", "新闻稿汇总\n2025年5月20日\n\n"
         "联合国教科文组织全球学习型城市网络现有356个成员城市。"
         "我市完成申报材料，报送全民终身学习活动周组委会。中国现有12个成员城市。\n"),
        ("zh", "新闻稿汇总\n2025年5月20日\n\n"
         "联合国教科文组织全球学习型城市网络现有356个成员城市。\n"
         "2025-04-30 我市完成申报材料，报送国家全民终身学习活动周组委会审核。"
         "中国现有12个成员城市。\n"),
        ("en", "City news\n20 May 2025\n\nThe UNESCO Global Network of Learning Cities has 356 "
         "member cities. Our city sent its file to the jury of the UNESCO Learning City Award. "
         "China has 12 member cities.\n"),
    ],
)  # fmt: skip
def test_member_cities_after_a_programme(language: str, page: str) -> None:
    assert _read(language, page) == [("total_cities", 356, None), ("country_cities", 12, "CN")]


def test_member_cities_after_another_network() -> None:
    page = (
        "新闻稿汇总\n2025年5月20日\n\n联合国教科文组织全球学习型城市网络现有356个成员城市。"
        "创意城市网络也在扩大，中国现有18个成员城市。\n"
    )
    assert _read("zh", page) == [("total_cities", 356, None)]
