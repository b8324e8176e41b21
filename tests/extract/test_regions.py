"""A region that owns a figure, named before it or after it."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

CASES: list[tuple[str, str, list[tuple[int, str | None]]]] = [
    (
        "en",
        "In the Global Network of Learning Cities, the Asia-Pacific region has 21 new members.",
        [(21, "asia-pacific")],
    ),
    (
        "en",
        "In the Global Network of Learning Cities, Africa has 12 new members.",
        [(12, "africa")],
    ),
    (
        "vi",
        "Trong Mạng lưới các thành phố học tập toàn cầu, khu vực châu Á - Thái Bình Dương "
        "có 21 thành viên mới.",
        [(21, "asia-pacific")],
    ),
    (
        "vi",
        "Hà Nội nằm trong số 21 thành viên mới của khu vực châu Á - Thái Bình Dương trong "
        "Mạng lưới các thành phố học tập toàn cầu.",
        [(21, "asia-pacific")],
    ),
    (  # a country named before the region's word owns it: no region
        "en",
        "In the Global Network of Learning Cities, Viet Nam has 6 members.",
        [(6, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_region_owns_the_figure_it_names(
    language: str, text: str, expected: list[tuple[int, str | None]]
) -> None:
    document = read_document(text, "text")
    assert [(m.value, m.region) for m in find_mentions(document, language)] == expected


def test_a_vietnamese_text_counts_its_own_country_as_the_whole_country() -> None:
    text = (
        "Mạng lưới các thành phố học tập toàn cầu của UNESCO: cả nước hiện có "
        "6 thành phố thành viên."
    )
    found = [
        (m.metric.value, m.value, m.country)
        for m in find_mentions(read_document(text, "text"), "vi")
    ]
    assert found == [("country_cities", 6, "VN")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "La Red Mundial de Ciudades del Aprendizaje creció en 2022: México sumó tres "
            "nuevas urbes.",
            [("new_cities", 3, "MX")],
        ),
        (
            "en",
            "The UNESCO Global Network of Learning Cities grew: Viet Nam gained two new members.",
            [("new_cities", 2, "VN")],
        ),
    ],
)
def test_a_country_that_is_the_subject_of_the_verb_of_joining_owns_the_intake(
    language: str, text: str, expected: list[tuple[str, int, str]]
) -> None:
    found = [
        (m.metric.value, m.value, m.country)
        for m in find_mentions(read_document(text, "text"), language)
    ]
    assert found == expected


def test_the_countrys_count_is_the_country_named_before() -> None:
    text = (
        "Three Portuguese cities joined the UNESCO Global Network of Learning Cities, "
        "bringing the country's number of member cities up to eleven."
    )
    found = [
        (m.metric.value, m.value, m.country)
        for m in find_mentions(read_document(text, "text"), "en")
    ]
    assert found == [("new_cities", 3, "PT"), ("country_cities", 11, "PT")]
