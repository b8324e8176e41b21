"""Checks across records: ids, references, cycles, dates after today, scope rules."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import fields
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from lcnet.countries import country_code_problem
from lcnet.dates import PartialDate
from lcnet.errors import Problem
from lcnet.model import (
    INTAKE_METRICS,
    UNKNOWN,
    City,
    Claim,
    IntakeKind,
    Metric,
    Qualifier,
    Source,
    SourceKind,
)
from lcnet.store.facts import StoreRecords
from lcnet.store.lines import KeyLines
from lcnet.store.records import MAX_PHRASE_WORDS, did_you_mean, phrase_problem


class _Checker:
    def __init__(
        self,
        records: StoreRecords,
        root: Path,
        display_root: str,
        today: date,
        seen: dict[str, set[str]],
        key_lines: dict[str, KeyLines],
    ) -> None:
        self.records = records
        self.files = root
        self.root = display_root
        self.today = today
        self._key_lines = dict(key_lines)
        self.problems: list[Problem] = []
        self.source_ids = {s.id for s in records.sources}
        self.intakes = {i.id: i for i in records.intakes}
        self.city_keys = {c.key for c in records.cities}
        self.seen = seen

    def report(self, record: object, message: str, key: str | None = None) -> None:
        """A problem with `record`, at the line of its `key` when one is named."""
        file = getattr(record, "file", "")
        line = getattr(record, "line", 0)
        if key is not None:
            line = self._lines(file).key_line(line, key)
        self.problems.append(Problem(f"{self.root}/{file}", line, message))

    def _lines(self, file: str) -> KeyLines:
        if file not in self._key_lines:
            text = (self.files / file).read_text(encoding="utf-8")
            self._key_lines[file] = KeyLines(text)
        return self._key_lines[file]

    # ------------------------------------------------------------------ shared rules

    def reference(
        self, record: object, name: str, value: str | None, known: Collection[str], what: str
    ) -> None:
        if value is None or value in known or value in self.seen.get(what, ()):
            return  # `known` is a set or a dict: a lookup, not a scan
        hint = did_you_mean(value, sorted(known))
        self.report(record, f'"{name}": unknown {what} "{value}"{hint}', name)

    def not_after_today(self, record: object, name: str, value: PartialDate | None) -> None:
        if value is not None and value.first_day > self.today:
            message = f'"{name}" {value} is after today ({self.today.isoformat()})'
            self.report(record, message, name)

    def uncertain_names(self, record: Any, names: tuple[str, ...]) -> None:
        kind: type = type(record)
        allowed = _uncertain_fields(kind)
        for name in names:
            if name not in allowed:
                hint = did_you_mean(name, allowed)
                message = f'"uncertain" names "{name}", which is not a field{hint}'
                self.report(record, message, "uncertain")

    def duplicates(
        self, records: Iterable[object], key: Callable[[object], str], what: str
    ) -> None:
        first: dict[str, object] = {}
        for record in records:
            value = key(record)
            if value in first:
                line = getattr(first[value], "line", 0)
                message = f'duplicate {what} "{value}" (first defined at line {line})'
                self.report(record, message)
            else:
                first[value] = record


@cache
def _uncertain_fields(record_type: type) -> list[str]:
    """The fields `uncertain` may name: derived ones too, like a city's country."""
    every = [f.name for f in fields(record_type)]
    return [n for n in every if n not in ("uncertain", "note", "file", "line")]


def check_references(
    records: StoreRecords,
    root: Path,
    display_root: str,
    today: date,
    seen: dict[str, set[str]] | None = None,
    key_lines: dict[str, KeyLines] | None = None,
) -> list[Problem]:
    """Problems across records; `seen` holds ids written in files but not valid.

    `key_lines` holds the key positions of files already scanned (by file), so that a
    file is not read twice and a file not yet on disk (lcnet add) can be checked.
    """
    checker = _Checker(records, root, display_root, today, seen or {}, key_lines or {})
    _check_sources(checker)
    _check_claims(checker)
    _check_intakes(checker)
    _check_cities(checker)
    _check_countries(checker)
    _check_resolutions(checker)
    return checker.problems


