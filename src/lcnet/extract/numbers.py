"""Numbers as prose writes them: "356", "1,000", "1.000", "1.5 million", "sixty-four",
"three hundred and fifty-six", "half a billion", "bốn trăm hai mươi lăm", "1,5 triệu".

`number_pattern` gives the regular expression of a number in a language (used inside the
figure patterns); `read_number` turns the matched text into its value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from fractions import Fraction
from functools import cache

from lcnet.extract.lang import Language, language

# A number in digits, with either thousands convention; never part of a longer number,
# a word ("COVID19") or a date ("12/04"); a decimal part only when a scale follows.
_DIGITS_FORM = (
    r"(?<![{before}.,/+-])(?<!(?<![^\W\d_]):)"  # "Cities:64" yes, "10:30" no
    r"(?:\d{{1,3}}(?:[,.\u00a0\u202f{space}]\d{{3}})+(?![.,]?\d)|\d+(?:[.,]\d+)?)"
    r"(?![{after}/]|:\d|[.,]\d)"  # "10:30" no, "con altre 76: è la sesta" yes
)
DIGITS = _DIGITS_FORM.format(space="", before=r"\w", after=r"\w")
SPACED_DIGITS = _DIGITS_FORM.format(space=" ", before=r"\w", after=r"\w")  # "1 000" too
# The letters of words, less those of the CJK scripts (a class body): digits, Latin,
# Greek, Cyrillic. Where a language's words touch (Language.attached), these alone
# continue a word: "加入了425个城市" holds the number 425, "GNLC가" the name GNLC.
_SPACED_LETTERS = r"\d_a-z\u00aa\u00b5\u00ba\u00c0-\u024f\u0370-\u04ff\u1e00-\u1eff"
_DIGITS = re.compile(DIGITS)
_SPACED_DIGITS = re.compile(SPACED_DIGITS)
_GROUPED = re.compile(r"\d{1,3}([,.\u00a0\u202f ])\d{3}(?:\1\d{3})*")
_DECIMAL = re.compile(r"(\d+)[.,](\d+)")
_SPACE_OR_HYPHEN = r"[\s-]+"
_SUFFIXED = re.compile(r"(\d+(?:[.,]\d+)?)([a-z]+)")  # "500m", "1.2bn"


def word_letters(data: Language, *, start: bool) -> str:
    """What continues a word before it (`start`) or after it, as a class body (\\w, or
    the letters of spaced scripts where the language's words touch there)."""
    touching = data.unspaced if start else data.attached
    return _SPACED_LETTERS if touching else r"\w"


def alternation(phrases: Iterable[str]) -> str:
    """A regex matching any of the phrases, longest first, spaces matching any spacing.

    The phrases are factored by their common starts ("asia(?:n|-pacific)"): re tries
    the branches of a flat list one by one, and the lists of countries, demonyms or
    number words run to hundreds. Of phrases that start alike, the longer is still tried
    first, as in a list sorted by length; others cannot match at the same place.
    """
    trie: _Trie = {}
    for phrase in set(phrases):
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _branches(trie)[0]


_Trie = dict[str, "_Trie"]
_END = ""  # the key that marks the end of a phrase in a trie


def _branches(node: _Trie) -> tuple[str, int]:
    """The pattern of a trie's phrases and the length of its longest phrase."""
    branches = []
    for char, child in node.items():
        if char != _END:
            pattern, length = _branches(child)
            piece = r"\s+" if char == " " else re.escape(char)
            branches.append((-(length + 1), char, piece + pattern))
    branches.sort()
    body = "|".join(pattern for _, _, pattern in branches)
    if _END in node and branches:
        body = f"(?:{body})?"  # greedy: the longer phrases first
    elif len(branches) > 1:
        body = f"(?:{body})"
    return body, -branches[0][0] if branches else 0


@cache
def number_pattern(code: str) -> str:
    """The regex (no capturing groups) of one number in the language `code`."""
    data = language(code)
    if data.attached:
        return _touching_number(data)
    scale = rf"(?:{alternation(data.scales)})(?!\w)"
    word = rf"(?:{alternation(_number_tokens(data))})(?!\w)"
    joiner = (
        rf"(?:{alternation(data.number_joiners)}){_SPACE_OR_HYPHEN}" if data.number_joiners else ""
    )
    words = rf"{word}(?:{_SPACE_OR_HYPHEN}(?:{joiner})?{word})*"
    digits = SPACED_DIGITS if data.thousands_space else DIGITS
    forms = [rf"{digits}(?:{_SPACE_OR_HYPHEN}{scale})?", rf"(?<!\w){words}"]
    if data.scale_suffixes:  # "500m": the scale written onto the digits
        suffix = alternation(data.scale_suffixes)
        forms.insert(0, rf"(?<![\w.,/:+-])\d+(?:[.,]\d+)?(?:{suffix})(?!\w)")
    if data.round_articles:  # "une dizaine", "una decina", "ein Dutzend": about so many
        rounds = alternation(data.approximate_numbers)
        articles = alternation(data.round_articles)
        forms.insert(1, rf"(?<!\w)(?:{articles})\s+(?:{rounds})(?!\w)")
    ones = one_articles(data)
    if ones:  # "une seule ville", "una sola città": the article is the number one
        only = alternation(data.only_words)
        forms.append(rf"(?<!\w)(?:{alternation(ones)})(?=\s+(?:{only})(?!\w))")
    if data.fractions:  # "meio milhão"; "meia centena", "medio centenar": a round noun
        approximate = alternation(data.approximate_numbers)
        halved = rf"(?:{scale}|(?:{approximate})(?!\w))" if approximate else scale
        forms.insert(1, rf"(?<!\w)(?:{alternation(data.fractions)}){_SPACE_OR_HYPHEN}{halved}")
    return "(?:" + "|".join(forms) + ")"


def one_articles(data: Language) -> tuple[str, ...]:
    """The indefinite articles that are the number one before a word of "only" ("une
    seule", "una sola") in a language whose number words lack them (fr, it: an article
    alone is no number there; es and pt have "una" and "uma" among their number words)."""
    return _one_articles(data.code) if data.only_words else ()


@cache
def _one_articles(code: str) -> tuple[str, ...]:
    data = language(code)
    return tuple(a for a in data.round_articles if a not in data.number_words)


def suffixed(word: str, data: Language) -> bool:
    """Whether a word is digits with a scale written onto them: "500m", "1.2bn"."""
    if not data.scale_suffixes:
        return False
    stem = word.rstrip("abcdefghijklmnopqrstuvwxyz")
    return stem[-1:].isdigit() and word[len(stem) :] in data.scale_suffixes


def read_number(text: str, code: str) -> int | Fraction | None:
    """The value of a number matched by number_pattern(code); None if it is not one."""
    if text.isdigit():
        return int(text)  # the common case
    data = language(code)
    if data.only_words and text.lower() in one_articles(data):
        return 1  # "une" of "une seule ville": number_pattern matches it only there
    if data.attached:
        return _read_touching(text, data)
    if data.approximate_numbers:  # "un centenar": an article and a round number as a noun
        words = text.lower().split()
        if len(words) >= 2 and words[-1] in data.approximate_numbers:
            head = " ".join(words[:-1])
            if (
                len(words) == 2
                and head in data.indefinite_articles
                and head not in data.number_words
            ):
                return data.number_words[words[1]]  # "une dizaine": an article, one of them
            # "duas dezenas", "cuatro centenares": so many of them; "meia centena", "half a
            # dozen", "ein halbes Dutzend": a part of one
            times = data.fractions.get(head) or data.number_words.get(head)
            if times is not None and 0 < times < 10:
                return as_count(times * data.number_words[words[-1]])
    if data.scale_suffixes:
        suffixed = _SUFFIXED.fullmatch(text.lower())
        if suffixed is not None and suffixed.group(2) in data.scale_suffixes:
            number = read_digits(suffixed.group(1), data.decimal_mark, scaled=True)
            return None if number is None else number * data.scale_suffixes[suffixed.group(2)]
    digits = (_SPACED_DIGITS if data.thousands_space else _DIGITS).match(text)
    if digits is not None:
        rest = text[digits.end() :].strip(" -\t\n\u00a0")
        scale = _scale_of(rest, data)
        if rest and scale is None:
            return None
        value = read_digits(digits.group(), data.decimal_mark, scaled=scale is not None)
        if value is None:
            return None
        return value * (scale or 1)
    return _read_words(text, data)


def read_digits(text: str, decimal_mark: str, *, scaled: bool) -> int | Fraction | None:
    """ "1,000" and "1.000" are a thousand; "1.5" (or "1,5") only before a scale word."""
    grouped = _GROUPED.fullmatch(text)
    if grouped is not None:
        separator = grouped.group(1)
        if scaled and text.count(separator) == 1 and separator == decimal_mark:
            return Fraction(text.replace(separator, "."))  # "1.500 million" in English
        return int(re.sub(r"\D", "", text))
    decimal = _DECIMAL.fullmatch(text)
    if decimal is not None:
        return Fraction(f"{decimal.group(1)}.{decimal.group(2)}") if scaled else None
    # Groups with different separators ("12,345.000", "12,345 000") are no number
    # lcnet can read with confidence.
    return int(text) if text.isdigit() else None


def _read_words(text: str, data: Language) -> int | Fraction | None:
    tokens = _token_pattern(data.code).findall(text.lower())
    fraction = data.fractions.get(" ".join(tokens[0].split())) if tokens else None
    if fraction is not None:
        scales = [data.scales[t] for t in tokens[1:] if t in data.scales]
        return fraction * scales[0] if len(tokens) == 2 and scales else None
    # Whole numbers: every word's value is an int, and int arithmetic is many times
    # faster than Fraction's, with the same results.
    total, group, last_scale = 0, 0, 0
    for token in (" ".join(t.split()) for t in tokens):
        if token in data.number_words:
            value = data.number_words[token]
            if not _fits(group, value):
                return None  # "six seven", "twenty thirty": not one number
            group += value
        elif token in data.multipliers:
            size = data.multipliers[token]
            low = group % size
            group = group - low + (low or 1) * size
        elif token in data.scales:
            size = data.scales[token]
            if last_scale and size > last_scale:
                total = (total + group) * size  # "mil millones": a thousand millions
            else:
                total += (group or 1) * size
            last_scale, group = size, 0
    return total + group


def _fits(group: int, value: int) -> bool:
    """Whether `value` can be added to `group` as its next lower digits."""
    place = 10 if value < 10 else 100 if value < 100 else 1000
    return group % place == 0


def _scale_of(text: str, data: Language) -> int | None:
    return data.scales.get(" ".join(text.lower().split())) if text else None


def _number_tokens(data: Language) -> list[str]:
    return [*data.number_words, *data.multipliers, *data.scales]


def may_end_a_number(word: str, code: str) -> bool:
    """Whether `word` (a run of text with no white space in it) may hold the end of a
    number of number_pattern(code): it holds a digit, or its last run of letters is the
    last of a number's words ("sixty-four", "dozen", "«deux", "une" of "une seule").

    The cheap test before a pattern that needs a number to end just before white space
    there ("72 more", "to 230 the number"): most words end none. Every form of
    number_pattern ends in digits or in one of those words (a fraction never ends one:
    "half a" takes a scale), and no letter stands right before or after a number, so its
    last word's letters are the last letters of the run that holds it. Where words touch
    (Language.attached) any run may hold one."""
    if language(code).attached:
        return True
    if word.isalpha():  # the common case: a word of letters alone
        return word in _last_number_words(code)
    if _ANY_DIGIT.search(word) is not None:
        return True
    letters = _LETTERS.findall(word)
    return bool(letters) and letters[-1] in _last_number_words(code)


_ANY_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")


@cache
def _last_number_words(code: str) -> frozenset[str]:
    """The last runs of letters of every word that may end a number (may_end_a_number)."""
    data = language(code)
    words = [*_number_tokens(data), *data.approximate_numbers, *one_articles(data)]
    last = (_LETTERS.findall(word.lower())[-1:] for word in words)
    return frozenset(run[0] for run in last if run)


@cache
def _token_pattern(code: str) -> re.Pattern[str]:
    data = language(code)
    phrases = [*_number_tokens(data), *data.fractions]
    return re.compile(rf"(?<!\w)(?:{alternation(phrases)})(?!\w)")


def _touching_number(data: Language) -> str:
    """A number where words touch: digits and number words mixed, no space needed
    ("3億9000万", "14万2000", "三百五十六", "3.9亿", "3억 9천만"). Two runs of digits are
    never one number: "2023 356개" is not 2023356, while "3억 9천만" is one."""
    before, after = word_letters(data, start=True), word_letters(data, start=False)
    digits = _DIGITS_FORM.format(space="", before=before, after=after)
    inner = _DIGITS_FORM.format(space="", before=_SPACED_LETTERS, after=after)  # "억9000"
    words = alternation(_number_tokens(data)) or "(?!)"
    if data.numeral_not_after:  # "唯一": a word, not the numeral one
        before += data.numeral_not_after
    return rf"(?:{digits}|(?<![{before}])(?:{words}))(?:\s*(?:{words})|(?<!\d)\s*{inner})*"


@cache
def _touching_tokens(code: str) -> re.Pattern[str]:
    words = alternation(_number_tokens(language(code))) or "(?!)"
    return re.compile(rf"\d{{1,3}}(?:[,.]\d{{3}})+(?![.,]?\d)|\d+(?:[.,]\d+)?|{words}")


def _read_touching(text: str, data: Language) -> int | Fraction | None:
    """The value of a number matched by _touching_number: the digits count as a group,
    like a number word ("9000" in "3億9000万"); a decimal only before a scale ("3.9亿")."""
    tokens = _touching_tokens(data.code).findall(text.lower())
    total: int | Fraction = 0
    group: int | Fraction = 0
    last_scale = 0
    for index, token in enumerate(tokens):
        if token[0].isdigit():
            scaled = index + 1 < len(tokens) and tokens[index + 1] in data.scales
            value = read_digits(token, data.decimal_mark, scaled=scaled)
            if value is None or group:
                return None  # "2,5" alone; two numbers in a row
            group = value
        elif token in data.number_words:
            word = data.number_words[token]
            if not _fits(int(group), word) or not isinstance(group, int):
                return None
            group += word
        elif token in data.multipliers:
            size = data.multipliers[token]
            low = group % size
            group = group - low + (low or 1) * size
        else:
            size = data.scales[token]
            if last_scale and size > last_scale:
                total = (total + group) * size
            else:
                total += (group or 1) * size
            last_scale, group = size, 0
    return total + group if tokens else None


def as_count(value: int | Fraction) -> int | None:
    """A whole number of things, or None ("2.5 cities" counts nothing)."""
    if isinstance(value, int):
        return value if value >= 0 else None
    return int(value) if value.denominator == 1 and value >= 0 else None


@cache
def money_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """Language.money_nouns as whole words ("budget", "presupuesto", "Haushalt"): a
    number said of one of them is money, not a count of members."""
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)")
