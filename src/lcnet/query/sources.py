"""Sources with what they said and how it fared (`lcnet sources`)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import NamedTuple

from lcnet.check.timeline import Timeline
from lcnet.check.verdicts import Verdict, judge_claim
from lcnet.model import Source, SourceKind
from lcnet.text import fold


class SourceQuery(NamedTuple):
    publisher: str | None = None  # part of the publisher's name, case and accents ignored
    kind: SourceKind | None = None
    language: str | None = None
    published_from: date | None = None
    published_to: date | None = None


class SourceRow(NamedTuple):
    source: Source
    verdicts: Counter[Verdict]

    @property
    def claims(self) -> int:
        return sum(self.verdicts.values())

    @property
    def stale(self) -> int:
        return self.verdicts[Verdict.STALE]

    @property
    def wrong(self) -> int:
        return self.verdicts[Verdict.WRONG] + self.verdicts[Verdict.BOUND_VIOLATED]


def source_rows(timeline: Timeline, query: SourceQuery) -> list[SourceRow]:
    rows = []
    for source in timeline.store.sources:
        if not _matches(source, query):
            continue
        claims = timeline.store.claims_by_source.get(source.id, [])
        verdicts = Counter(judge_claim(timeline, c).verdict for c in claims)
        rows.append(SourceRow(source, verdicts))
    return sorted(rows, key=lambda r: (_date(r.source), r.source.id))


def _matches(source: Source, query: SourceQuery) -> bool:
    if query.publisher is not None and fold(query.publisher) not in fold(source.publisher):
        return False
    if query.kind is not None and source.kind is not query.kind:
        return False
    if query.language is not None and source.language != query.language:
        return False
    if query.published_from is not None or query.published_to is not None:
        if source.published is None:
            return False
        if query.published_from and source.published.last_day < query.published_from:
            return False
        if query.published_to and source.published.first_day > query.published_to:
            return False
    return True


def _date(source: Source) -> date:
    return source.published.first_day if source.published else date.max
