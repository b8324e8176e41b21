"""The README's pre-commit configurations, run by pre-commit against a clone of lcnet.

The clone holds the working tree as it is (tracked and new files, not ignored ones),
committed, so that the test checks what would be pushed. pre-commit builds the hook's
environment with pip, as a user's machine would.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
PLACEHOLDER = "0123456789abcdef0123456789abcdef01234567"

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None, reason="git is not installed: pre-commit needs it"
)


def yaml_blocks() -> list[str]:
    return [b for b in re.findall(r"```yaml\n(.*?)```", README, re.DOTALL) if "lcnet-check" in b]


def git(*args: str, cwd: Path) -> str:
    identity = ["-c", "user.name=lcnet tests", "-c", "user.email=tests@lcnet.invalid"]
    done = subprocess.run(
        ["git", *identity, *args], cwd=cwd, check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


def clone(target: Path) -> str:
    """The working tree as a git repository of one commit; its sha."""
    if (REPO / ".git").exists():
        listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=REPO)
        for name in filter(None, listed.split("\0")):
            source = REPO / name
            if source.is_file():
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / name)
    else:  # an unpacked sdist
        shutil.copytree(REPO, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".*"))
    git("init", "-q", cwd=target)
    git("add", "-A", cwd=target)
    git("commit", "-q", "-m", "lcnet as tested", cwd=target)
    return git("rev-parse", "HEAD", cwd=target)


@pytest.fixture(scope="module")
def lcnet_clone(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    target = tmp_path_factory.mktemp("lcnet-clone")
    return target, clone(target)


def a_site(root: Path) -> Path:
    """A website's repository: a page with a stale figure, and CSS and YAML that
    mention the same figure but are no prose."""
    site = root / "site"
    site.mkdir()
    (site / "page.md").write_text(
        "---\ndate: 2026-06-01\n---\nThe GNLC has 356 member cities.\n", encoding="utf-8"
    )
    (site / "style.css").write_text("/* The GNLC has 356 member cities. */\n", encoding="utf-8")
    (site / "config.yaml").write_text("about: The GNLC has 356 member cities.\n", encoding="utf-8")
    git("init", "-q", cwd=site)
    git("add", "-A", cwd=site)
    git("commit", "-q", "-m", "site", cwd=site)
    return site


def pre_commit(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = os.environ | {
        "PRE_COMMIT_HOME": str(site.parent / "pre-commit-home"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=site,
        capture_output=True,
        text=True,
        env=environment,
        timeout=600,
    )


def assert_only_the_page_failed(outcome: subprocess.CompletedProcess[str]) -> None:
    assert outcome.returncode == 1, outcome.stdout + outcome.stderr
    assert "page.md: 1 figure, judged at 2026-06-01 (front matter date)" in outcome.stdout
    assert "lcnet: 1 error, 0 warnings, 0 notes (0 resolved): FAILED" in outcome.stdout
    assert "style.css" not in outcome.stdout
    assert "config.yaml" not in outcome.stdout


def test_the_readme_has_a_pinned_and_a_local_configuration() -> None:
    blocks = yaml_blocks()
    assert len(blocks) == 2
    assert f"rev: {PLACEHOLDER}" in blocks[0]
    assert "repo: local" in blocks[1]


def test_the_readme_configuration_pinned_to_a_commit_works(
    lcnet_clone: tuple[Path, str], tmp_path: Path
) -> None:
    path, sha = lcnet_clone
    site = a_site(tmp_path)
    config = yaml_blocks()[0].replace("https://github.com/OWNER/lcnet", str(path))
    (site / ".pre-commit-config.yaml").write_text(config.replace(PLACEHOLDER, sha))
    assert_only_the_page_failed(pre_commit(site, "run", "--all-files"))


def test_try_repo_runs_the_hook_of_a_clone(lcnet_clone: tuple[Path, str], tmp_path: Path) -> None:
    path, sha = lcnet_clone
    site = a_site(tmp_path)
    outcome = pre_commit(site, "try-repo", str(path), "lcnet-check", "--ref", sha, "--all-files")
    assert_only_the_page_failed(outcome)


def test_the_readme_local_configuration_works(tmp_path: Path) -> None:
    site = a_site(tmp_path)
    (site / ".pre-commit-config.yaml").write_text(yaml_blocks()[1])
    assert_only_the_page_failed(pre_commit(site, "run", "--all-files"))
