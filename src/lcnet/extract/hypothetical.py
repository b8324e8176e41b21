"""Figures that are not the network's state: projections, size classes and attendance.

"Ha Long would be the country's 7th city", "plus de 500 villes membres d'ici peu",
"aspira a ser la quinta ciudad": a figure under a verb of the future or a condition
speaks of what may be, not of what is. "700 villes de plus de 100 000 habitants",
"cities of over one million people": cities counted by their size are a class of
cities, not members. "Representatives from over 100 learning cities", "24 cities took part":
cities counted by who came to an event are its attendance, not the network's members.
"""

from __future__ import annotations

import re
from functools import cache

from lcnet.extract.grammar import Grammar
from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.lang import Unit
from lcnet.extract.needles import search as needled
from lcnet.extract.numbers import alternation, as_count, number_pattern, read_number
from lcnet.extract.phrase import Phrase
from lcnet.extract.sentence import OF_A_NAME, Sentence

_FUTURE_BEFORE = 70  # characters before a figure where a verb of the future rules it
_FUTURE_AFTER = 12  # ... and just after it: "500 villes membres d'ici peu"
_SIZE_CLASS = 10_000_000  # a city of more people than this is a megacity, not a count
_LARGEST_INTAKE = 120  # more than any intake (77 at most): lcnet.extract.metric's bound


def hypothetical(low: str, phrase: Phrase, sentence: Sentence, grammar: Grammar) -> bool:
    """Whether the figure is a projection or a size class rather than a state."""
    return (
        _projected(phrase, sentence)
        or _denied(low, phrase, sentence, grammar.language.code)
        or _size_class(low, phrase, grammar)
        or (_attendance(low, phrase, grammar) and not _of_the_network(low, phrase, sentence))
    )


_ANSWER_REACH = 6  # characters after the figure's sentence where its question mark may be
_NOT_REACH = 16  # characters before the figure where "and not" stands


