"""lcnet.check.numberstyle: a number written as another is written."""

from __future__ import annotations

import pytest

from lcnet.check.numberstyle import written_like


@pytest.mark.parametrize(
    ("old", "value", "language", "new"),
    [
        ("five", 6, "en", "six"),
        ("Five", 6, "en", "Six"),
        ("FIVE", 6, "en", "SIX"),
        ("five", 425, "en", "four hundred and twenty-five"),
        ("cinq", 6, "fr", "six"),
        ("năm", 6, "vi", "sáu"),
        ("356", 425, "en", "425"),
        ("356", 12_500, "vi", "12500"),
        ("12,500", 13_750, "en", "13,750"),
        ("1.234", 2_345, "de", "2.345"),
        ("12\u00a0500", 13_750, "fr", "13\u00a0750"),
        ("1,5 triệu", 2_000_000, "vi", "2 triệu"),
        ("1,5 triệu", 2_500_000, "vi", "2,5 triệu"),
        ("1.5 million", 2_500_000, "en", "2.5 million"),
        ("390 million", 500_000_000, "en", "500 million"),
        ("三", 4, "zh", "4"),
    ],
)
def test_a_number_keeps_its_style(old: str, value: int, language: str, new: str) -> None:
    assert written_like(old, value, language) == new


def test_a_scale_the_figure_cannot_be_written_in_is_none() -> None:
    assert written_like("1.5 million", 1_234_567, "en") is None
