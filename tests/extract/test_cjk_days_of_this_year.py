"""A day of this year's month, said without its year: "ＵＩＬは８月２３日、…と発表しました" in a
Japanese city's release of September dates that day's figures (a CJK day was read only
with its year, and "8月" only when no day followed); and "until" that day, said after it
("12月4日まで", "12월 4일까지", "12月4日之前"), makes the figure the day before's, read as
that month (the month of an intake accepts either side's figure), as "until 4 December"
does in the languages that say it before the date."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions


def _dated(language: str, body: str, date: str) -> list[tuple[int, str | None]]:
    return [(m.value, m.as_of and str(m.as_of)) for m in mentions(language, body, date)]


def test_a_day_of_this_years_month_dates_its_news() -> None:
    body = "ＵＩＬは７月１８日、同ネットワークの加盟都市が３７か国の１５０都市になったと発表した。"
    assert _dated("ja", body, "2017-09-04") == [(37, "2017-07-18"), (150, "2017-07-18")]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("ja", "12月4日まで、GNLCの加盟都市は356都市だった。"),
        ("ja", "GNLCの加盟都市は、12月4日の発表まで356都市だった。"),
        ("ko", "GNLC 회원 도시는 12월 4일까지 356곳이었다."),
        ("ko", "12월 4일 발표 전까지 GNLC 회원 도시는 356곳이었다."),
        ("zh", "12月4日之前，全球学习型城市网络共有356个成员城市。"),
        ("zh", "全球学习型城市网络在12月4日前共有356个成员城市。"),
    ],
)
def test_until_a_day_said_after_it(language: str, body: str) -> None:
    assert _dated(language, body, "2025-12-15") == [(356, "2025-12")]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("ko", "GNLC 회원 도시는 12월 4일 발표로 425곳이 됐다."),
        ("zh", "12月4日，全球学习型城市网络成员增至425个城市。"),
    ],
)
def test_a_day_of_the_texts_own_month_is_its_news(language: str, body: str) -> None:
    assert _dated(language, body, "2025-12-15") == [(425, None)]
