"""Is a figure about the GNLC? Precision matters more than recall here.

A figure is about the network when, in its sentence, the network cue nearest to it is
the GNLC: named ("UNESCO Global Network of Learning Cities", "GNLC", "learning cities"),
or referred to ("the network", "it now has") when the last network the text named before
the reference is the GNLC. A figure whose sentence names no network counts when its own
words say membership ("member cities", "new members") and the text named the GNLC
shortly before, or, on a page about the GNLC (its title or lead names it), when no other
network or programme was named since in its paragraph. A local association's members
are never the network's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from lcnet.extract.grammar import Grammar, country_named_last
from lcnet.extract.lang import Role, Unit, language
from lcnet.extract.numbers import alternation
from lcnet.extract.occurrences import Automaton, automaton_of, scanned
from lcnet.extract.phrase import Phrase
from lcnet.extract.sentence import (
    Cue,
    Sentence,
    Span,
    in_a_document_title,
    networks_in,
    relative_of_membership,
    share_verb_before,
    shortlisted_from,
)

# How far back (in characters) the last named network is looked for.
REFERENCE_REACH = 5000  # for "the network"
MEMBERSHIP_REACH = 2500  # for a sentence with no cue, about "member cities"
_ACROSS_CLAUSE = 1000  # added to the distance of a cue that follows past a comma
_MEMBERSHIP_ROLES = frozenset({Role.MEMBER, Role.LEARNING, Role.NEW})
_VERIFY = 120  # characters around an anchor word where its name is matched
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
# An answer right after its question: at most a short label between the question mark and
# the figure ("A:", "Answer:", "Antwort:", "R.", a dash, emphasis), a few characters.
_ANSWER_GAP = 24
_ANSWER_LABEL = re.compile(
    r"[\s*_>\-\u2013\u2014:]*(?:[^\W\d_]{1,10}[.:)]?[\s*_\-\u2013\u2014:]*)?"
)
_QUESTION_REACH = 300  # characters before a question mark where its question starts
_QUESTION_ENDS = ("\n", ". ", "! ", "? ", "\u3002", "\uff01", "\uff1f")
_CLAUSE_MARK = re.compile(r"[,;\uff0c\u3001\uff1b\u2014]")  # and the CJK ones, an em dash


class NetworkMemory:
    """Whether the network a text named last before a position is the GNLC.

    The GNLC's names are found once for the whole text (engine.gnlc_names); the other
    networks and programmes named since the last of them are read with the names'
    pattern, over that stretch only. On a page about the GNLC (its title or lead names
    it), the page's topic stands for a name before the first: another network or
    programme then holds only the rest of its own paragraph.
    """

    def __init__(self, low: str, grammar: Grammar, anchors: Sequence[int], *, topic: bool) -> None:
        self._low = low
        self._grammar = grammar
        self._anchors = anchors  # where an anchor word of the GNLC's names is, in order
        self._names: dict[int, int] = {}  # anchor -> the start of its name, or -1
        self.topic = topic
        # the predicate comes last (Language.attached: ja, ko, zh)
        self.head_final = grammar.language.attached
        # Sections whose heading names the GNLC: each is about it as a whole page is.
        self._sections: list[Span] = [] if topic else _sections(low, anchors, self._name_at)
        # Other networks' and programmes' names, from their anchor words: each stretch
        # of text is read for them once, however many questions look back over it (a
        # question looks back as far as a reference reaches: 5000 characters).
        topic_words = topic or bool(self._sections)
        words = grammar.other_anchors + grammar.furniture_anchors if topic_words else ()
        self._other_words = words or grammar.other_anchors
        self._longest = max(map(len, self._other_words), default=1)
        self._read = Span(0, 0)  # where every anchor word was looked for
        self._anchor_places: list[int] = []  # where the anchors of other names are, in order
        self._other_at: list[tuple[int, int, bool]] = []  # (anchor end, name start, a network's)
        self._looked: set[tuple[int, str]] = set()  # the anchor words read already
        self._headings: list[Span] | None = None  # every heading line, read when first asked
        self._owners: dict[int, bool] = {}  # heading start -> whether another body is named

    def gnlc_named_last(
        self, position: int, reach: int, *, networks_only: bool = False, ahead: bool = False
    ) -> bool:
        """Whether the last network (or, unless `networks_only`, programme) named before
        `position`, within `reach` characters, is the GNLC; with `ahead`, where none is
        named before it, whether the first named after it is."""
        last = self._last_name(position, reach)
        near = last >= 0
        topic = self.topic_at(position)
        if not near and not topic:  # "Au total, 64 villes ont intégré ce réseau" opens
            return ahead and self._named_first_after(position, reach)  # a text: no title
        floor = max(last, position - reach, 0)
        other = self._other_since(floor, position, networks_only)
        # the aside's own sentence: "The emirate, which holds the Creative City title,
        # joins a network of 294. In the UAE, ... to two" (the aside closes in the first)
        mark = _SENTENCE_MARK.search(self._low, other, position) if other >= 0 else None
        stop = mark.start() if mark is not None else position
        if other >= 0 and (near or topic) and _set_apart(self._low, other, stop, self._grammar):
            return True  # "The emirate, which holds the Creative City title, joins a network"
        if other < 0:
            return True
        # On a page about the GNLC, another network or programme holds its paragraph only.
        return topic and _PARAGRAPH_BREAK.search(self._low, other, position) is not None

    def owned_by_heading(self, position: int) -> bool:
        """Whether the heading of the section `position` is in names a body that is not
        the network (Language.negative_subjects), and no name of the GNLC stands between
        it and `position`: "가. 평생학습도시 지정 현황" over a table of the national scheme's
        cities (its owner words hold their own sentence; a heading's, its section)."""
        if self._headings is None:
            self._headings = _headings(self._low)
        index = bisect_right(self._headings, position, key=_start) - 1
        if index < 0:
            return False
        line = self._headings[index]
        if line.end > position or self._last_name(position, position - line.start) >= 0:
            return False
        owned = self._owners.get(line.start)
        if owned is None:
            owned = Sentence(self._low, line, self._grammar, line.end).has("negative")
            self._owners[line.start] = owned
        return owned

    def asked_of_the_gnlc(self, position: int) -> bool:
        """Whether `position` opens the answer to a question about the GNLC: a question
        mark a few characters before it, with at most an answer's label between ("A:",
        "Antwort:", a dash), and the question's last network cue the GNLC's name or a
        reference to it ("How large is the network at present? A: 425 cities")."""
        low = self._low
        mark = max(low.rfind("?", max(0, position - _ANSWER_GAP), position),
                   low.rfind("\uff1f", max(0, position - _ANSWER_GAP), position))  # fmt: skip
        if mark < 0 or _ANSWER_LABEL.fullmatch(low, mark + 1, position) is None:
            return False  # the common case: no question right before
        floor = max(0, mark - _QUESTION_REACH)
        start = max(floor - 1, *(low.rfind(end, floor, mark) for end in _QUESTION_ENDS))
        cues = networks_in(low, Span(start + 1, mark), self._grammar)
        if not cues:
            return False
        cue = max(cues, key=lambda c: c.end)
        if cue.kind == "reference":
            return self.gnlc_named_last(cue.start, REFERENCE_REACH, networks_only=True, ahead=True)
        return cue.kind == "gnlc"

    @property
    def grammar(self) -> Grammar:
        return self._grammar

    def topic_at(self, position: int) -> bool:
        """Whether the text at `position` is about the GNLC as a whole: the page, or a
        section whose heading names it."""
        if self.topic:
            return True
        index = bisect_right(self._sections, position, key=_start) - 1
        return index >= 0 and position < self._sections[index].end

    def _named_first_after(self, position: int, reach: int) -> bool:
        """Where no network or programme is named before `position` in the text, whether
        the first one named after it, within `reach`, is the GNLC: a text that opens
        with "this network" or its figures before naming it (a release whose title the
        page left out) speaks of the network it names next."""
        if self._last_name(position, position) >= 0 or self._other_since(0, position, False) >= 0:
            return False
        index = bisect_right(self._anchors, position)
        while index < len(self._anchors) and self._anchors[index] - position <= reach:
            start = self._name_at(self._anchors[index])
            if start >= position:
                return self._other_since(position, start, False) < 0
            index += 1
        return False

    def _last_name(self, position: int, reach: int) -> int:
        """Where the last name of the GNLC before `position` starts (-1 if none within
        `reach`): the anchors from the last back, each confirmed by the names' pattern."""
        index = bisect_right(self._anchors, position - 1) - 1
        while index >= 0 and position - self._anchors[index] <= reach:
            start = self._name_at(self._anchors[index])
            if 0 <= start < position:
                return start
            index -= 1
        return -1

    def _name_at(self, anchor: int) -> int:
        found = self._names.get(anchor)
        if found is None:
            found = -1
            window = max(0, anchor - _VERIFY)
            for name in self._grammar.network_names.finditer(self._low, window, anchor + _VERIFY):
                if name.start() <= anchor < name.end():
                    found = name.start() if name.lastgroup == "gnlc" else -1
                    break
            self._names[anchor] = found
        return found

    def _other_since(self, floor: int, position: int, networks_only: bool) -> int:
        """Where the last other network (or programme) is named, from an anchor word in
        low[floor:position]."""
        self._read_for(floor, position)
        first = bisect_left(self._anchor_places, floor)
        last = bisect_left(self._anchor_places, position)
        found = -1
        for end, start, network in self._other_at[first:last]:
            if end <= position and found < start < position and (network or not networks_only):
                found = start
        return found

    def _read_for(self, floor: int, position: int) -> None:
        """Read low[floor:position] for the anchor words, where it was not read yet."""
        start, end = self._read
        if floor >= end or position <= start:  # apart from what was read: read it all
            self._other_names(floor, position)
            self._read = Span(floor, position)
            return
        overlap = self._longest - 1  # a word across the edge of what was read
        if floor < start:
            self._other_names(floor, min(max(end, position), start + overlap))
        if position > end:
            self._other_names(max(start, end - overlap), position)
        self._read = Span(min(start, floor), max(end, position))

    def _other_names(self, start: int, end: int) -> None:
        """Other networks' and programmes' names in low[start:end]: from their anchor
        words, each confirmed by the names' pattern around it. str.find is several times
        faster than a pattern: a name broken by a line break is still seen where it
        matters most, in the figure's own sentence (lcnet.extract.sentence)."""
        low, looked = self._low, self._looked
        automaton = _anchor_automaton(self._other_words)
        places = scanned(automaton, low, start, end) if automaton is not None else None
        for word in self._other_words:
            for at in _places(low, start, end, word) if places is None else places.get(word, ()):
                if (at, word) not in looked:
                    looked.add((at, word))
                    named = self._confirm(at, word)
                    if named is not None:
                        index = bisect_right(self._anchor_places, at)
                        self._anchor_places.insert(index, at)
                        self._other_at.insert(index, (at + len(word), *named))

    def _confirm(self, at: int, word: str) -> tuple[int, bool] | None:
        """The other name at the anchor word `at`, if it is one: where it starts, and
        whether it is a network's (not a programme's)."""
        low = self._low
        network = self._grammar.literal_others.get(word)
        if network is not None and (at == 0 or not low[at - 1].isalnum()):
            return at, network  # "related news": the anchor is the whole name
        for name in self._grammar.network_names.finditer(low, max(0, at - _VERIFY), at + _VERIFY):
            if name.start() <= at < name.end():
                if name.lastgroup in ("other", "programme") and not in_a_document_title(
                    low, name.start(), self._grammar.language.code
                ):
                    return name.start(), name.lastgroup == "other"
                return None
        return None


@cache
def _anchor_automaton(words: tuple[str, ...]) -> Automaton | None:
    """One Aho-Corasick automaton over a language's anchor words of other names
    (lcnet.extract.occurrences): a stretch is read for all of them in one scan, not one
    str.find pass per word (51 in English, over some 1,500 characters a question)."""
    return automaton_of(list(words))


def _places(low: str, start: int, end: int, word: str) -> Iterator[int]:
    """Where `word` starts in low[start:end], overlapping places too (without
    ahocorasick_rs)."""
    at = low.find(word, start, end)
    while at >= 0:
        yield at
        at = low.find(word, at + 1, end)


def _aside_closed(low: str, at: int, position: int, grammar: Grammar) -> bool:
    """Whether the name at `at` stands in an aside a relative pronoun opens after a comma
    (Language.relative_pronouns), which a comma closes before `position`, all in one
    sentence: "Sharjah, which holds the Creative City title, joins a network of 294"."""
    form = _aside_opener(grammar.language.code)
    if form is None or position - at > _ASIDE:
        return False
    opener = max(form.finditer(low, max(0, at - _ASIDE), at), key=_match_start, default=None)
    if opener is None or _SENTENCE_MARK.search(low, opener.end(), position):
        return False
    closing = low.rfind(",", at, position)
    # a verb after the aside ("..., joins a network"), not an apposition (", a network")
    return (
        closing >= 0
        and bool(low[closing + 1 : position].split())
        and not _relative_after(low, at, position, grammar)
    )


_ASIDE = 200  # characters an aside spans, at most
_SENTENCE_MARK = re.compile(r"[.!?;:]|\n\s*\n")


def _match_start(found: re.Match[str]) -> int:
    return found.start()


@cache
def _aside_opener(code: str) -> re.Pattern[str] | None:
    words = language(code).relative_pronouns
    return re.compile(rf",\s+(?:{'|'.join(words)})\s") if words else None


def about_network(
    phrase: Phrase,
    sentence: Sentence,
    memory: NetworkMemory,
    *,
    paired: bool,
) -> bool:
    """Whether the figure phrase is a statement about the GNLC."""
    cues = sentence.networks
    if cues and memory.head_final:  # "加盟は28カ国115都市で、2年ごとに学習都市賞を贈る"
        cues = [c for c in cues if not _next_clause_other(c, phrase, sentence)]
        # "生涯学習宣言をした自治体は多いが、国内の加盟都市はまだ2都市": a programme in a
        # clause of its own before, the figure's clause headed by a word of membership
        cues = [c for c in cues if not _before_a_members_clause(c, phrase, sentence)]
    if cues:  # "Hanoi, which became a Creative City in 2019, is one of 425 member cities"
        cues = [c for c in cues if not _in_a_closed_aside(c, phrase, sentence)]
    if cues:  # "With 356 members, it is larger than the Creative Cities Network"
        cues = [c for c in cues if not _compared_with(c, phrase, sentence)]
    if cues:  # "«Nous rejoignons près de 200 villes», dit l'adjointe, qui siège aussi au
        # Réseau des villes éducatrices": the narration after a quotation closes names
        # no owner of a figure quoted
        cues = [c for c in cues if not _past_its_quotation(c, phrase, sentence)]
    if cues:  # "Hanoi has been a Creative City since 2019; it now works with 425 member
        # cities": another body's clause ends at a semicolon before the figure (also the
        # full-width one of Chinese and Japanese text)
        cues = [c for c in cues if not _past_a_semicolon(c, phrase, sentence)]
    if cues and memory.topic_at(sentence.span.start):  # "Thủ đô vốn là “Thành phố sáng
        # tạo”, nổi tiếng với ..., các lễ hội, các làng nghề, và từ nay sẽ cùng làm việc với
        # hơn 400 thành phố thành viên": on a page about the network, a body named clauses
        # and words before no longer governs the figure
        cues = [c for c in cues if not _clauses_before(c, phrase, sentence)]
    cue = _nearest(cues, phrase, sentence)
    if memory.head_final and cue is not None and cue.kind in ("other", "programme"):
        # "生涯学習都市として、294都市が名を連ねるユネスコ学習都市ネットワーク": a relative
        # clause of membership that the network's name closes holds the figure, whatever
        # other body is named nearer before it
        closing = next((c for c in cues if c.start >= phrase.end), None)
        if closing is not None and _relative_to(closing, phrase, sentence):
            cue = closing
    if cue is None:  # on a page about the GNLC, "425 cities" is the network's
        # "two others", "194 member states": of what? Only a cue in the sentence says.
        weak = phrase.unit is Unit.OTHERS or Role.WEAK in phrase.roles
        # a number whose unit a figure before it gave ("... 425 in 91 Paesi. Nel 2024
        # erano 356") speaks of what that figure counts
        plain = memory.topic_at(sentence.span.start) and not weak
        # (the people of the members named before them speak of membership too: "die
        # Mitgliedsstädte erreichen zusammen über 600 Millionen Menschen")
        members = _speaks_of_membership(phrase) or (
            memory.head_final and _members_head(phrase, sentence)
        )
        members = members or (phrase.unit is Unit.CITIZEN and _members_before(phrase, sentence))
        plain = plain or paired or phrase.gapped or members
        # "une dizaine de communes sénégalaises préparent leur candidature": applying
        # speaks of membership, as "member cities" does
        plain = plain or (weak and sentence.has("candidate"))
        # "Trois communes camerounaises figurent parmi les 64 nouveaux membres": being
        # among the new members speaks of membership too, right after the count
        plain = plain or (weak and sentence.opens("among_new", phrase.end, phrase.end + _AMONG))
        # "Le Cameroun y place trois communes": a country's share, placed by its verb
        plain = plain or (
            weak
            and phrase.unit is not Unit.OTHERS
            and share_verb_before(sentence.low, phrase.start, sentence.grammar)
        )
        plain = plain or _joined_in_its_clause(phrase, sentence, memory)
        # "韓国は56都市が加盟し、国別で最も多い。ベトナムも5都市を数え、中国は12都市に達した":
        # a country's cities right after a sentence that counted a country's members
        plain = plain or _series_of_members(phrase, sentence, memory)
        # "(la Red reúne 170 ciudades.) La presentación de 2018, que aún circula, menciona
        # «más de 180 ciudades»": a source still in use, told right after the network
        plain = plain or _still_said(sentence)
        # "Q: How large is the network at present? A: 425 cities": the answer right after a
        # question that names the GNLC (or refers to it) counts what the question asks
        plain = plain or memory.asked_of_the_gnlc(phrase.start)
        # member cities are a network's: a programme named since the GNLC owns none
        # ("我市完成申报材料, 报送国家全民终身学习活动周组委会审核。中国现有12个成员城市")
        # before any name, cities or countries are of the network named first after
        # them; members may be a council's ("Présents : 29 membres sur 35")
        ahead = phrase.unit in _AHEAD_UNITS
        # (the countries paired with members are those members': "Mitgliedsstädte: 170;
        # Staaten: 53" is owned as its members are, by a network, not a programme)
        about = plain and memory.gnlc_named_last(
            sentence.span.start, MEMBERSHIP_REACH, networks_only=members or paired, ahead=ahead
        )
    elif cue.kind == "reference":  # "the network": a network, never a programme
        about = memory.gnlc_named_last(cue.start, REFERENCE_REACH, networks_only=True, ahead=True)
    else:
        about = cue.kind == "gnlc"
    if not about:
        return False
    if cue is None:  # "1.500 miembros tiene la asociación": the subject may come after
        # "전국 평생학습도시 가운데 국내 3곳이 UIL의 승인을 얻었다": where the predicate comes
        # last, a part of another body's cities that joins or is a member is the network's
        part = (
            memory.head_final
            and sentence.has("negative")  # the common case: no other body, no question
            and _joins_after(phrase, sentence)
            and country_named_last(
                sentence.low, sentence.span.start, phrase.start, sentence.grammar
            )
            is not None
        )
        if _owned_by_another(sentence, sentence.span.start, sentence.span.end, phrase, parts=part):
            return False
        return not memory.owned_by_heading(sentence.span.start)
    if memory.head_final and _relative_to(cue, phrase, sentence):
        return (
            True  # "(大学教授)…世界229都市が加盟するネットワーク": the network's, whoever speaks
        )
    subject_from = cue.end if cue.end <= phrase.start else sentence.span.start
    if not sentence.has("negative", subject_from, phrase.start):
        return True  # the common case: no other subject (_owned_by_another's first test),
        # and no country to look for (a pass over the sentence's names)
    # "평생학습도시 가운데 59곳이 GNLC에 가입해 있다": the GNLC named after the figure owns
    # a part of another body's cities ("among")
    # (the country whose cities they are named before them: else whose part is unknown)
    # (or, where the predicate comes last, the part's own clause says joining or being a
    # member: "GNLC에는 …가입해 있으며, 국내 평생학습도시 가운데 56곳이 회원이다")
    part = (
        cue.start >= phrase.end or (memory.head_final and _joins_after(phrase, sentence))
    ) and (
        country_named_last(sentence.low, sentence.span.start, phrase.start, sentence.grammar)
        is not None
    )
    return not _owned_by_another(sentence, subject_from, phrase.start, phrase, parts=part)


_AHEAD_UNITS = frozenset({Unit.CITY, Unit.COUNTRY})
_AMONG = 80  # characters after a count where "are among the new members" may start


def _clauses_before(cue: Cue, phrase: Phrase, sentence: Sentence) -> bool:
    """Whether another network or programme is named far before the figure, two clause
    marks or more between them."""
    if cue.kind not in ("other", "programme") or cue.end > phrase.start:
        return False
    if phrase.start - cue.end < _GOVERNS:
        return False
    marks = _CLAUSE_MARK.finditer(sentence.low, cue.end, phrase.start)
    return next(marks, None) is not None and next(marks, None) is not None


_GOVERNS = 120  # characters after a name within which it may still own a figure


def _past_a_semicolon(cue: Cue, phrase: Phrase, sentence: Sentence) -> bool:
    """Whether another network or programme is named before the figure, in a clause a
    semicolon ends before it ("Hanoi has held the Creative City title since 2019; it now
    also trades ideas with 425 member cities"); after a programme's name, only when the
    figure speaks of membership: a plain count goes on with the programme's title ("Korea
    designates its own lifelong learning cities; 175 cities and districts hold it")."""
    return (
        cue.kind in ("other", "programme")
        and cue.end <= phrase.start
        and _SEMICOLON.search(sentence.low, cue.end, phrase.start) is not None
        # (a programme's designation counts places by its title: the same title goes on)
        and (cue.kind == "other" or _speaks_of_membership(phrase))
    )


def _still_said(sentence: Sentence) -> bool:
    """Whether the sentence tells of a source still in use (Language.circulation_markers)."""
    circulation = sentence.grammar.circulation
    span = sentence.span
    return (
        circulation is not None
        and circulation.search(sentence.low, span.start, span.end) is not None
    )


def _compared_with(cue: Cue, phrase: Phrase, sentence: Sentence) -> bool:
    """Whether another network or programme named after the figure is the other side of
    a comparison (Language.comparatives right before it, an article between)."""
    if cue.kind not in ("other", "programme") or cue.start < phrase.end:
        return False
    code = sentence.grammar.language.code
    form = _comparative(code)
    if form is None:
        return False
    near = max(phrase.end, cue.start - _COMPARED_REACH)
    if form.search(sentence.low, near, cue.start) is None:
        return False
    # a word of degree between them ("it is larger than", "plus grand que", "più ampia
    # di"): "di" and "che" also open a name's complement or a relative ("i 900 comuni che
    # hanno la qualifica di Città che legge": the other body's, no comparison)
    degrees = _degrees(code)
    return degrees is None or degrees.search(sentence.low, phrase.end, cue.start) is not None


_COMPARED_REACH = 24  # characters before the other network where "than the" may stand


@cache
def _degrees(code: str) -> re.Pattern[str] | None:
    words = language(code).comparative_degrees
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)") if words else None


