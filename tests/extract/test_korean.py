"""Korean (lcnet.extract.lang.ko): numbers, counters, qualifiers and statements, exactly.

Rows are (text, metric, value, qualifier, as_of, country), as in test_statements.py.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lcnet.extract import find_mentions, read_document
from lcnet.extract.numbers import number_pattern
from tests.extract.titled import Row, number_value, read_plain

GNLC = "유네스코 글로벌 학습도시 네트워크"


def value(text: str) -> int | None:
    return number_value(text, "ko")


def read(text: str) -> list[Row]:
    return read_plain(text, "ko")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("356", 356),
        ("１０００", 1_000),  # full-width digits
        ("４２５", 425),
        ("1,000", 1_000),
        ("5억", 500_000_000),
        ("3.9억", 390_000_000),
        ("390만", 3_900_000),
        ("3억 9천만", 390_000_000),
        ("3억9천만", 390_000_000),
        ("3억 9000만", 390_000_000),
        ("9천만", 90_000_000),
        ("14만2000", 142_000),
    ],
)
def test_korean_numbers_mix_digits_with_man_and_eok(text: str, expected: int) -> None:
    assert value(text) == expected


@given(
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=0, max_value=9999),
    st.integers(min_value=0, max_value=9999),
)
def test_korean_digit_groups_of_ten_thousand_have_their_exact_values(
    eok: int, man: int, rest: int
) -> None:
    text = f"{eok}억" + (f" {man}만" if man else "") + (f" {rest}" if rest else "")
    assert value(text) == eok * 10**8 + man * 10**4 + rest


def test_two_runs_of_digits_are_two_numbers() -> None:
    assert re.fullmatch(number_pattern("ko"), "2023 356") is None


def test_hangul_digits_alone_are_no_number() -> None:
    """ "이 도시" is "this city", not two cities: Hangul digits are not read."""
    assert read(f"{GNLC}에 이 도시가 새로 가입했다.") == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param(
            f"{GNLC}(GNLC)에는 현재 79개국 356개 도시가 가입돼 있다.",
            [
                ("79개국", "total_countries", 79, "exact", None, None),
                ("356개 도시", "total_cities", 356, "exact", None, None),
            ],
            id="countries-before-their-cities",
        ),
        pytest.param(
            f"{GNLC}에는 현재 64개국 도시 229곳이 가입돼 있다.",
            [
                ("64개국", "total_countries", 64, "exact", None, None),
                ("229곳", "total_cities", 229, "exact", None, None),
            ],
            id="the-place-counter-gos",
        ),
        pytest.param(
            f"{GNLC}에는 80개국 300여 개 도시가 회원으로 활동하고 있다.",
            [
                ("80개국", "total_countries", 80, "exact", None, None),
                ("300여 개 도시", "total_cities", 300, "more_than", None, None),
            ],
            id="yeo-after-the-number",
        ),
        pytest.param(
            f"{GNLC}에는 400개가 넘는 도시가 있다.",
            [("400개가 넘는 도시", "total_cities", 400, "more_than", None, None)],
            id="more-than-after-the-counter",
        ),
        pytest.param(
            f"{GNLC}에는 약 425개 도시가 있다.",
            [("약 425개 도시", "total_cities", 425, "about", None, None)],
            id="about-before-the-number",
        ),
        pytest.param(
            f"{GNLC}에는 ４２５개 도시가 가입해 있다.",
            [("４２５개 도시", "total_cities", 425, "exact", None, None)],
            id="full-width-digits",
        ),
        pytest.param(
            f"{GNLC}에 35개국 64개 도시가 새로 가입했다.",
            [
                ("35개국", "new_countries", 35, "exact", None, None),
                ("64개 도시", "new_cities", 64, "exact", None, None),
            ],
            id="an-intake-after-the-cities",
        ),
        pytest.param(
            f"이번에 새로 가입한 35개국 64개 도시는 {GNLC}의 회원이 된다.",
            [
                ("35개국", "new_countries", 35, "exact", None, None),
                ("64개 도시", "new_cities", 64, "exact", None, None),
            ],
            id="an-intake-before-the-countries",
        ),
        pytest.param(
            f"수원시는 다른 63개 도시와 함께 {GNLC}에 새로 가입했다.",
            [("다른 63개 도시", "new_cities", 64, "exact", None, None)],
            id="other-cities-count-the-subject",
        ),
        pytest.param(
            "우리나라 GNLC 가입도시는 총 56개로 늘었다.",
            [("가입도시는 총 56", "country_cities", 56, "exact", None, "KR")],
            id="membership-before-its-number",
        ),
        pytest.param(
            f"{GNLC}. 국내 가입 도시 총 59개로 늘어나",
            [("가입 도시 총 59", "country_cities", 59, "exact", None, "KR")],
            id="domestic-is-korea",
        ),
        pytest.param(
            f"{GNLC} 회원도시 인구는 3억 9천만 명 이상이다.",
            [("3억 9천만 명 이상이", "citizens", 390_000_000, "more_than", None, None)],
            id="citizens-in-eok-and-man",
        ),
        pytest.param(
            f"2020년 당시 {GNLC}에는 64개국 230개 도시가 가입돼 있었다.",
            [
                ("64개국", "total_countries", 64, "exact", "2020", None),
                ("230개 도시", "total_cities", 230, "exact", "2020", None),
            ],
            id="a-year-dates-the-figures",
        ),
        pytest.param(
            f"{GNLC}(GNLC)는 2013년 출범했다. 이 네트워크에는 현재 91개국 425개 도시가 있다.",
            [
                ("91개국", "total_countries", 91, "exact", None, None),
                ("425개 도시", "total_cities", 425, "exact", None, None),
            ],
            id="this-network-refers-back",
        ),
        pytest.param(
            "UNESCO Global Network of Learning Cities에는 현재 425개 도시가 가입해 있다.",
            [("425개 도시", "total_cities", 425, "exact", None, None)],
            id="the-english-name",
        ),
    ],
)
def test_korean_statements(text: str, rows: list[Row]) -> None:
    assert read(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param(
            f"교육부는 올해 평생학습도시 12곳을 새로 지정해 전국 평생학습도시가 195개로 늘었다. "
            f"한편 {GNLC}에는 국내 56개 도시가 가입해 있다.",
            [("56개 도시", "country_cities", 56, "exact", None, "KR")],
            id="the-national-programme-in-the-same-paragraph",
        ),
        pytest.param(
            f"{GNLC}에 가입한 수원시는 전국 190여 개 평생학습도시 가운데 하나다.",
            [],
            id="lifelong-learning-cities-are-no-modifier",
        ),
        pytest.param(
            f"{GNLC}에 가입한 도시들이 모였다. 평생학습도시 협의회 회원도시는 모두 195개다.",
            [],
            id="the-national-council-s-members",
        ),
        pytest.param(
            f"유네스코 창의도시 네트워크에는 350개 도시가 가입해 있다. {GNLC}와 다르다.",
            [],
            id="creative-cities",
        ),
        pytest.param(
            f"{GNLC}를 소개한 국제학습도시회의에는 80개국 1200명이 참석했다.",
            [],
            id="the-conference-s-countries-and-participants",
        ),
    ],
)
def test_other_programmes_counts_are_never_gnlc_figures(text: str, rows: list[Row]) -> None:
    assert read(text) == rows


def test_a_korean_paragraph_refers_back_to_the_network_named_in_english() -> None:
    text = (
        "The UNESCO Global Network of Learning Cities now has 425 member cities.\n\n"
        "이 네트워크에는 현재 91개국 425개 도시가 가입해 있다.\n"
    )
    found = find_mentions(read_document(text, "text"))
    assert [(m.line, m.text, m.language, m.metric.value, m.value) for m in found] == [
        (1, "425 member cities", "en", "total_cities", 425),
        (3, "91개국", "ko", "total_countries", 91),
        (3, "425개 도시", "ko", "total_cities", 425),
    ]
