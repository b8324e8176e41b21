"""Which figure was true for which period, and on what evidence.

For each subject (a metric, maybe narrowed to a country) the periods are bounded by the
network's announcements. A period's accepted figure is, in this order:

1. the figure its intake record states (the curated official figure; a correction
   mends the intake it corrects);
2. for a country whose member list is complete, the count of listed members;
3. for a country with an anchor (an authoritative count at a date) and complete
   intakes, the anchor plus (or minus) the listed admissions of the intakes between the
   anchor's period and this one, when every one of them is complete for the country and
   no member is known to have left then; a country's new cities at a complete intake are
   its listed admissions;
4. for the year a city joined, the city's record;
5. the figure stated by the most independent primary sources within the period (a copy
   counts with its original; a release superseded by a correction that restates the
   metric does not count). Before the first announcement such a figure holds only from
   the earliest day those sources speak for: what came before, they did not know, except
   that a count of members was at most that figure (members were only admitted then).

Secondary sources never establish a figure: they agree or disagree with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from lcnet.check.figures import (
    ROUNDED_METRICS,
    Figure,
    Period,
    Subject,
    figure_of,
    periods_from,
    subject_of,
)
from lcnet.dates import PartialDate
from lcnet.model import (
    INTAKE_METRICS,
    UNKNOWN,
    Claim,
    Intake,
    IntakeKind,
    Metric,
    Qualifier,
    Source,
)
from lcnet.store.facts import FactStore
from lcnet.store.membership import announcement_window, departure_window

if TYPE_CHECKING:
    from lcnet.check.verdicts import Judgement

# A correction dated to the day: on that day and the day after, the figure it corrects
# is still official too (a text of 24 or 25 September 2020 could not know of it yet).
CORRECTION_NEWS_DAYS = 1
NETWORK_METRICS = frozenset({Metric.TOTAL_CITIES, Metric.TOTAL_COUNTRIES, Metric.CITIZENS})
# Counts of members: they only grow while cities are admitted and none leave.
MEMBER_COUNTS = frozenset({Metric.TOTAL_CITIES, Metric.TOTAL_COUNTRIES, Metric.COUNTRY_CITIES})


class Held(NamedTuple):
    """The days a claim holds for: its as_of, else its source's publication date."""

    first: date
    last: date
    historic: bool


class Accepted(NamedTuple):
    subject: Subject
    period: Period
    figure: Figure | None  # None: no accepted figure for this period
    basis: str  # how it was established, for people
    sources: tuple[str, ...]  # the sources that establish it, primary first
    agree: tuple[Claim, ...]
    disagree: tuple[Claim, ...]
    # Other figures official for the period too: another exact figure UNESCO or UIL
    # themselves stated within it (UIL's 292 beside the release's 294), or an intake's
    # figure before its correction, in the days the correction may not yet have been
    # out. Each with the sources that state it.
    official: tuple[tuple[Figure, tuple[str, ...]], ...] = ()


