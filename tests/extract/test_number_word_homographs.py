"""A number word that is also a word of a place name is read as the number before a
unit: Vietnamese "ba" (three) is also the first word of "Ba Lan" (Poland), and a count
of three cities was lost ("Việt Nam có ba thành phố trong mạng lưới")."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES = [
    ("Việt Nam có ba thành phố trong mạng lưới.", [("country_cities", 3, "VN")]),
    ("Hàn Quốc có ba thành phố trong mạng lưới.", [("country_cities", 3, "KR")]),
    ("Việt Nam hiện có ba thành viên.", [("country_cities", 3, "VN")]),
    ("Đợt này Việt Nam có ba thành phố mới gia nhập mạng lưới.", [("new_cities", 3, "VN")]),
    ("Ba Lan có 3 thành phố trong mạng lưới.", [("country_cities", 3, "PL")]),
    ("Mạng lưới có ba thành phố của Ba Lan.", [("country_cities", 3, "PL")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ba_is_three_before_a_unit(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    found = [(m.metric.value, m.value, m.country) for m in mentions("vi", text, "2023-12-12")]
    assert found == expected
