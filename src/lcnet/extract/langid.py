"""Which language a text is in, and where a text changes language.

    detect("Das Netzwerk zählt 425 Städte.")     # "de"
    detect("이 네트워크에는 425개 도시가 있다.")     # "ko"
    detect("425")                                 # "": nothing tells
    main_language(text, declared="en")            # the text's language, the hint weighed
    language_runs(text, "pt")                     # [Run(0, 812, "pt"), Run(812, 1290, "en")]

Codes are ISO 639-1 ("no" for Norwegian). The detector names the languages lcnet reads
and the ones it does not (Turkish is "tr", never a guess among the read ones): which of
them lcnet reads is lcnet.extract.lang.CODES, not this module's business.

How: the script first. Hangul is Korean, Kana among Han is Japanese, Han alone Chinese;
Greek, Armenian, Thai ... name their language. Text in Latin, Cyrillic or Arabic
letters goes to fastText's language identification model (lid.176.ftz, shipped with
lcnet, read by fasttext-predict): on short paragraphs in 25 languages and on the
store's ~300 claim phrases it was right where frequent words alone were not (Turkish
read as German, Romanian as Vietnamese), it loads in ~12 ms and reads a paragraph in
~15 us. Where fasttext-predict is not installed, frequent words and the letters few
languages use decide instead (detect_by_words).

A declared language (<html lang>, front matter `lang:`) is a hint, not the truth: it
wins unless another language of its script clearly outweighs it; the language of the
paragraphs around is the hint for each paragraph.

`language_runs` cuts a text into runs of one language, at blank lines: a Portuguese
page that quotes the English release is a Portuguese run, an English one, and a
Portuguese one again. Paragraphs too short to tell (a heading, "425", a table cell, a
name in another script) go with the run before them. An English block of ~8,000
characters with no letter of another script, no more accents than a few names carry
and "the" plainly frequent is taken whole, at the speed of str.count: most of a big
English corpus, curly quotes or not. What that can miss: a short paragraph (four
accents or fewer) in another Latin language, or one in a language written without
accents (Indonesian), inside such a block. Other texts are read paragraph by paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from math import sqrt
from typing import Any, NamedTuple

from lcnet.extract.lang.identify import (
    JAPANESE_HAN,
    LETTERS,
    MODEL,
    MODEL_CODES,
    NAMES,
    NEEDLES,
    QUOTED_NAMES,
    QUOTED_NEEDLE,
    SCRIPT_DEFAULTS,
    SCRIPT_RANGES,
    SINGLE_LANGUAGE_SCRIPTS,
    TOPIC_WORDS,
    WORDS,
)

UNDETERMINED = ""  # what detect returns when nothing in the text tells its language

_WORD = re.compile(r"[^\W\d_]+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_SAMPLE = 3000  # characters read to tell a whole text's language (its start)
_BLOCK = 8192  # characters of a block tested at once (runs)
_CJK_WEIGHT = 3  # a Hangul syllable or a Han character says as much as ~3 Latin letters
_MIN_SCORE = 1.0  # frequent words (or their worth in letters) that a language needs
_MIN_AGAINST_HINT = 2.0  # ... to win over a hinted language of the same script
_HINT_SHARE = 0.5  # the hinted language wins with half the best score
_SURE = 0.6  # the model's probability that leaves a hinted language of the same script
_UNSURE = 0.3  # below this, the model's best guess tells nothing
# A paragraph of few words (a headline) leaves its hint only when the model is quite
# certain: "l'Italia sale a otto" over an Italian page reads French at 0.70
_SHORT_WORDS = 8
_SURE_WHEN_SHORT = 0.8
_NEEDLE_DENSITY = 0.01  # a block's needles per word, at least, to be taken whole
_NEEDLE_SAMPLE = 2048  # characters of a block where its needles are counted
_CHARACTERS_PER_WORD = 6
_CJK_SCRIPTS = ("han", "kana", "hangul")
# UTF-8 lead bytes: of accented Latin letters (U+00C0-U+024F; U+1E00-U+1FFF, where
# Vietnamese's are), and of the letters of other scripts (Greek, Cyrillic, ... Arabic;
# Indic and Thai; Kana, Han, Hangul; astral). Punctuation (U+2000-U+2FFF) is neither.
_ACCENTED, _OTHER_SCRIPT = b"\x01", b"\x02"  # what the lead bytes are marked with
_LEAD_BYTES = bytes(
    1
    if byte in range(0xC3, 0xCA) or byte == 0xE1
    else 2
    if byte in range(0xCE, 0xE1) or byte in range(0xE3, 0xEE) or byte >= 0xEF
    else 0
    for byte in range(256)
)
_ACCENTS_PER_BLOCK = 4  # "São Paulo", "Hà Nội": names in an English block
_MIN_LETTERS = 24  # letters (a CJK character as three) a paragraph needs to leave its hint
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))  # A-Z, a-z
_QUOTED = re.compile(QUOTED_NAMES, re.IGNORECASE)


class Run(NamedTuple):
    """text[start:end] is in `language` (ISO 639-1)."""

    start: int
    end: int
    language: str


def detect(text: str, hint: str | None = None) -> str:
    """The language `text` is in, or UNDETERMINED when nothing in it tells.

    `hint` (a declared language, or the language of the text around) wins unless
    another language of its script clearly outweighs it.
    """
    return _detect(text, hint, _model(), sticky=False)


def detect_by_words(text: str, hint: str | None = None) -> str:
    """detect() without the model: scripts, frequent words and letters only, as where
    fasttext-predict is not installed."""
    return _detect(text, hint, None, sticky=False)


def _detect(text: str, hint: str | None, model: Any, *, sticky: bool) -> str:
    """`sticky`: a paragraph too short to tell (a heading, a name, a table cell) keeps
    the hint, whatever its script: "서울특별시" in a table of an English page."""
    if text.isascii() and model is not None:  # most paragraphs: no script to count
        letters = len(text) - len(text.encode("ascii").translate(None, _ASCII_LETTERS))
        if not letters:
            return UNDETERMINED
        if sticky and hint is not None and letters < _MIN_LETTERS:
            return hint
        return _by_model(model, text, "latin", hint)
    counts, words = _letters_and_words(text)
    if not counts:
        return UNDETERMINED
    if sticky and hint is not None and sum(counts.values()) < _MIN_LETTERS:
        return hint
    cjk = sum(counts.get(s, 0) for s in _CJK_SCRIPTS)
    script = max((s for s in counts if s != "japanese_han"), key=lambda s: counts[s])
    if cjk >= counts[script]:
        return _cjk_with(counts, hint)
    if script in SINGLE_LANGUAGE_SCRIPTS:
        return SINGLE_LANGUAGE_SCRIPTS[script]
    if model is None:
        return _by_words(words, script, hint)
    return _by_model(model, text, script, hint)


def main_language(text: str, declared: str | None) -> str:
    """The language of a whole text: the one most of the paragraphs of its start are in
    (by length), each read with the declared one as a hint; the declared one when
    nothing tells, English when nothing is declared either."""
    sample = min(len(text), _SAMPLE)
    for plain in NEEDLES:  # most texts: their start plainly in a language without accents
        if plain == (declared or plain) and _plainly(text, 0, sample, plain, text.isascii()):
            return plain
    written: dict[str, int] = {}
    for start, end in _paragraphs(text, 0, sample):
        found = detect(text[start:end], declared)
        if found:
            written[found] = written.get(found, 0) + end - start
    if not written:
        return declared or "en"
    return max(written, key=lambda code: (written[code], code == declared))


def language_runs(text: str, main: str, start: int = 0, end: int | None = None) -> list[Run]:
    """text[start:end] cut into runs of one language each, in order, at blank lines.

    `main` is the text's language (main_language): the runs start in it, and what is
    too short to tell stays in the language before it.
    """
    stop = len(text) if end is None else end
    runs: list[Run] = []
    ascii_text = text.isascii()
    for block_start, block_end in _blocks(text, start, stop):
        if _plainly(text, block_start, block_end, main, ascii_text):
            _extend(runs, block_start, block_end, main)
            continue
        for paragraph_start, paragraph_end in _paragraphs(text, block_start, block_end):
            current = runs[-1].language if runs else main
            paragraph = text[paragraph_start:paragraph_end]
            found = _detect(paragraph, current, _model(), sticky=True)
            _extend(runs, paragraph_start, paragraph_end, found or current)
    return runs


def language_name(code: str) -> str:
    """The English name of a language: "Korean" for "ko"; the code itself when
    neither lcnet's table nor ISO 639 (pycountry) knows it."""
    if code in NAMES:
        return NAMES[code]
    import pycountry

    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
    found = found or pycountry.languages.get(alpha_3=code)
    name = getattr(found, "name", None)
    return name if isinstance(name, str) else code


