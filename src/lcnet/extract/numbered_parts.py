"""A part of a count given with the whole's number, its place after the whole: "16 of
the 64 new members were in Asia and the Pacific", "16 of the 64 new members are
African", "13 der 64 neuen Mitglieder liegen in Afrika". The part counts what the whole
counts (its roles: an intake's, a total's) in the region or country said after it; a
part whose place is not said is no figure of its own. A part of countries is one when
the words after the whole say they join for the first time ("Trece de los 46 países
entran por primera vez": 13 first-time countries, of the intake's 46).

The words between the part's number and the whole's (Language.part_linkers) are looked
for first, by one search of the window before a figure: most text holds none there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.lang import Role, Unit
from lcnet.extract.numbers import alternation, as_count, number_pattern, read_number
from lcnet.model import Qualifier

if TYPE_CHECKING:
    from lcnet.extract.grammar import Grammar
    from lcnet.extract.phrase import Phrase

_UNITS = frozenset({Unit.CITY, Unit.MEMBER})
_BEFORE = 40  # characters before the whole where the part's number and linker stand
_AFTER = 60  # characters after the whole where its place is said


def numbered_parts(
    low: str, phrases: Sequence[Phrase], end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """(start, end, unit, value, qualifier, roles, country, region) of each such part."""
    data = grammar.language
    if not data.part_linkers or data.attached:
        return
    forms = _forms(data.code)
    for whole in phrases:
        countries = whole.unit is Unit.COUNTRY
        if (whole.unit not in _UNITS and not countries) or whole.ordinal or whole.value < 2:
            continue
        if _linkers(data.code).search(low, max(0, whole.start - _BEFORE), whole.start) is None:
            continue  # the common case: no linker in the window
        part = forms.before.search(low, max(0, whole.start - _BEFORE), whole.start)
        if part is None:
            continue
        number = read_number(part["number"], data.code)
        value = None if number is None else as_count(number)
        if value is None or not 0 < value < whole.value:
            continue
        if countries:  # "Trece de los 46 países entran por primera vez": first-time ones
            if forms.first_time is not None and forms.first_time.search(
                low, whole.end, min(end, whole.end + _AFTER)
            ):
                yield (part.start("number"), part.end("number"), Unit.COUNTRY, value,
                       Qualifier.EXACT, whole.roles | {Role.FIRST_TIME}, None, None)  # fmt: skip
            continue
        if forms.capitals is not None and forms.capitals.match(low, whole.end):
            # "Eleven of the 72 new cities are capitals": the part's capitals, not the whole's
            yield (part.start("number"), part.end("number"), whole.unit, value,
                   Qualifier.EXACT, whole.roles | {Role.CAPITAL}, None, None)  # fmt: skip
            continue
        place = forms.place.match(low, whole.end, min(end, whole.end + _AFTER))
        if place is None:
            # "Thailand accounts for 13 of the 425 cities", "Auf Thailand entfallen 13 der
            # 425 Städte": the country before the part owns it
            owner = owner_before(low, part.start("number"), grammar)
            if owner is not None:
                yield (part.start("number"), part.end("number"), whole.unit, value,
                       Qualifier.EXACT, whole.roles, owner, None)  # fmt: skip
            continue
        region = data.regions.get(" ".join((place["region"] or "").split()))
        country = data.country_names.get(" ".join((place["country"] or "").split()))
        country = country or data.demonyms.get(" ".join((place["demonym"] or "").split()))
        if region is None and country is None:
            region = data.regions.get(" ".join((place["demonym"] or "").split()))
        if region is None and country is None:
            continue
        yield (part.start("number"), part.end("number"), whole.unit, value,
               Qualifier.EXACT, whole.roles, country, region)  # fmt: skip


_OWNER_REACH = 40  # characters before a part where the country that owns it may stand


def owner_before(low: str, at: int, grammar: Grammar) -> str | None:
    """The country named right before a part's number, only words of possession or of
    a share (Language.possession_words, share_words) between them, or None."""
    data = grammar.language
    if not data.share_words:
        return None
    words = low[max(0, at - _OWNER_REACH) : at].replace(",", " ").split()
    while words and (words[-1] in grammar.possession_words or words[-1] in data.share_words):
        words.pop()
    if not words:
        return None
    for size in range(min(4, len(words)), 0, -1):  # "the united kingdom", "viet nam"
        name = " ".join(words[-size:])
        if name in data.country_names:
            return data.country_names[name]
    return None


def part_before(low: str, start: int, grammar: Grammar) -> bool:
    """Whether a part's number and linker stand right before the count at `start` ("Eleven
    of the 72 new cities"): what the words after the count say is the part's."""
    data = grammar.language
    if not data.part_linkers or data.attached:
        return False
    window = low[max(0, start - _BEFORE) : start]
    if not any(linker in window for linker in data.part_linkers):
        return False  # the common case
    return _forms(data.code).before.search(low, max(0, start - _BEFORE), start) is not None


