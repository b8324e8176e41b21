"""Findings about the store itself: sums, conflicts, lists, and what sources said."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from lcnet.check.figures import ROUNDED_METRICS, Subject, figure_of, subject_of
from lcnet.check.findings import Code, Evidence, Finding, finding
from lcnet.check.timeline import NETWORK_METRICS, Accepted, Timeline
from lcnet.check.verdicts import Verdict, judge_claim
from lcnet.dates import PartialDate
from lcnet.model import INTAKE_FIGURES, City, Claim, Intake, IntakeKind, Metric
from lcnet.store.facts import FactStore
from lcnet.store.membership import latest_country_count, members_on

VERDICT_CODES = {
    Verdict.STALE: Code.STALE_FIGURE,
    Verdict.WRONG: Code.WRONG_FIGURE,
    Verdict.BOUND_VIOLATED: Code.BOUND_VIOLATED,
    Verdict.SUPERSEDED: Code.SUPERSEDED_FIGURE,
    Verdict.UNVERIFIABLE: Code.UNVERIFIABLE_FIGURE,
}


class Reconciler:
    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.store: FactStore = timeline.store

    def findings(self) -> list[Finding]:
        return [
            *self.arithmetic(),
            *self.conflicts(),
            *self.unsupported_intake_figures(),
            *self.first_time_countries(),
            *self.member_lists(),
            *self.claim_verdicts(),
        ]

    # ----------------------------------------------------------------- helpers

    def path(self, record: object) -> tuple[str, int]:
        return f"{self.store.root}/{getattr(record, 'file', '')}", getattr(record, "line", 0)

    def evidence(self, source_ids: list[str], claim: str | None = None) -> tuple[Evidence, ...]:
        unique = dict.fromkeys(source_ids)
        return tuple(Evidence(s, self.store.source_by_id[s].url, claim) for s in unique)

    def claim_evidence(self, claims: list[Claim]) -> tuple[Evidence, ...]:
        return tuple(
            Evidence(c.source, self.store.source_by_id[c.source].url, c.key) for c in claims
        )

    # -------------------------------------------------------------- arithmetic

    def arithmetic(self) -> Iterator[Finding]:
        yield from self._sums(Metric.TOTAL_CITIES, Metric.NEW_CITIES, "members")
        yield from self._sums(Metric.TOTAL_COUNTRIES, Metric.FIRST_TIME_COUNTRIES, "countries")

    def _sums(self, total: Metric, added: Metric, noun: str) -> Iterator[Finding]:
        store = self.store
        previous: Intake | None = None
        between: list[Intake] = []
        for event in store.announcements():
            current = store.effective_figure(event, total.value)
            if event.kind is IntakeKind.INTAKE:
                between.append(event)
            if current is None:
                continue
            if previous is not None:
                found = self._sum_finding(previous, between, event, total, added, noun)
                if found is not None:
                    yield found
            previous, between = event, []

    def _sum_finding(
        self,
        previous: Intake,
        between: list[Intake],
        event: Intake,
        total: Metric,
        added: Metric,
        noun: str,
    ) -> Finding | None:
        store = self.store
        before = store.effective_figure(previous, total.value)
        after = store.effective_figure(event, total.value)
        additions = [store.effective_figure(i, added.value) for i in between]
        if before is None or after is None or any(a is None for a in additions):
            return None
        left = self._departures(previous.date, event.date) if total is Metric.TOTAL_CITIES else 0
        expected = before + sum(a for a in additions if a is not None) - left
        gap = expected - after
        if gap == 0:
            return None
        steps = " + ".join(str(a) for a in additions)
        sum_text = f"{before} + {steps} {added.label}"
        if left:
            sum_text += f" - {left} recorded departure{'s' if left != 1 else ''}"
        code = Code.UNEXPLAINED_DEPARTURES if gap > 0 else Code.UNEXPLAINED_ADDITIONS
        count = abs(gap)
        noun = noun if count != 1 else {"members": "member", "countries": "country"}[noun]
        what = (
            f"{count} {noun} left with no recorded explanation"
            if gap > 0
            else f"{count} more {noun} than the intakes explain"
        )
        message = (
            f"{sum_text} = {expected}, but the {total.label} after intake {event.id} "
            f"are {after}: {what}"
        )
        record = self.store.figure_record(event, total)
        sources = [previous.source, *(i.source for i in between), record.source]
        return finding(
            code,
            message,
            f"{code}:{total}:{event.id}",
            *self.path(record),
            self.evidence(sources),
        )

    def _departures(self, after: PartialDate, until: PartialDate) -> int:
        """Departures dated inside the period, and those bounded to it by `left_by`."""
        from lcnet.store.membership import departure_window

        dated = sum(
            1
            for city in self.store.cities
            if isinstance(city.left, PartialDate)
            and after.last_day < city.left.first_day <= until.last_day
        )
        bounded = 0
        for city in self.store.cities:
            window = departure_window(self.store, city)
            if window is not None and after.last_day <= window[0] < window[1] <= until.last_day:
                bounded += 1
        return dated + bounded

    # --------------------------------------------------------------- conflicts

    def conflicts(self) -> Iterator[Finding]:
        """Primary sources against the accepted figure of a period they speak of.

        A claim dated within a period disagrees with its figure; a claim whose date spans
        periods (a year, a month with an intake in it) disagrees when it matches none of
        the figures of the periods it spans.
        """
        against: dict[tuple[Subject, str], list[Claim]] = {}
        for claim in self.store.claims:
            if not self.store.source_by_id[claim.source].is_primary:
                continue
            if claim.key in self.timeline.superseded:
                continue
            entry = self._disagreed(claim)
            if entry is not None:
                against.setdefault((entry.subject, entry.period.id), []).append(claim)
        for subject in self.timeline.subjects():
            for entry in self.timeline.entries(subject):
                primary = against.get((subject, entry.period.id), [])
                if entry.figure is None or not primary:
                    continue
                said = ", ".join(f"{c.source} says {figure_of(c)}" for c in primary)
                message = (
                    f"{subject.label} {entry.period.label}: the accepted figure is "
                    f"{entry.figure} ({entry.basis}), but {said}"
                )
                key = f"{Code.CONFLICTING_PRIMARY_SOURCES}:{subject.key}:{entry.period.id}"
                evidence = self.evidence(list(entry.sources)) + self.claim_evidence(primary)
                yield finding(
                    Code.CONFLICTING_PRIMARY_SOURCES,
                    message,
                    key,
                    *self.path(primary[0]),
                    evidence,
                )

    def _disagreed(self, claim: Claim) -> Accepted | None:
        """The entry a primary claim contradicts, or None when it agrees with one."""
        known = [e for e in self.timeline.overlapping(claim) if e.figure is not None]
        rounded = claim.metric in ROUNDED_METRICS
        if not known or any(
            e.figure is not None and figure_of(claim).agrees(e.figure, rounded) for e in known
        ):
            return None
        return known[-1]

    def unsupported_intake_figures(self) -> Iterator[Finding]:
        for event in self.store.announcements():
            for metric in INTAKE_FIGURES:
                value = self.store.effective_figure(event, metric.value)
                if value is None:
                    continue
                entry = [  # the intake's last part: after any correction of it
                    e for e in self.timeline.entries(Subject(metric)) if e.period.event == event
                ][-1]
                primary = [c for c in entry.agree if self.store.source_by_id[c.source].is_primary]
                if primary:
                    continue
                record = self.store.figure_record(event, metric)
                message = (
                    f"intake {event.id} gives {value} {metric.label}, "
                    "but no primary source in the store states it"
                )
                key = f"{Code.INTAKE_FIGURE_UNSUPPORTED}:{metric}:{event.id}"
                yield finding(
                    Code.INTAKE_FIGURE_UNSUPPORTED,
                    message,
                    key,
                    *self.path(record),
                    self.evidence([record.source]),
                )

    # ----------------------------------------------------------- member lists

    def first_time_countries(self) -> Iterator[Finding]:
        for event in self.store.intakes:
            codes = event.first_time_country_codes
            if not codes:
                continue
            count = self.store.effective_figure(event, "first_time_countries")
            if count is not None and count != len(codes):
                message = (
                    f"intake {event.id} counts {count} first-time countries but lists {len(codes)}"
                )
                key = f"{Code.FIRST_TIME_COUNT_MISMATCH}:{event.id}"
                yield finding(Code.FIRST_TIME_COUNT_MISMATCH, message, key, *self.path(event))
            for code in codes:
                yield from self._already_member(event, code)

    def _already_member(self, event: Intake, code: str) -> Iterator[Finding]:
        earlier = [
            city
            for city in self.store.cities
            if city.country == code
            and (joined := self.store.city_joined(city)) is not None
            and joined < event.date.first_day
        ]
        if not earlier:
            return
        names = ", ".join(f"{c.name} ({c.key}, {self._joined_text(c)})" for c in earlier)
        message = (
            f"intake {event.id} counts {code} as a first-time country, "
            f"but the member list has {names} before it"
        )
        key = f"{Code.FIRST_TIME_COUNTRY_HAD_MEMBERS}:{event.id}:{code}"
        sources = [event.source, *(s for c in earlier for s in c.sources)]
        yield finding(
            Code.FIRST_TIME_COUNTRY_HAD_MEMBERS,
            message,
            key,
            *self.path(event),
            self.evidence(sources),
        )

    def _joined_text(self, city: City) -> str:
        return f"intake {city.intake}" if city.intake else f"joined {city.joined}"

    def member_lists(self) -> Iterator[Finding]:
        yield from self._exceeding_counts()
        yield from self._incomplete_lists()

    def _exceeding_counts(self) -> Iterator[Finding]:
        for claim in self.store.claims:  # in store order, as the findings are
            if claim.metric is not Metric.COUNTRY_CITIES or not figure_of(claim).exact:
                continue
            held = self.timeline.held(claim)
            if held is None or claim.key in self.timeline.superseded or claim.country is None:
                continue
            listed = members_on(self.store, claim.country, held.first)
            if listed <= claim.value:
                continue
            members = "member" if claim.value == 1 else "members"
            message = (
                f"{claim.source} counts {claim.value} {members} in {claim.country} "
                f"on {held.first.isoformat()}, but the member list has {listed} then"
            )
            key = f"{Code.MEMBER_LIST_EXCEEDS_COUNT}:{claim.key}"
            yield finding(
                Code.MEMBER_LIST_EXCEEDS_COUNT,
                message,
                key,
                *self.path(claim),
                self.claim_evidence([claim]),
            )

    def _incomplete_lists(self) -> Iterator[Finding]:
        today = self.timeline.today
        for country in self.store.countries:
            if country.complete:
                continue
            claim = latest_country_count(self.store, country.code, today)
            listed = len(self.store.cities_in(country.code))
            if claim is None or listed >= claim.value:
                continue
            message = (
                f"the store lists {listed} of the {claim.value} members of {country.code} "
                f"that {claim.source} counts"
            )
            key = f"{Code.INCOMPLETE_MEMBER_LIST}:{country.code}"
            yield finding(
                Code.INCOMPLETE_MEMBER_LIST,
                message,
                key,
                *self.path(country),
                self.claim_evidence([claim]),
            )
        yield from self._incomplete_network(today)

    def _incomplete_network(self, today: date) -> Iterator[Finding]:
        entry = self.timeline.at(Subject(Metric.TOTAL_CITIES), today)
        listed = len(self.store.cities)
        if entry.figure is None or listed >= entry.figure.value:
            return
        countries = len({c.country for c in self.store.cities})
        total_countries = self.timeline.at(Subject(Metric.TOTAL_COUNTRIES), today).figure
        message = (
            f"the store lists {listed} of the network's {entry.figure} member cities, "
            f"in {countries} of {total_countries or '?'} countries"
        )
        key = f"{Code.INCOMPLETE_MEMBER_LIST}:network"
        event = entry.period.event
        record = event if event is not None else self.store.intakes[0]
        yield finding(
            Code.INCOMPLETE_MEMBER_LIST,
            message,
            key,
            *self.path(record),
            self.evidence(list(entry.sources)),
        )

    # ---------------------------------------------------------------- claims

    def claim_verdicts(self) -> Iterator[Finding]:
        for claim in self.store.claims:
            judgement = judge_claim(self.timeline, claim)
            code = VERDICT_CODES.get(judgement.verdict)
            if code is None:
                continue
            sources = [claim.source]
            if judgement.expected is not None:
                sources.extend(judgement.expected.sources)
            message = f"{claim.key} ({subject_of(claim).label}): {judgement.reason}"
            yield finding(
                code,
                message,
                f"{code}:{claim.key}",
                *self.path(claim),
                self.evidence(sources, claim.key),
            )


def apply_resolutions(store: FactStore, findings: list[Finding], today: date) -> list[Finding]:
    """Mark resolved findings; report resolutions that match no finding."""
    by_key = {r.finding: r for r in store.resolutions}
    keys = {f.key for f in findings}
    marked = []
    for item in findings:
        resolution = by_key.get(item.key)
        if resolution is not None:
            expired = resolution.until is not None and resolution.until.last_day < today
            item = item._replace(resolution=resolution, expired=expired)
        marked.append(item)
    for resolution in store.resolutions:
        if resolution.finding not in keys:
            message = (
                f'resolution of "{resolution.finding}" matches no finding; '
                "remove it or correct the key"
            )
            key = f"{Code.UNKNOWN_RESOLUTION}:{resolution.finding}"
            path = f"{store.root}/{resolution.file}"
            marked.append(finding(Code.UNKNOWN_RESOLUTION, message, key, path, resolution.line))
    return marked


def reconcile(store: FactStore, today: date) -> tuple[Timeline, list[Finding]]:
    timeline = Timeline(store, today)
    findings = apply_resolutions(store, Reconciler(timeline).findings(), today)
    return timeline, sorted(findings, key=lambda f: (-f.severity, f.code, f.file, f.line, f.key))


__all__ = ["NETWORK_METRICS", "Reconciler", "apply_resolutions", "reconcile"]
