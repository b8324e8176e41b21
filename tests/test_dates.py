"""Dates with a precision, and dates as people type them."""

from __future__ import annotations

from datetime import date

import pytest

from lcnet.dates import DateError, PartialDate, Precision, parse_date_argument


@pytest.mark.parametrize(
    ("text", "precision", "first", "last"),
    [
        ("2025", Precision.YEAR, date(2025, 1, 1), date(2025, 12, 31)),
        ("2024-02", Precision.MONTH, date(2024, 2, 1), date(2024, 2, 29)),
        ("2025-12-04", Precision.DAY, date(2025, 12, 4), date(2025, 12, 4)),
    ],
)
def test_a_date_covers_the_days_of_its_precision(
    text: str, precision: Precision, first: date, last: date
) -> None:
    value = PartialDate.parse(text)
    assert (value.precision, value.first_day, value.last_day, str(value)) == (
        precision,
        first,
        last,
        text,
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-02-30", 'invalid date "2025-02-30": day is out of range for month'),
        ("2025-13", 'invalid date "2025-13": month must be in 1..12'),
        ("25-12-04", 'invalid date "25-12-04": write YYYY, YYYY-MM or YYYY-MM-DD'),
        ("1850", 'invalid date "1850": year must be 1900 or later'),
    ],
)
def test_an_impossible_or_unreadable_date_says_why(text: str, message: str) -> None:
    with pytest.raises(DateError) as caught:
        PartialDate.parse(text)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("4 Dec 2025", "2025-12-04"),
        ("December 4, 2025", "2025-12-04"),
        ("Dec 2025", "2025-12"),
        ("2025", "2025"),
        ("2025-12-04", "2025-12-04"),
    ],
)
def test_dates_as_people_type_them_keep_their_precision(typed: str, stored: str) -> None:
    assert str(parse_date_argument(typed)) == stored


def test_free_text_that_is_not_a_date_is_refused() -> None:
    with pytest.raises(DateError):
        parse_date_argument("next week")


def test_a_month_contains_its_days_only() -> None:
    april = PartialDate.parse("2025-04")
    assert april.contains(date(2025, 4, 30))
    assert not april.contains(date(2025, 5, 1))


def test_the_last_day_of_a_month_is_the_calendars_for_every_month_and_leap_rule() -> None:
    """PartialDate counts a month's days itself (lcnet.dates does not import calendar):
    checked against calendar.monthrange, century and 400-year leap rules included."""
    import calendar

    for year in (1900, 1999, 2000, 2023, 2024, 2100, 2400):
        for month in range(1, 13):
            last = calendar.monthrange(year, month)[1]
            assert PartialDate(year, month).last_day == date(year, month, last)
    assert PartialDate(1900).last_day == date(1900, 12, 31)
    assert PartialDate.parse("2024-02-29").day == 29
    with pytest.raises(DateError, match="day is out of range for month"):
        PartialDate.parse("2100-02-29")


@pytest.mark.parametrize("written", ["2020", "2020-09", "2020-09-03"])
def test_a_date_written_by_str_reads_back_as_itself(written: str) -> None:
    parsed = PartialDate.parse(written)
    assert PartialDate.written(str(parsed)) == parsed
    assert PartialDate.written(written) == parsed
