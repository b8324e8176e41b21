"""The characters a pattern's matches may start with (lcnet.extract.firsts), and the
lookahead grammar.led puts before a pattern that opens with a lookbehind: the same matches,
found faster."""

from __future__ import annotations

import re

import pytest

from lcnet.extract.firsts import first_characters
from lcnet.extract.grammar import _by_first_letter, grammar, led, letter_led
from lcnet.extract.lang import CODES


def _chars(pattern: str) -> set[str] | None:
    inside = first_characters(pattern)
    if inside is None:
        return None
    return {c for c in map(chr, range(0x3000)) if re.fullmatch(f"[{inside}]", c)}


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<!\w)(?:abc|d?e)", {"a", "d", "e"}),  # an optional letter lets the next start
        (r"\b(?:x|[0-2y])", {"x", "y", "0", "1", "2"}),
        (r"(?:ab)?c", {"a", "c"}),
        (r"(?=q)y", {"y"}),  # a lookahead consumes nothing
        (r"(?<![\w-])(?:the\s+)?(?:19|20)\d\d", {"t", "1", "2"}),
        # \d: any decimal digit (Arabic-Indic, Devanagari ...), as re reads it
        (r"(?:\d{1,2}|one)\s", {"o"} | {chr(i) for i in range(0x3000) if chr(i).isdecimal()}),
    ],
)
def test_first_characters(pattern: str, expected: set[str]) -> None:
    assert _chars(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<!\w)(?:a|b*)",  # may match nothing
        r"(?i:a)",  # "A" too
        r"(?i)a",
        r"[^a]b",  # a negated set
        r"\s+",  # a class other than \d
        r"\w",
        r".x",
        r"(?s)a",  # a global flag must open the pattern: no lookahead before it
    ],
)
def test_unknown_first_characters(pattern: str) -> None:
    assert first_characters(pattern) is None


def test_led_finds_what_the_pattern_finds() -> None:
    text = "the 2019 figure, 2020; ab, d e, xe abc. dabc _e 19 the\n2021"
    pattern = r"(?<!\w)(?:abc|d?e|(?:the\s+)?(?:19|20)\d\d)"
    gated = led(pattern)
    assert gated.pattern.startswith("(?=[")
    assert (
        [m.span() for m in gated.finditer(text)]
        == [m.span() for m in re.finditer(pattern, text)]
        == [(0, 8), (17, 21), (29, 30), (35, 38), (51, 59)]
    )


@pytest.mark.parametrize("code", CODES)
def test_led_grammar_patterns_read_as_before(code: str) -> None:
    """Every led pattern of a language's grammar finds in a text what it finds unled."""
    rules = grammar(code)
    text = (
        "The network now has 425 members; in 2022 it had 294. Seit 2020 zählt das Netzwerk "
        "356 Städte. Depuis 2019, le réseau compte 229 villes. 2024년 현재 356개 도시. "
        "截至2024年，网络共有356个城市。2024年時点で356都市。Hiện nay mạng lưới có 356."
    ).lower()
    for name in ("cues", "historic", "relative", "network_names", "references", "present"):
        found = getattr(rules, name)
        if not found.pattern.startswith("(?=["):
            continue
        plain = re.compile(found.pattern[found.pattern.index("])") + 2 :], found.flags)
        assert [(m.span(), m.lastgroup) for m in found.finditer(text)] == [
            (m.span(), m.lastgroup) for m in plain.finditer(text)
        ]


_LED_TEXT = (
    "now there are 12; snow there are 3. Now there are 4\nnow there are 5, 7now there "
    "are 6 -now there are 7 it's now 8, it is now 9, bit is now 10. cities 11 citie 12 "
    "ils sont 13, fils sont 14 x now 15 xnow 16"
).lower()