# --------------------------------------------------------------------------- scripts


@cache
def _script_of(character: str) -> str:
    point = ord(character)
    index = bisect_right(_STARTS, point) - 1
    if index >= 0 and point <= _RANGES[index][1]:
        return _RANGES[index][2]
    return "other"


_RANGES = sorted(SCRIPT_RANGES)
_STARTS = [first for first, _, _ in _RANGES]


def _letters_and_words(text: str) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """Letters per script (CJK weighed), and each word with its script."""
    counts: dict[str, int] = {}
    words: list[tuple[str, str]] = []
    for word in _WORD.findall(text.lower()):
        if word.isascii():
            counts["latin"] = counts.get("latin", 0) + len(word)
            words.append((word, "latin"))
            continue
        script = _script_of(word[0])
        if script in _CJK_SCRIPTS:
            for character in word:  # "現在の都市": Han and Kana in one run of letters
                inner = _script_of(character)
                counts[inner] = counts.get(inner, 0) + _CJK_WEIGHT
                if character in JAPANESE_HAN:
                    counts["japanese_han"] = 1
            continue
        counts[script] = counts.get(script, 0) + len(word)
        words.append((word, script))
    counts.pop("other", None)
    return counts, words


def _cjk_with(counts: dict[str, int], hint: str | None) -> str:
    """A hint of Japanese or Chinese holds for Han that does not say otherwise: a line
    of Han characters ("会報 第112号") in a Japanese page is Japanese."""
    han_only = not counts.get("hangul", 0) and not counts.get("kana", 0)
    if (hint == "ja" and not counts.get("hangul", 0)) or (hint == "zh" and han_only):
        return hint
    return _cjk(counts)


