"""The error classes the blind cases showed, one sentence each (see quality.py)."""

from __future__ import annotations

import pytest

from tests.extract.test_statements import Row, read

CASES: list[tuple[str, list[Row]]] = [
    # the number after what it counts
    (
        "The GNLC welcomed 77 cities, bringing its membership to 294.",
        [
            ("77 cities", "new_cities", 77, "exact", None, None),
            ("membership to 294", "total_cities", 294, "exact", None, None),
        ],
    ),
    (
        "By 2019 the GNLC's count had passed 200.",
        [("count had passed 200", "total_cities", 200, "more_than", "2019", None)],
    ),
    (
        "The GNLC's total now stands at about 425.",
        [("total now stands at about 425", "total_cities", 425, "about", None, None)],
    ),
    (
        "The GNLC took the total to 425 cities.",  # the unit after it: one figure from the head
        [("total to 425 cities", "total_cities", 425, "exact", None, None)],
    ),
    ("The GNLC raised its membership to 30 percent of the region's cities.", []),
    ("Our learning city plan puts the total at 2,500 volunteers.", []),
    (
        "Mạng lưới thành phố học tập toàn cầu nâng tổng số thành viên của Việt Nam lên năm.",
        [("tổng số thành viên của Việt Nam lên năm", "country_cities", 5, "exact", None, "VN")],
    ),
    (
        "Mạng lưới thành phố học tập toàn cầu nâng tổng số thành viên của mạng lưới lên 425.",
        [("tổng số thành viên của mạng lưới lên 425", "total_cities", 425, "exact", None, None)],
    ),
    ("Mạng lưới thành phố học tập toàn cầu nâng tổng số thành viên lên năm 2025.", []),
    # a date in the sentence before
    (
        "Our city joined the GNLC in 2022. At the time, the network had 294 members.",
        [("294 members", "total_cities", 294, "exact", "2022", None)],
    ),
    (
        "Our city joined the GNLC in 2022. At the time, few knew it; it now has 425 members.",
        [("425 members", "total_cities", 425, "exact", None, None)],
    ),
    (
        "Huế gia nhập mạng lưới thành phố học tập năm 2022. Khi đó, mạng lưới có 294 thành viên.",
        [("294 thành viên", "total_cities", 294, "exact", "2022", None)],
    ),
    # a country before "first", "alone", "accounts for"
    (
        "Viet Nam's first two members joined the GNLC in 2020.",  # the subject of "joined":
        [("two members", "new_cities", 2, "exact", "2020", "VN")],  # the 2020 intake's two
    ),
    (
        "South Korea alone accounts for more than 40 of the GNLC's member cities.",
        [],  # "of the": the number is not before its unit
    ),
    (
        "In the GNLC, South Korea alone accounts for more than 40 member cities.",
        [("more than 40 member cities", "country_cities", 40, "more_than", None, "KR")],
    ),
    # verbs that raise a total
    (
        "The GNLC's latest intake lifts the network's membership to 356 cities in 79 countries.",
        [
            ("membership to 356 cities", "total_cities", 356, "exact", None, None),
            ("79 countries", "total_countries", 79, "exact", None, None),
        ],
    ),
    # "hội thảo" is a workshop, not an association ("hội")
    (
        "Tại hội thảo, UNESCO cho biết Mạng lưới thành phố học tập toàn cầu có 356 thành viên.",
        [("356 thành viên", "total_cities", 356, "exact", None, None)],
    ),
    ("Hội có 1.500 thành viên, theo mạng lưới thành phố học tập.", []),
    # a year that names an intake dates the figure near it
    (
        "The GNLC had 120 members in 2016, and the 2024 round took the total to 425.",
        [
            ("120 members", "total_cities", 120, "exact", "2016", None),
            ("total to 425", "total_cities", 425, "exact", "2024", None),
        ],
    ),
    # a place's population is not the network's citizens
    ("The GNLC is uneven: Africa, home to 1.4 billion people, has few members.", []),
    ("The GNLC has few members in China, home to 1.4 billion people.", []),
    (
        "The GNLC's members are home to 390 million people.",
        [("390 million people", "citizens", 390_000_000, "exact", None, None)],
    ),
    # countries of something else
    ("The GNLC conference drew 1,200 participants from 90 countries.", []),
    (
        "The GNLC has members in 91 countries.",
        [("91 countries", "total_countries", 91, "exact", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), CASES, ids=[text[:40] for text, _ in CASES])
def test_each_fixed_error_class_reads_as_expected(text: str, rows: list[Row]) -> None:
    assert read(text) == rows
