"""A number written as a text writes its numbers: words stay words in the text's
language, digits keep their grouping mark, a scale word stays ("390 million")."""

from __future__ import annotations

import re
from fractions import Fraction

from lcnet.extract.lang import language as language_data
from lcnet.extract.numbers import read_digits, read_number

# num2words's codes for the languages whose number words lcnet writes back; Korean,
# Chinese and Japanese texts get digits (their counting words depend on the counter).
_WORDS_LANGUAGES = {"en": "en", "fr": "fr", "es": "es", "pt": "pt", "it": "it", "de": "de",
                    "vi": "vi"}  # fmt: skip
_SCALES = (1_000_000_000, 1_000_000, 100_000_000, 10_000, 1_000)


def written_like(old: str, value: int, language: str) -> str | None:
    """The value written as `old` writes its number."""
    digits = re.match(r"[\d.,\u00a0\u202f ]*\d", old)
    if digits is None:
        upper = len(old) > 1 and old.isupper()  # "FIVE" in a heading
        return _as_words(value, language, capital=old[:1].isupper(), upper=upper)
    scale_word = old[digits.end() :]
    if scale_word.strip():
        return _scaled(value, digits.group(), scale_word, language)
    return _grouped(value, digits.group())


def changes_the_noun(stated: int, value: int, after: str, language: str) -> bool:
    """Whether writing `value` for `stated` would need the noun after it in another form:
    "four cities" -> "one city" (English, French, ...; not Vietnamese or CJK). lcnet
    rewrites the number only, so such a figure is left to a person."""
    if (stated == 1) == (value == 1) or not language_data(language).plural_nouns:
        return False
    return any(c.isalpha() for c in after)


def _grouped(value: int, old: str) -> str:
    """Digits with the grouping mark `old` uses: "1,000", "1.000", "1 000"; none when it
    used none."""
    mark = next((c for c in old if not c.isdigit()), None)
    return str(value) if mark is None else f"{value:,}".replace(",", mark)


def _scaled(value: int, number: str, scale_word: str, language: str) -> str | None:
    """ "390 million" -> "500 million": the value in the scale the text wrote."""
    stated = read_number(number + scale_word, language)
    # "1,5" of "1,5 triệu" is a number only before its scale word
    shown = read_digits(number, language_data(language).decimal_mark, scaled=True)
    if stated is None or not shown:
        return None
    scale = Fraction(stated) / Fraction(shown)
    if scale not in _SCALES:
        return None
    amount = Fraction(value) / scale
    if amount.denominator == 1:
        return f"{amount.numerator}{scale_word}"
    tenths = amount * 10
    if tenths.denominator != 1:
        return None
    mark = language_data(language).decimal_mark
    return f"{tenths.numerator // 10}{mark}{tenths.numerator % 10}{scale_word}"


def _as_words(value: int, language: str, *, capital: bool, upper: bool = False) -> str:
    code = _WORDS_LANGUAGES.get(language)
    if code is None:
        return str(value)
    from num2words import num2words  # type: ignore[import-untyped]  # only for number words

    words = str(num2words(value, lang=code))
    if upper:
        return words.upper()
    return words[:1].upper() + words[1:] if capital else words


__all__ = ["changes_the_noun", "written_like"]
