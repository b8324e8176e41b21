"""Who was a member when: the membership rule that queries and checks share."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from lcnet.dates import PartialDate
from lcnet.model import UNKNOWN, City, Claim, IntakeKind, Metric, Qualifier
from lcnet.store.facts import FactStore


class Status(StrEnum):
    MEMBER = "member"
    UNCERTAIN = "uncertain"  # may or may not have been a member on the day
    NOT_MEMBER = "not-member"
    UNDATED = "undated"  # a member now, since a date nobody recorded


def membership(store: FactStore, city: City, day: date, known_now: bool) -> Status:
    """The city's standing on `day` (`known_now`: the day is today, not an --as-of)."""
    joined = joined_on(store, city)
    if joined is None:
        return Status.MEMBER if known_now and city.left is None else Status.UNDATED
    if joined.first_day > day:
        return Status.NOT_MEMBER
    status = Status.MEMBER if joined.last_day <= day else Status.UNCERTAIN
    if city.readmitted is not None:
        back = store.intake_by_id[city.readmitted].date
        if back.last_day <= day:
            return Status.MEMBER
        if back.first_day <= day:
            return Status.UNCERTAIN
    if city.left == UNKNOWN:
        if known_now and city.readmitted is None:
            return Status.NOT_MEMBER  # it is known to have left by now
        return _bounded_departure(store, city, day, status)
    if isinstance(city.left, PartialDate):
        if city.left.last_day <= day:
            return Status.NOT_MEMBER
        if city.left.first_day <= day:
            return Status.UNCERTAIN
    return status


def announcement_window(store: FactStore, city: City) -> tuple[date, date] | None:
    """For a city that announced its admission before the network did (`announced_by`):
    the first day the announcement is known to have been out (the last day of its
    source's date: a month or a year is out only by its end) and the day of the
    intake's release. None when there is no such announcement."""
    if city.announced_by is None or city.intake is None:
        return None
    source = store.source_by_id.get(city.announced_by)
    intake = store.intake_by_id.get(city.intake)
    if source is None or source.published is None or intake is None:
        return None
    out, release = source.published.last_day, intake.date.first_day
    return (out, release) if out < release else None


def announced_early(store: FactStore, city: City, day: date) -> bool:
    """Whether `day` falls after the city's own announcement of its admission and
    before the network's release of its intake: a text may then name it a member, as
    the city had been told it was."""
    window = announcement_window(store, city)
    return window is not None and window[0] <= day < window[1]


def departure_window(store: FactStore, city: City) -> tuple[date, date] | None:
    """For a departure bounded by `left_by`: the last day it is known to have been a
    member (the day of the intake before) and the first day it is known not to be."""
    if city.left_by is None:
        return None
    by = store.intake_by_id[city.left_by]
    intakes = [i for i in store.announcements() if i.kind is IntakeKind.INTAKE]
    before = [i for i in intakes if i.date.last_day < by.date.first_day]
    still = before[-1].date.last_day if before else date.min
    return still, by.date.last_day


def _bounded_departure(store: FactStore, city: City, day: date, status: Status) -> Status:
    window = departure_window(store, city)
    if window is None:
        return Status.UNCERTAIN
    still, gone = window
    if day >= gone:
        return Status.NOT_MEMBER
    return status if day <= still else Status.UNCERTAIN


def joined_on(store: FactStore, city: City) -> PartialDate | None:
    if city.intake is not None:
        return store.intake_by_id[city.intake].date
    return city.joined


def latest_country_count(store: FactStore, code: str, day: date) -> Claim | None:
    """The most recent exact statement of a country's number of members up to `day`."""
    best: tuple[date, bool, Claim] | None = None
    for claim in store.claims_about(Metric.COUNTRY_CITIES, code):
        if claim.qualifier is not Qualifier.EXACT:
            continue
        held = claim.as_of or store.source_by_id[claim.source].published
        if held is None or held.last_day > day:
            continue
        primary = store.source_by_id[claim.source].is_primary
        candidate = (held.last_day, primary, claim)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best else None


def members_on(store: FactStore, code: str, day: date) -> int:
    """How many of a country's listed cities were certainly members on `day`."""
    return members_between(store, code, day)[0]


def members_between(store: FactStore, code: str, day: date) -> tuple[int, int]:
    """How many of a country's listed cities were members on `day`: certainly, and at
    most (with those that may have joined by then: "joined 2016" on 23 August 2016; a
    departure at an unknown date leaves the city out of both, as a curator's count of
    the members named at each date does). Remembered per store, country and day (checks
    ask it for every count a source states); cities whose dates are alike are judged
    once: the work grows with the days asked about and the kinds of dates, not with days
    times cities."""
    memo: dict[tuple[str, date], tuple[int, int]] = store.memo.setdefault("members_on", {})
    found = memo.get((code, day))
    if found is None:
        certain = possible = 0
        for city, count in _alike(store, code):
            status = membership(store, city, day, known_now=False)
            if status is Status.MEMBER:
                certain += count
                possible += count
            elif status is Status.UNCERTAIN and _joining_on(store, city, day):
                possible += count
        found = memo[(code, day)] = (certain, possible)
    return found


def _joining_on(store: FactStore, city: City, day: date) -> bool:
    """Whether `day` falls within the span of the city's (first) joining date."""
    joined = joined_on(store, city)
    return joined is not None and joined.first_day <= day < joined.last_day


def _alike(store: FactStore, code: str) -> list[tuple[City, int]]:
    """A country's cities grouped by the fields `membership` reads: one of each group,
    with the group's size."""
    memo: dict[str, list[tuple[City, int]]] = store.memo.setdefault("members_alike", {})
    found = memo.get(code)
    if found is None:
        groups: dict[tuple[object, ...], tuple[City, int]] = {}
        for city in store.cities_in(code):
            kind = (city.intake, city.joined, city.left, city.left_by, city.readmitted)
            first, count = groups.get(kind, (city, 0))
            groups[kind] = (first, count + 1)
        found = memo[code] = list(groups.values())
    return found


__all__ = [
    "Status",
    "departure_window",
    "joined_on",
    "latest_country_count",
    "members_between",
    "members_on",
    "membership",
]
