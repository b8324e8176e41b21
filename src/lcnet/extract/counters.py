"""Counts given by a counter alone, their noun named before in the clause (Chinese,
Korean): "网络成员已由2019年的170多个 ... 增至今天的逾300个", "其中首都11个", "회원 도시:
64개국 229개".

The noun before (a unit of the language: 成员, 城市, 首都) says what the counter counts;
nothing but the clause may stand between them (no sentence end, no other unit noun).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from lcnet.extract.lang import Language, Unit, language
from lcnet.extract.numbers import alternation, number_pattern

_REACH = 30  # characters before the number where its noun may be named
# the nouns a bare counter may stand for: cities, members, capitals, and countries
# ("首次有城市入选的国家共13个": the countries, the noun named last)
_COUNTED_UNITS = (Unit.CITY, Unit.MEMBER, Unit.CAPITAL, Unit.COUNTRY)


class Counted(NamedTuple):
    start: int  # the qualifier or the number
    end: int  # after the counter (and a qualifier after the number)
    number: str
    qualifier: str  # before the number ("逾", "超过"), or ""
    after: str  # after the number ("多", "余"), or ""
    noun: str  # the unit noun named before
    noun_at: int = -1  # where it starts (-1: touching the number, a headline's)
    # a counter of Language.bare_counters: a head's count ("加盟都市が合計5つ"), read as
    # one after its head noun is (Phrase.trailing)
    headed: bool = False


def counted(low: str, start: int, end: int, code: str) -> Iterator[Counted]:
    """Every bare counter count in low[start:end] whose noun is named before it."""
    forms = _forms(code)
    if forms is None:
        return
    count, noun_before = forms
    data = language(code)
    countries = _country_nouns(code)
    touching = _touching(code)
    if touching is not None:
        # a headline's "ハノイやリスボンなど首都１１": the capitals, their number touching
        # the noun, no counter
        for found in touching.finditer(low, start, end):
            number = found.span("number")
            yield Counted(*number, found["number"], "", "", found["noun"])
    for found in count.finditer(low, start, end):
        window_start = max(start, found.start() - _REACH)
        window = low[window_start : found.start()]
        # not countries another count's counter holds ("成员城市 91个国家425个": 国家 is
        # the 91's; the 425 are the cities named before), as a city noun may be shared
        # ("356个学习型城市…折页则写“三百余个”")
        nouns = [
            n
            for n in noun_before.finditer(window)
            if n.group() not in countries or not _counted_noun(window, n.start(), data)
        ]
        if not nouns:
            continue
        first = found.start("qualifier") if found["qualifier"] else found.start("number")
        yield Counted(
            first, found.end(), found["number"], found["qualifier"] or "",
            found["after"] or "", nouns[-1].group(), window_start + nouns[-1].start(),
            bool(data.bare_counters),
        )  # fmt: skip


@cache
def _touching(code: str) -> re.Pattern[str] | None:
    """Where words touch without spaces (ja, zh), a capitals' noun with its number right
    after it and nothing but a space or a mark after the number: a headline's count."""
    data = language(code)
    if not data.attached or not data.unspaced:
        return None
    nouns = [n for n, unit in data.units.items() if unit is Unit.CAPITAL and len(n) == 2]
    if not nouns:
        return None
    return re.compile(
        rf"(?P<noun>{alternation(nouns)})(?P<number>\d{{1,3}})(?![\d.,])"
        rf"(?=[ \t\u3000\n\u3001\u3002\uff0c,!?\uff01\uff1f)\uff09]|\Z)"
    )


@cache
def _country_nouns(code: str) -> frozenset[str]:
    return frozenset(n for n, unit in language(code).units.items() if unit is Unit.COUNTRY)


def _counted_noun(window: str, at: int, data: Language) -> bool:
    """Whether the noun at `at` follows a number or a counter (Language.counter_letters):
    another count's noun ("회원 도시: 64개국 229개": the 229 are cities)."""
    before = window[:at].rstrip()
    return bool(before) and (before[-1].isdigit() or before[-1] in data.counter_letters)


@cache
def _forms(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = language(code)
    if not data.attached or not data.unit_linkers:
        return None
    counters = alternation(
        list(data.bare_counters) or [c for c in data.unit_linkers if c not in data.person_counters]
    )
    nouns = [
        n
        for n, unit in data.units.items()
        if unit in _COUNTED_UNITS
        and not (unit is Unit.COUNTRY and data.counter_letters and n[0] in data.counter_letters)
    ]
    nouns = [n for n in nouns if len(n) > 1]  # "城" alone is a headline's, and a word's part
    qualifiers = alternation(list(data.qualifiers)) or "(?!)"
    after = alternation(list(data.qualifiers_after_number)) or "(?!)"
    letters = r"\u3400-\u9fff"
    # Korean: "회원 도시: 64개국 229개" — the counter ends its clause, or a particle follows
    # (a noun after it is its own unit: "190여 개 평생학습도시")
    particles = f"|{data.counter_particles}" if data.counter_particles else ""
    # nor a unit linker: "3つの目標" counts its own noun after it (goals); a particle that
    # closes the clause may follow ("现在已经有59个了")
    unspaced_end = rf"(?![{letters}]|{alternation(data.unit_linkers) or '(?!)'})"
    if data.counter_particles:
        unspaced_end = rf"(?:(?={data.counter_particles})|{unspaced_end})"
    ends = rf"(?=[ \t]*(?:[,.;:)\]\n]|\Z){particles})" if not data.unspaced else unspaced_end
    count = re.compile(
        rf"(?:(?P<qualifier>{qualifiers})\s*)?(?P<number>{number_pattern(code)})"
        rf"(?P<after>{after})?\s*(?:{counters}){ends}"
    )
    # the noun, then no sentence end and no other counted noun before the number
    # (a decimal point is no sentence end: "3.9亿居民"; nor is a line end within a
    # paragraph, hard-wrapped text: "국내 가입 도시는 이번 3곳을\n더해 59개가 됐다")
    noun_before = re.compile(
        rf"(?:{alternation(nouns)})(?=(?:[^\u3002\uff01\uff1f.!?\n]|\n(?![ \t]*\n)"
        rf"|(?<=\d)\.(?=\d))*\Z)"
    )
    return count, noun_before
