"""The findings table's rows are written without a rich Table (speed, issue 14): the
output must be byte for byte what rich draws for the whole table."""

from __future__ import annotations

import io
import random

import pytest
from rich.console import Console

from lcnet.check.findings import Finding, Severity
from lcnet.model import Resolution
from lcnet.render import table_findings
from lcnet.render.table_findings import print_findings

WORDS = ["a", "member", "cities", "2024-02-14:", "Đà Nẵng", "北京市", "x" * 70, "\t", "  ", "\n"]
CODES = [("wrong-figure", Severity.WARNING), ("stale-figure", Severity.ERROR)]


def _findings(seed: int, count: int) -> list[Finding]:
    rng = random.Random(seed)
    found = []
    for i in range(count):
        code, severity = CODES[i % 2]
        message = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 30)))
        path = "/".join(rng.choice(["sources", "news", "y" * 40, "é"]) for _ in range(3))
        resolution = None
        if rng.random() < 0.2:
            resolution = Resolution(finding=f"k{i}", reason="seen; kept", reviewed="2025-01-02")
        expired = rng.random() < 0.5
        item = Finding(code, severity, message, f"k{i}", path, i + 1, resolution=resolution)
        found.append(item._replace(expired=expired, column=i % 3))
    return found


def _render(findings: list[Finding], width: int, terminal: bool, fast: bool) -> str:
    stream = io.StringIO()
    colours = "standard" if terminal else None
    out = Console(file=stream, width=width, force_terminal=terminal, color_system=colours,
                  highlight=False, emoji=False, soft_wrap=False)  # fmt: skip
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(table_findings, "console", lambda _: out)
        print_findings(stream, findings, fast=fast)
    return stream.getvalue()


def _plain_findings(seed: int, count: int) -> list[Finding]:
    """Messages of ASCII words one space apart (the store's own findings), some words
    longer than a column, some resolved, some with control characters to show."""
    rng = random.Random(seed)
    words = ["a", "member", "cities", "2024-02-14:", "x" * 30, "\x1b[31m", "y" * 90]
    found = []
    for i in range(count):
        code, severity = CODES[i % 2]
        message = " ".join(rng.choice(words) for _ in range(rng.randint(1, 40)))
        path = "/".join(rng.choice(["sources", "news-17.toml", "z" * 60]) for _ in range(3))
        resolution = None
        if rng.random() < 0.2:
            reason = rng.choice(["seen; kept", "seen\r\x07 kept", "ok \x1b[2J"])
            resolution = Resolution(finding=f"k{i}", reason=reason, reviewed="2025-01-02")
        item = Finding(code, severity, message, f"k{i}", path, i + 1, resolution=resolution)
        found.append(item._replace(expired=rng.random() < 0.5))
    return found


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("width", [20, 33, 80, 200])
def test_single_spaced_messages_are_laid_out_as_rich_lays_them_out(seed: int, width: int) -> None:
    findings = _plain_findings(seed, 3 + seed * 5)
    fast = _render(findings, width, False, fast=True)
    assert fast == _render(findings, width, False, fast=False)
    assert fast.count("└") == len({f.code for f in findings})


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("width", [20, 47, 80, 132])
@pytest.mark.parametrize("terminal", [False, True])
def test_the_rows_are_laid_out_as_rich_lays_them_out(
    seed: int, width: int, terminal: bool
) -> None:
    findings = _findings(seed, 1 + seed * 3)
    fast = _render(findings, width, terminal, fast=True)
    assert fast == _render(findings, width, terminal, fast=False)
    assert fast.count("└") == len({f.code for f in findings})
