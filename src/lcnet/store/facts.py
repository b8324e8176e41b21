"""The loaded fact store: every record, with the look-ups the queries need."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cached_property
from typing import Any, Protocol

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

# the kinds of record a store holds, in the order the files are read
KINDS = ("info", "sources", "claims", "intakes", "countries", "cities", "resolutions")


class RecordSource(Protocol):
    """Where a store's records come from when each is built on demand (the cache)."""

    def records(self, kind: str) -> Any:
        """Every record of a kind (of KINDS), in store order; info: the one record."""

    def by_id(self, kind: str) -> Mapping[str, Any]:
        """The records of a kind by id, each built when first looked up."""

    def where(self, kind: str, field: str, value: object) -> list[Any]:
        """The records of a kind whose `field` (plain values) is `value`, in store
        order, built alone."""


class StoreRecords:
    """What the files hold, validated; the part of a store that is cached.

    Read from the files, every kind of record is there from the start. Taken from the
    cache (lcnet.store.cache), each kind is decoded the first time it is asked for, so
    that a query pays only for the records it reads: `lcnet cities` decodes no claim
    (#14).
    """

    __slots__ = ("_groups", "_kinds", "_source")

    def __init__(
        self,
        info: StoreInfo,
        sources: tuple[Source, ...],
        claims: tuple[Claim, ...],
        intakes: tuple[Intake, ...],
        countries: tuple[CountryList, ...],
        cities: tuple[City, ...],
        resolutions: tuple[Resolution, ...],
    ) -> None:
        self._kinds: dict[str, Any] = {
            "info": info,
            "sources": sources,
            "claims": claims,
            "intakes": intakes,
            "countries": countries,
            "cities": cities,
            "resolutions": resolutions,
        }
        self._source: RecordSource | None = None
        self._groups: dict[tuple[str, str], dict[Any, list[Any]]] = {}

    @classmethod
    def on_demand(cls, source: RecordSource) -> StoreRecords:
        """Records that `source` gives, one kind (of KINDS) when first asked for, or a
        few by id or by a field's value (the same objects either way)."""
        records = cls.__new__(cls)
        records._kinds = {}
        records._source = source
        records._groups = {}
        return records

    def _kind(self, name: str) -> Any:
        found = self._kinds.get(name)
        if found is None:
            if self._source is None:
                raise AttributeError(name)
            found = self._kinds[name] = self._source.records(name)
        return found

    @property
    def info(self) -> StoreInfo:
        info: StoreInfo = self._kind("info")
        return info

    @property
    def sources(self) -> tuple[Source, ...]:
        sources: tuple[Source, ...] = self._kind("sources")
        return sources

    @property
    def claims(self) -> tuple[Claim, ...]:
        claims: tuple[Claim, ...] = self._kind("claims")
        return claims

    @property
    def intakes(self) -> tuple[Intake, ...]:
        intakes: tuple[Intake, ...] = self._kind("intakes")
        return intakes

    @property
    def countries(self) -> tuple[CountryList, ...]:
        countries: tuple[CountryList, ...] = self._kind("countries")
        return countries

    @property
    def cities(self) -> tuple[City, ...]:
        cities: tuple[City, ...] = self._kind("cities")
        return cities

    @property
    def resolutions(self) -> tuple[Resolution, ...]:
        resolutions: tuple[Resolution, ...] = self._kind("resolutions")
        return resolutions

    def by_id(self, kind: str) -> Mapping[str, Any]:
        """The records of a kind that has ids, by id: from the cache, each record is
        built when first looked up (`lcnet cities` looks up a few sources of hundreds)."""
        if self._source is None or kind in self._kinds:
            return {record.id: record for record in self._kind(kind)}
        return self._source.by_id(kind)

    def where(self, kind: str, field: str, value: object) -> list[Any]:
        """The records of a kind whose `field` is `value`, in store order (a field of
        plain values: text, numbers). From the cache, only those records are built:
        `lcnet cities --country VN` builds six cities of hundreds."""
        if self._source is not None and kind not in self._kinds:
            return self._source.where(kind, field, value)
        groups = self._groups.get((kind, field))
        if groups is None:
            groups = self._groups[kind, field] = {}
            for record in self._kind(kind):
                groups.setdefault(getattr(record, field), []).append(record)
        return groups.get(value, [])

    def decoded(self) -> tuple[str, ...]:
        """The kinds decoded so far, in the order they were asked for."""
        return tuple(self._kinds) if self._source is not None else KINDS

    def replace(self, **kinds: Any) -> StoreRecords:
        """These records with some kinds replaced (as NamedTuple._replace would)."""
        return StoreRecords(**({name: self._kind(name) for name in KINDS} | kinds))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled whole (a scan's partitions each get the store): every kind decoded."""
        return (StoreRecords, tuple(self._kind(name) for name in KINDS))


class FactStore:
    """A validated fact store and where it was read from. Its look-ups are built the
    first time they are used (a query served from the cache uses few of them)."""

    def __init__(self, records: StoreRecords, root: str) -> None:
        self.records = records
        self.root = root
        self._counts: dict[tuple[Metric, str | None], list[Claim]] | None = None
        # answers derived from the records, kept by the modules that compute them
        self.memo: dict[str, Any] = {}

    @cached_property
    def source_by_id(self) -> Mapping[str, Source]:
        by_id: Mapping[str, Source] = self.records.by_id("sources")
        return by_id

    @cached_property
    def claim_by_key(self) -> dict[str, Claim]:
        return {c.key: c for c in self.records.claims}

    @cached_property
    def intake_by_id(self) -> dict[str, Intake]:
        return {i.id: i for i in self.records.intakes}

    @cached_property
    def country_by_code(self) -> dict[str, CountryList]:
        return {c.code: c for c in self.records.countries}

    @cached_property
    def city_by_key(self) -> dict[str, City]:
        return {c.key: c for c in self.records.cities}

    @cached_property
    def claims_by_source(self) -> dict[str, list[Claim]]:
        by_source: dict[str, list[Claim]] = {}
        for claim in self.records.claims:
            by_source.setdefault(claim.source, []).append(claim)
        return by_source

    def cities_in(self, code: str) -> list[City]:
        """A country's listed cities, in store order (an index built at the first
        question)."""
        cities: list[City] = self.records.where("cities", "country", code)
        return cities

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