def _check_sources(checker: _Checker) -> None:
    from lcnet.languages import language_problem

    by_id = {s.id: s for s in checker.records.sources}
    for source in checker.records.sources:
        problem = language_problem(source.language)
        if problem:
            checker.report(source, f'"language": {problem}', "language")
        checker.not_after_today(source, "published", source.published)
        checker.not_after_today(source, "retrieved", source.retrieved)
        checker.uncertain_names(source, source.uncertain)
        for link in ("copies", "supersedes"):
            target = getattr(source, link)
            checker.reference(source, link, target, by_id, "source")
            _check_chain(checker, source, link, by_id)


def _check_chain(checker: _Checker, source: Source, link: str, by_id: dict[str, Source]) -> None:
    """A source may not copy (or supersede) itself, directly or through others."""
    chain = [source.id]
    current = getattr(source, link)
    while current is not None and current in by_id:
        if current == source.id:
            if len(chain) == 1:
                checker.report(source, f'"{link}": the source {_verb(link)} itself', link)
            elif min(chain) == source.id:  # report each cycle once
                cycle = " -> ".join([*chain, source.id])
                checker.report(source, f'"{link}" forms a cycle: {cycle}', link)
            return
        if current in chain:
            return  # a cycle further along; reported from its own members
        chain.append(current)
        current = getattr(by_id[current], link)


def _verb(link: str) -> str:
    return "copies" if link == "copies" else "supersedes"


def _check_claims(checker: _Checker) -> None:
    by_source: dict[str, list[Claim]] = {}
    for claim in checker.records.claims:
        by_source.setdefault(claim.source, []).append(claim)
    sources = {s.id: s for s in checker.records.sources}
    for claims in by_source.values():
        checker.duplicates(claims, lambda c: c.id, "claim id")  # type: ignore[attr-defined]
    for claim in checker.records.claims:
        _check_claim(checker, claim, sources.get(claim.source))


def _check_claim(checker: _Checker, claim: Claim, source: Source | None) -> None:
    problem = phrase_problem(claim.phrase)
    if problem:
        checker.report(claim, problem, "phrase")
    checker.not_after_today(claim, "as_of", claim.as_of)
    published = source.published if source is not None else None
    if published and claim.as_of and claim.as_of.first_day > published.last_day:
        message = f'"as_of" {claim.as_of} is after the source\'s date ({published})'
        checker.report(claim, message, "as_of")
    if claim.country is not None:
        problem = country_code_problem(claim.country)
        if problem:
            checker.report(claim, f'"country": {problem}', "country")
    checker.reference(claim, "city", claim.city, checker.city_keys, "city")
    intakes = [i.id for i in checker.records.intakes if i.kind is IntakeKind.INTAKE]
    checker.reference(claim, "intake", claim.intake, intakes, "intake")
    checker.uncertain_names(claim, claim.uncertain)
    for message in _scope_problems(claim):
        checker.report(claim, message)


def _scope_problems(claim: Claim) -> list[str]:
    metric = claim.metric
    problems = []
    if metric is Metric.COUNTRY_CITIES and claim.country is None:
        problems.append('metric "country_cities" needs "country" (the country counted)')
    if metric is Metric.JOIN_YEAR and claim.city is None:
        problems.append('metric "join_year" needs "city" (the city that joined)')
    if claim.country is not None and metric not in (Metric.COUNTRY_CITIES, Metric.NEW_CITIES):
        problems.append(f'"country" does not apply to metric "{metric}"')
    if claim.region is not None and metric is not Metric.NEW_CITIES:
        problems.append(f'"region" does not apply to metric "{metric}"')
    if claim.city is not None and metric is not Metric.JOIN_YEAR:
        problems.append(f'"city" does not apply to metric "{metric}"')
    if claim.intake is not None and metric not in INTAKE_METRICS:
        problems.append(f'"intake" does not apply to metric "{metric}"')
    if claim.country is not None and claim.region is not None:
        problems.append('give "country" or "region", not both')
    return problems


