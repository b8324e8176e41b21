"""A country's count of none: "no German city has joined the network yet", "noch keine
deutsche Stadt", "aucune ville belge", "ninguna ciudad de Bolivia", "Việt Nam chưa có
thành phố nào", "독일 도시는 아직 없다", "日本の都市はまだない".

Only a country's count is read (never a zero of the network, of an intake or of an award:
Language.zeros says what is what). Whether the store can judge it is the check's
business: a zero is judged only for a country whose member list the store marks complete
(lcnet.check.timeline); for any other it is unverifiable.

Each form is looked for only where one of its literal words stands (str.find): most text
holds none near a name of the GNLC.
"""

from __future__ import annotations

import re
from functools import cache

from lcnet.extract.grammar import Grammar, country_named_last
from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.numbers import alternation
from lcnet.extract.occurrences import occurrences
from lcnet.extract.sentence import Sentence

# (start, end, country)
Zero = tuple[int, int, str]

_BACK = 70  # characters before a literal word where its form may start
_NAMED_REACH = 200  # characters before "the country" where its name may stand
_AHEAD = 90  # ... after it, where it may end


def zero_counts(low: str, start: int, end: int, grammar: Grammar) -> list[Zero]:
    """The countries' counts of none in low[start:end], in order, none overlapping."""
    zeros = grammar.language.zeros
    if zeros is None:
        return []
    forms, owned = _forms(grammar.language.code)
    cache: dict[str, list[int]] = {}  # each literal word's places, found once (str.find)

    def places(word: str) -> list[int]:
        found = cache.get(word)
        if found is None:
            found = cache[word] = _scan(low, start, end, word)
        return found

    found: dict[tuple[int, int], str] = {}
    for word in zeros.words:  # "keine deutsche Stadt": the form starts at the word
        for at in places(word):
            for form in forms:
                m = form.match(low, at, end)
                if m is not None:
                    _keep(m, grammar, found)
    for word in zeros.owned_words:  # "Katar hat noch keine": the country before the word
        for at in places(word):
            window = (max(start, at - _BACK), min(end, at + len(word) + _AHEAD))
            for form in owned:
                for m in form.finditer(low, *window):
                    if m.start() <= at < m.end():
                        _keep(m, grammar, found)
    kept: list[Zero] = []
    for (first, last), country in sorted(found.items()):
        if kept and first < kept[-1][1]:
            continue  # overlapping readings: the first, the longer of those that start there
        kept.append((first, last, country))
    return kept


def _scan(low: str, start: int, end: int, word: str) -> list[int]:
    """The places of `word` in low[start:end], none overlapping the one before (as a
    str.find from each one's end finds them), from the stretch's index."""
    found = []
    after = start
    for at in occurrences(low, start, end, word):
        if at >= after:
            found.append(at)
            after = at + len(word)
    return found


def _keep(m: re.Match[str], grammar: Grammar, found: dict[tuple[int, int], str]) -> None:
    country = _country(m, grammar)
    if country is not None:
        found.setdefault(m.span(), country)


def zero_metric_is_intake(sentence: Sentence, grammar: Grammar, at: int = -1) -> bool | None:
    """How a zero of this sentence is read: None, not at all (an award's, or a sentence
    with no word of membership); True, an intake's share (a verb of joining without a word
    of "so far"); False, the country's count. `at`: where the zero stands; a clause after
    a semicolon past it is another statement ("Aucune ville canadienne n'a été retenue
    cette année; le pays compte toujours trois membres": its "toujours" is the three's)."""
    zeros = grammar.language.zeros
    assert zeros is not None
    end = sentence.span.end
    if at >= 0:
        semicolon = sentence.low.find(";", at, end)
        end = semicolon if semicolon >= 0 else end
    said = sentence.low[sentence.span.start : end]
    if any(word in said for word in zeros.blockers):
        return None  # "no German city has won the award yet"
    joining = sentence.has("intake")
    if not (joining or sentence.networks or any(word in said for word in zeros.members)):
        return None  # "no German city hosted the conference"
    return joining and not any(word in said for word in zeros.still)


def _country(m: re.Match[str], grammar: Grammar) -> str | None:
    data = grammar.language
    groups = m.groupdict()
    if groups.get("subject"):  # "Le pays n'y compte aucune ville": the one named before
        return country_named_last(m.string, max(0, m.start() - _NAMED_REACH), m.start(), grammar)
    if groups.get("demonym"):
        return data.demonyms.get(" ".join(groups["demonym"].split()))
    if groups.get("country"):
        return data.country_names.get(" ".join(groups["country"].split()))
    return None


@cache
def _forms(code: str) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """The language's forms that start at their word, and those that name the country
    first, compiled."""
    data = _grammar(code).language
    assert data.zeros is not None
    fields = {
        "demonym": f"(?P<demonym>{alternation(data.demonyms) if data.demonyms else '(?!)'})",
        "country": f"(?P<country>{alternation(data.country_names)})",
        "subject": f"(?P<subject>{alternation(data.country_subjects) or '(?!)'})",
    }
    edge = "" if data.attached else r"(?<!\w)"

    def compiled(forms: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(edge + f.replace(" ", r"\s+").format(**fields)) for f in forms)

    return compiled(data.zeros.forms), compiled(data.zeros.owned)