@cache
def _comparative(code: str) -> re.Pattern[str] | None:
    words = language(code).comparatives
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s*(?:\w{{1,4}}\s+){{0,2}}\Z")


def _relative_to(cue: Cue, phrase: Phrase, sentence: Sentence) -> bool:
    """Where the predicate comes last, whether the figure stands in a short relative clause
    that the network's name or reference closes: "229都市が加盟するネットワーク", "425개 도시가
    가입한 네트워크", "356개 도시가 참여하는 GNLC", "356个城市加入的网络"."""
    return relative_of_membership(sentence, phrase.start, phrase.end, cue)


def _past_its_quotation(cue: Cue, phrase: Phrase, sentence: Sentence) -> bool:
    """Whether the figure stands in a quotation that closes before the cue: '"... nos
    coloca ao lado de quase 400 cidades", afirmou o Presidente, lembrando que Braga
    integra a Rede de Cidades Criativas' (the speaker's other network is the narrator's
    aside, not the quoted count's owner)."""
    if cue.start < phrase.end:
        return False
    low, start = sentence.low, sentence.span.start
    for opening, closing in _QUOTE_PAIRS:
        before = low.rfind(opening, start, phrase.start)
        if before < 0:
            continue
        if opening == closing:  # '"' opens and closes: inside after an odd count
            inside = low.count(opening, start, phrase.start) % 2 == 1
        else:
            inside = low.find(closing, before + 1, phrase.start) < 0
        if inside and low.find(closing, phrase.end, cue.start) >= 0:
            return True
    return False


