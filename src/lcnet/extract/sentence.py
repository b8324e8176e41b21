"""A sentence and the cues in it, found once for all the figures it holds.

Cues are the words the engine weighs: network names and references (is it the GNLC?),
and the words that make a figure an intake's or a total, a candidate count, a local
association's, first-time countries. Each kind is matched by one combined pattern in one
pass over the sentence: many short passes over the same words cost several times more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import NamedTuple

from lcnet.extract.grammar import Grammar
from lcnet.extract.lang import language

_AFTER_LAST = 200  # characters after the last figure where cues are still read: a list
# of names may stand between a figure and its verb ("12 countries, including A, B and C,
# which are joining for the first time")


class Span(NamedTuple):
    start: int
    end: int


class Cue(NamedTuple):
    start: int
    end: int
    kind: str  # "gnlc", "other", "reference", or a group of Grammar.cues ("total", ...)


class Sentence:
    def __init__(self, low: str, span: Span, grammar: Grammar, last_figure_end: int) -> None:
        self.low = low
        self.span = span
        self.networks = networks_in(low, span, grammar)
        # Where words touch, verbs end their clause however far (Korean, Japanese);
        # elsewhere cues matter before a figure and just after it: no need to read further.
        self.touching = grammar.language.attached
        self._cue_end = span.end if self.touching else min(span.end, last_figure_end + _AFTER_LAST)
        self._grammar = grammar
        self._cues: list[Cue] | None = None
        self._by_kind: dict[str, list[Cue]] = {}

    @property
    def grammar(self) -> Grammar:
        return self._grammar

    @property
    def cues(self) -> list[Cue]:
        """The cues in the sentence, read at the first question: a sentence whose figures
        are about no network is never asked."""
        if self._cues is None:
            self._cues = self._read_cues()
            for cue in self._cues:  # questions ask for a kind: "intake", "negative"
                self._by_kind.setdefault(cue.kind, []).append(cue)
        return self._cues

    def _read_cues(self) -> list[Cue]:
        found = self._grammar.cues.finditer(self.low, self.span.start, self._cue_end)
        names = [c for c in self.networks if c.kind != "reference"]
        # where the names are, at most: a cue outside is in none (no generator per cue)
        first = min((c.start for c in names), default=0)
        last = max((c.end for c in names), default=0)
        cues = [  # "network of" in a network's name is no cue
            Cue(start, end, m.lastgroup or "")
            for m in found
            for start, end in (m.span(),)
            if end <= first
            or start >= last
            or not any(c.start < end and start < c.end for c in names)
        ]
        if any(c.kind == "intake" for c in cues):  # rare: most sentences tell no joining
            before = _before_words(self._grammar.language.code)
            cues = [c for c in cues if c.kind != "intake" or not _governed(self.low, c, before)]
        return cues

    def _of_kind(self, kind: str) -> Sequence[Cue]:
        if self._cues is None:
            self.cues  # noqa: B018  (a property that reads them)
        return self._by_kind.get(kind, ())

    def within(self, start: int, end: int, kinds: Iterable[str]) -> list[Cue]:
        """The cues of those kinds that lie in low[start:end], in order."""
        found = [c for k in kinds for c in self._of_kind(k) if start <= c.start and c.end <= end]
        return sorted(found) if len(found) > 1 else found  # in order of place, as read

    def has(self, kind: str, start: int | None = None, end: int | None = None) -> bool:
        cues = self._of_kind(kind)
        if not cues:
            return False  # most kinds, in most sentences: no generator is made
        low_end = self.span.start if start is None else start
        high_end = self.span.end if end is None else end
        return any(low_end <= c.start and c.end <= high_end for c in cues)

    def opens(self, kind: str, start: int, end: int) -> bool:
        """Whether a cue of `kind` starts between `start` and `end`, both included (it
        may end past `end`)."""
        return any(start <= c.start <= end for c in self._of_kind(kind))


_RELATIVE_REACH = 12  # characters between a figure and the network its clause describes
_CLAUSE_MARK = re.compile(r"[,;\uff0c\u3001\uff1b\u2014]")  # and the CJK ones, an em dash


def relative_of_membership(sentence: Sentence, start: int, end: int, cue: Cue) -> bool:
    """Where the predicate comes last, whether the words from a figure (low[start:end])
    to the network's name or reference `cue` are a short relative clause of membership,
    which makes the figure the network's: "229都市が加盟するネットワーク", "425개 도시가 가입한
    네트워크", "356개 도시가 참여하는 GNLC", "356个城市组成的网络" (Language.relative_members);
    in Chinese the clause's verb may stand before the figure, "的" alone after it:
    "汇聚79个国家356个城市的网络"."""
    if cue.kind not in ("gnlc", "reference") or not end <= cue.start <= end + _RELATIVE_REACH:
        return False
    low, words = sentence.low, sentence.grammar.relative_members
    between = low[end : cue.start]
    if _CLAUSE_MARK.search(between) is not None:
        return False
    if any(word in between for word in words):
        return True
    if between.strip() not in sentence.grammar.language.relative_linkers:
        return False
    before = low[max(sentence.span.start, start - _VERB_BEFORE) : start]
    mark = max((m.end() for m in _CLAUSE_MARK.finditer(before)), default=0)
    return any(word in before[mark:] for word in words)


_VERB_BEFORE = 12  # characters before a figure where the verb of its relative clause stands


def describes_the_network(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the figure at low[start:end] stands in a relative clause of membership
    that the network's name closes (relative_of_membership), with no word of joining in
    it: a count of the network as it is, whatever verb the main clause ends in ("79개국
    356개 도시가 활동하는 GNLC에 합류했다": the 356 are its members, not the intake; not "64개
    도시가 새로 가입한 GNLC", the newcomers)."""
    if not sentence.touching:
        return False
    for cue in sentence.networks:
        if cue.start >= end:
            return relative_of_membership(sentence, start, end, cue) and not sentence.has(
                "intake", end, cue.start
            )
    return False


