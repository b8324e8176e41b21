"""A city's plan names the network in its background section and, under a later heading,
sets goals against "the network's" members with no word for "this" ("对标网络内356个成员
城市", "网络中的", "網絡內"), often after the plan's end year ("到2028年"). Before, the bare
"网络内" pointed to nothing (the count was dropped as not the network's) and the plan's
year, after the text's own date, dated the count (a stale 356 judged as of 2028)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.extract.titled import row
from tests.extract.titled import row as row_of

PAGE = """<html><head><title>关于印发某市终身学习三年计划的通知</title></head><body>
<h1>某市终身学习三年计划（2026—2028年）</h1>
<p class="sign">某市人民政府　2026年3月2日</p>
<h3>一、背景</h3>
<p>联合国教科文组织全球学习型城市网络去年底吸纳了一批新成员，我市也在其中。</p>
<h3>二、目标</h3>
<p>{goal}</p>
</body></html>"""


def _counts(goal: str) -> list[tuple[str, int, str | None]]:
    found = find_mentions(read_document(PAGE.format(goal=goal), "html"), "zh")
    return [(r[1], r[2], r[4]) for r in map(row, found) if r[2] == 356]


@pytest.mark.parametrize(
    "goal",
    [
        "到2028年，参照网络内356个成员城市的做法，建成覆盖全市的学习服务体系。",
        "借鉴网络中356个成员城市的经验，办好社区学院。",
        "学习网络内的356个成员城市，每年组织两次交流。",
        "与网络里356个成员城市开展线上交流。",
        "到2027年，参照網絡內356個成員城市的經驗完善服務。",
        "到2028年，与该网络356个成员城市建立联系。",
    ],
)
def test_the_bare_network_of_a_plan_is_the_gnlc(goal: str) -> None:
    assert _counts(goal) == [("total_cities", 356, None)]


@pytest.mark.parametrize(
    "goal",
    [
        "开设网络课程356门，在网络中学习的市民达到5万人。",
        "互联网内356个成员单位参加培训。",
    ],
)
def test_online_learning_is_not_the_network(goal: str) -> None:
    assert _counts(goal) == []


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("ko", "2028년까지 GNLC 356개 회원 도시와 교류를 넓힌다."),
        ("ja", "2028年までに、GNLCの356都市と交流を深める。"),
        ("zh", "到2028年，与全球学习型城市网络356个成员城市开展交流。"),
    ],
)
def test_a_goal_year_after_the_text_dates_no_count(language: str, body: str) -> None:
    page = f"---\ntitle: GNLC\ndate: 2026-03-02\n---\n\n{body}\n"
    found = [row(m) for m in find_mentions(read_document(page, "markdown"), language)]
    assert [(r[1], r[2], r[4]) for r in found] == [("total_cities", 356, None)]


AGENDA = """<html><head><title>学习型城市与终身学习论坛 会议议程</title></head><body>
<h1>学习型城市与终身学习论坛</h1>
<p>时间：2024年11月20日</p>
<p>目前，全球学习型城市网络共有成员城市356个。</p>
<table>
<tr><td>14:00</td><td>主旨报告：学习型城市建设的新议题</td></tr>
<tr><td>15:00</td><td>{row}</td></tr>
</table>
</body></html>"""


@pytest.mark.parametrize(
    "row",
    [
        "报告：网络成员已超过400个——学习型城市的全球扩张",
        "报告：该网络成员已超过400个",
        "网络成员超过400个 — 学习型城市的扩张",
        "报告：網絡成員已超過400個——學習型城市的全球擴張",
    ],
)
def test_the_network_is_not_the_national_programme_named_before(row: str) -> None:
    # China's learning-city programme, named in the row before, is no network: "网络成员"
    # and "该网络" point past it to the GNLC; one named after a dash owns nothing
    found = find_mentions(read_document(AGENDA.format(row=row), "html"), "zh")
    assert [(r[1], r[2], r[3]) for r in map(row_of, found) if r[2] == 400] == [
        ("total_cities", 400, "more_than")
    ]


def test_the_national_programme_keeps_its_own_count() -> None:
    body = "报告：全省学习型城市已达到40个"
    found = find_mentions(read_document(AGENDA.format(row=body), "html"), "zh")
    assert [r[2] for r in map(row_of, found)] == [356]