def _check_intakes(checker: _Checker) -> None:
    intakes = checker.records.intakes
    checker.duplicates(intakes, lambda i: i.id, "intake id")  # type: ignore[attr-defined]
    sources = {s.id: s for s in checker.records.sources}
    for intake in intakes:
        checker.reference(intake, "source", intake.source, sources, "source")
        source = sources.get(intake.source)
        if source is not None and not source.is_primary:
            message = f'"source": {intake.source} is a {source.kind} source; use a primary one'
            checker.report(intake, message, "source")
        checker.not_after_today(intake, "date", intake.date)
        checker.uncertain_names(intake, intake.uncertain)
        for code in intake.first_time_country_codes:
            problem = country_code_problem(code)
            if problem:
                checker.report(
                    intake, f'"first_time_country_codes": {problem}', "first_time_country_codes"
                )
        if intake.kind is IntakeKind.CORRECTION:
            if intake.corrects is None:
                checker.report(intake, 'a correction needs "corrects" (the intake it corrects)')
            checker.reference(intake, "corrects", intake.corrects, checker.intakes, "intake")
        elif intake.corrects is not None:
            message = f'"corrects" applies only to kind "correction", not "{intake.kind}"'
            checker.report(intake, message, "corrects")
        listed_by = intake.members_listed_by
        checker.reference(intake, "members_listed_by", listed_by, sources, "source")


def _check_cities(checker: _Checker) -> None:
    from lcnet.languages import script_problem

    by_file: dict[str, list[City]] = {}
    for city in checker.records.cities:
        by_file.setdefault(city.file, []).append(city)
    for cities in by_file.values():
        checker.duplicates(cities, lambda c: c.id, "city id")  # type: ignore[attr-defined]
    intakes = [i.id for i in checker.records.intakes if i.kind is IntakeKind.INTAKE]
    complete = {country.code for country in checker.records.countries if country.complete}
    for city in checker.records.cities:
        if city.country in complete and city.intake is None and city.joined is None:
            # a complete list is the country's count at every date: an undated member
            # would be left out of every count before today, silently
            message = (
                'the country\'s list is marked complete, so each city needs "intake" or '
                '"joined" (add the date, or take "complete = true" out of the file)'
            )
            checker.report(city, message, "id")
        if not city.sources:
            checker.report(city, '"sources" needs at least one source id', "sources")
        for source in city.sources:
            checker.reference(city, "sources", source, checker.source_ids, "source")
        checker.reference(city, "intake", city.intake, intakes, "intake")
        checker.reference(city, "readmitted", city.readmitted, intakes, "intake")
        checker.not_after_today(city, "joined", city.joined)
        if isinstance(city.left, PartialDate):
            checker.not_after_today(city, "left", city.left)
        checker.uncertain_names(city, city.uncertain)
        if city.intake is not None and city.joined is not None:
            checker.report(city, 'give "intake" or "joined", not both')
        _check_announced(checker, city)
        checker.reference(city, "left_by", city.left_by, intakes, "intake")
        if city.left_by is not None and city.left != UNKNOWN:
            message = '"left_by" needs left = "unknown" (it bounds an unrecorded departure)'
            checker.report(city, message, "left_by")
        if city.readmitted is not None and city.left is None:
            message = '"readmitted" needs "left" (when the city left, or "unknown")'
            checker.report(city, message, "readmitted")
        if city.local_name is not None and city.script is None:
            checker.report(
                city, '"local_name" needs "script" (ISO 15924, e.g. "Latn")', "local_name"
            )
        if city.script is not None:
            problem = script_problem(city.script)
            if problem:
                checker.report(city, f'"script": {problem}', "script")


