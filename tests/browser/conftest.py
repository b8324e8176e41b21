"""A real headless browser for the HTML report: the system's Chromium, driven by
Playwright (which downloads no browser here). One launch for the module of browser tests:
Playwright's synchronous API keeps an event loop running in the main thread while the
browser is open, which would break every later test that calls asyncio.run.

Without Playwright or a Chromium the tests are skipped, saying so; `.ci/run` installs
Chromium, so CI always runs them. LCNET_CHROMIUM names another executable.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
ARTIFACTS = Path(os.environ.get("LCNET_TEST_ARTIFACTS", REPO / "test-artifacts"))


def chromium_executable() -> str | None:
    named = os.environ.get("LCNET_CHROMIUM")
    if named:
        return named
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = chromium_executable()
    if executable is None:
        pytest.skip("no Chromium installed (apt-get install chromium): browser tests skipped")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright is not installed (pip install playwright): browser tests skipped")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, args=["--no-sandbox", "--disable-gpu"]
        )
        yield launched
        launched.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
