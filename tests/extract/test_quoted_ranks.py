"""A Vietnamese rank whose noun opens a quote or a bracket: "là “thành phố thứ tư của
Việt Nam” gia nhập", "(thành phố thứ tư của Việt Nam)" (the noun comes first and the
ordinal after it; a quoted noun with no ordinal after it is no figure)."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES: list[tuple[str, list[tuple[str, int, str | None]]]] = [
    ("Có ý kiến cho rằng Vinh là “thành phố thứ ba của Việt Nam” vào mạng lưới.",
     [("country_cities", 3, "VN")]),
    ('Vinh là "thành phố thứ ba của Việt Nam" trong mạng lưới.', [("country_cities", 3, "VN")]),
    ("Vinh (thành phố thứ ba của Việt Nam) vào mạng lưới năm 2020.",
     [("country_cities", 3, "VN")]),
    ("Hà Nội là “thành viên thứ sáu” của Việt Nam trong mạng lưới.",
     [("country_cities", 6, "VN")]),
    ("Mạng lưới có “thành phố” ở nhiều quốc gia.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_quoted_rank(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    found = [(m.metric.value, m.value, m.country) for m in mentions("vi", text)]
    assert found == expected
