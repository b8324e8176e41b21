"""The loaded fact store: every record, with the look-ups the queries need."""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from lcnet.model import (
    City,
    Claim,
    CountryList,
    Intake,
    IntakeKind,
    Metric,
    Resolution,
    Source,
    StoreInfo,
)


class StoreRecords(NamedTuple):
    """What the files hold, validated; the part of a store that is cached."""

    info: StoreInfo
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    intakes: tuple[Intake, ...]
    countries: tuple[CountryList, ...]
    cities: tuple[City, ...]
    resolutions: tuple[Resolution, ...]


class FactStore:
    """A validated fact store and where it was read from."""

    def __init__(self, records: StoreRecords, root: str) -> None:
        self.records = records
        self.root = root
        self.source_by_id = {s.id: s for s in records.sources}
        self.claim_by_key = {c.key: c for c in records.claims}
        self.intake_by_id = {i.id: i for i in records.intakes}
        self.country_by_code = {c.code: c for c in records.countries}
        self.city_by_key = {c.key: c for c in records.cities}
        self.claims_by_source: dict[str, list[Claim]] = {}
        for claim in records.claims:
            self.claims_by_source.setdefault(claim.source, []).append(claim)

        self._cities_in: dict[str, list[City]] | None = None
        self._counts: dict[tuple[Metric, str | None], list[Claim]] | None = None
        # answers derived from the records, kept by the modules that compute them
        self.memo: dict[str, Any] = {}

    def cities_in(self, code: str) -> list[City]:
        """A country's listed cities (an index built at the first question)."""
        if self._cities_in is None:
            self._cities_in = {}
            for city in self.records.cities:
                self._cities_in.setdefault(city.country, []).append(city)
        return self._cities_in.get(code, [])

    def claims_about(self, metric: Metric, country: str | None = None) -> list[Claim]:
        """The claims of one metric (and country), in store order (indexed lazily)."""
        if self._counts is None:
            self._counts = {}
            for claim in self.records.claims:
                self._counts.setdefault((claim.metric, claim.country), []).append(claim)
        return self._counts.get((metric, country), [])

    def __reduce__(self) -> tuple[Any, ...]:
        return (FactStore, (self.records, self.root))

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.records.sources

    @property
    def claims(self) -> tuple[Claim, ...]:
        return self.records.claims

    @property
    def intakes(self) -> tuple[Intake, ...]:
        return self.records.intakes

    @property
    def cities(self) -> tuple[City, ...]:
        return self.records.cities

    @property
    def countries(self) -> tuple[CountryList, ...]:
        return self.records.countries

    @property
    def resolutions(self) -> tuple[Resolution, ...]:
        return self.records.resolutions

    def announcements(self) -> list[Intake]:
        """Intakes and milestones (not corrections), oldest first."""
        events = [i for i in self.intakes if i.kind is not IntakeKind.CORRECTION]
        return sorted(events, key=lambda i: i.date.sort_key())

    def intake_at(self, day: date) -> Intake | None:
        """The latest intake (kind intake) announced on or before a day."""
        latest = None
        for event in self.announcements():
            if event.kind is IntakeKind.INTAKE and event.date.last_day <= day:
                latest = event
        return latest

    def effective_figure(self, intake: Intake, metric: Metric | str) -> int | None:
        """An intake's figure, as mended by any correction of it."""
        metric = Metric(metric)
        return self.figure_record(intake, metric).figure(metric)

    def figure_record(self, intake: Intake, metric: Metric) -> Intake:
        """The record that gives an intake's figure: the last correction of it that
        states the figure, else the intake itself."""
        record = intake
        for correction in self.intakes:
            if correction.corrects == intake.id and correction.figure(metric) is not None:
                record = correction
        return record

    def city_joined(self, city: City) -> date | None:
        """The first day the city could have been a member, when known."""
        if city.intake is not None:
            return self.intake_by_id[city.intake].date.first_day
        if city.joined is not None:
            return city.joined.first_day
        return None
