"""`lcnet check --fix` and `--diff`: figures rewritten in the text's own style."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.conftest import run_cli

FRONT = "---\ndate: 2026-06-01\n---\n"


def fixed(text: str, name: str = "page.md") -> tuple[str, str]:
    """The text after `lcnet check --fix`, and what lcnet said on stderr."""
    page = Path(name)
    page.write_text(text, encoding="utf-8")
    outcome = run_cli("check", str(page), "--fix", "--fail-on", "never")
    assert outcome.exit_code == 0, outcome.stderr
    return page.read_text(encoding="utf-8"), outcome.stderr


CASES = [
    pytest.param(
        FRONT + "The GNLC now has 356 member cities in 79 countries.\n",
        FRONT + "The GNLC now has 425 member cities in 91 countries.\n",
        id="english digits",
    ),
    pytest.param(
        "---\ndate: 2026-06-01\nlang: vi\n---\n"
        "Mạng lưới Thành phố học tập toàn cầu của UNESCO hiện có 356 thành phố thành viên"
        " ở 79 quốc gia; Việt Nam có năm thành phố học tập.\n",
        "---\ndate: 2026-06-01\nlang: vi\n---\n"
        "Mạng lưới Thành phố học tập toàn cầu của UNESCO hiện có 425 thành phố thành viên"
        " ở 91 quốc gia; Việt Nam có sáu thành phố học tập.\n",
        id="vietnamese",
    ),
    pytest.param(
        FRONT + "Viet Nam has five learning cities in the GNLC.\n",
        FRONT + "Viet Nam has six learning cities in the GNLC.\n",
        id="english number word",
    ),
    pytest.param(
        FRONT + "Five learning cities of Viet Nam belong to the GNLC.\n",
        FRONT + "Six learning cities of Viet Nam belong to the GNLC.\n",
        id="capitalised number word",
    ),
    pytest.param(
        "---\ndate: 2026-06-01\nlang: fr\n---\n"
        "Le Viet Nam compte cinq villes apprenantes dans le GNLC de l'UNESCO.\n",
        "---\ndate: 2026-06-01\nlang: fr\n---\n"
        "Le Viet Nam compte six villes apprenantes dans le GNLC de l'UNESCO.\n",
        id="french number word",
    ),
    pytest.param(
        FRONT + "The GNLC has fewer than 400 member cities.\n",
        FRONT + "The GNLC has fewer than 500 member cities.\n",
        id="a violated bound keeps its qualifier and precision",
    ),
    pytest.param(
        FRONT + "The GNLC has [**356** member cities](https://x.org/356-member-cities)"
        " (see `356 member cities`).\n",
        FRONT + "The GNLC has [**425** member cities](https://x.org/356-member-cities)"
        " (see `356 member cities`).\n",
        id="markdown stays intact, code and URLs untouched",
    ),
    pytest.param(
        '<html><head><meta property="article:published_time" content="2026-06-01"></head>'
        '<body><p data-n="356">The GNLC has <b>356</b> member cities.</p></body></html>\n',
        '<html><head><meta property="article:published_time" content="2026-06-01"></head>'
        '<body><p data-n="356">The GNLC has <b>425</b> member cities.</p></body></html>\n',
        id="html attribute untouched",
    ),
]


@pytest.mark.parametrize(("before", "after"), CASES)
def test_fix_rewrites_the_figure_valid_at_the_text_date(before: str, after: str) -> None:
    name = "page.html" if before.startswith("<html>") else "page.md"
    assert fixed(before, name)[0] == after


def test_a_second_fix_changes_nothing() -> None:
    text, _ = fixed(FRONT + "The GNLC now has 356 member cities and Viet Nam has five.\n")
    again, said = fixed(text)
    assert again == text
    assert "lcnet: fixed 0 figures in 0 files\n" in said


UNTOUCHED = [
    pytest.param(FRONT + "In 2020, the GNLC counted 230 member cities.\n", id="historic"),
    pytest.param(FRONT + "The GNLC has more than 400 member cities.\n", id="a bound that holds"),
    pytest.param(FRONT + "The GNLC now has 425 member cities.\n", id="current"),
    pytest.param(
        FRONT + "The GNLC now has 356 member cities. "
        "<!-- lcnet: ignore stale-figure -- quoted from the 2024 release -->\n",
        id="suppressed",
    ),
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_fix_leaves_historic_suppressed_and_holding_figures_alone(text: str) -> None:
    assert fixed(text)[0] == text


def test_a_list_implied_count_is_reported_as_not_fixable() -> None:
    text = (
        FRONT
        + "Viet Nam's learning cities are Sa Dec, Vinh, Cao Lanh, Ho Chi Minh City and Son La.\n"
    )
    after, said = fixed(text)
    assert after == text
    assert (
        "lcnet: page.md:4:32: not fixable: a count given as a list of cities: add or remove "
        "the names by hand\n"
    ) in said


def test_fix_keeps_crlf_a_byte_order_mark_and_the_file_mode() -> None:
    page = Path("page.md")
    page.write_bytes(
        ("\ufeff" + FRONT + "The GNLC has 356 member cities.\n").replace("\n", "\r\n").encode()
    )
    page.chmod(0o640)
    assert run_cli("check", "page.md", "--fix").exit_code == 0
    assert page.read_bytes() == (
        ("\ufeff" + FRONT + "The GNLC has 425 member cities.\n").replace("\n", "\r\n").encode()
    )
    assert stat.S_IMODE(page.stat().st_mode) == 0o640


def test_diff_prints_a_unified_diff_and_changes_nothing() -> None:
    text = FRONT + "The GNLC now has 356 member cities.\n"
    Path("page.md").write_text(text, encoding="utf-8")
    outcome = run_cli("check", "page.md", "--diff")
    assert outcome.exit_code == 1
    assert outcome.stdout == (
        "--- a/page.md\n"
        "+++ b/page.md\n"
        "@@ -1,4 +1,4 @@\n"
        " ---\n"
        " date: 2026-06-01\n"
        " ---\n"
        "-The GNLC now has 356 member cities.\n"
        "+The GNLC now has 425 member cities.\n"
    )
    assert Path("page.md").read_text(encoding="utf-8") == text
    assert "lcnet: would fix 1 figure in 1 file\n" in outcome.stderr


def test_fix_refuses_stdin() -> None:
    outcome = run_cli("check", "-", "--fix", stdin="The GNLC has 356 member cities.\n")
    assert outcome.exit_code == 2
    assert outcome.stderr == (
        "lcnet: error: --fix and --diff rewrite files: give paths, not - (stdin)\n"
    )
