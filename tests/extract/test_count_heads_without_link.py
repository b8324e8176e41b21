"""A count named before its number where the language puts the counted noun right after
the head, with no link word ("tổng số thành viên Việt Nam lên 6": the total of members,
Vietnam, up to 6; Language.count_links holds ""), and its country after the noun as
Vietnamese writes it, over a soft line break too."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hà Nội gia nhập, nâng tổng số thành viên Việt Nam lên 6.", ("country_cities", 6, "VN")),
        ("Hà Nội gia nhập, nâng tổng số thành viên\nViệt Nam lên 6.", ("country_cities", 6, "VN")),
        ("Nâng tổng số thành phố Việt Nam trong mạng lưới lên 6.", ("country_cities", 6, "VN")),
        ("Số thành viên của Việt Nam đã lên 6.", ("country_cities", 6, "VN")),
        ("Số thành viên của mạng lưới đã lên tới 425.", ("total_cities", 425, None)),
    ],
)
def test_a_count_head_then_its_noun(body: str, expected: tuple[str, int, str | None]) -> None:
    assert [(r[1], r[2], r[5]) for r in read_titled("vi", body)] == [expected]
