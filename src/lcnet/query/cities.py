"""Select member cities: by country, region, year joined, name, and as of a date.

Its types are plain classes: `lcnet cities` defines them at every start, and a
NamedTuple costs ~0.1 ms to define (#14).
"""

from __future__ import annotations

from datetime import date

from lcnet.dates import PartialDate
from lcnet.model import City, Claim, Intake, Region
from lcnet.store.facts import FactStore
from lcnet.store.membership import Status, joined_on, latest_country_count, membership
from lcnet.text import fold_compact


class CityQuery:
    __slots__ = ("as_of", "country", "joined", "name", "region")

    def __init__(
        self,
        country: str | None = None,
        region: Region | None = None,
        joined: int | None = None,
        name: str | None = None,
        as_of: date | None = None,
    ) -> None:
        self.country = country
        self.region = region
        self.joined = joined
        self.name = name
        self.as_of = as_of


class CityRow:
    __slots__ = ("city", "intake", "joined", "readmitted", "status")

    def __init__(
        self,
        city: City,
        status: Status,
        joined: PartialDate | None,
        intake: Intake | None,
        readmitted: Intake | None,
    ) -> None:
        self.city = city
        self.status = status
        self.joined = joined
        self.intake = intake
        self.readmitted = readmitted


class Coverage:
    """How many members the store lists for a query, against how many there are."""

    __slots__ = ("basis", "complete", "expected", "listed", "scope", "undated")

    def __init__(
        self,
        scope: str,
        listed: int,
        expected: int | None,
        basis: str | None,
        complete: bool,
        undated: int,
    ) -> None:
        self.scope = scope
        self.listed = listed
        self.expected = expected
        self.basis = basis  # where the expected number comes from
        self.complete = complete  # the store says its list for this scope is complete
        self.undated = undated  # listed members left out of an --as-of query: no join date

    def _values(self) -> tuple[object, ...]:
        return (self.scope, self.listed, self.expected, self.basis, self.complete, self.undated)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Coverage):
            return NotImplemented
        return self._values() == other._values()

    def __repr__(self) -> str:
        return f"Coverage{self._values()!r}"

    @property
    def short(self) -> bool:
        return self.expected is not None and self.listed < self.expected

    def message(self) -> str | None:
        parts = []
        if self.short:
            parts.append(
                f"the store lists {self.listed} of {self.expected} {self.scope} "
                f"({self.expected} per {self.basis}); the member list is incomplete"
            )
        if self.undated:
            noun = "member" if self.undated == 1 else "members"
            parts.append(f"{self.undated} listed {noun} with no known join date left out")
        return "; ".join(parts) or None


class CitySelection:
    __slots__ = ("coverage", "day", "rows")

    def __init__(self, day: date, rows: list[CityRow], coverage: Coverage | None) -> None:
        self.day = day
        self.rows = rows
        self.coverage = coverage


def select_cities(
    store: FactStore, query: CityQuery, today: date, country_name: str | None = None
) -> CitySelection:
    day = query.as_of or today
    rows: list[CityRow] = []
    undated = 0
    # a country's cities come from its index: from the cache, only they are built
    candidates = store.cities if query.country is None else store.cities_in(query.country)
    for city in candidates:
        if not _matches(city, query, store):
            continue
        status = membership(store, city, day, known_now=query.as_of is None)
        if status is Status.UNDATED:
            undated += 1
        elif status is not Status.NOT_MEMBER:
            rows.append(_row(store, city, status))
    rows.sort(key=lambda r: (r.city.country, _date_key(r.joined), fold_compact(r.city.name)))
    coverage = _coverage(store, query, day, len(rows), undated, country_name)
    return CitySelection(day, rows, coverage)


def _matches(city: City, query: CityQuery, store: FactStore) -> bool:
    if query.country is not None and city.country != query.country:
        return False
    if query.region is not None and city.region is not query.region:
        return False
    if query.joined is not None and query.joined not in _admission_years(store, city):
        return False
    return query.name is None or _name_matches(city, query.name)


def _admission_years(store: FactStore, city: City) -> set[int]:
    years = set()
    joined = joined_on(store, city)
    if joined is not None:
        years.add(joined.year)
    if city.readmitted is not None:
        years.add(store.intake_by_id[city.readmitted].date.year)
    return years


def _name_matches(city: City, text: str) -> bool:
    wanted = fold_compact(text)
    names = [city.name, city.local_name or "", *city.other_names]
    return any(wanted in fold_compact(name) for name in names if name)


def _row(store: FactStore, city: City, status: Status) -> CityRow:
    intake = store.intake_by_id.get(city.intake) if city.intake else None
    back = store.intake_by_id.get(city.readmitted) if city.readmitted else None
    return CityRow(city, status, joined_on(store, city), intake, back)


def _date_key(value: PartialDate | None) -> tuple[date, date]:
    return value.sort_key() if value is not None else (date.max, date.max)


# ------------------------------------------------------------------------------ coverage


def _coverage(
    store: FactStore,
    query: CityQuery,
    day: date,
    listed: int,
    undated: int,
    country_name: str | None,
) -> Coverage | None:
    if query.name is not None or query.region is not None:
        return None
    if query.country is not None:
        if query.joined is not None:
            return None
        return _country_coverage(store, query.country, day, listed, undated, country_name)
    if query.joined is not None:
        return _intake_coverage(store, query.joined, day, listed, undated)
    return _network_coverage(store, day, listed, undated)


def _country_coverage(
    store: FactStore, code: str, day: date, listed: int, undated: int, name: str | None
) -> Coverage:
    country = store.country_by_code.get(code)
    scope = f"member cities of {name or code}"
    if country is not None and country.complete:  # the list itself is the count
        basis = f"the complete list in {country.file}"
        return Coverage(scope, listed, listed, basis, True, undated)
    claim = latest_country_count(store, code, day)
    if claim is None:
        return Coverage(scope, listed, None, None, False, undated)
    return Coverage(scope, listed, claim.value, _claim_basis(store, claim), False, undated)


def _claim_basis(store: FactStore, claim: Claim) -> str:
    source = store.source_by_id[claim.source]
    held = claim.as_of or source.published
    return f"{source.id}, {held}" if held else source.id


def _intake_coverage(
    store: FactStore, year: int, day: date, listed: int, undated: int
) -> Coverage | None:
    intakes = [i for i in store.announcements() if i.date.year == year and i.date.last_day <= day]
    figures = [store.effective_figure(i, "new_cities") for i in intakes]
    if not intakes or any(f is None for f in figures):
        return None
    expected = sum(f for f in figures if f is not None)
    basis = ", ".join(f"intake {i.id} ({i.source})" for i in intakes)
    return Coverage(f"cities admitted in {year}", listed, expected, basis, False, undated)


def _network_coverage(store: FactStore, day: date, listed: int, undated: int) -> Coverage:
    expected: int | None = None
    basis: str | None = None
    for event in store.announcements():
        total = store.effective_figure(event, "total_cities")
        if event.date.last_day <= day and total is not None:
            expected, basis = total, f"intake {event.id} ({event.source})"
    return Coverage("member cities of the network", listed, expected, basis, False, undated)