def _in_a_closed_aside(cue: Cue, phrase: Phrase, sentence: Sentence) -> bool:
    """Whether another network or programme is named in an aside that a comma closes
    before the figure: the aside describes the subject, the figure is the main clause's."""
    if cue.kind not in ("other", "programme") or cue.end > phrase.start:
        return False
    return _set_apart(sentence.low, cue.start, phrase.start, sentence.grammar)


def _set_apart(low: str, at: int, position: int, grammar: Grammar) -> bool:
    """Whether the name at `at` stands in an aside closed by a comma before `position`: a
    relative clause (_aside_closed) or an apposition ("Hanoi, a Creative City since 2019,
    joins a network of 356 cities")."""
    if _aside_closed(low, at, position, grammar):
        return True
    opened = low.rfind(",", max(0, at - _ASIDE), at)
    closed = low.find(",", at, position)
    return (
        opened >= 0
        and closed >= 0
        and _appositions(grammar.language.code)[0].match(low, opened, at) is not None
        and _SENTENCE_MARK.search(low, opened, position) is None
        and bool(low[closed + 1 : position].split())
        and not _relative_after(low, at, position, grammar)
    )


def _relative_after(low: str, at: int, position: int, grammar: Grammar) -> bool:
    """Whether the clause after the first comma past the name at `at` is a relative
    clause (Language.relative_pronouns), which says what the name has: "und mit dem
    Netzwerk der kreativen Städte der UNESCO, dem mehr als 350 Städte angehören"."""
    form = _aside_opener(grammar.language.code)
    comma = low.find(",", at, position)
    return form is not None and comma >= 0 and form.match(low, comma) is not None


