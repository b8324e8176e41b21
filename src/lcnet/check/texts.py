"""Judge the figures found in texts against the timeline (pure: no files, no clock)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from lcnet.check.baseline import figure_fingerprint
from lcnet.check.figures import ROUNDED_METRICS, Figure, Subject
from lcnet.check.findings import Code, Evidence, Finding, Severity, finding
from lcnet.check.timeline import Accepted, Held, Timeline
from lcnet.check.verdicts import Judgement, Verdict, judge
from lcnet.dates import PartialDate
from lcnet.extract import Document, DocumentProblem, Gazetteer, LanguagePart, Mention, Place
from lcnet.extract.lang import language as language_data
from lcnet.extract.lang import supported
from lcnet.extract.lists import gazetteer_of, names_of, place_key
from lcnet.model import City, Metric, Region, Resolution
from lcnet.store.facts import FactStore
from lcnet.store.membership import Status, announced_early, joined_on, membership

TEXT_CODES = {
    Verdict.STALE: Code.STALE_FIGURE,
    Verdict.WRONG: Code.WRONG_FIGURE,
    Verdict.BOUND_VIOLATED: Code.BOUND_VIOLATED,
    Verdict.UNVERIFIABLE: Code.UNVERIFIABLE_FIGURE,
}
PROBLEM_CODES = {
    "suppression-without-reason": Code.SUPPRESSION_WITHOUT_REASON,
    "malformed-suppression": Code.MALFORMED_SUPPRESSION,
    "unreadable-date": Code.UNREADABLE_DATE,
}


class TextDate(NamedTuple):
    """The date a text is judged at, and where it came from."""

    value: PartialDate
    origin: str  # "--date", "front matter date", "today (the text gives no date)"


class TextFigure(NamedTuple):
    path: str
    mention: Mention
    judged_at: PartialDate  # the text's date, or the date a historic statement is about
    date_origin: str
    judgement: Judgement
    replacement: str | None
    suppressed: bool  # a valid inline suppression covers its finding

    @property
    def code(self) -> Code | None:
        return TEXT_CODES.get(self.judgement.verdict)


def text_date(document: Document, given: PartialDate | None, today: date) -> TextDate:
    """--date wins; else the date the file states; else today, and the report says so."""
    if given is not None:
        return TextDate(given, "--date")
    if document.date is not None:
        return TextDate(document.date, document.date_origin or "the text")
    return TextDate(PartialDate.of(today), "today (the text gives no date)")


def judge_mention(timeline: Timeline, path: str, mention: Mention, when: TextDate) -> TextFigure:
    joined = None if mention.as_of is not None else _joined_then(timeline.store, mention, when)
    earlier = _earlier(timeline, mention, when) if mention.earlier and joined is None else None
    # the day before the news it held up to is no news of the text's day
    up_to = mention.as_of is not None and mention.until_news and mention.as_of.day is None
    if mention.as_of is not None and up_to:
        mention = mention._replace(as_of=_last_day_in(timeline, mention, mention.as_of))
    if mention.as_of is not None and (up_to or not _news_of_its_day(mention.as_of, when)):
        held = Held(mention.as_of.first_day, mention.as_of.last_day, True)
        judged_at, origin = mention.as_of, "the text (a historic statement)"
    elif earlier is not None:
        held, judged_at = earlier
        origin = "the text (the start of a change, dated by the store)"
        mention = mention._replace(as_of=judged_at)  # "grew from 294 to 356": the 294's day
    elif joined is not None:
        held = Held(joined.first_day, joined.last_day, True)
        judged_at, origin = joined, "the text (the day the city it names joined)"
        mention = mention._replace(as_of=joined)  # a historic statement, dated by the store
    else:
        held = Held(when.value.first_day, when.value.last_day, False)
        judged_at, origin = when.value, when.origin
    region = Region(mention.region) if mention.region else None
    subject = Subject(mention.metric, mention.country, region)
    judgement = judge(timeline, subject, Figure(mention.value, mention.qualifier), held)
    if mention.cities:  # a list: each city named must have been a member then
        judgement = _listed(timeline.store, mention.cities, held) or judgement
    elif judgement.verdict in (Verdict.WRONG, Verdict.STALE):
        second = _second_reading(timeline, mention, held)
        if second is not None:
            metric, judgement, value = second
            mention = mention._replace(metric=metric, value=value)
    if mention.unsure and judgement.verdict in _FLAGGED:
        # a metric read by default: a flagged verdict could be the default's error, not
        # the text's (a false alarm is worse than a miss)
        reason = f"{judgement.reason}; its metric is not said, so no verdict is given"
        judgement = Judgement(Verdict.UNVERIFIABLE, reason, judgement.expected)
    replacement = _replacement(mention, judgement)
    code = TEXT_CODES.get(judgement.verdict)
    suppressed = _suppresses(mention, code)
    return TextFigure(path, mention, judged_at, origin, judgement, replacement, suppressed)


def _last_day_in(timeline: Timeline, mention: Mention, month: PartialDate) -> PartialDate:
    """The last day the figure held, where the period whose accepted figure it states
    ended in the month it is dated to: "Avant la vague de février 2024, le réseau
    comptait 294 membres", "Até agora eram oito" in a July 2019 text (Mention.until_news)
    held until the day before that month's intake (the session 20 ruling); else the
    month."""
    region = Region(mention.region) if mention.region else None
    subject = Subject(mention.metric, mention.country, region)
    figure = Figure(mention.value, mention.qualifier)
    rounded = mention.metric in ROUNDED_METRICS
    first, last = month.first_day, month.last_day
    for entry in timeline.entries(subject):
        end = entry.period.end
        if entry.figure is None or end is None or not first <= end <= last:
            continue
        if figure.agrees(entry.figure, rounded):
            return PartialDate.of(end)
    return month


def _earlier(
    timeline: Timeline, mention: Mention, when: TextDate
) -> tuple[Held, PartialDate] | None:
    """The last period before the text's date whose accepted figure the undated start of
    a change states ("grew from 294 to 356": the days 294 held), or None when it stated
    none: it is then judged at the text's date. Its date: the month it began ("from 294":
    294 of September 2022), or, for a figure held up to the text's news (Mention.
    until_news: "before this round the network had 356"), the last day it held: the day
    before the round (the session 20 ruling)."""
    region = Region(mention.region) if mention.region else None
    subject = Subject(mention.metric, mention.country, region)
    figure = Figure(mention.value, mention.qualifier)
    rounded = mention.metric in ROUNDED_METRICS
    before = when.value.last_day
    for entry in reversed(timeline.entries(subject)):
        start, end = entry.period.start, entry.period.end
        if entry.figure is None or start is None or start > before:
            continue
        if figure.agrees(entry.figure, rounded):
            if end is not None and end < before:
                held = Held(start, end, True)
                if mention.until_news:
                    return held, PartialDate.of(end)
                return held, PartialDate(start.year, start.month)
            return Held(start, before, True), PartialDate(start.year, start.month)
    return None


def gazetteer(store: FactStore) -> Gazetteer:
    """The store's member cities by every name they go by, lower case, and by the names
    other languages give them (lcnet.extract.lang.exonyms: "Losanna", "Liegi"); a name
    of the store's own wins over another language's."""
    from lcnet.extract.lang.exonyms import EXONYMS

    places: dict[str, Place] = {}
    short: dict[str, list[Place]] = {}  # "tak" of "Tak (Municipality)": texts leave it out
    for city in store.cities:
        place = Place(city.key, city.country, _joined(store, city))
        for name in (city.name, city.local_name, *city.other_names):
            if name:
                key = place_key(name)
                places.setdefault(key, place)
                bare = _QUALIFIED.fullmatch(key)
                if bare is not None:
                    short.setdefault(bare.group(1), []).append(place)
    for name, owners in short.items():  # not "nam-gu": Busan's and Ulsan's
        if name not in places and len({p.key for p in owners}) == 1:
            places[name] = owners[0]
    for city in store.cities:
        place = places[place_key(city.name)]
        for name in EXONYMS.get(city.key, ()):
            places.setdefault(place_key(name), place)
    return gazetteer_of(places)


_QUALIFIED = re.compile(r"(.+?) \([^()]+\)")  # a store name's qualifier in brackets


def _joined(store: FactStore, city: City) -> PartialDate | None:
    """The month of the city's intake ("when we joined, the network had 229 cities": the
    month of an intake accepts the figures of either side of it), or its own date."""
    if city.intake is not None:
        day = store.intake_by_id[city.intake].date
        return PartialDate(day.year, day.month)
    return city.joined


# Metrics a sentence can leave open, and the other readings: "two cities in Viet Nam"
# (its total, or its new members of the day's intake), "13 countries join" (new or
# first-time countries; not the other way: "46 countries joined for the first time"
# says first-time, and is wrong if they were not), "Hanoi joins 425 cities" (the
# network's total, not an intake), "46 countries" (an intake's or the network's). The
# ranges of these metrics hardly overlap in any period (an intake has had at most 77
# cities, the network at least 115), so a figure that is right under the other reading
# is a figure the sentence left open, not a wrong one read kindly.
_CONFUSED: dict[Metric, tuple[tuple[Metric, str], ...]] = {
    Metric.COUNTRY_CITIES: ((Metric.NEW_CITIES, "the country's new members of that intake"),),
    Metric.NEW_CITIES: (
        (Metric.COUNTRY_CITIES, "the country's members"),
        (Metric.TOTAL_CITIES, "the network's members"),
    ),
    Metric.TOTAL_CITIES: ((Metric.NEW_CITIES, "the intake's new members"),),
    Metric.NEW_COUNTRIES: (
        (Metric.FIRST_TIME_COUNTRIES, "the intake's first-time countries"),
        (Metric.TOTAL_COUNTRIES, "the network's countries"),
    ),
    Metric.TOTAL_COUNTRIES: ((Metric.NEW_COUNTRIES, "the intake's countries"),),
}
_OF_A_COUNTRY = frozenset({Metric.COUNTRY_CITIES})
_OWNED = frozenset({Metric.COUNTRY_CITIES, Metric.NEW_CITIES})  # may be a country's
_RIGHT = (Verdict.CURRENT, Verdict.HISTORIC)
_FLAGGED = (Verdict.STALE, Verdict.WRONG, Verdict.BOUND_VIOLATED)


_SUBJECTS = ((1, "the subject itself, one more"), (2, "the two subjects themselves, two more"))
_SUBJECTS_COUNTRIES = (
    (1, "the subject's own country, one more"),
    (2, "the two subjects' own countries, two more"),
)


def _with_subjects(
    timeline: Timeline,
    subject: Subject,
    mention: Mention,
    held: Held,
    tries: tuple[tuple[int, str], ...],
) -> tuple[Metric, Judgement, int] | None:
    """The first of one or two subjects more (`tries`) with which the figure is right, as
    its subject's metric, judgement and value; None when neither is."""
    for more, said in tries:
        second = judge(timeline, subject, Figure(mention.value + more, mention.qualifier), held)
        if second.verdict in _RIGHT:
            reason = f"{second.reason}; with {said}"
            return subject.metric, second._replace(reason=reason), mention.value + more
    return None


