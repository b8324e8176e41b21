"""Ordinal words of Chinese, Japanese and Korean, up to 99: "第十五" (fifteenth), "열
번째" (tenth). Digit ordinals ("第15", "2番目", "50번째") are patterns of the language
modules (Language.ordinal_digits); these are the ones written in words."""

from __future__ import annotations

_DIGITS = "一二三四五六七八九"


def _kanji(value: int) -> str:
    """1..99 in Chinese numerals as a date or a count writes them: 十五, 二十, 三十七."""
    tens, ones = divmod(value, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens - 1] + "十")
    return head + ("" if ones == 0 else _DIGITS[ones - 1])


def kanji_ordinals(counters: tuple[str, ...] = ()) -> dict[str, int]:
    """ "第一" .. "第九十九" (Chinese and Japanese), and each with a counter after it:
    "第十五个" (the fifteenth, of cities)."""
    return {f"第{_kanji(n)}{counter}": n for n in range(1, 100) for counter in ("", *counters)}


def kanji_counted_ordinals(suffixes: tuple[str, ...]) -> dict[str, int]:
    """ "二番目" .. "九十九番目" (Japanese): a count in kanji and the suffix that ranks it."""
    return {f"{_kanji(n)}{suffix}": n for n in range(1, 100) for suffix in suffixes}


# Korean native numerals before 번째: 첫 (first), 두 (second), ..., 스무 (twentieth)
_NATIVE_ONES = ("", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉")
_NATIVE_TENS = ("", "열", "스물", "서른", "마흔")


def korean_ordinals() -> dict[str, int]:
    """ "첫 번째" (1st) .. "마흔아홉 번째" (49th), with and without the space."""
    words: dict[str, int] = {}
    for value in range(1, 50):
        tens, ones = divmod(value, 10)
        ten = _NATIVE_TENS[tens]
        one = _NATIVE_ONES[ones]
        if value == 1:
            word = "첫"
        elif value == 20:
            word = "스무"
        else:
            word = ten + one
        words[f"{word} 번째"] = value
        words[f"{word}번째"] = value
    return words
