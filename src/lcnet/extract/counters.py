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

from lcnet.extract.lang import Unit, language
from lcnet.extract.numbers import alternation, number_pattern

_REACH = 30  # characters before the number where its noun may be named


class Counted(NamedTuple):
    start: int  # the qualifier or the number
    end: int  # after the counter (and a qualifier after the number)
    number: str
    qualifier: str  # before the number ("逾", "超过"), or ""
    after: str  # after the number ("多", "余"), or ""
    noun: str  # the unit noun named before


def counted(low: str, start: int, end: int, code: str) -> Iterator[Counted]:
    """Every bare counter count in low[start:end] whose noun is named before it."""
    forms = _forms(code)
    if forms is None:
        return
    count, noun_before = forms
    for found in count.finditer(low, start, end):
        window = low[max(start, found.start() - _REACH) : found.start()]
        nouns = list(noun_before.finditer(window))
        if not nouns:
            continue
        first = found.start("qualifier") if found["qualifier"] else found.start("number")
        yield Counted(
            first, found.end(), found["number"], found["qualifier"] or "",
            found["after"] or "", nouns[-1].group(),
        )  # fmt: skip


@cache
def _forms(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = language(code)
    if not data.attached or not data.unit_linkers:
        return None
    counters = alternation([c for c in data.unit_linkers if c not in ("名",)])
    nouns = [n for n, unit in data.units.items() if unit in (Unit.CITY, Unit.MEMBER, Unit.CAPITAL)]
    nouns = [n for n in nouns if len(n) > 1]  # "城" alone is a headline's, and a word's part
    qualifiers = alternation(list(data.qualifiers)) or "(?!)"
    after = alternation(list(data.qualifiers_after_number)) or "(?!)"
    letters = r"\u3400-\u9fff"
    # Korean: "회원 도시: 64개국 229개" — the counter ends its clause, or a particle follows
    # (a noun after it is its own unit: "190여 개 평생학습도시")
    ends = (
        r"(?=[ \t]*(?:[,.;:)\]\n]|\Z)|(?:가|로|를|이다|이며|에)(?![\uac00-\ud7a3]))"
        if not data.unspaced
        else rf"(?![{letters}])"
    )
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