def share_verb_before(low: str, at: int, grammar: Grammar) -> bool:
    """Whether a verb of Language.share_verbs stands right before `at` (a clitic of place
    allowed before it): "Le Cameroun y place trois communes", "Colombia coloca tres
    ciudades": a country's share of an intake."""
    return share_verb_length(low[max(0, at - 30) : at].split(), grammar) > 0


def share_verb_length(words: list[str], grammar: Grammar) -> int:
    """The number of words of the verb of Language.share_verbs that `words` end with
    ("place": 1, "fait entrer": 2), or 0."""
    verbs = grammar.language.share_verbs
    if not verbs or not words:
        return 0  # the common case
    text = " ".join(words[-3:])  # no verb is longer than three words
    for verb in verbs:
        if text == verb or text.endswith(f" {verb}"):
            return len(verb.split())
    return 0


def shortlisted_from(sentence: Sentence, start: int, figure: Span) -> bool:
    """Where words touch, whether a word of "among" after `start` is followed, in the
    clause of the figure at low[figure.start:figure.end], by a word of the network's
    shortlist (Language.shortlist_words): the cities counted there, and their part, are
    the network's applicants and candidates, whatever body the words before `start` name
    ("국내 평생학습도시 11곳 중 3곳이 국내 후보 도시로 선정됐다"; not "…12곳 중 5곳이 우수
    평생학습도시로 선정됐으며, 시는 GNLC 후보로도 뽑혔다", a shortlist of another clause)."""
    words = sentence.grammar.language.shortlist_words
    if not words or not sentence.touching:
        return False
    low, span = sentence.low, sentence.span
    among = sentence.within(start, span.end, ("subset",))
    if not among:
        return False
    # a clause ends at a verb before a comma (Language.clause_closers), not at the commas
    # of a list of names ("9곳 가운데 전북 부안군, 경기 하남시와 함께 국내 후보로")
    ends = _clause_ends(sentence.grammar.language.code)
    marks = [m.end() for m in ends.finditer(low, span.start, figure.start)]
    clause_start = max(marks[-1] if marks else span.start, start)
    after = ends.search(low, figure.end, span.end)
    clause_end = after.start() if after is not None else span.end
    if among[0].start >= clause_end:  # "14곳이 도전했고, 이 가운데 3곳이 후보로": the
        after = ends.search(low, among[0].end, span.end)  # clause "among" opens
        clause_end = after.start() if after is not None else span.end
    return any(low.find(w, clause_start, clause_end) >= 0 for w in words)


@cache
def _clause_ends(code: str) -> re.Pattern[str]:
    """A clause's end: a verb that closes it before a comma (Language.clause_closers), or
    a semicolon; where the language gives no closers, any clause mark."""
    closers = language(code).clause_closers
    if not closers:
        return _CLAUSE_MARK
    return re.compile("|".join([*(f"(?:{c})" for c in closers), r"[;\uff1b]"]))


