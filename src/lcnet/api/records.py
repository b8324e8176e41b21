"""The library's answers about the store: accepted figures, member cities, findings,
recorded claims, sources and the network's announcements.

Each is typed and keeps its record of the JSON contract (`to_dict()`), built by the same
render function as `lcnet figures`, `lcnet cities`, `lcnet check --format json`, `lcnet
claims`, `lcnet sources` and `lcnet growth`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class AcceptedFigure:
    """The accepted figure of a subject for one period, and the sources behind it."""

    subject: str  # "total_cities", "country_cities:VN", ...
    metric: str
    country: str | None
    region: str | None
    period: str
    start: str | None  # the period's first day, ISO; None when open
    end: str | None  # its last day; None while it holds
    value: int | None  # None when the sources disagree and none is accepted
    qualifier: str | None
    sources: tuple[str, ...]
    record: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def of(cls, record: dict[str, Any]) -> AcceptedFigure:
        figure = record["figure"] or {}
        return cls(
            subject=record["subject"],
            metric=record["metric"],
            country=record["country"],
            region=record["region"],
            period=record["period"],
            start=record["from"],
            end=record["to"],
            value=figure.get("value"),
            qualifier=figure.get("qualifier"),
            sources=tuple(record["sources"]),
            record=record,
        )

    def to_dict(self) -> dict[str, Any]:
        """The period's record of `lcnet figures --format json` ("periods")."""
        return dict(self.record)


@dataclass(frozen=True)
class MemberCity:
    """A member city, as `lcnet cities` lists it."""

    id: str
    name: str
    country: str  # ISO 3166-1 alpha-2
    region: str
    joined: str | None
    status: str
    record: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def of(cls, record: dict[str, Any]) -> MemberCity:
        return cls(
            id=record["id"],
            name=record["name"],
            country=record["country"],
            region=record["region"],
            joined=record["joined"],
            status=record["status"],
            record=record,
        )

    def to_dict(self) -> dict[str, Any]:
        """The city's record of `lcnet cities --format json` ("cities")."""
        return dict(self.record)


@dataclass(frozen=True)
class StoreFinding:
    """A finding of the store's reconciliation (`lcnet check` without paths)."""

    code: str  # "stale-figure", "conflicting-sources", ...
    severity: str  # "error", "warning", "note"
    message: str
    key: str
    path: str | None
    line: int | None
    resolved: bool
    record: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def of(cls, record: dict[str, Any]) -> StoreFinding:
        return cls(
            code=str(record["code"]),
            severity=record["severity"],
            message=record["message"],
            key=record["key"],
            path=record["path"],
            line=record["line"],
            resolved=record["resolved"],
            record=record,
        )

    def to_dict(self) -> dict[str, Any]:
        """The finding's record of `lcnet check --format json` ("findings")."""
        return dict(self.record)


@dataclass(frozen=True)
class RecordedClaim:
    """A figure a source stated, as the store records it, with its verdict."""

    key: str  # "unesco-2024-02-14#total"
    source: str
    metric: str
    value: int
    qualifier: str
    phrase: str | None  # the figure as printed
    verdict: str  # "current", "stale", "wrong", ...
    expected: int | None  # the figure the period had, when there is one
    reason: str
    record: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def of(cls, record: dict[str, Any]) -> RecordedClaim:
        expected = record["expected"]
        return cls(
            key=record["claim"],
            source=record["source"],
            metric=record["metric"],
            value=record["value"],
            qualifier=record["qualifier"],
            phrase=record["phrase"],
            verdict=record["verdict"],
            expected=expected["value"] if expected else None,
            reason=record["reason"],
            record=record,
        )

    def to_dict(self) -> dict[str, Any]:
        """The claim's record of `lcnet claims --format json` ("claims")."""
        return dict(self.record)


@dataclass(frozen=True)
class SourceTally:
    """A source with how many claims it made and how many were stale or wrong."""

    id: str
    publisher: str
    kind: str  # "primary", "news", "government", "other"
    language: str
    published: str | None
    claims: int
    stale: int
    wrong: int  # wrong figures and violated bounds
    verdicts: dict[str, int]  # its claims by verdict
    record: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def of(cls, record: dict[str, Any]) -> SourceTally:
        return cls(
            id=record["id"],
            publisher=record["publisher"],
            kind=record["kind"],
            language=record["language"],
            published=record["published"],
            claims=record["claims"],
            stale=record["stale"],
            wrong=record["wrong"],
            verdicts=dict(record["verdicts"]),
            record=record,
        )

    def to_dict(self) -> dict[str, Any]:
        """The source's record of `lcnet sources --format json` ("sources")."""
        return dict(self.record)


@dataclass(frozen=True)
class Announcement:
    """An intake or correction, with the network's size after it (`lcnet growth`)."""

    intake: str
    kind: str  # "intake", "milestone" or "correction"
    date: str
    total_cities: int | None
    total_countries: int | None
    new_cities: int | None
    new_countries: int | None
    record: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def of(cls, record: dict[str, Any]) -> Announcement:
        return cls(
            intake=record["intake"],
            kind=record["kind"],
            date=record["date"],
            total_cities=record["total_cities"],
            total_countries=record["total_countries"],
            new_cities=record["new_cities"],
            new_countries=record["new_countries"],
            record=record,
        )

    def to_dict(self) -> dict[str, Any]:
        """The announcement's record of `lcnet growth --format json` ("announcements")."""
        return dict(self.record)


__all__ = [
    "AcceptedFigure",
    "Announcement",
    "MemberCity",
    "RecordedClaim",
    "SourceTally",
    "StoreFinding",
]
