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


def test_an_application_in_another_clause_makes_no_candidates() -> None:
    body = "Năm 2019, khi tỉnh bắt đầu chuẩn bị hồ sơ, mạng lưới có 170 thành viên."
    assert [(m.metric, m.value, str(m.as_of)) for m in mentions("vi", body, "2021-06-15")] == [
        ("total_cities", 170, "2019")
    ]
    body = (
        "In 2019, when the province began preparing its application, the network had 170 members."
    )
    assert [(m.metric, m.value, str(m.as_of)) for m in mentions("en", body, "2021-06-15")] == [
        ("total_cities", 170, "2019")
    ]


def test_applicants_in_the_figures_clause_are_candidates() -> None:
    assert read("Có 12 thành phố nộp hồ sơ.", "2021-06-15") == [("candidate_cities", 12, None)]
    assert read("Trong số các hồ sơ có 12 thành phố.", "2021-06-15") == [
        ("candidate_cities", 12, None)
    ]