def _second_reading(
    timeline: Timeline, mention: Mention, held: Held
) -> tuple[Metric, Judgement, int] | None:
    """ "Two cities of Viet Nam are on the list", "of these, two cities in Viet Nam": a
    country's small count that is not its total but is exactly its new members of the
    intake of the day is read as the intake's (the text speaks of the intake). Without
    this second reading such a sentence is a false alarm."""
    if mention.metric is Metric.NEW_CITIES and mention.review and _alongside(mention):
        # "Culiacán se integra ... junto a 71 nuevas ciudades": the new ones alongside the
        # subject may leave it out; one subject or two (as for their countries below)
        region = Region(mention.region) if mention.region else None
        subject = Subject(Metric.NEW_CITIES, mention.country, region)
        found = _with_subjects(timeline, subject, mention, held, _SUBJECTS)
        if found is not None:
            return found
    if mention.metric is Metric.NEW_COUNTRIES and mention.review:
        # "along with 76 other cities from 43 countries": the subject's country, one more;
        # "Liège et Lille ... avec 62 autres villes de 33 pays": two subjects, two
        # countries (texts name at most two subjects before their others)
        subject = Subject(Metric.NEW_COUNTRIES, None, None)
        found = _with_subjects(timeline, subject, mention, held, _SUBJECTS_COUNTRIES)
        if found is not None:
            return found
    for metric, meaning in _CONFUSED.get(mention.metric, ()):
        if metric in _OF_A_COUNTRY and not mention.country:
            continue  # a country's count needs its country
        if mention.country and metric not in _OWNED:
            continue  # "two cities of Viet Nam" are never the network's
        country = mention.country if metric in _OWNED else None
        second = judge(
            timeline,
            Subject(metric, country, None),
            Figure(mention.value, mention.qualifier),
            held,
        )
        if second.verdict in _RIGHT:
            reason = f"{second.reason}; read as {meaning}"
            return metric, second._replace(reason=reason), mention.value
    return None


