"""Two counts said after the words they count, in the same order: "UIL put the intake
and the new total at 72 and 425", "das UIL bezifferte Aufnahme und Gesamtzahl auf 72
und 425". Each bare number counts what its word names: an intake's new members, the
network's members, its countries (Language.respective_new, respective_total,
respective_countries; the words before the numbers: respective_links).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from lcnet.extract.grammar import Grammar, spaced
from lcnet.extract.lang import Role, Unit, language
from lcnet.extract.numbers import alternation, as_count, read_number
from lcnet.model import Qualifier

_REACH = 120  # characters before the numbers where the words they count may stand
_NUMBER = r"\d{1,3}(?:[,.\u00a0\u202f]\d{3})+|\d{1,4}"
_NEW = frozenset({Role.NEW})
_MEMBER = frozenset({Role.MEMBER})
_NONE: frozenset[Role] = frozenset()


class _Forms(NamedTuple):
    pair: re.Pattern[str]  # "72 and 425"
    linked: re.Pattern[str]  # "and 425": the conjunction leads, so re skips to it in C
    heads: re.Pattern[str]  # "the intake and the new total at", ending where the pair starts
    new: re.Pattern[str]
    total: re.Pattern[str]
    countries: re.Pattern[str]
    # "set the figures at": words that stand for two counts named before, and the pair
    # of words they stand for, anywhere before ("the intake and the total")
    anaphor: re.Pattern[str] | None
    named: re.Pattern[str]


@cache
def _forms(code: str) -> _Forms | None:
    data = language(code)
    if not data.respective_links or not data.conjunctions:
        return None
    conjunction = alternation(data.conjunctions)
    kinds = (data.respective_new, data.respective_total, data.respective_countries)
    head = "|".join(f"(?:{form})" for kind in kinds for form in kind)
    article = alternation(data.respective_articles) if data.respective_articles else "(?!)"
    links = alternation(data.respective_links)
    heads = spaced(
        rf"(?<!\w)(?:(?:{article}) )?(?P<a>{head}) (?:{conjunction}) (?:(?:{article}) )?"
        rf"(?P<b>{head})(?: [^\W\d]+){{0,3}}? (?:{links}) \Z"
    )
    # the first digit leads, its lookbehind after it: re then skips to digits in C (a
    # leading lookbehind is tried at every character: a quarter of English extraction)
    first = r"\d(?<![\w.,]\d)(?:\d{0,2}(?:[,.\u00a0\u202f]\d{3})+|\d{0,3})"
    pair = rf"(?P<n1>{first}) (?:{conjunction}) (?P<n2>{_NUMBER})(?![\w%]|[.,]\d)"

    def one(kind: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(spaced("|".join(f"(?:{form})" for form in kind) or "(?!)"))

    linked = re.compile(spaced(rf"(?:{conjunction}) \d"))
    anaphor = None
    if data.respective_anaphora:
        anaphora = "|".join(f"(?:{form})" for form in data.respective_anaphora)
        anaphor = re.compile(spaced(rf"(?<!\w)(?:{anaphora})(?: [^\W\d]+){{0,4}}? (?:{links}) \Z"))
    named = spaced(
        rf"(?<!\w)(?:(?:{article}) )?(?P<a>{head}) (?:{conjunction}) (?:(?:{article}) )?"
        rf"(?P<b>{head})(?!\w)"
    )
    new, total, countries = map(one, kinds)
    return _Forms(
        re.compile(spaced(pair)),
        linked,
        re.compile(heads),
        new,
        total,
        countries,
        anaphor,
        re.compile(named),
    )


def respective(
    low: str, start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], None, None]]:
    """(start, end, unit, value, qualifier, roles, country, region) of each number of a
    pair whose words come before it."""
    forms = _forms(grammar.language.code)
    if forms is None:
        return
    if not any(
        _after_a_number(low, link.start()) for link in forms.linked.finditer(low, start, end)
    ):
        return  # the common case: no "<number> and <number>", which the pair pattern, led
        # by a digit, would look for at every digit (a tenth of English extraction, #14)
    code = grammar.language.code
    for pair in forms.pair.finditer(low, start, end):
        said = forms.heads.search(low, max(start, pair.start() - _REACH), pair.start())
        if said is None:
            said = _named_before(low, start, pair.start(), forms)
        kinds: tuple[tuple[Unit, frozenset[Role]] | None, ...]
        if said is not None:
            kinds = (_kind(said["a"], forms), _kind(said["b"], forms))
        elif _said_figures(low, start, pair, forms, code):
            kinds = ((Unit.MEMBER, _NEW), (Unit.MEMBER, _MEMBER))  # an intake, then a total
        else:
            continue
        # "the newcomers and their countries": the countries of the intake
        intake = any(k is not None and k[1] is _NEW for k in kinds)
        for kind, group in zip(kinds, ("n1", "n2"), strict=True):
            if intake and kind is not None and kind[0] is Unit.COUNTRY:
                kind = Unit.COUNTRY, _NEW
            number = read_number(pair[group], code)
            value = None if number is None else as_count(number)
            if kind is None or value is None:
                break
            unit, roles = kind
            yield (
                pair.start(group),
                pair.end(group),
                unit,
                value,
                Qualifier.EXACT,
                roles,
                None,
                None,
            )


_BACK = 300  # characters before "the figures" where the counts they stand for are named


def _named_before(low: str, start: int, at: int, forms: _Forms) -> re.Match[str] | None:
    """For "set the figures at 54 and 229", the last pair of counted words named before
    ("the intake and the total"), in the paragraph."""
    if forms.anaphor is None:
        return None
    anaphor = forms.anaphor.search(low, max(start, at - _REACH), at)
    if anaphor is None:
        return None
    pairs = list(forms.named.finditer(low, max(start, anaphor.start() - _BACK), anaphor.start()))
    return pairs[-1] if pairs else None


_LARGEST_INTAKE = 80  # the network's intakes have had at most 77 cities
_SMALLEST_TOTAL = 100  # ... and its total at least 115


def _said_figures(low: str, start: int, pair: re.Match[str], forms: _Forms, code: str) -> bool:
    """ "the first announcement gave the figures as 55 and 230", "corrected both figures
    days later to 54 and 229": where no counts are named before "the figures", a pair
    that only an intake and the network's total can be, in that order (a few dozen, then
    over a hundred and more), is the announcement's pair."""
    if forms.anaphor is None:
        return False
    if forms.anaphor.search(low, max(start, pair.start() - _REACH), pair.start()) is None:
        return False
    context = _context(code)  # an announcement or a correction said before them
    if (
        context is None
        or context.search(low, max(start, pair.start() - _BACK), pair.start()) is None
    ):
        return False  # "the council set the figures at 54 and 229 for its budget"
    first, second = read_number(pair["n1"], code), read_number(pair["n2"], code)
    if first is None or second is None:
        return False
    return 0 < first <= _LARGEST_INTAKE and second >= _SMALLEST_TOTAL


@cache
def _context(code: str) -> re.Pattern[str] | None:
    data = language(code)
    words = (*data.announcement_cues, *data.correction_cues, *data.superseded_cues)
    return re.compile("|".join(f"(?:{w})" for w in words)) if words else None


def _after_a_number(low: str, at: int) -> bool:
    """Whether white space and a digit stand before `at` (a conjunction's start)."""
    before = at - 1
    while before >= 0 and low[before].isspace():
        before -= 1
    return before < at - 1 and before >= 0 and low[before].isdigit()


def _kind(head: str, forms: _Forms) -> tuple[Unit, frozenset[Role]] | None:
    if forms.new.fullmatch(head):
        return Unit.MEMBER, _NEW
    if forms.total.fullmatch(head):
        return Unit.MEMBER, _MEMBER
    if forms.countries.fullmatch(head):
        return Unit.COUNTRY, _NONE
    return None
