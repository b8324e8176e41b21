"""The HTML report opened in a real browser: figures highlighted, popovers, filters,
no fetch, and axe-core's accessibility rules."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, run_cli

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"


@pytest.fixture
def report() -> tuple[Path, list[dict[str, Any]]]:
    """The report of the test site against a pinned store, and the figures it shows."""
    shutil.copytree(FIXTURES / "texts", Path.cwd() / "texts")
    shutil.copytree(FIXTURES / "stores" / "reconcile", Path.cwd() / "facts")
    page = Path.cwd() / "report.html"
    page.write_text(run_cli("check", "texts", "--format", "html").stdout, encoding="utf-8")
    figures = json.loads(run_cli("check", "texts", "--format", "json").stdout)["figures"]
    return page, figures


@pytest.fixture
def opened(browser: Any, report: tuple[Path, list[dict[str, Any]]]) -> Any:
    """The report in a page of its own whose every request is recorded, and every request
    that would leave the machine refused. The page's own policy is bypassed so that it is
    the page, not its policy, that is shown to fetch nothing."""
    context = browser.new_context(viewport={"width": 1200, "height": 900}, bypass_csp=True)
    page = context.new_page()
    page.requests = []

    def refuse(route: Any) -> None:
        page.requests.append(route.request.url)
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", refuse)
    page.goto(report[0].as_uri())
    yield page
    context.close()


def test_every_figure_is_highlighted_with_its_verdict(
    opened: Any, report: tuple[Path, list[dict[str, Any]]]
) -> None:
    buttons = opened.locator("button.figure")
    shown = [
        (b.get_attribute("data-verdict"), b.inner_text(), b.get_attribute("aria-label"))
        for b in buttons.all()
    ]
    assert [(verdict, text.split("\n")[0]) for verdict, text, _ in shown] == [
        (f["verdict"], f["text"] + _LABELS[f["verdict"]]) for f in report[1]
    ]
    assert shown[1][2] == "79 countries: wrong. Details"


_LABELS = {
    "current": "✓ current",
    "wrong": "✗ wrong",
    "stale": "✗ stale",
    "historic": "✓ historic, correct",
    "bound_violated": "✗ does not hold",
}


def test_a_figure_opens_its_popover_from_the_keyboard(opened: Any, artifacts: Path) -> None:
    figure = opened.locator("button.figure").nth(1)
    figure.focus()
    opened.keyboard.press("Enter")
    popover = opened.locator("#pop-2")
    assert popover.evaluate("element => element.matches(':popover-open')") is True
    assert popover.is_visible()
    assert "Suggested rewrite" in popover.inner_text()
    assert "78 countries" in popover.inner_text()
    opened.screenshot(path=str(artifacts / "report-popover.png"))
    opened.keyboard.press("Escape")
    assert popover.is_hidden()


def test_a_verdict_filter_hides_its_notes(opened: Any) -> None:
    stale_notes = opened.locator('li.note[data-verdict="stale"]')
    assert [n.is_visible() for n in stale_notes.all()] == [True, True]
    opened.get_by_label("stale (2)").uncheck()
    assert [n.is_visible() for n in stale_notes.all()] == [False, False]
    assert opened.locator('li.note[data-verdict="wrong"]').first.is_visible()


def test_the_report_fetches_nothing(
    opened: Any, report: tuple[Path, list[dict[str, Any]]]
) -> None:
    opened.locator("button.figure").first.click()
    opened.wait_for_load_state("networkidle")
    assert opened.requests == [report[0].as_uri()]


def test_the_report_reads_on_a_phone(browser: Any, report: Any, artifacts: Path) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(report[0].as_uri())
    width = page.evaluate("document.documentElement.scrollWidth")
    page.screenshot(path=str(artifacts / "report-phone.png"), full_page=True)
    context.close()
    assert width <= 390  # nothing wider than the screen: no sideways scrolling


def test_axe_core_finds_no_accessibility_violation(opened: Any, artifacts: Path) -> None:
    opened.screenshot(path=str(artifacts / "report.png"), full_page=True)
    opened.evaluate(AXE.read_text(encoding="utf-8"))
    found = opened.evaluate(
        "async () => { const r = await axe.run(document);"
        " return [r.violations.map(v => [v.id, v.nodes.map(n => n.target.join(' '))]),"
        " r.passes.map(p => p.id)]; }"
    )
    violations, passed = found
    assert violations == []
    assert {"color-contrast", "button-name", "html-has-lang", "label"} <= set(passed)
