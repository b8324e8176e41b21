"""`lcnet check` on Korean, Chinese and Japanese pages: found, judged, replaced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

PAGES = {
    "ko.md": (
        "---\ntitle: 수원시 소식\ndate: 2025-12-20\nlang: ko\n---\n\n"
        "유네스코 글로벌 학습도시 네트워크에는 현재 79개국 356개 도시가 가입돼 있다.\n"
    ),
    "zh.md": (
        "---\ntitle: 学习型城市\ndate: 2025-12-20\nlang: zh-CN\n---\n\n"
        "全球学习型城市网络覆盖3.5亿居民，共有425个城市。\n"
    ),
    "ja.md": (
        "---\ntitle: 学習都市\ndate: 2024-03-01\nlang: ja\n---\n\n"
        "ユネスコ学習都市グローバルネットワークには世界79か国の356都市が加盟している。\n"
    ),
}


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        (
            "ko.md",
            [
                ("79개국", "stale", "ko", "91개국"),
                ("356개 도시", "stale", "ko", "425개 도시"),
            ],
        ),
        (
            "zh.md",
            [
                ("3.5亿居民", "bound_violated", "zh", "500,000,000居民"),
                ("425个城市", "current", "zh", None),
            ],
        ),
        (
            "ja.md",
            [("79か国", "current", "ja", None), ("356都市", "current", "ja", None)],
        ),
    ],
)
def test_cjk_pages_are_read_and_judged(
    tmp_path: Path, name: str, figures: list[tuple[str, str, str, str | None]]
) -> None:
    page = tmp_path / name
    page.write_text(PAGES[name], encoding="utf-8")
    outcome = run_cli("check", str(page), "--format", "json")
    assert outcome.exit_code in (0, 1), outcome.stderr
    found = json.loads(outcome.stdout)["figures"]
    assert [(f["text"], f["verdict"], f["language"], f["replacement"]) for f in found] == figures


def test_a_korean_count_is_judged_against_the_count_derived_from_the_anchor(
    tmp_path: Path,
) -> None:
    """Korea's list is not complete, but the National Commission's 59 of December 2025
    and the three listed admissions of each intake give 53 for March 2023: a district
    newsletter still writing 50 (the count after the 2020 intake) is stale."""
    page = tmp_path / "gu.md"
    page.write_text(
        "---\ntitle: 구정 소식\ndate: 2023-03-15\nlang: ko\n---\n\n"
        "우리 구는 유네스코 글로벌 학습도시 네트워크 회원도시로, "
        "현재 국내 50개 도시가 이 네트워크에 가입해 있다.\n",
        encoding="utf-8",
    )
    outcome = run_cli("check", str(page), "--format", "json")
    assert outcome.exit_code == 1, outcome.stderr
    [found] = json.loads(outcome.stdout)["figures"]
    assert (found["text"], found["verdict"], found["replacement"], found["reason"]) == (
        "50개 도시",
        "stale",
        "53개 도시",
        "50 was the figure 2020-09-23 to 2022-09-01; the figure was 53 2022-09-02 to "
        "2024-02-13 (anchor unesco-kr-natcom-2025-12-08 - complete intakes 2024-02, 2025-12)",
    )
