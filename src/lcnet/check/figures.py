"""Figures, what they are about, and the periods they hold for.

A figure is a value with its qualifier: "356" is exactly 356, "more than 400" is the
open interval (400, inf), "nearly 500 million" is [450 million, 500 million]. Two
figures agree when both are exact and equal, or when their intervals meet.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import NamedTuple

from lcnet.model import Claim, Intake, Metric, Qualifier, Region

ABOUT = 0.10  # "about 500": within 10 % either side; "nearly 500": up to 10 % below
# An unqualified estimate ("390 million citizens") is rounded: it stands for the values
# within half a unit of its last non-zero digit ([385, 395) million), never more than 5 %
# either way (a round "500 million" may have been rounded to the ten million, not the
# hundred million).
ROUNDING = 0.05
ROUNDED_METRICS = frozenset({Metric.CITIZENS})


class Interval(NamedTuple):
    low: float
    high: float
    low_closed: bool = True
    high_closed: bool = True

    def meets(self, other: Interval) -> bool:
        if self.low > other.high or other.low > self.high:
            return False
        if self.low == other.high:
            return self.low_closed and other.high_closed
        if other.low == self.high:
            return other.low_closed and self.high_closed
        return True


class Figure(NamedTuple):
    value: int
    qualifier: Qualifier = Qualifier.EXACT

    @property
    def exact(self) -> bool:
        return self.qualifier is Qualifier.EXACT

    def interval(self) -> Interval:
        v = float(self.value)
        match self.qualifier:
            case Qualifier.EXACT:
                return Interval(v, v)
            case Qualifier.MORE_THAN:
                return Interval(v, math.inf, low_closed=False)
            case Qualifier.AT_LEAST:
                return Interval(v, math.inf)
            case Qualifier.ABOUT:
                return Interval(v * (1 - ABOUT), v * (1 + ABOUT))
            case Qualifier.NEARLY:
                return Interval(v * (1 - ABOUT), v)
            case Qualifier.FEWER_THAN:
                return Interval(0, v, high_closed=False)
            case Qualifier.AT_MOST:
                return Interval(0, v)

    def agrees(self, other: Figure, rounded: bool = False) -> bool:
        """Equal when both are exact; else the intervals meet. `rounded`: the metric is
        an estimate, so an exact side is read as rounded when compared with a bound."""
        if self.exact and other.exact:
            return self.value == other.value
        return self._span(rounded).meets(other._span(rounded))

    def _span(self, rounded: bool) -> Interval:
        if rounded and self.exact:
            return rounding_interval(self.value)
        return self.interval()

    def __str__(self) -> str:
        words = {
            Qualifier.EXACT: "",
            Qualifier.MORE_THAN: "more than ",
            Qualifier.AT_LEAST: "at least ",
            Qualifier.ABOUT: "about ",
            Qualifier.NEARLY: "nearly ",
            Qualifier.FEWER_THAN: "fewer than ",
            Qualifier.AT_MOST: "at most ",
        }
        return f"{words[self.qualifier]}{number(self.value)}"


def rounding_interval(value: int) -> Interval:
    """The values a rounded whole number stands for: within half a unit of its last
    non-zero digit, rounding half up (390 million: [385, 395) million), and never
    beyond 5 % of it (500 million: [475, 525) million, not [450, 550))."""
    unit = 1
    while value and value % (unit * 10) == 0:
        unit *= 10
    half = min(unit / 2, value * ROUNDING)
    return Interval(value - half, value + half, high_closed=False)


def number(value: int) -> str:
    """356, 2024, 12,500, 390 million, 1.5 billion (years and counts below 10,000 plain)."""
    for size, name in ((1_000_000_000, "billion"), (1_000_000, "million")):
        if value >= size and value % (size // 10) == 0:
            scaled = value / size
            return f"{scaled:g} {name}"
    return f"{value:,}" if value >= 10_000 else str(value)


def figure_of(claim: Claim) -> Figure:
    return Figure(claim.value, claim.qualifier)


# ------------------------------------------------------------------------------ subjects


class Subject(NamedTuple):
    """What a figure counts: a metric, narrowed to a country, region or city."""

    metric: Metric
    country: str | None = None
    region: Region | None = None
    city: str | None = None

    @property
    def key(self) -> str:
        scope = self.country or (self.region.value if self.region else None) or self.city
        return f"{self.metric}:{scope}" if scope else str(self.metric)

    @property
    def label(self) -> str:
        label = self.metric.label
        if self.country:
            return f"{label} ({self.country})"
        if self.region:
            return f"{label} ({self.region.label})"
        if self.city:
            return f"{label} ({self.city})"
        return label


def subject_of(claim: Claim) -> Subject:
    return Subject(claim.metric, claim.country, claim.region, claim.city)


# ------------------------------------------------------------------------------- periods


class Period(NamedTuple):
    """Days from `start` to `end` (both included; None: unbounded), opened by `event`."""

    start: date | None
    end: date | None
    event: Intake | None
    rolling: bool = False  # members were admitted one at a time: no figure holds

    @property
    def id(self) -> str:
        if self.event is not None:
            return f"{self.event.id}-rolling" if self.rolling else self.event.id
        return "before" if self.end is not None else "all"

    def contains(self, first: date, last: date) -> bool:
        """Whether every day from first to last lies in this period."""
        after_start = self.start is None or first >= self.start
        before_end = self.end is None or last <= self.end
        return after_start and before_end

    def overlaps(self, first: date, last: date) -> bool:
        after_start = self.start is None or last >= self.start
        before_end = self.end is None or first <= self.end
        return after_start and before_end

    def is_before(self, day: date) -> bool:
        return self.end is not None and self.end < day

    @property
    def label(self) -> str:
        if self.rolling:
            return f"{self._span_label()} (rolling admissions)"
        return self._span_label()

    def _span_label(self) -> str:
        if self.start is None and self.end is None:
            return "all dates"
        if self.start is None:
            assert self.end is not None
            return f"until {self.end.isoformat()}"
        if self.end is None:
            return f"since {self.start.isoformat()}"
        return f"{self.start.isoformat()} to {self.end.isoformat()}"


def periods_from(events: list[Intake]) -> list[Period]:
    """Periods bounded by announcement dates, oldest first, the first one open-ended."""
    if not events:
        return [Period(None, None, None)]
    starts = [event.date.first_day for event in events]
    periods = [Period(None, starts[0] - timedelta(days=1), None)]
    for index, event in enumerate(events):
        end = starts[index + 1] - timedelta(days=1) if index + 1 < len(events) else None
        start = starts[index]
        if event.rolling and end is not None and end > start:
            # The count holds on its own day; until the next announcement, cities kept
            # being admitted one at a time, so no figure holds for the rest.
            periods.append(Period(start, start, event))
            periods.append(Period(start + timedelta(days=1), end, event, rolling=True))
        else:
            periods.append(Period(start, end, event))
    return periods