def _cjk(counts: dict[str, int]) -> str:
    """Hangul is Korean; Kana among Han characters is Japanese; Han alone is Chinese."""
    hangul, kana, han = counts.get("hangul", 0), counts.get("kana", 0), counts.get("han", 0)
    if hangul >= kana and hangul * 5 > hangul + kana + han:
        return "ko"
    if kana * 10 >= kana + han or counts.get("japanese_han", 0):
        return "ja"
    return "zh"


# --------------------------------------------------------------------------- the model


@cache
def _model() -> Any:
    """fastText's language identification model (lid.176.ftz, 176 languages, shipped
    with lcnet), or None where fasttext-predict is not installed or the model cannot be
    read."""
    try:
        import fasttext  # type: ignore[import-untyped, unused-ignore]
    except ImportError:
        return None
    try:
        return fasttext.load_model(str(MODEL))
    except (OSError, ValueError):  # a broken install: the words still tell
        return None


def _by_model(model: Any, text: str, script: str, hint: str | None) -> str:
    line = " ".join(text.split())
    if line.isupper():  # the model reads "LEARNING CITIES" as English whatever is around
        line = line.lower()
    if hint is not None and hint != "en" and QUOTED_NEEDLE in line.lower():
        # "77 neue UNESCO-Learning Cities" in a German page: the quoted English name
        # tells nothing; what is left of the paragraph decides, or the hint if nothing
        line = _QUOTED.sub(" ", line)
        if not any(char.isalpha() for char in line):
            return hint
    labels, probabilities = model.predict(line, k=3)
    found: dict[str, float] = {}
    for label, probability in zip(labels, probabilities, strict=True):
        code = str(label).removeprefix("__label__")
        code = MODEL_CODES.get(code, code)
        found[code] = found.get(code, 0.0) + float(probability)
    best = max(found, key=lambda c: found[c])
    hinted = hint is not None and hint in _order(script)  # a hint in this script
    sure = _SURE_WHEN_SHORT if len(line.split()) < _SHORT_WORDS else _SURE
    if hinted and (found.get(hint or "", 0.0) >= _HINT_SHARE * found[best] or found[best] < sure):
        return hint or UNDETERMINED
    if found[best] < _UNSURE:
        return SCRIPT_DEFAULTS.get(script, UNDETERMINED)
    return best


# --------------------------------------------------------------------------- words


