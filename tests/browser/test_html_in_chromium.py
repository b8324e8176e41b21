"""The HTML report in a real headless browser (Debian's Chromium, driven by Selenium
through the system's chromedriver): every figure highlighted with its verdict, a note
that opens, nothing fetched, an accessibility check with axe-core, a screenshot kept.

Skipped, with the reason, where no Chromium is installed; `.ci/run` installs it (and
axe-core from the npm registry) so that CI always runs these tests.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_check_texts import TEXTS
from tests.conftest import REPO, run_cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
ARTIFACTS = Path(os.environ.get("LCNET_TEST_ARTIFACTS", REPO / "test-artifacts"))
AXE = Path(os.environ.get("LCNET_AXE_JS", REPO / "node_modules" / "axe-core" / "axe.min.js"))

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="no Chromium and chromedriver: install Debian's chromium and chromium-driver "
    "(.ci/run does) to run the browser tests",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1000,1400"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def report() -> tuple[Path, list[dict[str, Any]]]:
    shutil.copytree(TEXTS, Path.cwd() / "texts")
    page = run_cli("check", "texts", "--format", "html").stdout
    figures = json.loads(run_cli("check", "texts", "--format", "json").stdout)["figures"]
    path = Path.cwd() / "report.html"
    path.write_text(page, encoding="utf-8")
    return path, figures


def test_every_figure_is_marked_with_its_verdict_and_its_note_opens(
    browser: Any, report: tuple[Path, list[dict[str, Any]]]
) -> None:
    from selenium.webdriver.common.by import By

    path, figures = report
    browser.get(path.as_uri())
    marks = browser.find_elements(By.CSS_SELECTOR, "pre.text mark")
    shown = [(m.get_attribute("data-verdict"), m.text.split("\n")[0]) for m in marks]
    expected = [(f["verdict"], f["text"]) for f in figures]
    assert sorted(v for v, _ in shown) == sorted(v for v, _ in expected)
    assert len(marks) == len(figures) > 0
    button = marks[0].find_element(By.TAG_NAME, "button")
    note = browser.find_element(By.ID, button.get_attribute("popovertarget"))
    assert browser.execute_script("return arguments[0].matches(':popover-open')", note) is False
    button.click()
    assert browser.execute_script("return arguments[0].matches(':popover-open')", note) is True
    assert figures[0]["reason"] in note.text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "check-report.png"))


def test_the_report_fetches_nothing(
    browser: Any, report: tuple[Path, list[dict[str, Any]]]
) -> None:
    browser.get(report[0].as_uri())
    fetched = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert fetched == []


def test_the_filter_hides_a_verdicts_rows(
    browser: Any, report: tuple[Path, list[dict[str, Any]]]
) -> None:
    from selenium.webdriver.common.by import By

    browser.get(report[0].as_uri())
    box = browser.find_element(By.CSS_SELECTOR, "input.filter")
    verdict = box.get_attribute("value")
    rows = f'tr[data-verdict="{verdict}"]'
    assert all(r.is_displayed() for r in browser.find_elements(By.CSS_SELECTOR, rows))
    box.click()
    assert not any(r.is_displayed() for r in browser.find_elements(By.CSS_SELECTOR, rows))


@pytest.mark.skipif(not AXE.exists(), reason=f"axe-core not found at {AXE} (npm install axe-core)")
def test_axe_finds_no_serious_accessibility_violation(
    browser: Any, report: tuple[Path, list[dict[str, Any]]]
) -> None:
    browser.get(report[0].as_uri())
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document).then(r => done(r.violations.map(v => [v.id, v.impact])));"
    )
    assert [v for v in result if v[1] in ("serious", "critical")] == []