# A document about learning cities in title brackets (zh 《》, ja and ko 『』, ko and zh 〈〉),
# its last word a kind of document: "《学习型城市知识手册》", "『生涯学習まちづくりハンド
# ブック』", "『평생학습도시 안내서』". A national scheme's name inside it names the document,
# not the network a figure after it belongs to ("手册中仍写着“全球294个城市”"). Another
# programme's document ("『創造都市ガイド』") or list ("《世界遗产名录》") still names it.
_TITLE_OPENERS = "《『〈"


@cache
def _document_title(code: str) -> re.Pattern[str] | None:
    """A document's title (Language.title_learning, title_documents), from its bracket."""
    data = language(code)
    if not data.title_learning or not data.title_documents:
        return None
    learning, documents = "|".join(data.title_learning), "|".join(data.title_documents)
    return re.compile(
        rf"[《『〈](?=[^《》『』〈〉\n]{{0,40}}?(?:{learning}))[^《》『』〈〉\n]{{0,40}}?(?:{documents})"
        r"\s*[》』〉]"
    )


_TITLE_REACH = 40  # characters from a title's opening bracket to a name in it, at most


def in_a_document_title(low: str, at: int, code: str) -> bool:
    """Whether the name at `at` stands in a document's title (see _document_title)."""
    title = _document_title(code)
    if title is None:
        return False
    floor = max(0, at - _TITLE_REACH)
    opening = max(low.rfind(c, floor, at) for c in _TITLE_OPENERS)
    if opening < 0:
        return False
    found = title.match(low, opening)
    return found is not None and found.end() > at


def networks_in(low: str, span: Span, grammar: Grammar) -> list[Cue]:
    """The network names and references, names first where they overlap; another
    network's name in a document's title is none."""
    start, end = span
    cues: list[Cue] = []
    if grammar.network_finder.search(low, start, end):
        for m in grammar.network_names.finditer(low, start, end):
            if m.lastgroup != "gnlc" and in_a_document_title(
                low, m.start(), grammar.language.code
            ):
                continue
            cues.append(Cue(m.start(), m.end(), m.lastgroup or ""))
    if grammar.reference_finder.search(low, max(0, start - 1), end + 1):
        for m in grammar.references.finditer(low, span.start, span.end):
            if any(m.start() < c.end and c.start < m.end() for c in cues):
                continue  # in a name
            named = next(
                (i for i, c in enumerate(cues)
                 if c.kind == "other"
                 and (OF_A_NAME.fullmatch(low, m.end(), c.start)
                      or _NAME_RIGHT_AFTER.fullmatch(low, m.end(), c.start))),
                None,
            )  # fmt: skip
            if named is None:
                cues.append(Cue(m.start(), m.end(), "reference"))
            else:  # "le Réseau des villes créatives": the other network's name, whole
                cues[named] = cues[named]._replace(start=m.start())
    return cues


def _governed(low: str, cue: Cue, before: re.Pattern[str] | None) -> bool:
    """Whether a word of joining is the object of "before" or "until": "prima
    dell'ingresso di Lucca e Trieste, le italiane erano tre" tells the count before an
    intake, not the intake (Language.later_clause, a few words apart at most)."""
    return before is not None and before.search(low, max(0, cue.start - 40), cue.start) is not None


@cache
def _before_words(code: str) -> re.Pattern[str] | None:
    data = language(code)
    # "before" and "until" (Language.later_clause), and "at the time of" (earlier_date):
    # "prima dell'ingresso di", "all'epoca dell'ingresso di"
    words = [*data.later_clause, *([data.earlier_date] if data.earlier_date else [])]
    if not words:
        return None
    return re.compile(
        rf"(?:{'|'.join(words)})(?:[^\W\d_]{{0,3}}['\u2019]|[^\W\d_]{{0,3}}\s+)?"
        r"(?:[^\W\d_]{1,5}(?:['\u2019]|\s+)){0,2}\Z"
    )


# The name right after "the network", a quotation mark at most between: "la rete Cittaslow",
# "le réseau « Villes Internet »" (one name, the other network's)
_NAME_RIGHT_AFTER = re.compile(r"\s+[\"\u00ab\u201c]?\s*")
# The words between "the network" and another network's name that make them one name:
# "le réseau des villes créatives", "la rete delle città creative", "la red de ciudades
# creativas", "das Netzwerk der Kreativen Städte"
OF_A_NAME = re.compile(r"\s+[^\W\d_]{1,5}(?:\s+[^\W\d_]{1,3})?\s+|\s+[^\W\d_]{1,2}['\u2019]")