@pytest.mark.parametrize(
    ("not_after", "pattern", "opening", "expected"),
    [
        (r"^\W\d_", r"now\s+there\s+are\s+\d+", "now(?<!",
         ["now there are 12", "now there are 4", "now there are 5", "now there are 6",
          "now there are 7"]),
        (r"^\W\d_", r"it(?:'s|\s+is)\s+now\s+\d+", "it(?<!", ["it's now 8", "it is now 9"]),
        # the "s" the quantifier repeats is no literal: the lookbehind goes before it
        (r"\w", r"cities?\s+\d+", "citie(?<!", ["cities 11", "citie 12"]),
        # a group of plain words first: each word led by its letters
        (r"\w", r"(?:elles|ils)\s+sont\s+\d+", "(?:elles(?<![\\w]elles)|ils(?<!",
         ["ils sont 13"]),
        (r"\w", r"(?:x|now)\s+\d+", "(?:x(?<![\\w]x)|now(?<!",
         ["now 8", "now 9", "now 10", "now 15"]),
        # ... unless a quantifier repeats the group, or a word is no plain letters
        (r"\w", r"(?:elles|ils)?\s+sont\s+\d+", "(?<!", ["ils sont 13"]),
        (r"\w", r"(?:elles|i.s)\s+sont\s+\d+", "(?<!", ["ils sont 13"]),
        # the lookbehind stands before the first alternative only, as it did
        (r"\w-", r"x|now\s+\d+", "x(?<!",
         ["now 8", "now 9", "now 10", "x", "now 15", "x", "now 16"]),
    ],
)  # fmt: skip
def test_letter_led_finds_what_the_lookbehind_finds(
    not_after: str, pattern: str, opening: str, expected: list[str]
) -> None:
    """grammar.letter_led moves a one-character lookbehind after the pattern's first
    letters: the same matches, the same spans, at the text's start, after a letter, a
    digit, a hyphen or a line break, and from a position inside the text."""
    led_ = letter_led(not_after, pattern)
    plain = re.compile(f"(?<![{not_after}]){pattern}")
    assert led_.pattern.startswith(opening)
    assert [m.group() for m in led_.finditer(_LED_TEXT)] == expected
    for pos in (0, 1, 4, 40, 131):
        assert [m.span() for m in led_.finditer(_LED_TEXT, pos)] == [
            m.span() for m in plain.finditer(_LED_TEXT, pos)
        ]


_NAMES_TEXT = (
    "the global network of learning cities, its own learning city, the uccn and xuccn, "
    "gnlc; a learning city award; their own learning cities. uccnx, global learning"
)


@pytest.mark.parametrize(
    ("fragments", "expected_pattern", "expected"),
    [
        # grouped by first letter; a fragment's order among its letter's is kept
        ([r"global\s+network\s+of\s+learning\s+cities", "gnlc", r"learning\s+cit(?:y|ies)"],
         r"g(?:lobal\s+network\s+of\s+learning\s+cities|nlc)|l(?:earning\s+cit(?:y|ies))",
         ["global network of learning cities", "learning city", "gnlc", "learning city",
          "learning cities"]),
        # a group of plain words first: one fragment per word; a boundary first: a
        # lookbehind after the letter ("xuccn" and "uccnx" are no "\buccn\b")
        ([r"(?:its|their)\s+own", r"\buccn\b"],
         r"i(?:ts\s+own)|t(?:heir\s+own)|u(?:(?<!\wu)ccn\b)",
         ["its own", "uccn", "their own"]),
        # any other opening: the alternation as it was
        ([r"gnlc", r"(?:the\s+)?uccn"], r"gnlc|(?:the\s+)?uccn", ["the uccn", "gnlc", "uccn"]),
        ([r"gnlc", r"a|b"], r"gnlc|a|b", None),
        ([r"gnlc", r"x?uccn"], r"gnlc|x?uccn", None),
    ],
)  # fmt: skip
def test_names_grouped_by_first_letter_find_what_the_plain_alternation_finds(
    fragments: list[str], expected_pattern: str, expected: list[str] | None
) -> None:
    """grammar._by_first_letter writes a kind's names grouped under their first letters,
    which re skips to at a glance: the same matches, the same spans, from any position."""
    pattern = _by_first_letter(fragments)
    assert pattern == expected_pattern
    grouped = re.compile(rf"(?<!\w)(?:{pattern})")
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(fragments)})")
    if expected is not None:
        assert [m.group() for m in grouped.finditer(_NAMES_TEXT)] == expected
    for pos in (0, 3, 50, 87):
        assert [m.span() for m in grouped.finditer(_NAMES_TEXT, pos)] == [
            m.span() for m in plain.finditer(_NAMES_TEXT, pos)
        ]
