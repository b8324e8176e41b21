"""Vietnamese phrasing the judgement depends on: plural groups, and candidates only where
the figure's own clause applies."""

from __future__ import annotations

from tests.extract.titled import mentions


def read(body: str, date: str = "2025-06-12") -> list[tuple[str, int, str | None]]:
    return [(m.metric, m.value, m.country) for m in mentions("vi", body, date)]


def test_one_of_the_first_cities_ranks_none() -> None:
    """ "những" makes the noun plural: "one of the first cities" is no first city."""
    assert (
        read("Vinh là một trong những thành phố đầu tiên của Việt Nam gia nhập mạng lưới.") == []
    )
    assert read("Là một trong các đô thị đầu tiên của cả nước được UNESCO ghi nhận.") == []


def test_the_first_city_still_ranks_first() -> None:
    assert read("Vinh là thành phố đầu tiên của Việt Nam gia nhập mạng lưới.") == [
        ("country_cities", 1, "VN")
    ]
    assert read("Hà Nội là thành phố thứ sáu của Việt Nam.", "2025-12-05") == [
        ("country_cities", 6, "VN")
    ]