def _alongside(mention: Mention) -> bool:
    """Whether a word of "alongside" (Language.along_cues: "junto a", "ao lado de",
    "along with") stands before the figure in its sentence."""
    cues = _along_form(mention.language)
    if cues is None:
        return False
    sentence = mention.sentence.lower()
    at = sentence.find(mention.text.lower())
    return cues.search(sentence, 0, at if at >= 0 else len(sentence)) is not None


@cache
def _along_form(code: str) -> re.Pattern[str] | None:
    cues = language_data(code).along_cues if supported(code) else ()
    return re.compile("|".join(f"(?:{c})" for c in cues)) if cues else None


def _listed(store: FactStore, cities: tuple[str, ...], held: Held) -> Judgement | None:
    """A city named as a member on a day it was none: the list is wrong then."""
    day = held.last
    for key in cities:
        city = store.city_by_key[key]
        if membership(store, city, day, known_now=False) is Status.NOT_MEMBER:
            if announced_early(store, city, day):
                continue  # the city had announced its admission (Bouaké, summer 2022)
            joined = joined_on(store, city)
            when = f"joined on {joined}" if joined and joined.first_day > day else "was no member"
            reason = f"{city.name} {when}, not a member on {day.isoformat()}"
            return Judgement(Verdict.WRONG, reason, None)
    return None


