"""A named member's joining told in the clause that modifies its name, where that clause
comes before the name (Language.joined_named): "2016年に加盟した岡山市など、76か国の294
都市が参加している", "2022년 가입한 세종시를 포함해 76개국 294개 도시가 회원이다",
"包括2022年加入的杭州在内, 网络共有294个城市". The verb of joining and its date are the
member's: they neither make the figure after them an intake nor date it.
"""

from __future__ import annotations

import re
from functools import cache

from lcnet.extract.grammar import grammar as grammar_of
from lcnet.extract.grammar import spaced
from lcnet.extract.sentence import Span


@cache
def _form(code: str) -> re.Pattern[str] | None:
    data = grammar_of(code).language
    return re.compile(data.joined_named) if data.joined_named else None


def joined_named_at(low: str, at: int, end: int, code: str, limit: int) -> bool:
    """Whether the words from `at` (right after a date) tell a named member's joining
    that ends before `end`: "に加盟した岡山市など" after "2016年". The form may look on to
    `limit` (its sentence's end: the tense of the clause after a topic)."""
    form = _form(code)
    found = form.match(low, at, limit) if form is not None else None
    return found is not None and found.end() <= end


@cache
def since_event(code: str) -> re.Pattern[str] | None:
    """Language.since_event, its year a year's digits."""
    data = grammar_of(code).language
    if not data.since_event:
        return None
    return re.compile(spaced(data.since_event.replace("{year}", r"(?:19|20)\d\d")))


def past_joined_named(low: str, span: Span, code: str, limit: int) -> Span:
    """The part of `span` after the last named member's joining in it, or the last
    joining in a clause of its own since which the state after it holds ("我市于2016年
    加入全球学习型城市网络, 与294个成员城市开展合作": Language.since_event); each form may
    look on to `limit`, its sentence's end."""
    start = span.start
    for form in (_form(code), since_event(code)):
        if form is None:
            continue
        for found in form.finditer(low, span.start, limit):
            if found.end() > span.end:
                break
            start = max(start, found.end())
    return Span(start, span.end) if start != span.start else span
