"""A word of applying after a figure is the figure's ("more than 1,000 cities have
applied"), unless a country named past a comma is the one applying: "nearly 300
members, Viet Nam prepares more applications" counts the network's members."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("vi", "Mạng lưới: gần 300 thành viên, Việt Nam chuẩn bị thêm hồ sơ.",
     [("gần 300 thành viên", "total_cities", 300, "nearly", None, None)]),
    ("en", "The network has nearly 300 members, and Viet Nam is preparing more applications.",
     [("nearly 300 members", "total_cities", 300, "nearly", None, None)]),
    ("es", "La red suma casi 300 miembros, y Colombia prepara nuevas candidaturas.",
     [("casi 300 miembros", "total_cities", 300, "nearly", None, None)]),
    # the figure's own applying, with or without a comma
    ("vi", "Hơn 1.000 thành phố đã nộp hồ sơ.",
     [("Hơn 1.000 thành phố", "candidate_cities", 1000, "more_than", None, None)]),
    ("en", "More than 1,000 cities, from every region, have expressed interest in joining.",
     [("More than 1,000 cities", "candidate_cities", 1000, "more_than", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_whose_application(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
