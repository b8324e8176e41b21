"""Untrusted text is shown, never obeyed: no control character from data, file names or
arguments reaches stdout or stderr, in any output format, with or without a terminal.

Each case feeds one path of the issue's list a payload holding an OSC 52 clipboard write,
an OSC 8 link, a CSI colour, a C1 CSI, a BEL, a bidirectional override and rich markup.
"""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TINY, run_cli

PAYLOAD = "\x1b]52;c;SGVsbG8=\x07\x1b]8;;http://evil\x1b\\x\x1b[31mRED\x9b2J\u202e[bold]b[/bold]"
NAME_PAYLOAD = PAYLOAD.replace("/", "")  # a file name cannot hold "/"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# rich's own styles on a terminal: Select Graphic Rendition, nothing else
RICH_STYLE = re.compile(r"\x1b\[[0-9;]*m")


def _clean(text: str, *, terminal: bool = False) -> bool:
    if terminal:
        text = RICH_STYLE.sub("", text).replace("\r", "")
    return CONTROL.search(text) is None and "\x1b" not in text


@pytest.fixture
def hostile_store(tmp_path: Path) -> Path:
    """The tiny store with a payload in an enum value and an id: invalid, quoted back."""
    store = tmp_path / "store"
    shutil.copytree(TINY, store)
    source = store / "sources" / "daily-news-2024-03.toml"
    escaped = json.dumps(PAYLOAD)  # a TOML basic string accepts JSON's escapes
    text = source.read_text(encoding="utf-8")
    text = text.replace('kind = "news"', f"kind = {escaped}")
    text = text.replace('id = "vn-cities"', f"id = {escaped}")
    text = text.replace('url = "https://news.example/learning-cities"', f"url = {escaped}")
    source.write_text(text, encoding="utf-8")
    return store


@pytest.fixture
def hostile_page(tmp_path: Path) -> Path:
    """A page whose name and suppression reason carry the payload, with no date."""
    page = tmp_path / f"page{NAME_PAYLOAD}.md"
    page.write_text(
        "Viet Nam now has six learning cities in the GNLC.\n"
        f"The GNLC has 294 member cities. <!-- lcnet: ignore -- {NAME_PAYLOAD} -->\n",
        encoding="utf-8",
    )
    return page


def test_validate_quotes_values_from_data_without_their_controls(hostile_store: Path) -> None:
    outcome = run_cli("validate", "--store", str(hostile_store))
    assert outcome.exit_code == 3
    assert "\\x1b]52;c;SGVsbG8=\\x07" in outcome.stderr  # shown, escaped
    assert _clean(outcome.stdout)
    assert _clean(outcome.stderr)


@pytest.mark.parametrize("fmt", ["table", "github", "json", "jsonl", "sarif"])
def test_check_of_a_hostile_page_writes_no_control_character(hostile_page: Path, fmt: str) -> None:
    outcome = run_cli("check", "--store", str(TINY), "--format", fmt, str(hostile_page))
    assert outcome.exit_code == 0  # the stale 294 is suppressed, with the payload as reason
    assert _clean(outcome.stdout)
    assert _clean(outcome.stderr)
    if fmt == "table":
        assert "ignored:" in outcome.stdout
        assert "\\x1b]52" in outcome.stdout.replace("\n", "")


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_keeps_the_payload_escaped_not_dropped(hostile_page: Path, fmt: str) -> None:
    outcome = run_cli("check", "--store", str(TINY), "--format", fmt, str(hostile_page))
    strings = set(_strings(json.loads(outcome.stdout)))
    assert str(hostile_page) in strings or hostile_page.as_uri() in strings


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def test_jsonl_figures_name_the_hostile_path_exactly(hostile_page: Path) -> None:
    outcome = run_cli("check", "--store", str(TINY), "--format", "jsonl", str(hostile_page))
    paths = {json.loads(line).get("path") for line in outcome.stdout.splitlines()}
    assert str(hostile_page) in paths


def test_github_annotations_escape_their_own_separators(tmp_path: Path) -> None:
    page = tmp_path / "a,b:c%d.md"
    page.write_text("The GNLC has 294 member cities.\n", encoding="utf-8")
    outcome = run_cli("check", "--store", str(TINY), "--format", "github", str(page))
    line = next(line for line in outcome.stdout.splitlines() if line.startswith("::error"))
    assert f"file={tmp_path}/a%2Cb%3Ac%25d.md," in line


def test_extract_shows_a_hostile_name_escaped(hostile_page: Path) -> None:
    outcome = run_cli(
        "extract", "--store", str(TINY), "--source", "uil-2022-09-02", str(hostile_page)
    )
    assert outcome.exit_code == 0
    assert _clean(outcome.stdout)
    assert _clean(outcome.stderr)


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--store", str(TINY), "--date", PAYLOAD, "-"],
        ["cities", "--store", str(TINY), "--country", PAYLOAD],
        ["cities", "--store", str(TINY), "--as-of", PAYLOAD],
        ["show", "--store", str(TINY), PAYLOAD],
        ["claims", "--store", str(TINY), "--source", PAYLOAD],
        ["extract", "--store", str(TINY), "--source", PAYLOAD, "-"],
    ],
    ids=["--date", "--country", "--as-of", "show ID", "--source", "extract --source"],
)
def test_arguments_echoed_in_errors_are_escaped(args: list[str]) -> None:
    outcome = run_cli(*args, stdin="")
    assert outcome.exit_code == 2
    assert "\\x1b" in outcome.stderr
    assert _clean(outcome.stdout)
    assert _clean(outcome.stderr)


def test_a_message_cannot_start_a_line_of_its_own(tmp_path: Path) -> None:
    """A newline in a file name would let it forge a line (a GitHub workflow command)."""
    page = tmp_path / "x\n::error title=forged::gotcha.md"
    page.write_text("No figures here.\n", encoding="utf-8")
    outcome = run_cli("check", "--store", str(TINY), "--format", "table", str(page))
    assert not any(line.startswith("::error") for line in outcome.stderr.splitlines())
    assert "x\\n::error" in outcome.stderr


def test_on_a_terminal_only_rich_styles_are_written(hostile_page: Path) -> None:
    """With stdout on a terminal rich colours the table; the payload stays escaped."""
    lcnet = Path(sys.executable).with_name("lcnet")
    main, secondary = pty.openpty()
    env = {**os.environ, "LCNET_NO_CACHE": "1", "COLUMNS": "200", "TERM": "xterm"}
    with subprocess.Popen(
        [str(lcnet), "check", "--store", str(TINY), str(hostile_page)],
        stdout=secondary,
        stderr=secondary,
        env=env,
    ) as process:
        os.close(secondary)
        chunks = []
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=60)
    os.close(main)
    written = b"".join(chunks).decode("utf-8")
    assert "\x1b[" in written  # it is a terminal: rich coloured something
    assert _clean(written, terminal=True)
    assert "\\x1b]52" in written
