"""More `lcnet check --fix` cases, each with its exact text before and after: capitals,
Vietnamese words, links, a byte order mark and the file's mode."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.conftest import run_cli

FRONT = "---\ndate: 2026-06-01\n---\n"
VI = "---\ndate: 2026-06-01\nlang: vi\n---\n"


def fixed(text: str) -> str:
    page = Path("page.md")
    page.write_text(text, encoding="utf-8")
    outcome = run_cli("check", str(page), "--fix", "--fail-on", "never")
    assert outcome.exit_code == 0, outcome.stderr
    return page.read_text(encoding="utf-8")


CASES = [
    pytest.param(
        FRONT + "Five learning cities of Viet Nam belong to the GNLC.\n",
        FRONT + "Six learning cities of Viet Nam belong to the GNLC.\n",
        id="a capitalised number word",
    ),
    pytest.param(
        VI + "Mạng lưới Thành phố học tập toàn cầu của UNESCO hiện có 356 thành phố thành viên"
        " ở 79 quốc gia; Việt Nam có năm thành phố học tập.\n",
        VI + "Mạng lưới Thành phố học tập toàn cầu của UNESCO hiện có 425 thành phố thành viên"
        " ở 91 quốc gia; Việt Nam có sáu thành phố học tập.\n",
        id="vietnamese digits and a vietnamese number word",
    ),
    pytest.param(
        FRONT + "The GNLC has [**356** member cities](https://x.org/356-member-cities)"
        " (see `356 member cities`).\n",
        FRONT + "The GNLC has [**425** member cities](https://x.org/356-member-cities)"
        " (see `356 member cities`).\n",
        id="a link's text is fixed, its target and code are not",
    ),
]


@pytest.mark.parametrize(("before", "after"), CASES)
def test_fix_writes_the_figure_in_the_texts_style(before: str, after: str) -> None:
    assert fixed(before) == after
    assert fixed(after) == after  # and a second run changes nothing


def test_fix_keeps_a_byte_order_mark_crlf_and_the_file_mode() -> None:
    page = Path("page.md")
    before = "\ufeff" + FRONT + "The GNLC has 356 member cities.\n"
    page.write_bytes(before.replace("\n", "\r\n").encode())
    page.chmod(0o640)
    assert run_cli("check", "page.md", "--fix").exit_code == 0
    after = "\ufeff" + FRONT + "The GNLC has 425 member cities.\n"
    assert page.read_bytes() == after.replace("\n", "\r\n").encode()
    assert stat.S_IMODE(page.stat().st_mode) == 0o640
