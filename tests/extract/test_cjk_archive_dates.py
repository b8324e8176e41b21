"""An archive of dated entries as Chinese, Japanese and Korean city sites print them:
each entry opens with its day in digits, year first ("2016-08-23", "2016/08/23",
"2016.08.23", "2016. 08. 23.", "【2019.07.18】"), then a space and the entry's text; or
the day alone on a line above the entry's body. Each entry's totals are of its own day.

Before, a numeric day was no date at all in zh and ja (only "2016年8月23日" was), the
Korean "2016. 08. 23." cut its line into sentences at each dot, and a body that ends in
"。" above the next day's line was taken for that entry's headline (only "." closed a
sentence): on a 2025 archive page every entry's total was judged stale, or dated by the
entry after it and judged wrong."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

ZH = (
    "zh",
    "全球学习型城市网络申报新闻稿汇总",
    "联合国教科文组织公布首批名单，全球学习型城市网络共有115个城市。",
    "网络成员达到170个，本市启动申报准备。",
    "全球学习型城市网络成员增至294个城市。",
)
JA = (
    "ja",
    "学習都市ネットワーク加盟申請の記録",
    "ユネスコが初の加盟都市を発表し、学習都市グローバルネットワークは115都市となった。",
    "同ネットワークの加盟都市は170都市に達した。本市は申請準備を始めた。",
    "学習都市グローバルネットワークの加盟都市は294都市に増えた。",
)
KO = (
    "ko",
    "학습도시 네트워크 가입 추진 기록",
    "유네스코가 첫 회원 명단을 발표했고, 글로벌 학습도시 네트워크는 115개 도시가 됐다.",
    "네트워크 회원 도시는 170곳에 이르렀다. 시는 가입 준비를 시작했다.",
    "글로벌 학습도시 네트워크 회원 도시는 294곳으로 늘었다.",
)
DAYS = (("2016", "08", "23"), ("2019", "07", "18"), ("2022", "09", "05"))


def _dates(language: str, page: str, kind: str = "text") -> list[tuple[int, str | None]]:
    found = find_mentions(read_document(page, kind), language)
    return [(m.value, m.as_of and str(m.as_of)) for m in found]


EXPECTED = [(115, "2016-08-23"), (170, "2019-07-18"), (294, "2022-09-05")]


@pytest.mark.parametrize(
    "form",
    [
        "{y}-{m}-{d} ",  # an HTML list's <span class="date"> before the entry
        "{y}/{m}/{d} ",
        "【{y}.{m}.{d}】",
        "[{y}-{m}-{d}] ",
        "- {y}-{m}-{d} ",
    ],
)
@pytest.mark.parametrize("case", [ZH, JA, KO])
def test_an_entry_led_by_its_day_is_of_that_day(
    case: tuple[str, str, str, str, str], form: str
) -> None:
    language, title, *entries = case
    lines = [
        form.format(y=y, m=m, d=d) + entry for (y, m, d), entry in zip(DAYS, entries, strict=True)
    ]
    page = f"{title}\n2025-05-20\n\n" + "\n".join(lines) + "\n"
    assert _dates(language, page) == EXPECTED


@pytest.mark.parametrize(
    "form", ["{y}. {m}. {d}.  ", "{y}. {m}. {d}. ", "\u3000{y}. {m}. {d}.\u3000"]
)
def test_a_korean_day_in_digits_and_dots(form: str) -> None:
    """ "2016. 08. 23." is how Korean writes a day in digits: its dots end no sentence."""
    language, title, *entries = KO
    lines = [
        form.format(y=y, m=m, d=d) + entry for (y, m, d), entry in zip(DAYS, entries, strict=True)
    ]
    page = f"{title}\n2025. 5. 20.\n\n" + "\n".join(lines) + "\n"
    assert _dates(language, page) == EXPECTED


@pytest.mark.parametrize("case", [ZH, JA, KO])
def test_a_day_alone_above_a_body_that_ends_in_a_full_stop(
    case: tuple[str, str, str, str, str],
) -> None:
    language, title, *entries = case
    items = "".join(
        f'<div><p class="time">{y}-{m}-{d}</p><p>{entry}</p></div>\n'
        for (y, m, d), entry in zip(DAYS, entries, strict=True)
    )
    page = (
        '<html><head><meta property="article:published_time" content="2025-05-20">'
        f"<title>{title}</title></head><body>\n{items}</body></html>\n"
    )
    assert _dates(language, page, "html") == EXPECTED