@cache
def _denials(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A question's answer that denies it ("É verdade que mais de mil cidades fazem parte?
    Não.", "¿Son 500 ciudades? No, son 425.") and a figure denied right before it, after
    the one that holds ("54 ciudades y no 55", "54 villes et non 55", "54, not 55", "là
    54, không phải 55"): Language.answer_no, denial_links, denial_words."""
    data = _grammar(code).language
    no = alternation(data.answer_no) or "(?!)"
    links = alternation(data.denial_links) or "(?!)"
    words = alternation(data.denial_words) or "(?!)"
    return (
        re.compile(rf"[\s*_\"'\u201d\u00bb]*(?:{no})\s*[.,;:!\u2014\u2013-]"),
        re.compile(rf"(?:(?<!\w)(?:{links})|,)\s+(?:{words})\s+\Z"),
    )


def _denied(low: str, phrase: Phrase, sentence: Sentence, code: str) -> bool:
    """Whether the figure stands in a question the next words answer "no", is denied
    right before it ("y no 55"), or is what someone is told to stop saying ("arrêtez de
    dire que c'est un réseau de plus de 600 villes": Language.denied_sayings)."""
    answered_no, not_before = _denials(code)
    if not_before.search(low, max(0, phrase.start - _NOT_REACH), phrase.start):
        return True
    sayings = _denied_sayings(code)
    if sayings is not None and sayings.search(low, sentence.span.start, phrase.start):
        return True
    end = sentence.span.end
    mark = low.find("?", phrase.end, end + _ANSWER_REACH)
    if mark < 0 or any(c in low[phrase.end : mark] for c in ".!\n"):
        return _doubted_and_rejected(low, end, code)
    return answered_no.match(low, mark + 1) is not None


@cache
def _denied_sayings(code: str) -> re.Pattern[str] | None:
    forms = _grammar(code).language.denied_sayings
    if not forms:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)".replace(" ", r"\s+"))


def _doubted_and_rejected(low: str, end: int, code: str) -> bool:
    """Whether the sentence ending at `end` is put to doubt by the question right after it
    and the answer rejects its figure: 'I read that the network has more than 1,000
    cities. Is that right?' / 'DECLAN: Ha. It's a lovely thought, but no.', 'Appendix C
    says "over 450" members. Which figure should we use?' / 'A. Use 425. The Appendix C
    wording was an error' (Language.doubt_questions, rejection_words). An answer that does
    not reject it ("Das Merkblatt wird derzeit überarbeitet") keeps the figure."""
    doubts, rejection = _doubts(code)
    if doubts is None:
        return False
    question = doubts.match(low, end)
    if question is None:
        return False
    answer = _ANSWER_OPENING.match(low, question.end())
    start = answer.end() if answer is not None else question.end()
    stop = min(len(low), start + _REJECTION_REACH)
    ends = [m.end() for m in _SENTENCE_STOP.finditer(low, start, stop)]
    stop = ends[_REJECTION_SENTENCES - 1] if len(ends) >= _REJECTION_SENTENCES else stop
    return rejection.search(low, start, stop) is not None


_REJECTION_REACH = 200  # characters of the answer where its rejection may stand
_REJECTION_SENTENCES = 2  # "Ha. Gerry, it's a lovely thought, but no.": its second
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n\s*\n")
# what opens an answer before its words: quotes closing the question, a definition list's
# colon ("...? : A. Use 425"), a transcript's time mark and speaker's label, an answer's
# label ("A.", "A:", "Antwort:"), markup left over
_ANSWER_OPENING = re.compile(
    r"[\s\"'\u201d\u00bb*_]*(?::\s+)?(?:\[\d{1,2}(?::\d\d){1,2}\]\s*)?"
    r"(?:[^\W\d_][\w.'\u2019-]*(?: [^\W\d_][\w.'\u2019-]*){0,2}\s?:\s+)?"
    r"(?:[^\W\d_]\.\s+)?"
)


@cache
def _doubts(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
    """The question of doubt right after a sentence (its opening marks, a conjunction or
    two of its own words before the doubt: "So is that right?"), and the rejection."""
    data = _grammar(code).language
    if not data.doubt_questions:
        return None, re.compile("(?!)")
    doubts = alternation(data.doubt_questions)
    no = alternation(data.answer_no) or "(?!)"
    words = alternation(data.rejection_words) or "(?!)"
    return (
        re.compile(
            r"[\s\"'\u201d\u00bb*_]*(?:[(\[]?[^\W\d_]+[.)\]]\s+)?[\u00bf\u201c\u00ab\"]?"
            rf"(?:[^\W\d_]+,?\s+){{0,2}}?(?:{doubts})\s*\?"
        ),
        re.compile(rf"(?<!\w)(?:(?:{no})(?=\s*[.,;:!\u2014\u2013-]|\s*$)|(?:{words})(?!\w))"),
    )


def _of_the_network(low: str, phrase: Phrase, sentence: Sentence) -> bool:
    """Whether the network is named right after the unit: "des représentants des 229
    membres du GNLC" are the members' representatives, all of them; the 229 are the
    network's, not an attendance."""
    return any(
        cue.kind in ("gnlc", "reference")
        and (
            not low[phrase.end : cue.start].strip()
            or OF_A_NAME.fullmatch(low, phrase.end, cue.start)
        )
        for cue in sentence.networks
        if phrase.end < cue.start <= phrase.end + _OF_REACH
    )


_OF_REACH = 16  # characters between a unit and the network's name: " of the ", " della "


def _attendance(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    """Cities counted as where an event's people came from, or as taking part in it
    (Language.attendance_before, attendance_after)."""
    if phrase.unit not in _ATTENDING:
        return False
    forms = _attended(grammar.language.code)
    if forms is None:
        return False
    before, after = forms
    return (
        # str.find of the nouns of people first: the pattern starts with a lookbehind
        needled(before, low, max(0, phrase.start - _ATTENDANCE_BEFORE), phrase.start) is not None
        # "members from 50 countries take part in it": the members take part, not the
        # countries (only delegates' countries are attendance's: before the figure)
        or (phrase.unit is not Unit.COUNTRY and after.match(low, phrase.end) is not None)
        or _people_from(low, phrase, before)
    )


def taking_part(low: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a verb of taking part in an event (Language.attendance_after) stands in
    low[start:end], anywhere: "Fünf Städte nahmen an der Werkstatt teil: ..." (the
    particle far from the count)."""
    form = _taking_part(grammar.language.code)
    return form is not None and form.search(low, start, end) is not None


@cache
def _taking_part(code: str) -> re.Pattern[str] | None:
    words = _grammar(code).language.attendance_after
    if not words:
        return None
    return re.compile(
        rf"(?<!\w)(?:{'|'.join(f'(?:{w})' for w in words)})(?!\w)".replace(" ", r"\s+")
    )


def _people_from(low: str, phrase: Phrase, before: re.Pattern[str]) -> bool:
    """The figure's own unit is an event's people, told with the number of places they
    came from: "600 representatives from 80 countries" (a unit noun of the GNLC's members
    elsewhere: "Two Vietnamese representatives joined the network")."""
    if phrase.unit is Unit.COUNTRY:
        return False
    number = _DIGIT.search(low, phrase.end, phrase.end + _ATTENDANCE_BEFORE)
    if number is None:
        return False
    found = needled(before, low, phrase.start, number.start())
    return found is not None and found.start() < phrase.end


_DIGIT = re.compile(r"\d")


_ATTENDANCE_BEFORE = 60  # characters before a figure: "delegates from more than"
# what attendance counts: cities, members and the countries they came from ("Vertreter aus
# über 100 Ländern", "delegates from more than 40 countries")
_ATTENDING = frozenset({Unit.CITY, Unit.MEMBER, Unit.COUNTRY})


@cache
def _attended(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = _grammar(code).language
    if not data.attendance_before and not data.attendance_after:
        return None
    before = "|".join(f"(?:{f})" for f in data.attendance_before) or "(?!)"
    after = "|".join(f"(?:{f})" for f in data.attendance_after) or "(?!)"
    # a line may break between the words: "Vertreter aus\nüber 100 Ländern"
    before, after = before.replace(" ", r"\s+"), after.replace(" ", r"\s+")
    return re.compile(rf"(?<!\w)(?:{before})\s+$"), re.compile(rf"\s+(?:{after})(?!\w)")


def _projected(phrase: Phrase, sentence: Sentence) -> bool:
    """A verb of the future near the figure (the sentence's cues hold them: Grammar.cues)."""
    if not sentence.has("future"):
        return False  # the common case
    start = max(sentence.span.start, phrase.start - _FUTURE_BEFORE)
    end = min(sentence.span.end, phrase.end + _FUTURE_AFTER)
    if phrase.ordinal:  # a rank's clause may end in its modal, the verb last: "dass
        # Paderborn als vierte deutsche Lernstadt ein Zeichen setzen könne"
        stop = _CLAUSE_END.search(sentence.low, phrase.end, sentence.span.end)
        end = max(end, stop.start() if stop is not None else sentence.span.end)
    # a semicolon closes the figure's clause: "a network of 115 cities; it will be
    # reprinted" (the leaflet's future, not the figure's)
    start = max(start, sentence.low.rfind(";", start, phrase.start) + 1)
    mark = sentence.low.find(";", phrase.end, end)
    end = end if mark < 0 else mark
    futures = sentence.within(start, phrase.start, ("future",))
    if futures and sentence.has("group", futures[-1].end, phrase.start):
        # "We would be joining some two hundred towns", "wird sich 425 Städten anschließen":
        # the subject's joining is to come, the group it joins is there now
        futures = []
    if futures and any(
        _a_large_company(sentence.low, cue.end)
        for cue in sentence.within(futures[-1].end, phrase.start, ("along",))
    ):  # "nếu được kết nạp, Ninh Bình sẽ sánh vai cùng 425 thành phố tại 91 quốc gia": the
        # company the subject is to keep, larger than any intake, is the members there now
        # (and their countries)
        futures = []
    return bool(futures) or sentence.has("future", phrase.end, end)


_CLAUSE_END = re.compile(r"[,;:.!?\u2014\u2013]")
_COMPANY_COUNT = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}(?P<count>\d{3,})(?![\d.,]\d)")


def _a_large_company(low: str, at: int) -> bool:
    """Whether a word of company at `at` is followed by a count of more than any intake."""
    found = _COMPANY_COUNT.match(low, at)
    return found is not None and int(found["count"]) > _LARGEST_INTAKE


def _size_class(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    if phrase.unit not in (Unit.CITY, Unit.MEMBER):
        return False
    form = _sized(grammar.language.code)
    found = form.match(low, phrase.end) if form is not None else None
    if found is None:
        return False
    value = read_number(found["number"], grammar.language.code)
    count = None if value is None else as_count(value)
    return count is not None and count < _SIZE_CLASS


@cache
def _sized(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.size_linkers:
        return None
    citizens = [noun for noun, unit in data.units.items() if unit is Unit.CITIZEN]
    qualifiers = alternation(data.qualifiers) or "(?!)"
    return re.compile(
        rf"\s+(?:{alternation(data.size_linkers)})\s+(?:(?:{qualifiers})\s+)?"
        rf"(?P<number>{number_pattern(code)})\s+(?:{alternation(data.unit_linkers) or '(?!)'}\s+)?"
        rf"(?:{alternation(citizens) or '(?!)'})(?!\w)"
    )
