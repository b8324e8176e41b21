"""Dates with a precision: "2025" is some day in 2025, "2025-04" some day in April 2025."""

from __future__ import annotations

import functools
import re
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple

FORMAT_HINT = "write YYYY, YYYY-MM or YYYY-MM-DD"


@functools.cache
def _canonical() -> re.Pattern[str]:
    """YYYY, YYYY-MM or YYYY-MM-DD; compiled on first use (~0.4 M instructions), which a
    query served from the store cache never makes (#14)."""
    return re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class DateError(ValueError):
    """A date that cannot be read or does not exist; the message says which."""


class PartialDate(NamedTuple):
    """A calendar date known to a year, a month or a day (compare with sort_key())."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read the canonical forms YYYY, YYYY-MM and YYYY-MM-DD."""
        match = _canonical().match(text.strip())
        if match is None:
            raise DateError(f'invalid date "{text}": {FORMAT_HINT}')
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        return cls.checked(year, month, day, text)

    @classmethod
    def checked(cls, year: int, month: int | None, day: int | None, text: str) -> PartialDate:
        if month is not None and not 1 <= month <= 12:
            raise DateError(f'invalid date "{text}": month must be in 1..12')
        if day is not None:
            assert month is not None
            last = _days_in(year, month)
            if not 1 <= day <= last:
                raise DateError(f'invalid date "{text}": day is out of range for month')
        if year < 1900:
            raise DateError(f'invalid date "{text}": year must be 1900 or later')
        return cls(year, month, day)

    @classmethod
    def written(cls, text: str) -> PartialDate:
        """A date as str() writes it, read back without the checks of parse(): for text
        lcnet wrote itself from a checked date (the store cache)."""
        return cls(*map(int, text.split("-")))

    @classmethod
    def of(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> date:
        if self.day is not None:
            assert self.month is not None
            return date(self.year, self.month, self.day)
        month = self.month or 12
        return date(self.year, month, _days_in(self.year, month))

    def contains(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    def sort_key(self) -> tuple[date, date]:
        return (self.first_day, self.last_day)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_plain_validator_function(
            validate_partial_date,
            json_schema_input_schema=core_schema.str_schema(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
        )


def validate_partial_date(value: object) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, date):  # an unquoted TOML date
        return PartialDate.of(value)
    if isinstance(value, str):
        return PartialDate.parse(value)
    raise DateError(f"must be a date string ({FORMAT_HINT}), not {type_name(value)}")


def parse_date_argument(text: str) -> PartialDate:
    """Read a date as people type it: "2025-12-04", "4 Dec 2025", "Dec 2025", "2025"."""
    try:
        return PartialDate.parse(text)
    except DateError as error:
        if _canonical().match(text.strip()):
            raise  # canonical form but impossible, e.g. 2025-02-30
        return _parse_free_form(text, error)


def _parse_free_form(text: str, error: DateError) -> PartialDate:
    from datetime import datetime

    from dateutil import parser

    # Parse twice with different defaults: a field that changes with the default was
    # not in the text, which tells the precision.
    try:
        first = parser.parse(text, default=datetime(2000, 1, 1))
        second = parser.parse(text, default=datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        raise error from None
    if first.year != second.year:
        raise error
    month = first.month if first.month == second.month else None
    day = first.day if first.day == second.day and month is not None else None
    return PartialDate.checked(first.year, month, day, text)


def type_name(value: object) -> str:
    """The TOML-ish name of a value's type, for messages."""
    names = {
        bool: "a boolean",
        int: "an integer",
        float: "a float",
        str: "a string",
        list: "an array",
        dict: "a table",
    }
    for kind, name in names.items():
        if isinstance(value, kind):
            return name
    if isinstance(value, date):
        return "a date"
    return type(value).__name__


def _days_in(year: int, month: int) -> int:
    """The number of days in a month of the Gregorian calendar, as calendar.monthrange
    gives it (without importing calendar: a run's start-up pays for every import, #14)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31
