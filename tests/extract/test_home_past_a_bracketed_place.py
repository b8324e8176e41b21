""" "At home" (国内, 국내) is the country named before it, but not one named in brackets
as an aside: "UIL(ドイツ・ハンブルク)が運営するGNLCに加盟…本市は国内初の加盟都市" is
Japan's first member, not Germany's. A country named outside brackets still owns it."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions


@pytest.mark.parametrize(
    ("language", "body", "value", "country"),
    [
        (
            "ja",
            "本市は、UIL（ドイツ・ハンブルク）が運営するGNLCに加盟した。本市は国内初の加盟都市だ。",
            1,
            "JP",
        ),
        ("ja", "GNLC（事務局はドイツ）に加わった本市は、国内で初めての加盟都市だ。", 1, "JP"),
        (
            "zh",
            "该市加入联合国教科文组织终身学习研究所（德国汉堡）管理的全球学习型城市网络，"
            "成为国内首个成员城市。",
            1,
            "CN",
        ),
        (
            "ko",
            "유네스코 평생학습연구소(독일 함부르크)가 운영하는 GNLC에 가입해 국내 회원 도시는 "
            "44곳이 됐다.",
            44,
            "KR",
        ),
        # named outside brackets, the country owns it
        ("ja", "ドイツでは、国内の加盟都市が4都市ある。GNLCの発表による。", 4, "DE"),
    ],
)
def test_at_home_is_not_a_country_named_in_brackets(
    language: str, body: str, value: int, country: str
) -> None:
    found = mentions(language, body, "2018-09-01")
    assert [(m.metric.value, m.value, m.country) for m in found] == [
        ("country_cities", value, country)
    ]
