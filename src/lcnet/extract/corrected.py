"""Corrected figures, their unit left out: the numbers a correction set, after the figures
it corrected. "anunció 55 nuevas ciudades y un total de 230, cifras que luego corrigió a 54
y 229", "una fe de erratas dejó la cifra en 229", "a few days later UIL set the figures
at 54 and 229", "la rettifica ha fissato le cifre a 54 e 229", "le rectificatif a ramené
les chiffres à 54 et 229": each number counts what the figure it corrects counts (the
one of the nearest value, within a tenth, said before it in the paragraph). Its metric
and its date are read afterwards as any figure's are; the figures corrected are left to
lcnet.extract.metric and the judge (cited as corrected, they are no statement).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from lcnet.extract.lang import Role, Unit, language
from lcnet.extract.numbers import read_number
from lcnet.extract.occurrences import occurrences
from lcnet.model import Qualifier

if TYPE_CHECKING:
    from lcnet.extract.grammar import Grammar
    from lcnet.extract.phrase import Phrase

# A word of correcting or of the figures set, then (within a few words of the clause) the
# preposition the new value follows: "corrigió a", "dejó la cifra en", "set the figures
# at", "ramené les chiffres à": each language's words are its Language.correction; its
# literal starts gate the form.
_REACH = 300  # characters before the correction where the figures it corrects stand
_CLOSE = 0.1  # a correction moves a figure by at most a tenth of it
_UNITS = frozenset({Unit.CITY, Unit.MEMBER, Unit.COUNTRY})
_LARGEST_INTAKE = 120  # no intake has admitted more cities (77 in 2022, the largest)

Found = tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None, int]


def corrected(
    low: str, phrases: Sequence[Phrase], start: int, end: int, grammar: Grammar
) -> Iterator[Found]:
    """(start, end, unit, value, qualifier, roles, country, region, corrects) of each bare
    number a correction set, in low[start:end], with the unit of the figure it corrects
    and where that figure starts."""
    code = grammar.language.code
    correction = grammar.language.correction
    if correction is None or not phrases:
        return
    words = correction.starts
    form = _form(code)
    for mark in _windowed(low, phrases, (start, end), words, form):
        values = [mark["first"], mark["second"]]
        spans = [mark.span("first"), mark.span("second")]
        for number, (begin, finish) in zip(values, spans, strict=True):
            if number is None:
                continue
            value = read_number(number, code)
            if not isinstance(value, int) or value < 2:
                continue
            model = _corrects(phrases, value, max(start, mark.start() - _REACH), mark.start())
            if model is not None:
                roles = model.roles - {Role.OTHER}
                if value > _LARGEST_INTAKE:  # "55 new and a total of 230 ... to 54 and 229"
                    roles -= {Role.NEW}  # the total's, though its number took the unit of 55
                yield (
                    begin, finish, model.unit, value, Qualifier.EXACT, roles, model.country,
                    model.region, model.start,
                )  # fmt: skip


def _windowed(
    low: str,
    phrases: Sequence[Phrase],
    stretch: tuple[int, int],
    words: tuple[str, ...],
    form: re.Pattern[str],
) -> Iterator[re.Match[str]]:
    """form's matches within _REACH after a figure of cities or countries (only there can
    a correction correct it), tried only where one of its words starts in those windows:
    the form opens with a word most paragraphs do not hold. The words' places come from
    the stretch's index (lcnet.extract.occurrences: one scan for every reader's words),
    read by bisection per window: a str.find per word and window cost 1 ms per MB of
    English, a pass per word over the stretch 1-2 % of its extraction (#14)."""
    start, end = stretch
    ends = [p.end for p in phrases if p.unit in _UNITS]
    if not ends:
        return
    last = min(end, ends[-1] + _REACH)
    points: set[int] = set()
    windows = _windows(ends, last)  # most text is far from every figure
    for word in words:
        places = occurrences(low, start, end, word)  # most stretches: none
        for begin, stop in windows if places else ():
            limit = min(last, stop + len(word))  # where str.find's window ended
            for index in range(bisect_left(places, begin), len(places)):
                if places[index] + len(word) > limit:
                    break
                points.add(places[index])
    after = ends[0]
    for point in sorted(points):
        before = bisect_right(ends, point)  # the figures that end before the word
        if point < after or not before or point - ends[before - 1] > _REACH:
            continue
        found = form.match(low, point, min(end, ends[before - 1] + _REACH))
        if found is not None:
            after = found.end()
            yield found


def _windows(ends: list[int], last: int) -> list[tuple[int, int]]:
    """Where a word of correcting may start: within _REACH after a figure's end (before
    `last`), the windows of figures close together joined."""
    windows: list[tuple[int, int]] = []
    for at in ends:  # in order
        stop = min(last, at + _REACH + 1)
        if windows and at <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], stop))
        else:
            windows.append((at, stop))
    return windows


def _corrects(phrases: Sequence[Phrase], value: int, first: int, last: int) -> Phrase | None:
    """The figure before `last` (from `first`) that `value` corrects: of a kind that
    counts cities or countries, other than it, and nearest to it in value."""
    best: Phrase | None = None
    for phrase in phrases:
        if phrase.start < first or phrase.end > last or phrase.unit not in _UNITS:
            continue
        if phrase.ordinal or phrase.value == value:
            continue
        if abs(phrase.value - value) > phrase.value * _CLOSE:
            continue
        if best is None or abs(phrase.value - value) <= abs(best.value - value):
            best = phrase
    return best


@cache
def _form(code: str) -> re.Pattern[str]:
    correction = language(code).correction
    assert correction is not None
    word, link, conjunction = correction.words, correction.links, correction.conjunctions
    number = r"\d{1,3}(?:[.,\u00a0 ]\d{3})*"
    return re.compile(
        rf"(?<!\w){word}(?:[ \t\n]+[^\s.;:!?]+){{0,6}}?[ \t\n]+{link}[ \t\n]+"
        rf"(?P<first>{number})(?![\w%.,]\d|[\w%])"
        rf"(?:[ \t\n]*(?:,|{conjunction})[ \t\n]+(?P<second>{number})(?![\w%]|[.,]\d))?"
    )