_NOUN_PHRASE_END = r"\s+(?:[^\W\d_][\w'\u2019-]*\s+){0,2}\Z"  # the article's noun follows


@cache
def _appositions(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An apposition after a name, opened by an indefinite article ("Hanoi, a Creative City
    since 2019,"; after a definite one the name is more often the subject: "En paralelo,
    la Red Argentina de Ciudades del Aprendizaje, de alcance nacional, convoca a 27
    municipios"); and one after the network's name, by either ("The UNESCO GNLC, a global
    alliance comprising 356 cities": the noun is the network itself, not another body
    that owns the figure). Language.apposition_indefinites, apposition_definites."""
    data = language(code)
    indefinite = "|".join(data.apposition_indefinites) or "(?!)"
    either = "|".join((*data.apposition_indefinites, *data.apposition_definites)) or "(?!)"
    return (
        re.compile(rf",\s+(?:{indefinite}){_NOUN_PHRASE_END}"),
        re.compile(rf"\s*\)?\s*(?:\([^()]{{1,16}}\)\s*)?,\s+(?:{either}){_NOUN_PHRASE_END}"),
    )


def _joined_in_its_clause(phrase: Phrase, sentence: Sentence, memory: NetworkMemory) -> bool:
    """ "The GNLC covers 356 cities. In China, 12 cities have joined": a verb of joining
    (or of being a member) in the figure's clause speaks of a membership, as "member
    cities" does; the network it speaks of is the one named last."""
    low = sentence.low
    marks = [m.end() for m in _CLAUSE_MARK.finditer(low, sentence.span.start, phrase.start)]
    start = marks[-1] if marks else sentence.span.start
    if len(marks) > 1 and _aside_between(low, marks[-2], marks[-1], memory.grammar):
        # "The most recent intake, announced the previous September, had brought in 77
        # cities": the subject before the aside is the clause's
        start = marks[-3] if len(marks) > 2 else sentence.span.start
    found = _CLAUSE_MARK.search(low, phrase.end, sentence.span.end)
    if found is not None and found.group() == ",":  # "Three Thai provinces, Rayong, Satun
        names = _apposition(memory.grammar.language.code).match(low, found.end())  # and
        if names is not None:  # Tak, were admitted": past the names set beside the subject
            found = _CLAUSE_MARK.search(low, names.end(), sentence.span.end)
    end = found.start() if found else sentence.span.end
    if sentence.has("intake", start, end) or sentence.has("first_time", start, end):
        return True  # "Aus 13 Staaten ist erstmals eine Stadt dabei": a first membership
    if memory.grammar.member_verbs.search(low, start, end) is not None:
        return True
    if _quoted_from_a_document(low, start, end, phrase, memory.grammar.language.document_quotes):
        return True  # "课件中仍写着“全球173个城市”": a written source's count
    # "가입을 신청한 지자체는 12곳": applying to join speaks of the membership too
    return sentence.has("candidate", start, end) and any(
        word in low[start:end] for word in memory.grammar.membership_anchors
    )


def _series_of_members(phrase: Phrase, sentence: Sentence, memory: NetworkMemory) -> bool:
    """Whether a country's count of cities goes on a series of countries' members: a
    country named before it in its sentence, and the sentence before, in its paragraph,
    a count of a country's members (a verb of being a member or of joining, or a word of
    membership, and a country): "Korea has 56 member cities. Vietnam counts five, China
    has reached twelve", "韓国は56都市が加盟し、国別で最も多い。ベトナムも5都市を数え"."""
    if phrase.unit is not Unit.CITY or Role.WEAK in phrase.roles:
        return False
    low, grammar = sentence.low, memory.grammar
    start = sentence.span.start
    if country_named_last(low, start, phrase.start, grammar) is None:
        return False
    before = _sentence_before(low, start)
    if before is None or not any(ch.isdigit() for ch in low[before:start]):
        return False
    said = grammar.member_verbs.search(low, before, start) is not None or any(
        low.find(w, before, start) >= 0 for w in _member_words(grammar)
    )
    return said and country_named_last(low, before, start, grammar) is not None


_SENTENCE_END = re.compile(r"(?:[.!?]\s|[\u3002\uff01\uff1f]|\n\s*\n)")
_SERIES_REACH = 300  # characters back where the sentence before may start


def _sentence_before(low: str, start: int) -> int | None:
    """Where the sentence before the one at `start` starts, in its paragraph (None if
    `start` opens its paragraph)."""
    floor = max(0, start - _SERIES_REACH)
    # (a sentence's span may open with the space after the stop that ends the one before)
    ends = list(_SENTENCE_END.finditer(low, floor, start + 1))
    if not ends or _PARAGRAPH_BREAK.search(low, ends[-1].start(), start):
        return None  # the sentence opens its paragraph (or nothing ends before it)
    return ends[-2].end() if len(ends) > 1 else floor


def _aside_between(low: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether the words between two commas are an aside a participle or a relative
    pronoun opens (Language.aside_openers, relative_pronouns)."""
    if low[start - 1] != "," or low[end - 1] != ",":
        return False
    opener = _aside_form(grammar.language.code)
    return opener is not None and opener.match(low, start, end) is not None


@cache
def _aside_form(code: str) -> re.Pattern[str] | None:
    data = language(code)
    forms = [data.aside_openers] if data.aside_openers else []
    forms += [rf"(?:{w})\b" for w in data.relative_pronouns]
    return re.compile(rf"\s*(?:{'|'.join(forms)})") if forms else None


def _quoted_from_a_document(
    low: str, start: int, end: int, phrase: Phrase, verbs: tuple[str, ...]
) -> bool:
    """Whether the figure stands in a quotation that a verb of writing opens before it or
    closes after it, in its clause (Language.document_quotes): "手册仍写着「全球229个
    城市」", "「世界229都市」と書かれている"."""
    if not verbs:
        return False
    before = low[start : phrase.start]
    opened = max(before.rfind(mark) for mark in _OPENING_QUOTES)
    if opened < 0 or any(mark in before[opened + 1 :] for mark in _CLOSING_QUOTES):
        return False
    if any(verb in before[:opened] for verb in verbs):
        return True
    after = low[phrase.end : end]
    closed = min((at for at in (after.find(m) for m in _CLOSING_QUOTES) if at >= 0), default=-1)
    return closed >= 0 and any(
        verb in after[closed : closed + _QUOTED_VERB_REACH] for verb in verbs
    )


_OPENING_QUOTES = ("\u201c", "\u300c", "\u300e", "'", '"', "\u2018")
_CLOSING_QUOTES = ("\u201d", "\u300d", "\u300f", "'", '"', "\u2019")
_QUOTED_VERB_REACH = 16  # "」と書かれている", "'라고 적혀 있다"


@cache
def _apposition(code: str) -> re.Pattern[str]:
    """A list of names set beside a subject, up to its closing comma: " Rayong, Satun and
    Tak," (two or more names of one to four words, the last after a conjunction)."""
    conjunctions = alternation(language(code).conjunctions) or "(?!)"
    name = r"[^\W\d_][\w'.\u2019-]*(?: [^\W\d_][\w'.\u2019-]*){0,3}"
    # its predicate follows at once: not "..., Bangkok and Phuket among them, and many"
    last = rf"(?:{conjunctions}) {name},(?! (?:{conjunctions}) )"
    return re.compile(rf" ?{name}(?:, {name})*,? {last}")


def _next_clause_other(cue: Cue, phrase: Phrase, sentence: Sentence) -> bool:
    """Where the predicate comes last, another network or programme named past a comma
    after the figure is the next clause's subject or object, not the figure's owner."""
    return (
        cue.kind in ("other", "programme")
        and cue.start >= phrase.end
        and _CLAUSE_MARK.search(sentence.low, phrase.end, cue.start) is not None
    )


def _owned_by_another(
    sentence: Sentence, start: int, end: int, phrase: Phrase, *, parts: bool = False
) -> bool:
    """Whether a subject that is not the network ("the association", "participants")
    owns the figure: not when a verb of speech follows it before the figure, for then it
    is the speaker ("与会者称网络已汇聚300余个城市"); with `parts`, not when a word of a
    part follows it before the figure ("평생학습도시 가운데 59곳이 GNLC에 가입해 있다")."""
    if not sentence.has("negative", start, end):
        return False  # the common case
    # "当協会が配布しているパンフレットには「79か国356都市」と記載されています": a
    # written source's count, quoted, is the network's, whoever hands the source out
    quoted = _document_quote_start(sentence, phrase)
    negatives = [
        n
        for n in sentence.within(start, end, ("negative",))
        if n.end > quoted
        and not _names_the_gnlc(sentence, n)
        and not _quoted_word(sentence.low, n)
        and not (parts and sentence.has("subset", n.end, phrase.start))
        and not shortlisted_from(sentence, n.end, Span(phrase.start, phrase.end))
        and not _next_clauses(sentence, phrase, n)
        and not _deep_in_a_later_clause(sentence, phrase, n)
        and not _governed_as_a_place(sentence, n)
    ]
    speech = sentence.within(start, phrase.start, ("speech",))
    if sentence.grammar.language.attached:  # "協議会の委員は「…400を超える都市が…」と紹介
        # しました": where the verb ends the sentence, the one who speaks past the quote
        closing = _closing_quote(sentence.low, phrase.end, sentence.span.end)
        if closing >= 0:
            speech = speech + sentence.within(closing, sentence.span.end, ("speech",))
    return any(
        not any(negative.end <= said.start for said in speech) or negative.start > phrase.start
        for negative in negatives
    )


def _closing_quote(low: str, start: int, end: int) -> int:
    """Where the first closing quotation mark after `start` stands (-1: none)."""
    found = [at for mark in _CLOSING_QUOTES if (at := low.find(mark, start, end)) >= 0]
    return min(found, default=-1)


def _document_quote_start(sentence: Sentence, phrase: Phrase) -> int:
    """Where the quotation opens that the figure stands in, when a verb of writing opens
    or closes it (_quoted_from_a_document); -1 when it stands in none."""
    verbs = sentence.grammar.language.document_quotes
    low, span = sentence.low, sentence.span
    if not verbs or not _quoted_from_a_document(low, span.start, span.end, phrase, verbs):
        return -1
    return max(low.rfind(mark, span.start, phrase.start) for mark in _OPENING_QUOTES)


def _next_clauses(sentence: Sentence, phrase: Phrase, negative: Cue) -> bool:
    """Whether, where words touch (ja, ko, zh: the subject first), the subject stands in
    a clause after the figure's, past a semicolon: "加入城市有59個, …; 韓國國內…的平生學習
    城市更超過190個" (the national scheme owns its 190, not the 59 before it). Not past a
    comma: "참가 부스 48곳, 체험 프로그램 120여 개" (booths, then programmes)."""
    if negative.start < phrase.end or not sentence.grammar.language.attached:
        return False
    return _SEMICOLON.search(sentence.low, phrase.end, negative.start) is not None


_SEMICOLON = re.compile(r"[;\uff1b]")


def _deep_in_a_later_clause(sentence: Sentence, phrase: Phrase, negative: Cue) -> bool:
    """Whether a word of another body after the figure stands past a clause mark, and
    not among the first words of the clause that mark opens: "L'iniziativa abbraccia 294
    città, perché si impari a ogni età e non soltanto nelle scuole" (the schools are where
    people learn, no owner of the 294). Not "Con 1.500 miembros, la asociación es la
    mayor": the next clause's subject, at its start."""
    if negative.start < phrase.end:
        return False
    mark = _CLAUSE_MARK.search(sentence.low, phrase.end, negative.start)
    return mark is not None and negative.start - mark.end() > _NEXT_SUBJECT


_NEXT_SUBJECT = 24  # characters after a clause mark where the next clause's subject stands


def _governed_as_a_place(sentence: Sentence, negative: Cue) -> bool:
    """Whether a preposition puts the word of another body in a place (Language.
    negative_governors): "« Nous rejoignons près de 200 villes, de la crèche à
    l'université »", "in 425 città, nelle scuole e nelle biblioteche" (where people
    learn, no owner of the count: a subject takes no preposition)."""
    form = _governors(sentence.grammar.language.code)
    if form is None:
        return False
    low = sentence.low
    return form.search(low, max(0, negative.start - _GOVERNOR), negative.start) is not None


_GOVERNOR = 24  # characters before a word where its preposition (and article) may stand


@cache
def _governors(code: str) -> re.Pattern[str] | None:
    # (a line may break where a space stands: "de la crèche à\nl'université")
    forms = [form.replace(" ", r"\s+") for form in language(code).negative_governors]
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})$") if forms else None


