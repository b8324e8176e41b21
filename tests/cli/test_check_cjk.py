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
