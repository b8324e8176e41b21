"""Numbers as prose writes them, in digits or in words, in each language."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lcnet.extract import find_mentions, read_document
from lcnet.extract.numbers import (
    as_count,
    may_end_a_number,
    number_pattern,
    read_digits,
    read_number,
)

_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def english(n: int) -> str:
    """n in English words, British style: "three hundred and fifty-six"."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {english(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    if not rest:
        return f"{english(thousands)} thousand"
    joiner = " and " if rest < 100 else " "
    return f"{english(thousands)} thousand{joiner}{english(rest)}"


def value(text: str, code: str = "en") -> int | None:
    """The count a whole number phrase gives, after checking the pattern matches it all."""
    assert re.fullmatch(number_pattern(code), text.lower()), text
    number = read_number(text.lower(), code)
    return None if number is None else as_count(number)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("356", 356),
        ("1,000", 1_000),
        ("1.000", 1_000),
        ("390,000,000", 390_000_000),
        ("390.000.000", 390_000_000),
        ("390\u00a0000\u00a0000", 390_000_000),
        ("390 million", 390_000_000),
        ("1.5 million", 1_500_000),
        ("2.5 billion", 2_500_000_000),
        ("1,500 million", 1_500_000_000),
        ("sixty-four", 64),
        ("seventy two", 72),
        ("three hundred and fifty-six", 356),
        ("four hundred twenty-five", 425),
        ("twelve hundred", 1_200),
        ("a dozen", 12),
        ("half a billion", 500_000_000),
        ("a million", 1_000_000),
        ("two thousand and five", 2_005),
        ("five hundred million", 500_000_000),
    ],
)
def test_english_numbers_have_their_exact_values(text: str, expected: int) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("425", 425),
        ("1.000", 1_000),
        ("1,5 triệu", 1_500_000),
        ("390 triệu", 390_000_000),
        ("nửa tỷ", 500_000_000),
        ("sáu", 6),
        ("mười lăm", 15),
        ("hai mươi mốt", 21),
        ("bốn trăm hai mươi lăm", 425),
        ("ba trăm linh năm", 305),
        ("hai triệu ba trăm nghìn", 2_300_000),
    ],
)
def test_vietnamese_numbers_have_their_exact_values(text: str, expected: int) -> None:
    assert value(text, "vi") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.500", 1_500),
        ("1,5 millones", 1_500_000),
        ("quinientos millones", 500_000_000),
        ("cuatrocientas veinticinco", 425),
        ("setenta y dos", 72),
        ("mil millones", 1_000_000_000),
        ("doce", 12),
    ],
)
def test_spanish_numbers_have_their_exact_values(text: str, expected: int) -> None:
    assert value(text, "es") == expected


@pytest.mark.parametrize("text", ["six seven", "twenty thirty", "five twelve"])
def test_words_that_are_not_one_number_have_no_value(text: str) -> None:
    assert read_number(text, "en") is None


def test_a_decimal_without_a_scale_is_no_count() -> None:
    assert (read_digits("1.5", ".", scaled=False), read_digits("2,5", ",", scaled=False)) == (
        None,
        None,
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The GNLC now has 12,345.000 member cities.", "en"),
        ("The GNLC has 1.234,567 members.", "en"),
        ("Le réseau des villes apprenantes compte 12,345 000 villes.", "fr"),
    ],
)
def test_groups_with_different_separators_are_no_figure(text: str, code: str) -> None:
    assert list(find_mentions(read_document(text, "text"), language=code)) == []


def test_groups_with_different_separators_have_no_value() -> None:
    assert [read_digits(t, ".", scaled=False) for t in ("12,345.000", "1.234,567", "1,000")] == [
        None,
        None,
        1000,
    ]
    assert read_number("12,345 000", "fr") is None


def test_the_decimal_mark_decides_a_single_group_before_a_scale() -> None:
    # "1.500 million" is one and a half million in English, 1,500 million in Vietnamese.
    assert (read_number("1.500 million", "en"), read_number("1.500 triệu", "vi")) == (
        Fraction(1_500_000),
        1_500_000_000,
    )


@given(st.integers(min_value=0, max_value=999_999))
def test_every_english_number_below_a_million_reads_back(n: int) -> None:
    assert value(english(n)) == n


@given(st.integers(min_value=1_000, max_value=999_999_999), st.sampled_from([",", "."]))
def test_either_thousands_separator_gives_the_same_count(n: int, separator: str) -> None:
    written = f"{n:,}".replace(",", separator)
    assert value(written) == n
    assert value(written, "vi") == n


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["million", "billion"]))
def test_a_count_of_millions_or_billions_is_exact(n: int, scale: str) -> None:
    size = {"million": 10**6, "billion": 10**9}[scale]
    assert value(f"{n} {scale}") == n * size


# numbers and the run of text that holds their end, as a text writes them before a space
ENDED = [
    ("en", "72", "72"), ("en", "sixty-four", "sixty-four"), ("en", "half a million", "million"),
    ("en", "a dozen", "dozen"), ("en", "1,000", "(1,000"), ("en", "500m", "500m"),
    ("en", "three hundred and fifty-six", "fifty-six"),
    ("en", "seventy-two", "\u201cseventy-two"), ("fr", "une", "une"),
    ("fr", "quatre-vingts", "quatre-vingts"), ("fr", "une dizaine", "dizaine"),
    ("de", "zweiundsiebzig", "zweiundsiebzig"), ("es", "setenta y dos", "dos"),
    ("it", "settantadue", "\u00absettantadue"), ("pt", "duas dezenas", "dezenas"),
    ("vi", "bảy mươi hai", "hai"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "number", "held"), ENDED)
def test_the_run_that_ends_a_number_may_end_one(code: str, number: str, held: str) -> None:
    """may_end_a_number, the cheap test before the patterns that need a number to end
    there, says yes wherever number_pattern matches one that ends the run."""
    found = re.match(number_pattern(code), number + " seule")  # "une" is one before it
    assert found is not None, number
    assert found.group() == number
    assert may_end_a_number(held, code)


@pytest.mark.parametrize(
    ("code", "word"),
    [("en", "many"), ("en", "the"), ("en", "a"), ("en", "half"), ("en", "dozens-long"),
     ("fr", "plus"), ("de", "die"), ("vi", "nhiều"), ("en", "")],
)  # fmt: skip
def test_a_run_that_ends_no_number_may_not(code: str, word: str) -> None:
    assert not may_end_a_number(word, code)


def test_where_words_touch_any_run_may_end_a_number() -> None:
    assert may_end_a_number("城市", "zh")


@given(st.integers(min_value=0, max_value=999_999))
def test_every_english_number_may_end_where_it_ends(n: int) -> None:
    assert may_end_a_number(english(n).split()[-1], "en")
