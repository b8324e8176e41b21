"""A number written in the style of another: the same kind (digits or words), the same
grouping mark, the same scale word, the same capitals.

    in_style("five", 6, "en") == "six"
    in_style("12,500", 13750, "en") == "13,750"
    in_style("1,5 triệu", 2_000_000, "vi") == "2 triệu"

None when the number cannot be written so with confidence; every result is read back
with the extractor's own reader and must give the value.
"""

from __future__ import annotations

import re
from fractions import Fraction

from lcnet.extract.lang import Language, language
from lcnet.extract.numbers import read_number

_DIGITS = re.compile(r"(\d[\d.,\u00a0\u202f ]*\d|\d)(.*)", re.DOTALL)
_GROUP_MARKS = ",.\u00a0\u202f "


def in_style(old: str, value: int, code: str) -> str | None:
    """`value` written as `old` is, in the language `code`."""
    data = language(code)
    digits = _DIGITS.fullmatch(old)
    if digits is not None:
        new = _in_digits(digits.group(1), digits.group(2), value, data)
    elif data.attached:
        new = None  # number words where words touch ("三百五十六"): not rewritten
    else:
        new = _in_words(old, value, data)
    return new if new is not None and read_number(new, code) == value else None


def _in_digits(number: str, rest: str, value: int, data: Language) -> str | None:
    if rest.strip(" -\t\n\u00a0"):
        scale = data.scales.get(" ".join(rest.strip(" -\t\n\u00a0").lower().split()))
        scaled = None if scale is None else _scaled(value, scale, data)
        return None if scaled is None else scaled + rest
    marks = [c for c in number if c in _GROUP_MARKS]
    if marks:
        return _grouped(value, marks[0])
    if len(number) >= 4 or value < 10_000:
        return str(value)  # "2024", "425": written without grouping
    return _grouped(value, "." if data.decimal_mark == "," else ",")


def _grouped(value: int, mark: str) -> str:
    return f"{value:,}".replace(",", mark)


def _scaled(value: int, scale: int, data: Language) -> str | None:
    """ "1.5" of "1.5 million", with the language's decimal mark; at most two decimals."""
    quotient = Fraction(value, scale)
    text = f"{float(quotient):.2f}".rstrip("0").rstrip(".")
    if Fraction(text) != quotient:
        return None
    return text.replace(".", data.decimal_mark)


def _in_words(old: str, value: int, data: Language) -> str | None:
    words = _words(value, data)
    if words is None:
        return None
    if old.isupper() and len(old) > 1:
        return words.upper()
    return words[:1].upper() + words[1:] if old[:1].isupper() else words


def _words(value: int, data: Language) -> str | None:
    """The language's own word for `value`, or tens and units joined ("twenty-one")."""
    by_value: dict[int, str] = {}
    for word, number in data.number_words.items():
        by_value.setdefault(number, word)
    if value in by_value:
        return by_value[value]
    tens, units = by_value.get(value // 10 * 10), by_value.get(value % 10)
    if not (10 < value < 100 and tens and units):
        return None
    for joined in (f"{tens}-{units}", f"{tens} {units}"):
        if read_number(joined, data.code) == value:
            return joined
    return None