def _quoted_word(low: str, negative: Cue) -> bool:
    """Whether the word stands in a short quotation, a name the text gives the network
    ("described as a \"club of clubs\": more than 180 cities"), not another body; a quoted
    sentence ("\"The association has 200 members\"") is longer."""
    for opening, closing in _QUOTE_PAIRS:
        start = low.rfind(opening, max(0, negative.start - _SHORT_QUOTE), negative.start)
        if start < 0:
            continue
        end = low.find(closing, negative.end, start + 1 + _SHORT_QUOTE)
        if end >= 0 and low.find(closing, start + 1, negative.start) < 0:
            return True
    return False


_QUOTE_PAIRS = (('"', '"'), ("\u201c", "\u201d"), ("\u201e", "\u201c"), ("\u00ab", "\u00bb"))
_SHORT_QUOTE = 30  # characters: a name or a phrase in quotes, not a quoted sentence


def _names_the_gnlc(sentence: Sentence, negative: Cue) -> bool:
    names = [n for n in sentence.networks if n.kind == "gnlc" and n.end <= negative.start]
    return (
        bool(names)
        and _appositions(sentence.grammar.language.code)[1].match(
            sentence.low, names[-1].end, negative.start
        )
        is not None
    )


def _nearest(cues: list[Cue], phrase: Phrase, sentence: Sentence) -> Cue | None:
    """The cue nearest the figure, a name before a reference at the same distance."""
    nearest, best = None, (0, False)
    for cue in cues:
        rank = (_distance(cue, phrase, sentence), cue.kind == "reference")
        if nearest is None or rank < best:
            nearest, best = cue, rank
    return nearest


