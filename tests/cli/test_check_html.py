"""`lcnet check --format html` and the SVG charts: pinned, valid, escaped."""

from __future__ import annotations

import shutil
from pathlib import Path

import html5lib
import pytest

from tests.cli.test_check_texts import TEXTS
from tests.conftest import FIXTURES, run_cli
from tests.golden import assert_golden


@pytest.fixture
def site() -> Path:
    shutil.copytree(TEXTS, Path.cwd() / "texts")
    return Path("texts")


@pytest.fixture
def pinned_store() -> Path:
    target = Path.cwd() / "facts"
    shutil.copytree(FIXTURES / "stores" / "reconcile", target)
    return target


def strictly_parsed(page: str) -> list[str]:
    parser = html5lib.HTMLParser(strict=False)
    parser.parse(page)
    return [str(error) for error in parser.errors]


def test_the_texts_report_is_pinned(site: Path, pinned_store: Path) -> None:
    outcome = run_cli("check", str(site), "--format", "html")
    assert outcome.exit_code == 1
    assert_golden("check-texts.html", outcome.stdout)


def test_the_store_report_is_pinned(pinned_store: Path) -> None:
    outcome = run_cli("check", "--format", "html")
    assert_golden("check-store.html", outcome.stdout)


def test_both_reports_are_valid_html(site: Path, pinned_store: Path) -> None:
    texts = run_cli("check", str(site), "--format", "html").stdout
    store = run_cli("check", "--format", "html").stdout
    assert (strictly_parsed(texts), strictly_parsed(store)) == ([], [])


def test_text_from_the_pages_is_escaped_never_markup() -> None:
    hostile = (
        "<script>alert(1)</script> \x1b[31m <img src=x onerror=alert(2)> The UNESCO Global "
        "Network of Learning Cities counts 356 member cities.\n"
    )
    Path("hostile.txt").write_text(hostile, encoding="utf-8")
    page = run_cli("check", "hostile.txt", "--format", "html", "--date", "2025-12-20").stdout
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "\x1b" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\x1b[31m &lt;img src=x" in page
    assert page.count('<mark class="v-stale" data-verdict="stale">') == 1


def test_the_report_fetches_nothing_by_policy(site: Path) -> None:
    page = run_cli("check", str(site), "--format", "html").stdout
    assert "default-src 'none'" in page
    assert 'http-equiv="Content-Security-Policy"' in page
    for tag in ("<link", "<img", "<iframe", 'src="http', "url(http"):
        assert tag not in page


def test_growth_and_figures_as_svg(pinned_store: Path) -> None:
    growth = run_cli("growth", "--format", "svg").stdout
    figures = run_cli("figures", "--metric", "total_cities", "--format", "svg").stdout
    assert_golden("growth.svg", growth)
    assert_golden("figures-total-cities.svg", figures)
    assert growth.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert '<title id="t">Accepted total cities, period by period</title>' in figures