class Timeline:
    """Accepted figures for every subject the store speaks of."""

    def __init__(self, store: FactStore, today: date) -> None:
        self.store = store
        self.today = today
        self.roots = {s.id: _root(store, s) for s in store.sources}
        self.superseded = _superseded_claims(store)
        self._claims: dict[Subject, list[Claim]] = {}
        for claim in store.claims:
            self._claims.setdefault(subject_of(claim), []).append(claim)
        self._entries: dict[Subject, list[Accepted]] = {}
        # The days a claim holds for depend on its as_of or its source's date alone, so
        # they are remembered by those, never by the claim's key: two claim objects with
        # one key (a record and an edited copy of it) may give different dates.
        self._dated: dict[PartialDate, Held] = {}
        self._published: dict[str, Held | None] = {}  # a source's claims share their days
        self._values_corrected: dict[tuple[Subject, int], tuple[Claim, str]] | None = None
        # lcnet.check.verdicts.judge's judgements, by what decides them
        self.judgements: dict[tuple[Subject, Figure, Held, str | None], Judgement] = {}
        self._rows: dict[Subject, list[tuple[Claim, Held | None]]] = {}
        self._announced: dict[str, set[str]] = {}

    # --------------------------------------------------------------------- queries

    def subjects(self) -> list[Subject]:
        found = set(self._claims) | {Subject(m) for m in NETWORK_METRICS | INTAKE_METRICS}
        return sorted(found, key=lambda s: (list(Metric).index(s.metric), s.key))

    def entries(self, subject: Subject) -> list[Accepted]:
        if subject not in self._entries:
            entries = [self._accept(subject, p) for p in self.periods(subject)]
            entries = [part for e in entries for part in self._known_from(e)]
            entries = [part for e in entries for part in self._corrected(e)]
            told = self._told_early(subject)
            if told:
                entries = [part for e in entries for part in self._split_announced(e, told)]
            self._entries[subject] = entries
        return self._entries[subject]

    def _told_early(self, subject: Subject) -> list[tuple[date, date, str]]:
        """A country's cities whose admission was announced before the network's release
        (`announced_by`): the first day the announcement is known to have been out, the
        release's day, and the announcing source."""
        if subject.metric is not Metric.COUNTRY_CITIES or subject.country is None:
            return []
        told = []
        for city in self.store.cities_in(subject.country):
            window = announcement_window(self.store, city)
            if window is not None and city.announced_by is not None:
                told.append((window[0], window[1], city.announced_by))
        return sorted(told)

    def _split_announced(
        self, entry: Accepted, told: list[tuple[date, date, str]]
    ) -> list[Accepted]:
        """An entry as early announcements split it: from the day a city's admission was
        announced (by the city, its country, or UNESCO's office there) to the day before
        the network's release, the count with the city is official too, beside the
        count without it (Bouaké called itself Côte d'Ivoire's first member in May 2022,
        UIL announced it on 2 September)."""
        start, end = entry.period.start, entry.period.end
        figure = entry.figure
        if figure is None or not figure.exact or end is None:
            return [entry]
        live = [
            (d, r, s) for d, r, s in told if d <= end and r > end and (start is None or r > start)
        ]
        if not live:
            return [entry]
        cuts = sorted({d for d, _, _ in live if start is None or d > start})
        bounds = [start, *cuts]
        parts: list[Accepted] = []
        for index, first in enumerate(bounds):
            last = cuts[index] - timedelta(days=1) if index < len(cuts) else end
            said = tuple(s for d, _, s in live if first is not None and d <= first)
            period = Period(first, last, entry.period.event, entry.period.rolling)
            part = entry._replace(period=period)
            if said:
                early = (Figure(figure.value + len(said)), said)
                part = part._replace(official=(*entry.official, early))
            parts.append(part)
        return self._spread_claims(parts) if len(parts) > 1 else parts

    def _spread_claims(self, parts: list[Accepted]) -> list[Accepted]:
        """The claims of an entry split in parts, each in the part its first day falls in
        (before the first part: the first; undated or after the last: the last)."""
        starts = [part.period.start for part in parts[1:]]

        def index(claim: Claim) -> int:
            held = self.held(claim)
            if held is None:
                return len(parts) - 1
            return sum(1 for day in starts if day is not None and held.first >= day)

        return [
            part._replace(
                agree=tuple(c for c in part.agree if index(c) == number),
                disagree=tuple(c for c in part.disagree if index(c) == number),
            )
            for number, part in enumerate(parts)
        ]

    def _known_from(self, entry: Accepted) -> list[Accepted]:
        """The period before the first announcement, as its primary sources know it: the
        figure they state holds from the earliest day one of them speaks for (UIL's
        eight Korean members of July 2016 say nothing of 2015); before that day, a count
        of members is at most that figure, and anything else has none."""
        if entry.period.start is not None or entry.figure is None:
            return [entry]
        if entry.basis != "primary sources":
            return [entry]
        dated = [(claim, self.held(claim)) for claim in (*entry.agree, *entry.disagree)]
        days = [h.first for c, h in dated if h is not None and c.source in entry.sources]
        end = entry.period.end
        if not days or (end is not None and min(days) > end):
            return [entry]
        first = min(days)
        before = [c for c, h in dated if h is not None and h.first < first]
        since = [c for c, h in dated if h is None or h.first >= first]
        earlier = Period(None, first - timedelta(days=1), None)
        bound = self._at_most(entry)
        if bound is None:
            basis = f"no primary source before {first.isoformat()}"
            unknown = Accepted(entry.subject, earlier, None, basis, (), (), tuple(before))
        else:
            basis = f"no more than {', '.join(entry.sources)} counted on {first.isoformat()}"
            agree, disagree = _split(before, bound, False)
            sources = entry.sources
            unknown = Accepted(entry.subject, earlier, bound, basis, sources, agree, disagree)
        rounded = entry.subject.metric in ROUNDED_METRICS
        agree, disagree = _split(since, entry.figure, rounded)
        later = Period(first, end, None)
        return [unknown, entry._replace(period=later, agree=agree, disagree=disagree)]

    def _at_most(self, entry: Accepted) -> Figure | None:
        """Before the first announcement members were only admitted, never lost (the
        network opened in September 2015): an exact count of members is an upper bound
        for the days before it ("more than 20 Korean members" in June 2016 cannot hold
        when UIL counted eight in July)."""
        figure = entry.figure
        if figure is None or not figure.exact or entry.subject.metric not in MEMBER_COUNTS:
            return None
        return Figure(figure.value, Qualifier.AT_MOST)

    def _corrected(self, entry: Accepted) -> list[Accepted]:
        """An intake's period as its correction splits it: the figure first released
        holds until the correction is out; while its date is not known to the day, both
        are official (the corrected figure accepted, the released one beside it)."""
        event = entry.period.event
        if event is None or entry.figure is None:
            return [entry]
        found = self._released(entry, event)
        if found is None:
            return [entry]
        released, said, record = found
        start, end = entry.period.start, entry.period.end
        assert start is not None
        out_first, out_last = record.date.first_day, record.date.last_day
        if record.date.day is not None:  # news of a correction takes a day to reach
            out_last += timedelta(days=CORRECTION_NEWS_DAYS)
        parts: list[Accepted] = []
        if out_first > start:  # released figure alone, until the correction may be out
            before = Period(start, out_first - timedelta(days=1), event)
            basis = f"intake {event.id}, before its correction"
            parts.append(
                entry._replace(
                    period=before,
                    figure=released,
                    basis=basis,
                    sources=said,
                    agree=(),
                    disagree=(),
                )
            )
        if out_last > max(start, out_first) and out_first != out_last:
            unsure = Period(max(start, out_first), min(out_last, end or out_last), event)
            both = ((released, said),)
            parts.append(entry._replace(period=unsure, official=entry.official + both))
        after_start = out_last + timedelta(days=1) if out_first != out_last else out_first
        if end is None or after_start <= end:
            parts.append(entry._replace(period=Period(max(start, after_start), end, event)))
        return parts

    def _released(
        self, entry: Accepted, event: Intake
    ) -> tuple[Figure, tuple[str, ...], Intake] | None:
        """The figure an intake's first release gave for the entry's subject where a
        correction changed it, with the sources that state it and the correction record.

        For the intake's own figures, its record and the correction's. For any other
        figure of the release (a country's share of the intake), the release's claims
        that the correction superseded, and the correction's own account of what the
        release said ("two Moroccan cities, not three as announced")."""
        metric = entry.subject.metric
        if entry.basis.startswith("intake"):
            value = event.figure(metric)
            record = self.store.figure_record(event, metric)
            if value is None or record is event or Figure(value) == entry.figure:
                return None
            return Figure(value), (event.source,), record
        corrections = {i.source: i for i in self.store.intakes if i.corrects == event.id}
        if not corrections:
            return None
        for claim in self.claims(entry.subject):
            correction = corrections.get(self.superseded.get(claim.key, ""))
            figure = figure_of(claim)
            if correction and claim.intake in (None, event.id) and figure != entry.figure:
                return figure, (claim.source,), correction
        return None

    def claims(self, subject: Subject) -> list[Claim]:
        return self._claims.get(subject, [])

    def periods(self, subject: Subject) -> list[Period]:
        if subject.metric in (Metric.JOIN_YEAR, Metric.CANDIDATE_CITIES):
            return [Period(None, None, None)]
        events = self.store.announcements()
        if subject.metric in INTAKE_METRICS:
            events = [e for e in events if e.kind is IntakeKind.INTAKE]
        return periods_from(events)

    def at(self, subject: Subject, day: date) -> Accepted:
        for entry in self.entries(subject):
            if entry.period.contains(day, day):
                return entry
        raise AssertionError("periods cover every day")  # pragma: no cover

    def held(self, claim: Claim) -> Held | None:
        """The days a claim holds for: its as_of, else its source's publication date
        (remembered by those: every period of its subject asks)."""
        as_of = claim.as_of
        if as_of is not None:
            found = self._dated.get(as_of)
            if found is None:
                found = self._dated[as_of] = Held(as_of.first_day, as_of.last_day, True)
            return found
        source = claim.source
        if source not in self._published:
            published = self.store.source_by_id[source].published
            self._published[source] = (
                None if published is None else Held(published.first_day, published.last_day, False)
            )
        return self._published[source]

    def corrected_values(self) -> dict[tuple[Subject, int], tuple[Claim, str]]:
        """Each value a correction changed, of each subject: the first claim that gave
        it (in the order of `superseded`) and the correcting source."""
        if self._values_corrected is None:
            self._values_corrected = {}
            for key, corrector in self.superseded.items():
                original = self.store.claim_by_key[key]
                found = (subject_of(original), original.value)
                self._values_corrected.setdefault(found, (original, corrector))
        return self._values_corrected

    def independent(self, source_ids: Iterable[str]) -> int:
        """How many independent sources these are: copies count with their original."""
        return len({self.roots[s] for s in source_ids})

    # ------------------------------------------------------------------ accepting

    def _accept(self, subject: Subject, period: Period) -> Accepted:
        within = self._claims_within(subject, period)
        if period.rolling:
            steady = self._steady_list(subject, period)
            if steady is None:
                basis = "rolling admissions: no figure holds"
                return Accepted(subject, period, None, basis, (), (), tuple(within))
            listed, basis = Figure(steady), f"complete list {self._list_file(subject)}"
            agree, disagree = _split(within, listed, False)
            return Accepted(subject, period, listed, basis, (), agree, disagree)
        figure, basis, sources = self._establish(subject, period, within)
        if figure is None:
            basis = basis or "no primary source"
            return Accepted(subject, period, None, basis, (), (), tuple(within))
        agree, disagree = _split(within, figure, subject.metric in ROUNDED_METRICS)
        official = self._official(disagree)
        return Accepted(subject, period, figure, basis, sources, agree, disagree, official)

    def _official(self, disagree: tuple[Claim, ...]) -> tuple[tuple[Figure, tuple[str, ...]], ...]:
        """Exact figures that primary sources state within a period beside the accepted
        one: official too, for that period."""
        found: dict[Figure, list[str]] = {}
        for claim in disagree:
            figure = figure_of(claim)
            if figure.exact and self.store.source_by_id[claim.source].is_primary:
                found.setdefault(figure, []).append(claim.source)
        return tuple((figure, tuple(dict.fromkeys(ids))) for figure, ids in found.items())

    def overlapping(self, claim: Claim) -> list[Accepted]:
        """The entries a claim's dates overlap (or, for a named intake, that intake's)."""
        entries = self.entries(subject_of(claim))
        if claim.intake is not None:
            return [e for e in entries if e.period.event and e.period.event.id == claim.intake]
        held = self.held(claim)
        if held is None:
            return []
        return [e for e in entries if e.period.overlaps(held.first, held.last)]

    def _claims_within(self, subject: Subject, period: Period) -> list[Claim]:
        """The subject's claims that hold within the period: as `_within` decides for
        each, with the per-claim work (dates, supersession) done once per subject."""
        rows = self._rows.get(subject)
        if rows is None:
            rows = self._rows[subject] = [
                (c, self.held(c)) for c in self.claims(subject) if c.key not in self.superseded
            ]
        event = period.event
        announcers = self._announcers(period) if not period.rolling else set()
        start, end = period.start, period.end
        found = []
        for claim, held in rows:
            if claim.intake is not None:
                if event is not None and event.id == claim.intake:
                    found.append(claim)
            elif claim.source in announcers or (
                held is not None
                and (start is None or held.first >= start)
                and (end is None or held.last <= end)
            ):
                found.append(claim)
        return found

    def _announcers(self, period: Period) -> set[str]:
        """The sources of the intake that opens `period` and of its corrections."""
        if period.event is None:
            return set()
        found = self._announced.get(period.event.id)
        if found is None:
            event = period.event
            records = [event] + [i for i in self.store.intakes if i.corrects == event.id]
            found = self._announced[event.id] = {record.source for record in records}
        return found

    def _establish(
        self, subject: Subject, period: Period, within: list[Claim]
    ) -> tuple[Figure | None, str, tuple[str, ...]]:
        declared = self._declared(subject, period)
        if declared is not None:
            value, event = declared
            return Figure(value), f"intake {event.id}", (event.source,)
        if subject.metric is Metric.COUNTRY_CITIES and subject.country:
            listed = self._listed(subject.country, period)
            if listed is not None:
                country = self.store.country_by_code[subject.country]
                return Figure(listed), f"complete list {country.file}", ()
        if subject.metric is Metric.COUNTRY_CITIES and subject.country:
            derived = self._derived(subject, period)
            if derived is not None:
                return derived
        if subject.metric is Metric.NEW_CITIES and subject.country:
            admitted = self._admitted(subject.country, period)
            if admitted is not None:
                country = self.store.country_by_code[subject.country]
                return Figure(admitted), f"complete list {country.file}", ()
            opening = period.event
            if opening is not None and self._complete_intake(subject.country, opening):
                admitted = self._admissions(subject.country, opening.id)
                basis = f"complete intake {opening.id} ({self._list_file(subject)})"
                return Figure(admitted), basis, self._listers((opening,))
        if subject.metric is Metric.JOIN_YEAR and subject.city:
            return self._join_year(subject.city)
        return self._from_primary(within, period)

    def _declared(self, subject: Subject, period: Period) -> tuple[int, Intake] | None:
        """The figure the period's intake record states (as corrected), if any."""
        event = period.event
        scoped = subject.country or subject.region or subject.city
        if event is None or scoped or subject.metric not in NETWORK_METRICS | INTAKE_METRICS:
            return None
        value = self.store.effective_figure(event, subject.metric.value)
        if value is None:
            return None
        return value, self.store.figure_record(event, subject.metric)

    def _listed(self, code: str, period: Period) -> int | None:
        """A complete list's count of the country's members when the period starts; none
        while a member's joining is uncertain then ("joined 2016" on 23 August 2016: the
        count is a range, not a figure)."""
        country = self.store.country_by_code.get(code)
        if country is None or not country.complete or period.start is None:
            return None
        return self._certain_count(code, period.start)

    def _certain_count(self, code: str, day: date) -> int | None:
        from lcnet.store.membership import members_between

        certain, possible = members_between(self.store, code, day)
        return certain if certain == possible else None

    def _steady_list(self, subject: Subject, period: Period) -> int | None:
        """In years of rolling admissions, a complete list's count of a country that
        admitted none of its cities then ("Viet Nam has two members" in 2017: it had none)."""
        code = subject.country
        if subject.metric is not Metric.COUNTRY_CITIES or code is None:
            return None
        country = self.store.country_by_code.get(code)
        if country is None or not country.complete or period.start is None or period.end is None:
            return None
        first = self._certain_count(code, period.start)
        return first if self._certain_count(code, period.end) == first else None

    def _list_file(self, subject: Subject) -> str:
        return self.store.country_by_code[subject.country or ""].file

    def _admitted(self, code: str, period: Period) -> int | None:
        """A complete list's count of the country's cities admitted with the period's intake."""
        country = self.store.country_by_code.get(code)
        if country is None or not country.complete or period.event is None:
            return None
        return self._admissions(code, period.event.id)

    def _admissions(self, code: str, intake: str) -> int:
        """The country's listed cities admitted (or admitted again) with an intake."""
        return sum(
            1 for city in self.store.cities_in(code) if intake in (city.intake, city.readmitted)
        )

    def _complete_intake(self, code: str, event: Intake) -> bool:
        """Whether the country's file lists every city it had admitted with the intake."""
        country = self.store.country_by_code.get(code)
        return (
            country is not None
            and event.kind is IntakeKind.INTAKE
            and event.id in country.complete_intakes
        )

    def _listers(self, events: Iterable[Intake]) -> tuple[str, ...]:
        """The sources that name every new member of these intakes."""
        return tuple(dict.fromkeys(e.members_listed_by for e in events if e.members_listed_by))

    def _derived(
        self, subject: Subject, period: Period
    ) -> tuple[Figure | None, str, tuple[str, ...]] | None:
        """A country's count from its anchors and complete intakes (see the module's
        docstring); None when no anchor reaches the period. Anchors that reach it with
        different counts give no figure: the basis names them."""
        code = subject.country
        country = self.store.country_by_code.get(code or "")
        if code is None or country is None or not country.anchors or period.rolling:
            return None
        periods = self.periods(subject)
        found: dict[int, tuple[str, tuple[str, ...]]] = {}
        for key in country.anchors:
            reached = self._from_anchor(code, self.store.claim_by_key[key], periods, period)
            if reached is not None:
                found.setdefault(reached[0], reached[1:])
        if not found:
            return None
        if len(found) > 1:
            said = ", ".join(f"{value} ({basis})" for value, (basis, _) in sorted(found.items()))
            return None, f"anchors disagree: {said}", ()
        [(value, (basis, sources))] = found.items()
        return Figure(value), basis, sources

    def _from_anchor(
        self, code: str, anchor: Claim, periods: list[Period], period: Period
    ) -> tuple[int, str, tuple[str, ...]] | None:
        """The count one anchor gives for the period, how, and the sources it rests on."""
        held = self.held(anchor)
        if held is None:
            return None
        home = [i for i, p in enumerate(periods) if p.contains(held.first, held.last)]
        if len(home) != 1 or periods[home[0]].rolling or period not in periods:
            return None  # an anchor dated across an announcement anchors no period
        there, here = home[0], periods.index(period)
        low, high = min(there, here), max(there, here)
        crossed = [periods[i].event for i in range(low + 1, high + 1)]
        intakes = [e for e in crossed if e is not None and self._complete_intake(code, e)]
        if len(intakes) < len(crossed):
            return None  # a milestone, rolling admissions or an incomplete intake between
        first, last = periods[low].start, periods[high].end
        if first is None or self._changed_otherwise(code, first, last or self.today):
            return None
        added = sum(self._admissions(code, e.id) for e in intakes)
        value = anchor.value + added if here >= there else anchor.value - added
        if value < 0:
            return None
        basis = f"anchor {anchor.source}"
        if intakes:
            sign = "+" if here > there else "-"
            basis += f" {sign} complete intakes {', '.join(e.id for e in intakes)}"
        return value, basis, (anchor.source, *self._listers(intakes))

    def _changed_otherwise(self, code: str, first: date, last: date) -> bool:
        """Whether a listed member of the country may have left between two days, or
        joined then on its own rather than with an intake: a derived count would miss it."""
        for city in self.store.cities_in(code):
            left = city.left
            if left == UNKNOWN:
                window = departure_window(self.store, city)
                if window is None or (window[0] < last and window[1] > first):
                    return True
            elif (
                isinstance(left, PartialDate) and left.last_day >= first and left.first_day <= last
            ):
                return True
            joined = city.joined
            if joined is not None and joined.last_day >= first and joined.first_day <= last:
                return True
        return False

    def _join_year(self, city_key: str) -> tuple[Figure | None, str, tuple[str, ...]]:
        city = self.store.city_by_key[city_key]
        joined = self.store.city_joined(city)
        if joined is None:
            return None, "", ()
        year = joined.year
        if city.readmitted is not None:
            year = self.store.intake_by_id[city.readmitted].date.year
        return Figure(year), f"city record {city.file}", city.sources

    def _from_primary(
        self, within: list[Claim], period: Period
    ) -> tuple[Figure | None, str, tuple[str, ...]]:
        primary = [c for c in within if self.store.source_by_id[c.source].is_primary]
        if not primary:
            return None, "", ()
        groups: dict[Figure, list[Claim]] = {}
        for claim in primary:
            groups.setdefault(figure_of(claim), []).append(claim)
        announcer = self.roots[period.event.source] if period.event else None

        def strength(item: tuple[Figure, list[Claim]]) -> tuple[bool, int, bool]:
            figure, claims = item
            announced = any(self.roots[c.source] == announcer for c in claims)
            return (announced, self.independent(c.source for c in claims), figure.exact)

        figure, claims = max(groups.items(), key=strength)
        return figure, "primary sources", tuple(dict.fromkeys(c.source for c in claims))