def _distance(cue: Cue, phrase: Phrase, sentence: Sentence) -> int:
    """How far a cue is from the figure; a cue after it, past a comma, is far.

    "Unlike the Creative Cities Network with its 350 members, the GNLC has 425": the
    350 belong to the network named before them, not to the one after the comma.
    """
    if cue.end <= phrase.start:
        return phrase.start - cue.end
    if cue.start >= phrase.end:
        between = sentence.low[phrase.end : cue.start]
        return cue.start - phrase.end + (_ACROSS_CLAUSE if _CLAUSE_MARK.search(between) else 0)
    return 0


def _speaks_of_membership(phrase: Phrase) -> bool:
    """ "member cities", "new members", "Vietnam's sixth city": words of a membership.

    "Two others" or plain "cities" are not: they need the network in their sentence.
    """
    if Role.WEAK in phrase.roles:
        return False  # "194 member states": UNESCO's, most likely
    if phrase.ordinal and phrase.country is not None:
        return True
    return phrase.unit is Unit.MEMBER or bool(phrase.roles & _MEMBERSHIP_ROLES)


def _before_a_members_clause(cue: Cue, phrase: Phrase, sentence: Sentence) -> bool:
    """Whether a programme (which has no members: a declaration, a national scheme) is
    named in a clause before the figure's, a clause mark between them, and a word of
    membership heads the figure's clause: the members counted are a network's. Not
    another network ("创意城市网络, 成员逾350个": its own members)."""
    if cue.kind != "programme" or cue.end > phrase.start:
        return False
    marks = [m.end() for m in _CLAUSE_MARK.finditer(sentence.low, cue.end, phrase.start)]
    if not marks:
        return False
    low = sentence.low
    return any(low.find(w, marks[-1], phrase.start) >= 0 for w in _member_words(sentence.grammar))