def _check_announced(checker: _Checker, city: City) -> None:
    """An announcement before the release: of a city with an intake, by a source dated
    before that intake's release (a later one is no early word, just news)."""
    value = city.announced_by
    if value is None:
        return
    checker.reference(city, "announced_by", value, checker.source_ids, "source")
    if city.intake is None:
        message = '"announced_by" needs "intake" (the intake whose release it came before)'
        checker.report(city, message, "announced_by")
        return
    source = next((s for s in checker.records.sources if s.id == value), None)
    intake = next((i for i in checker.records.intakes if i.id == city.intake), None)
    if source is None or intake is None:
        return  # reported as unknown references
    if source.published is None:
        message = f'"announced_by": {value} has no publication date, so it dates nothing'
        checker.report(city, message, "announced_by")
    elif source.published.last_day >= intake.date.first_day:
        message = (
            f'"announced_by": {value} ({source.published}) is not dated before the release '
            f'of intake {intake.id} ({intake.date}); list it in "sources" instead'
        )
        checker.report(city, message, "announced_by")


ANCHOR_KINDS = frozenset({SourceKind.PRIMARY, SourceKind.GOVERNMENT})


def _check_countries(checker: _Checker) -> None:
    """Anchors and complete intakes: what a country's count is derived from."""
    claims = {c.key: c for c in checker.records.claims}
    sources = {s.id: s for s in checker.records.sources}
    for country in checker.records.countries:
        for key in country.anchors:
            claim = claims.get(key)
            if claim is None:
                hint = did_you_mean(key, sorted(claims))
                checker.report(country, f'"anchors": unknown claim "{key}"{hint}', "anchors")
                continue
            source = sources.get(claim.source)
            if source is None:
                continue  # an invalid source file, reported where it is
            for problem in _anchor_problems(claim, country.code, source):
                checker.report(country, f'"anchors": {key} {problem}', "anchors")
        for intake_id in country.complete_intakes:
            intake = checker.intakes.get(intake_id)
            if intake is None:
                known = [i.id for i in checker.records.intakes if i.kind is IntakeKind.INTAKE]
                hint = did_you_mean(intake_id, known)
                message = f'"complete_intakes": unknown intake "{intake_id}"{hint}'
                checker.report(country, message, "complete_intakes")
            elif intake.kind is not IntakeKind.INTAKE:
                message = f'"complete_intakes": {intake_id} is a {intake.kind}, not an intake'
                checker.report(country, message, "complete_intakes")
            elif intake.members_listed_by is None:
                message = (
                    f'"complete_intakes": intake {intake_id} has no "members_listed_by" in '
                    "intakes.toml: cite the source that names all its new members"
                )
                checker.report(country, message, "complete_intakes")


def _anchor_problems(claim: Claim, code: str, source: Source) -> list[str]:
    """What keeps a claim from anchoring a country's count (the curator vouches for
    the authority of a government source: a national commission, not a city hall)."""
    problems = []
    if claim.metric is not Metric.COUNTRY_CITIES or claim.country != code:
        problems.append(f"does not count the members of {code} (country_cities, {code})")
    if claim.qualifier is not Qualifier.EXACT:
        problems.append(f'is a "{claim.qualifier}" figure; an anchor is an exact count')
    if source.kind not in ANCHOR_KINDS:
        problems.append(
            f"is from a {source.kind} source; an anchor's source is UNESCO or UIL (primary) "
            "or a national commission or ministry (government)"
        )
    if claim.as_of is None and source.published is None:
        problems.append("has no date (its source's is unknown and it gives no as_of)")
    return problems


def _check_resolutions(checker: _Checker) -> None:
    resolutions = checker.records.resolutions
    checker.duplicates(resolutions, lambda r: r.finding, "resolution of")  # type: ignore[attr-defined]
    for resolution in resolutions:
        checker.not_after_today(resolution, "reviewed", resolution.reviewed)


__all__ = ["MAX_PHRASE_WORDS", "check_references"]