def _joined_then(store: FactStore, mention: Mention, when: TextDate) -> PartialDate | None:
    """ "When Sa Dec and Vinh joined, the network had 229 members": a figure dated by the
    joining of the member cities its sentence names, on the day the last of them joined
    (from the store), when that day is before the text's. None when the sentence names
    no member city that way, or one the store does not date."""
    form = _joined_form(mention.language)
    if form is None or when.origin.startswith("today"):
        return None
    sentence = " ".join(mention.sentence.lower().split())
    found = form.search(sentence)
    if found is None or mention.text.lower() in found.group("who"):
        return None
    names, places = _city_names(store)
    days: list[PartialDate] = []
    for name in names.findall(found.group("who")):
        place = places.get(place_key(name))
        city = store.city_by_key.get(place.key) if place else None
        joined = joined_on(store, city) if city else None
        if joined is None:
            return None
        days.append(joined)
    if not days:
        return None
    last = max(days, key=lambda d: d.last_day)
    return last if last.last_day < when.value.first_day else None


@cache
def _joined_form(code: str) -> re.Pattern[str] | None:
    from lcnet.extract.lang import CODES
    from lcnet.extract.lang import language as language_data

    form = language_data(code).joined_when if code in CODES else ""
    return re.compile(form) if form else None


_GAZETTEER: dict[int, tuple[FactStore, Gazetteer]] = {}


def _city_names(store: FactStore) -> tuple[re.Pattern[str], Mapping[str, Place]]:
    """Every member city's names as one pattern (the lists' own, lcnet.extract.lists
    .names_of) and the cities by name; the gazetteer is kept for the last store."""
    kept = _GAZETTEER.get(id(store))
    if kept is None or kept[0] is not store:
        _GAZETTEER.clear()
        kept = _GAZETTEER[id(store)] = (store, gazetteer(store))
    places = kept[1]
    return names_of(places), places.places