def _joins_after(phrase: Phrase, sentence: Sentence) -> bool:
    """Whether the figure's clause after it holds a verb of joining or a word of
    membership (Grammar.relative_members), and no other body: "…3곳이 승인을 얻었다",
    "…56곳이 회원이다" (not "…5곳이 우수 평생학습도시로 선정됐다", the body's own choice)."""
    low = sentence.low
    mark = _CLAUSE_MARK.search(low, phrase.end, sentence.span.end)
    end = mark.start() if mark is not None else sentence.span.end
    if sentence.has("negative", phrase.end, end):
        return False
    return sentence.has("intake", phrase.end, end) or any(
        low.find(w, phrase.end, end) >= 0 for w in sentence.grammar.relative_members
    )


def _members_before(phrase: Phrase, sentence: Sentence) -> bool:
    """Whether the network's members, a plural noun of membership (Language.unit_roles of
    Role.MEMBER: "Mitgliedsstädte", "member cities"), are named before a count of people
    in its sentence: "die Mitgliedsstädte erreichen zusammen über 600 Millionen Menschen"."""
    low = sentence.low
    return any(
        low.find(word, sentence.span.start, phrase.start) >= 0
        for word in _member_nouns(sentence.grammar.language.code)
    )


@cache
def _member_nouns(code: str) -> tuple[str, ...]:
    data = language(code)
    nouns = [word for word, roles in data.unit_roles.items() if Role.MEMBER in roles]
    # (single words only: "le nombre de" counts anything)
    return tuple(w for w in (*nouns, *_member_words_of(code)) if " " not in w)