def _by_words(words: list[tuple[str, str]], script: str, hint: str | None) -> str:
    owners, letters = _word_owners(script), _letter_owners(script)
    # Accents are shared by many Latin languages; a Cyrillic or Arabic letter of one or
    # two languages says as much as a word.
    weight = 0.5 if script == "latin" else 1.0
    scores: dict[str, float] = {}
    for word, word_script in words:
        if word_script != script:
            continue
        for code in owners.get(word, ()):
            scores[code] = scores.get(code, 0.0) + 1.0 / sqrt(len(owners[word]))
        if not word.isascii():
            for character in word:
                for code in letters.get(character, ()):
                    scores[code] = scores.get(code, 0.0) + weight / len(letters[character])
    order = _order(script)
    best = max(scores, key=lambda c: (scores[c], -order[c])) if scores else None
    top = scores[best] if best is not None else 0.0
    hinted = hint is not None and hint in order  # a hint in this script: more to leave
    if hinted and (top < _MIN_AGAINST_HINT or scores.get(hint or "", 0.0) >= _HINT_SHARE * top):
        return hint or UNDETERMINED
    if best is None or top < _MIN_SCORE:
        return SCRIPT_DEFAULTS.get(script, UNDETERMINED)
    return best


@cache
def _word_owners(script: str) -> dict[str, tuple[str, ...]]:
    owners: dict[str, list[str]] = {}
    for table in (WORDS, TOPIC_WORDS):
        for code, words in table.get(script, {}).items():
            for word in set(words.split()):
                owners.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in owners.items()}


@cache
def _letter_owners(script: str) -> dict[str, tuple[str, ...]]:
    owners: dict[str, list[str]] = {}
    for code, letters in LETTERS.get(script, {}).items():
        for letter in letters:
            owners.setdefault(letter, []).append(code)
    return {letter: tuple(codes) for letter, codes in owners.items()}


@cache
def _order(script: str) -> dict[str, int]:
    """Ties go to the language listed first: the more widely written."""
    codes = [*WORDS.get(script, {}), *LETTERS.get(script, {}), *TOPIC_WORDS.get(script, {})]
    return {code: index for index, code in enumerate(dict.fromkeys(codes))}


# --------------------------------------------------------------------------- runs


def _blocks(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Stretches of about _BLOCK characters, cut after a blank line."""
    blocks = []
    at = start
    while at < stop:
        gap = _PARAGRAPH_BREAK.search(text, min(at + _BLOCK, stop), stop)
        end = gap.end() if gap else stop
        blocks.append((at, end))
        at = end
    return blocks


def _paragraphs(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The block's paragraphs, each with the blank lines after it."""
    paragraphs = []
    at = start
    for gap in _PARAGRAPH_BREAK.finditer(text, start, stop):
        paragraphs.append((at, gap.end()))
        at = gap.end()
    if at < stop:
        paragraphs.append((at, stop))
    return paragraphs


def _plainly(text: str, start: int, stop: int, main: str, ascii_text: bool) -> bool:
    """Whether a whole block is plainly in the main language: no letter of another
    script, no more accents than a few names carry, and the language's needles frequent.

    Only for languages written without accents (NEEDLES): in them, a paragraph of
    Portuguese or German shows by its accents. Quotes, dashes and other punctuation
    beyond ASCII do not count, so "curly" English is about as fast as plain ASCII.
    """
    needles = NEEDLES.get(main)
    if not needles or stop - start < _NEEDLE_SAMPLE:
        return False
    if not ascii_text:
        marked = text[start:stop].encode().translate(_LEAD_BYTES)
        if _OTHER_SCRIPT in marked or marked.count(_ACCENTED) > _ACCENTS_PER_BLOCK:
            return False
    sample = min(stop, start + _NEEDLE_SAMPLE)  # the start of the block: a quarter
    hits = sum(text.count(needle, start, sample) for needle in needles)
    return hits >= _NEEDLE_DENSITY * (sample - start) / _CHARACTERS_PER_WORD


def _extend(runs: list[Run], start: int, end: int, language: str) -> None:
    if runs and runs[-1].language == language and runs[-1].end == start:
        runs[-1] = Run(runs[-1].start, end, language)
    else:
        runs.append(Run(start, end, language))


__all__ = [
    "UNDETERMINED",
    "Run",
    "detect",
    "detect_by_words",
    "language_name",
    "language_runs",
    "main_language",
]