# "UNESCO announced on 14 February 2024 that ..." in an article of 20 February 2024:
# a date this close before the text's own is its news, not an earlier time.
NEWS_DAYS = 45


def _news_of_its_day(as_of: PartialDate, when: TextDate) -> bool:
    """Whether a dated statement speaks of the text's own news event, not of the past:
    the text's date is known (not today's by default) and the statement names a day at
    most NEWS_DAYS before it ("announced on 14 February 2024")."""
    if when.origin.startswith("today") or as_of.day is None:
        return False  # "in 2020", "as of September 2019": an explicit earlier time
    return as_of.last_day >= when.value.first_day - timedelta(days=NEWS_DAYS)


def figure_findings(
    figures: Iterable[TextFigure], timeline: Timeline, today: date
) -> Iterator[Finding]:
    """A finding for every figure that is not current: errors for your own text."""
    for item in figures:
        code = item.code
        if code is None:
            continue
        severity = Severity.NOTE if code is Code.UNVERIFIABLE_FIGURE else Severity.ERROR
        mention = item.mention
        message = f'"{mention.text}": {item.judgement.reason}'
        if item.replacement:
            message += f'; write "{item.replacement}"'
        key = f"{code}:{item.path}:{mention.line}:{mention.column}"
        result = finding(code, message, key, item.path, mention.line, _evidence(timeline, item))
        result = result._replace(
            severity=severity,
            column=mention.column,
            end_line=mention.end_line,
            end_column=mention.end_column,
            fingerprint=figure_fingerprint(
                item.path, mention.metric.value, mention.value, mention.sentence
            ),
        )
        if item.suppressed and mention.suppression is not None:
            reason = f"inline suppression: {mention.suppression.reason}"
            resolution = Resolution(key, reason, PartialDate.of(today), file=item.path)
            result = result._replace(resolution=resolution)
        yield result


def problem_findings(path: str, problems: Iterable[DocumentProblem]) -> Iterator[Finding]:
    for problem in problems:
        code = PROBLEM_CODES.get(problem.code, Code.MALFORMED_SUPPRESSION)
        key = f"{code}:{path}:{problem.line}:{problem.column}"
        result = finding(code, problem.message, key, path, problem.line)
        yield result._replace(
            column=problem.column, end_line=problem.end_line, end_column=problem.end_column
        )


def unread_findings(path: str, parts: Iterable[LanguagePart]) -> Iterator[Finding]:
    """A warning for each language of the text that lcnet does not read, with the lines
    of every part in it: "not read: Korean (lines 7-9, 14)"."""
    from lcnet.extract.lang import CODES
    from lcnet.extract.langid import language_name

    unread: dict[str, list[LanguagePart]] = {}
    for part in parts:
        if not part.read:
            unread.setdefault(part.language, []).append(part)
    reads = ", ".join(language_name(code) for code in CODES)
    for code, found in unread.items():
        lines = ", ".join(_line_range(p) for p in found)
        plural = "s" if len(found) > 1 or found[0].end_line > found[0].line else ""
        message = (
            f"not read: {language_name(code)} (line{plural} {lines}); its figures were not "
            f"checked (lcnet reads {reads})"
        )
        key = f"{Code.LANGUAGE_NOT_READ}:{path}:{code}"
        yield finding(Code.LANGUAGE_NOT_READ, message, key, path, found[0].line)


def _line_range(part: LanguagePart) -> str:
    if part.end_line > part.line:
        return f"{part.line}-{part.end_line}"
    return str(part.line)


def unreadable(path: str, message: str, line: int = 1) -> Finding:
    key = f"{Code.UNREADABLE_TEXT}:{path}"
    return finding(Code.UNREADABLE_TEXT, message, key, path, line)


def expected_sources(timeline: Timeline, entry: Accepted | None) -> list[str]:
    if entry is None:
        return []
    return [s for s in entry.sources if s in timeline.store.source_by_id]