def _members_head(phrase: Phrase, sentence: Sentence) -> bool:
    """Where the predicate comes last, whether a word of membership (Language.
    modifiers_before of Role.MEMBER) heads the figure's clause: "日本の加盟都市は、岡山市と
    多久市の2都市です", "국내 회원 도시는 53곳이 됐다" (the members, counted)."""
    low = sentence.low
    marks = [m.end() for m in _HEAD_MARK.finditer(low, sentence.span.start, phrase.start)]
    start = marks[-1] if marks else sentence.span.start
    return any(low.find(w, start, phrase.start) >= 0 for w in _member_words(sentence.grammar))


_HEAD_MARK = re.compile(r"[;\uff1b\u3002]")  # a clause's head may run past a topic's comma


def _member_words(grammar: Grammar) -> tuple[str, ...]:
    return _member_words_of(grammar.language.code)


@cache
def _member_words_of(code: str) -> tuple[str, ...]:
    modifiers = language(code).modifiers_before
    return tuple(word for word, role in modifiers.items() if role is Role.MEMBER)


_HEADING_LENGTH = 100  # characters: a heading is one short line
_HEADING_END = re.compile(r"[.!?:;,\u2026\u3002\uff01\uff1f]\s*\Z")  # a sentence's end


def _sections(low: str, anchors: Sequence[int], name_at: Callable[[int], int]) -> list[Span]:
    """The sections whose heading names the GNLC, each up to the next heading.

    A heading is a Markdown heading line ("## ..."), or a line that stands alone between
    blank lines, short and not ended as a sentence is (an HTML <h2>, a plain-text
    title). "2. Learning cities" over three paragraphs makes them about the GNLC as its
    title would; the next heading ends that.
    """
    sections: list[Span] = []
    for anchor in anchors:
        if sections and anchor < sections[-1].end:
            continue
        line = _line_around(low, anchor)
        if not _heading(low, line) or name_at(anchor) < 0:
            continue
        sections.append(Span(line.end, _next_heading(low, line.end)))
    return sections


def _headings(low: str) -> list[Span]:
    """Every heading line of the text (_heading), in order: each stands alone after a
    blank line or at the text's start (a Markdown heading may not: "## ..." lines too)."""
    found: list[Span] = []
    starts = [0]
    at = low.find("\n\n")
    while at >= 0:
        starts.append(at + 2)
        at = low.find("\n\n", at + 2)
    at = low.find("\n#")
    while at >= 0:
        starts.append(at + 1)
        at = low.find("\n#", at + 1)
    for start in sorted(set(starts)):
        line = _line_around(low, start)
        if line.start == start and _heading(low, line) and not _key_figure_row(low, line):
            found.append(line)
    return found


def _line_around(low: str, position: int) -> Span:
    start = low.rfind("\n", 0, position) + 1
    end = low.find("\n", position)
    return Span(start, len(low) if end < 0 else end)


def _heading(low: str, line: Span) -> bool:
    text = low[line.start : line.end].strip()
    if text.startswith("#"):
        return True
    if not text or len(text) > _HEADING_LENGTH or _HEADING_END.search(text):
        return False
    before = low[max(0, line.start - 2) : line.start]
    after = low[line.end : line.end + 2]
    alone_before = line.start == 0 or before == "\n\n" or not low[: line.start].strip()
    return alone_before and (after in ("\n\n", "") or line.end >= len(low) - 1)


def _next_heading(low: str, position: int) -> int:
    """Where the next heading after `position` starts (the text's end if none)."""
    at = position
    while at < len(low):
        end = low.find("\n", at + 1)
        end = len(low) if end < 0 else end
        line = Span(at + 1 if low[at] == "\n" else at, end)
        if line.start < end and _heading(low, line) and not _key_figure_row(low, line):
            return line.start
        at = end
    return len(low)


# "Member cities: 79 countries, 356" under a heading: a row of its key figures (an HTML
# list's items stand alone as headings do), which goes on with the heading's section
_ROW = re.compile(r"[:\uff1a][^\n]*\d")


def _key_figure_row(low: str, line: Span) -> bool:
    colon = low.find(":", line.start, line.end)
    if colon < 0:
        colon = low.find("\uff1a", line.start, line.end)
    return colon >= 0 and _ROW.match(low, colon, line.end) is not None


def _start(span: Span) -> int:
    return span.start
