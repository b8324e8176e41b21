"""The default table shows every finding that fails the run, grouped by file."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES, run_cli


def test_every_failing_finding_of_a_text_is_in_the_table_under_its_file() -> None:
    Path("a.md").write_text(
        "The GNLC has 425 member cities. <!-- lcnet: ignore stale-figure -->\n",
        encoding="utf-8",
    )
    Path("b.md").write_bytes(b"\xff\xfe not text\n")
    outcome = run_cli("check", "a.md", "b.md")
    assert outcome.exit_code == 1
    lines = outcome.stdout.splitlines()
    assert lines[:3] == [
        "a.md: 1 figure, judged at 2026-11-23 (today (the text gives no date))",
        "  1:33 error suppression-without-reason: the suppression gives no reason; write ",
        '"lcnet: ignore [CODE[, CODE...]] -- REASON"',
    ]
    assert lines[-3:] == [
        "b.md: 0 figures",
        "  1 error unreadable-text: not UTF-8 text (byte 0xff at line 1, column 1); save ",
        "it as UTF-8",
    ]
    assert outcome.stderr.endswith("lcnet: 2 errors, 0 warnings, 0 notes (0 resolved): FAILED\n")


def test_unreadable_dates_and_unread_languages_are_shown() -> None:
    Path("a.md").write_text(
        "---\ndate: 2026-13-45\n---\n"
        "На сегодняшний день в сеть входят многие города мира, и их число растёт.\n",
        encoding="utf-8",
    )
    outcome = run_cli("check", "a.md", "--fail-on", "warning")
    assert outcome.exit_code == 1
    assert "  2:1 warning unreadable-date: cannot read the date" in outcome.stdout
    assert "  4 warning language-not-read: not read: Russian (line 4)" in outcome.stdout


def test_with_fail_on_note_the_notes_that_fail_are_shown() -> None:
    store = str(FIXTURES / "stores" / "reconcile")
    shown = run_cli("check", "--store", store, "--fail-on", "note").stdout
    hidden = run_cli("check", "--store", store).stdout
    assert "note unverifiable-figure (3)" in shown
    assert "note unverifiable-figure" not in hidden