def place_of_a_part(
    low: str, start: int, end: int, grammar: Grammar
) -> tuple[str | None, str | None] | None:
    """(country, region) said after the count low[start:end] that is a part of a whole
    given without its number: its number and a part linker open it ("Tres de las nuevas
    ciudades", "Deux des nouvelles villes", "Three of the new cities"), a verb of being
    and a place follow it ("son mexicanas", "sont en Afrique"); else None."""
    data = grammar.language
    if not data.part_linkers or data.attached:
        return None
    forms = _forms(data.code)
    if forms.opening.match(low, start, end) is None:
        return None  # the common case: no linker right after the number
    place = forms.place.match(low, end, min(len(low), end + _AFTER))
    if place is None:
        return None
    region = data.regions.get(" ".join((place["region"] or "").split()))
    country = data.country_names.get(" ".join((place["country"] or "").split()))
    country = country or data.demonyms.get(" ".join((place["demonym"] or "").split()))
    if region is None and country is None:
        region = data.regions.get(" ".join((place["demonym"] or "").split()))
    return None if region is None and country is None else (country, region)


class _Forms:
    def __init__(
        self,
        before: re.Pattern[str],
        place: re.Pattern[str],
        first_time: re.Pattern[str] | None,
        capitals: re.Pattern[str] | None,
        opening: re.Pattern[str],
    ) -> None:
        self.before = before
        self.place = place
        self.opening = opening  # a number and a part linker: "tres de las", "three of the"
        self.first_time = first_time  # Language.first_time_cues
        self.capitals = capitals  # Language.capital_predicates


@cache
def _linkers(code: str) -> re.Pattern[str]:
    """Any of the language's part linkers as written (a literal each: one search of the
    window before a figure instead of a test per linker; 2026-12)."""
    words = _grammar(code).language.part_linkers
    return re.compile("|".join(re.escape(word) for word in words))


@cache
def _forms(code: str) -> _Forms:
    data = _grammar(code).language
    linkers = alternation(data.part_linkers)
    copulas = alternation(data.copulas) or "(?!)"
    connectors = alternation(data.place_connectors) or "(?!)"
    regions = alternation(data.regions)
    countries = alternation(data.country_names)
    demonyms = alternation([*data.demonyms, *data.regions])
    before = re.compile(rf"(?<![\w.,])(?P<number>{number_pattern(code)})\s+(?:{linkers})\s+\Z")
    place = re.compile(
        rf"\s+(?:{copulas})\s+(?:(?:{connectors})\s+(?:the\s+)?"
        rf"(?:(?P<region>{regions})|(?P<country>{countries}))|(?P<demonym>{demonyms}))(?!\w)"
    )
    cues = data.first_time_cues
    first_time = re.compile("|".join(f"(?:{c})" for c in cues)) if cues else None
    said = data.capital_predicates
    capitals = re.compile(r"\s+(?:" + "|".join(said) + ")") if said else None
    opening = re.compile(rf"(?:{number_pattern(code)})\s+(?:{linkers})\s")
    return _Forms(before, place, first_time, capitals, opening)
