"""lcnet.check.numberstyle: a number written in the style of another."""

from __future__ import annotations

import pytest

from lcnet.check.numberstyle import in_style


@pytest.mark.parametrize(
    ("old", "value", "language", "new"),
    [
        ("five", 6, "en", "six"),
        ("Five", 6, "en", "Six"),
        ("FIVE", 6, "en", "SIX"),
        ("five", 25, "en", "twenty-five"),
        ("cinq", 6, "fr", "six"),
        ("năm", 6, "vi", "sáu"),
        ("356", 425, "en", "425"),
        ("12,500", 13_750, "en", "13,750"),
        ("1.234", 2_345, "de", "2.345"),
        ("12\u00a0500", 13_750, "fr", "13\u00a0750"),
        ("356", 12_500, "vi", "12.500"),
        ("1,5 triệu", 2_000_000, "vi", "2 triệu"),
        ("1.5 million", 1_250_000, "en", "1.25 million"),
        ("390 million", 500_000_000, "en", "500 million"),
    ],
)
def test_a_number_keeps_its_style(old: str, value: int, language: str, new: str) -> None:
    assert in_style(old, value, language) == new


@pytest.mark.parametrize(
    ("old", "value", "language"),
    [("five", 425, "en"), ("1.5 million", 1_234_567, "en"), ("三", 4, "zh")],
)
def test_a_number_that_cannot_keep_its_style_is_none(old: str, value: int, language: str) -> None:
    assert in_style(old, value, language) is None