# --------------------------------------------------------------------------- helpers


def _suppresses(mention: Mention, code: Code | None) -> bool:
    suppression = mention.suppression
    if suppression is None or code is None:
        return False
    return not suppression.codes or code.value in suppression.codes


def _evidence(timeline: Timeline, item: TextFigure) -> tuple[Evidence, ...]:
    sources = expected_sources(timeline, item.judgement.expected)
    return tuple(Evidence(s, timeline.store.source_by_id[s].url) for s in sources)


_DIGITS = re.compile(r"\d[\d.,\u00a0\u202f ]*\d|\d")


def _replacement(mention: Mention, judgement: Judgement) -> str | None:
    """The phrase with the figure that was current: "356 member cities" -> "425 ..."."""
    if judgement.verdict not in (Verdict.STALE, Verdict.WRONG, Verdict.BOUND_VIOLATED):
        return None
    expected = judgement.expected
    if expected is None or expected.figure is None:
        return None
    found = number_in(mention)
    if found is None:
        return None
    start, end, stated = found
    value = expected.figure.value - (mention.value - stated)  # "71 other cities": keep 'other'
    if value < 0:
        return None
    from lcnet.check.numberstyle import changes_the_noun, written_like

    if changes_the_noun(stated, value, mention.text[end:], mention.language):
        return None  # "one Portuguese cities" is no suggestion; the figure column says 1
    shown = _format(Figure(value, expected.figure.qualifier), mention.language)
    if expected.figure.exact:  # in the text's style, as --fix writes it: "five" -> "six"
        shown = written_like(mention.text[start:end], value, mention.language) or shown
    prefix = mention.text[:start]
    if _only_qualifier(prefix, mention.language):
        prefix = ""  # the figure brings its own qualifier ("more than 400" -> "425")
    return prefix + shown + mention.text[end:]


def number_in(mention: Mention) -> tuple[int, int, int] | None:
    """Where the stated number is in the phrase, and its value as written."""
    from lcnet.extract.numbers import number_pattern, read_number

    pattern = re.compile(number_pattern(mention.language), re.IGNORECASE)
    for found in pattern.finditer(mention.text):
        value = read_number(found.group(0), mention.language)
        if value is not None and value == int(value):
            return found.start(), found.end(), int(value)
    for found in _DIGITS.finditer(mention.text):
        digits = re.sub(r"\D", "", found.group(0))
        if digits:
            return found.start(), found.end(), int(digits)
    return None


_QUALIFIER_WORDS = re.compile(
    r"^(?:(?:more than|over|above|at least|about|around|approximately|some|nearly|"
    r"almost|close to|up to|fewer than|under|less than|hơn|trên|khoảng|gần|gần như|"
    r"más de|cerca de|casi|unos|unas|alrededor de)\s+)+$",
    re.IGNORECASE,
)


def _only_qualifier(prefix: str, code: str) -> bool:
    """Whether the words before the number are only a qualifier: "more than", "mais
    de", "über" (the language's own qualifiers, or the common ones above)."""
    from lcnet.extract.lang import CODES
    from lcnet.extract.lang import language as language_data

    if _QUALIFIER_WORDS.match(prefix):
        return True
    words = " ".join(prefix.lower().split())
    return bool(words) and code in CODES and words in language_data(code).qualifiers


def _format(figure: Figure, language: str) -> str:
    """English words for English texts; elsewhere the number, its thousands grouped with
    the mark that is not the language's decimal mark: 390.000.000, or 390,000,000 in
    Korean, Chinese and Japanese."""
    if language == "en":
        return str(figure)
    if figure.value < 10_000:
        return str(figure.value)
    from lcnet.extract.lang import language as language_data

    grouped = f"{figure.value:,}"
    return grouped if language_data(language).decimal_mark == "." else grouped.replace(",", ".")


__all__ = [
    "TextDate",
    "TextFigure",
    "expected_sources",
    "figure_findings",
    "judge_mention",
    "number_in",
    "problem_findings",
    "text_date",
    "unread_findings",
    "unreadable",
]
