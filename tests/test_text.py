"""Folding for searches, and text made safe for terminals."""

from __future__ import annotations

import pytest

from lcnet.text import fold, fold_compact, printable


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
