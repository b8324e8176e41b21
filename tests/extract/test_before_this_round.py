""" "Before this round" ("今回の発表の前", "이번 발표 전", "此次入选前"): a figure after it
in its sentence is of the time just before the text's news, the undated start of a
change (Mention.earlier), which the check dates by the store; after the intake the same
count is no stale figure of the text's day."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES: list[tuple[str, str, list[tuple[str, str, int, str | None, bool]]]] = [
    ("ja", "今回の発表の前、タイの加盟都市は7都市だった。",
     [("7都市", "country_cities", 7, "TH", True)]),
    ("ja", "今回の加盟以前は、国内の加盟都市は2都市だった。",
     [("2都市", "country_cities", 2, "JP", True)]),
    ("ko", "이번 발표 전 국내 회원 도시는 56곳이었다.",
     [("56곳", "country_cities", 56, "KR", True)]),
    ("ko", "이번 가입 이전에는 네트워크가 79개국 356개 도시였다.",
     [("79개국", "total_countries", 79, None, True),
      ("356개 도시", "total_cities", 356, None, True)]),
    ("zh", "此次入选前，中国共有12座城市加入该网络。",
     [("12座城市", "country_cities", 12, "CN", True)]),
    # this round's own count is of the text's day
    ("ja", "タイの加盟都市は今回10都市になった。",
     [("10都市", "country_cities", 10, "TH", False)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_figure_before_this_round_is_of_the_time_before_the_news(
    language: str, text: str, expected: list[tuple[str, str, int, str | None, bool]]
) -> None:
    found = mentions(language, text, "2024-02-17")
    assert [(m.text, m.metric.value, m.value, m.country, m.earlier) for m in found] == expected
