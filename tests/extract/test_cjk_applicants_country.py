"""Applicants counted in a sentence that names one country, where words touch, are that
country's: "올해 국내에서 가입을 신청한 지자체는 12곳이며" (a Korean forum page: 12
applicants of no country, where every Korean page counts them as Korea's), "国内では今年
12市町村が加盟を申請している", "今年中国还有12个城市正在准备申请加入该网络"."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

HEAD = {
    "ko": "학습도시 포럼\n2026년 4월 15일\n\n"
    "유네스코 글로벌 학습도시 네트워크(GNLC)를 소개했다.\n",
    "ja": "学習都市フォーラム\n2026年4月15日\n\n"
    "ユネスコ学習都市グローバルネットワーク(GNLC)が紹介された。\n",
    "zh": "学习型城市论坛\n2026年4月15日\n\n论坛介绍了联合国教科文组织全球学习型城市网络。\n",
}


def _read(language: str, sentence: str) -> list[tuple[str, int, str | None]]:
    found = find_mentions(read_document(HEAD[language] + sentence + "\n", "text"), language)
    return [(m.metric.value, m.value, m.country) for m in found]


@pytest.mark.parametrize(
    ("language", "sentence", "country"),
    [
        ("ko", "올해 국내에서 가입을 신청한 지자체는 12곳이다.", "KR"),
        ("ja", "日本国内では今年12市町村が加盟を申請している。", "JP"),
        ("zh", "今年中国还有12个城市正在准备申请加入该网络。", "CN"),
    ],
)
def test_the_applicants_of_the_one_country_named(
    language: str, sentence: str, country: str | None
) -> None:
    assert _read(language, sentence) == [("candidate_cities", 12, country)]
