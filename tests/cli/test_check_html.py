"""`lcnet check --format html` and the SVG charts: pinned, valid, and escaped."""

from __future__ import annotations

import json
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import html5lib
import pytest

from tests.conftest import FIXTURES, run_cli
from tests.golden import assert_golden

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def site() -> Path:
    shutil.copytree(FIXTURES / "texts", Path.cwd() / "texts")
    return Path("texts")


@pytest.fixture
def pinned_store() -> Path:
    """A fixed store as ./facts: golden files must not follow the curated store."""
    target = Path.cwd() / "facts"
    shutil.copytree(FIXTURES / "stores" / "reconcile", target)
    return target


def strictly_parsed(page: str) -> object:
    """The page as an HTML5 parser sees it; any parse error fails the test."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)


def test_the_texts_report_is_pinned_and_valid_html(site: Path, pinned_store: Path) -> None:
    outcome = run_cli("check", str(site), "--format", "html")
    assert outcome.exit_code == 1
    assert_golden("check-texts.html", outcome.stdout)
    strictly_parsed(outcome.stdout)


def test_the_store_report_is_pinned_and_valid_html(pinned_store: Path) -> None:
    outcome = run_cli("check", "--format", "html", "--all")
    assert outcome.exit_code == 1
    assert_golden("check-store.html", outcome.stdout)
    strictly_parsed(outcome.stdout)


def test_every_figure_is_highlighted_with_its_verdict_in_words(
    site: Path, pinned_store: Path
) -> None:
    figures = json.loads(run_cli("check", str(site), "--format", "json").stdout)["figures"]
    tree = strictly_parsed(run_cli("check", str(site), "--format", "html").stdout)
    buttons = tree.iterfind(".//button[@popovertarget]")  # type: ignore[attr-defined]
    shown = [
        (b.get("data-verdict"), "".join(b.itertext()))
        for b in buttons
        if "figure" in b.get("class", "")
    ]
    assert [s[0] for s in shown] == [f["verdict"] for f in figures]
    assert shown[0] == ("current", "356 member cities✓ current")
    assert shown[3] == ("bound_violated", "more than 400 cities✗ does not hold")


def test_text_from_a_page_is_escaped_never_markup(pinned_store: Path) -> None:
    hostile = Path.cwd() / '<img src=x onerror="alert(1)">.md'
    hostile.write_text(
        "---\ndate: 2025-12-20\n---\n\n"
        "Hanoi joined the UNESCO Global Network of Learning Cities this month.\n"
        "<script>alert(1)</script> The network counts 356 member cities "
        '<a href="javascript:alert(2)">and</a> 79 countries.\n',
        encoding="utf-8",
    )
    page = run_cli("check", hostile.name, "--format", "html").stdout
    tree = strictly_parsed(page)
    assert tree.findall(".//script") == []  # type: ignore[attr-defined]
    assert tree.findall(".//img") == []  # type: ignore[attr-defined]
    assert [a.get("href") for a in tree.iterfind(".//a")] == [  # type: ignore[attr-defined]
        "https://unesco.example/2024"  # the store's sources, in the note and the popover
    ] * 4
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;.md" in page


def test_the_report_loads_nothing_and_runs_no_script(site: Path, pinned_store: Path) -> None:
    page = run_cli("check", str(site), "--format", "html").stdout
    tree = strictly_parsed(page)
    [policy] = tree.iterfind(".//meta[@http-equiv]")  # type: ignore[attr-defined]
    assert policy.get("content") == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    assert tree.findall(".//script") == []  # type: ignore[attr-defined]
    assert tree.findall(".//link") == []  # type: ignore[attr-defined]


def test_growth_as_svg_is_pinned_and_marks_corrections(pinned_store: Path) -> None:
    outcome = run_cli("growth", "--format", "svg")
    assert outcome.exit_code == 0
    assert_golden("growth.svg", outcome.stdout)
    root = ET.fromstring(outcome.stdout)
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert labels.count("corrected") == 1


def test_figures_as_svg_draw_one_chart_per_network_total(pinned_store: Path) -> None:
    outcome = run_cli("figures", "--format", "svg")
    assert outcome.exit_code == 0
    assert_golden("figures.svg", outcome.stdout)
    root = ET.fromstring(outcome.stdout)
    charts = [g.get("aria-label") for g in root.iter(f"{SVG}g")]
    assert charts == [
        "Accepted figures of total_cities, and what sources said",
        "Accepted figures of total_countries, and what sources said",
        "Accepted figures of citizens, and what sources said",
    ]


def test_figures_as_svg_follow_the_metric_option(pinned_store: Path) -> None:
    outcome = run_cli("figures", "--format", "svg", "--metric", "total_countries")
    root = ET.fromstring(outcome.stdout)
    assert [g.get("aria-label") for g in root.iter(f"{SVG}g")] == [
        "Accepted figures of total_countries, and what sources said"
    ]


def test_without_jinja2_the_html_format_says_what_to_install(
    pinned_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "jinja2", None)  # as if it were not installed
    outcome = run_cli("check", "--format", "html")
    assert (outcome.exit_code, outcome.stdout) == (2, "")
    assert outcome.stderr == (
        "lcnet: error: --format html needs Jinja2, which lcnet depends on: pip install jinja2\n"
    )


def test_control_characters_from_a_text_are_shown_as_escapes(pinned_store: Path) -> None:
    text = Path.cwd() / "article.md"
    text.write_text(
        "---\ndate: 2025-12-20\n---\n\n"
        "Hanoi joined the UNESCO Global Network of Learning Cities this month.\n"
        "\x1b[31mThe network counts 356 member cities\u202e now.\n",
        encoding="utf-8",
    )
    page = run_cli("check", text.name, "--format", "html").stdout
    strictly_parsed(page)
    assert "\x1b" not in page
    assert "\u202e" not in page
    assert "\\x1b[31mThe network counts " in page
    assert "\\u202e now." in page
