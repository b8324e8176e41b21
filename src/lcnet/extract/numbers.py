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
    r"(?<![\w.,/:+-])"
    r"(?:\d{{1,3}}(?:[,.\u00a0\u202f{space}]\d{{3}})+(?![.,]?\d)|\d+(?:[.,]\d+)?)"
    r"(?![\w/:]|[.,]\d)"
)
DIGITS = _DIGITS_FORM.format(space="")
SPACED_DIGITS = _DIGITS_FORM.format(space=" ")  # "1 000" too (Language.thousands_space)
_DIGITS = re.compile(DIGITS)
_SPACED_DIGITS = re.compile(SPACED_DIGITS)
_GROUPED = re.compile(r"\d{1,3}([,.\u00a0\u202f ])\d{3}(?:\1\d{3})*")
_DECIMAL = re.compile(r"(\d+)[.,](\d+)")
_SPACE_OR_HYPHEN = r"[\s-]+"


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
    scale = rf"(?:{alternation(data.scales)})(?!\w)"
    word = rf"(?:{alternation(_number_tokens(data))})(?!\w)"
    joiner = (
        rf"(?:{alternation(data.number_joiners)}){_SPACE_OR_HYPHEN}" if data.number_joiners else ""
    )
    words = rf"{word}(?:{_SPACE_OR_HYPHEN}(?:{joiner})?{word})*"
    digits = SPACED_DIGITS if data.thousands_space else DIGITS
    forms = [rf"{digits}(?:{_SPACE_OR_HYPHEN}{scale})?", rf"(?<!\w){words}"]
    if data.fractions:
        forms.insert(1, rf"(?<!\w)(?:{alternation(data.fractions)}){_SPACE_OR_HYPHEN}{scale}")
    return "(?:" + "|".join(forms) + ")"


def read_number(text: str, code: str) -> int | Fraction | None:
    """The value of a number matched by number_pattern(code); None if it is not one."""
    if text.isdigit():
        return int(text)  # the common case
    data = language(code)
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


@cache
def _token_pattern(code: str) -> re.Pattern[str]:
    data = language(code)
    phrases = [*_number_tokens(data), *data.fractions]
    return re.compile(rf"(?<!\w)(?:{alternation(phrases)})(?!\w)")


def as_count(value: int | Fraction) -> int | None:
    """A whole number of things, or None ("2.5 cities" counts nothing)."""
    if isinstance(value, int):
        return value if value >= 0 else None
    return int(value) if value.denominator == 1 and value >= 0 else None
