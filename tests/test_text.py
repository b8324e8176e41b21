"""Folding for searches, and text made safe for terminals."""

from __future__ import annotations

import json

import pytest

from lcnet.text import fold, fold_compact, json_safe, one_line, printable


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Hà Nội", "ha noi"),
        ("Sa Đéc", "sa dec"),
        ("Thành phố Hồ Chí Minh", "thanh pho ho chi minh"),
        ("Eskişehir", "eskisehir"),
        ("Balıkesir", "balikesir"),
        ("  Bogotá, D.C. ", "bogota d c"),
    ],
)
def test_fold_removes_case_diacritics_and_punctuation(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_compact_folding_lets_spaced_and_joined_spellings_meet() -> None:
    assert fold_compact("ha noi") == fold_compact("Hanoi") == "hanoi"


def test_control_characters_are_shown_not_obeyed() -> None:
    assert printable("red \x1b[31mtext\x07") == "red \\x1b[31mtext\\x07"
    assert printable("tab\tand\nnewline") == "tab\tand\nnewline"


def test_printable_shows_c1_controls_and_bidirectional_overrides() -> None:
    assert printable("a\x9b2Jb\u202ec\u2066d\x7f") == "a\\x9b2Jb\\u202ec\\u2066d\\x7f"


def test_one_line_shows_newlines_and_tabs_too() -> None:
    assert one_line("a\nb\tc\x1b") == "a\\nb\\tc\\x1b"


def test_json_safe_escapes_what_json_dumps_leaves_raw_and_keeps_the_value() -> None:
    value = {"path": "a\x9bb\u202ec\x7fd\u2028e\x1b"}
    serialized = json_safe(json.dumps(value, ensure_ascii=False))
    assert serialized == '{"path": "a\\u009bb\\u202ec\\u007fd\\u2028e\\u001b"}'
    assert json.loads(serialized) == value