def _split(
    claims: list[Claim], figure: Figure, rounded: bool
) -> tuple[tuple[Claim, ...], tuple[Claim, ...]]:
    """The claims that agree with `figure`, and those that do not, in their order."""
    agree: list[Claim] = []
    disagree: list[Claim] = []
    for claim in claims:
        said = Figure(claim.value, claim.qualifier)
        (agree if said.agrees(figure, rounded) else disagree).append(claim)
    return tuple(agree), tuple(disagree)


def _root(store: FactStore, source: Source) -> str:
    seen = {source.id}
    while source.copies is not None and source.copies in store.source_by_id:
        source = store.source_by_id[source.copies]
        if source.id in seen:
            break
        seen.add(source.id)
    return source.id


def _superseded_claims(store: FactStore) -> dict[str, str]:
    """Claims that a correction changes: claim key -> the correcting source.

    A correction supersedes the figures it restates differently; a figure it repeats
    (the 2020 corrigendum's 27 countries) stands. A correction's own claim dated to its
    release's day or before (its account of what the release said: "not three, as first
    announced") is the release's figure, superseded with it.
    """
    superseded: dict[str, str] = {}
    for corrector in store.sources:
        if corrector.supersedes is None:
            continue
        release = store.source_by_id.get(corrector.supersedes)
        released_by = release.published if release is not None else None
        restated: dict[Subject, set[Figure]] = {}
        for claim in store.claims_by_source.get(corrector.id, []):
            if _recounts(claim, released_by):
                superseded[claim.key] = corrector.id
            else:
                restated.setdefault(subject_of(claim), set()).add(figure_of(claim))
        for claim in store.claims_by_source.get(corrector.supersedes, []):
            figures = restated.get(subject_of(claim))
            if figures and figure_of(claim) not in figures:
                superseded[claim.key] = corrector.id
    return superseded


def _recounts(claim: Claim, released: PartialDate | None) -> bool:
    """Whether a correction's claim gives what the release it corrects said: dated
    (as_of) no later than the release."""
    return (
        claim.as_of is not None
        and released is not None
        and claim.as_of.last_day <= released.last_day
    )
