"""Text helpers shared by searches and output: folding case and diacritics, safe display.

Everything lcnet shows comes partly from outside: article text, titles, file names, URLs
and ids from data files, command-line arguments. `printable` (and `one_line` for a field
inside a line) is the one sanitiser every output path uses, so that such text is shown,
never obeyed: no terminal escape sequence (colours, OSC 52 clipboard writes, OSC 8 links,
DCS), no C1 control, no bidirectional override that would reorder what the reader sees.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters that Unicode does not decompose into a base letter and a mark.
_EXTRA = str.maketrans(
    {"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "æ": "ae"}
    | {"\u0131": "i"}  # dotless i, as in Turkish names
)
_NOT_WORD = re.compile(r"[^0-9a-z]+")
# C0 controls but tab and newline, DEL, C1 controls, the line and paragraph separators,
# and the bidirectional embeddings, overrides and isolates ("Trojan Source").
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
# What json.dumps(ensure_ascii=False) leaves as it is: it escapes only C0 controls.
_RAW_IN_JSON = "[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
# Compiling these classes costs about a millisecond each (their ranges reach past
# U+00FF), so they are compiled on first use: most text is printable (every character
# above, and tab and newline, is non-printable for str.isprintable), and is passed as it
# is without them. See benchmarks/startup.py.


@functools.cache
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


def fold(text: str) -> str:
    """Lower case, no diacritics, words separated by one space: "Hà Nội" -> "ha noi"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", bare.casefold().translate(_EXTRA)).strip()


def fold_compact(text: str) -> str:
    """fold() without spaces, so that "ha noi" and "Hanoi" meet."""
    return fold(text).replace(" ", "")


def printable(text: str) -> str:
    """Untrusted text made safe for a terminal: control characters shown, not obeyed.

    Newlines and tabs stay (they lay out tables and messages); anything else that a
    terminal would act on is written as an escape: ESC as \\x1b, U+202E as \\u202e.
    """
    if _printable_but_layout(text):
        return text
    return _pattern(f"[{_UNSAFE}]").sub(_shown, text)


def one_line(text: str) -> str:
    """printable(), with newlines and tabs shown too: for a value inside one line (a path,
    an id, an argument), which must not start a line of its own."""
    if text.isprintable():
        return text
    return _pattern(f"[{_UNSAFE}\t\n]").sub(_shown, text)


def json_safe(serialized: str) -> str:
    """JSON text from json.dumps(ensure_ascii=False) with the controls it leaves raw (DEL,
    C1, separators, bidirectional controls) escaped as \\uXXXX: the same JSON value."""
    if _printable_but_layout(serialized):
        return serialized
    return _pattern(_RAW_IN_JSON).sub(lambda m: f"\\u{ord(m.group(0)):04x}", serialized)


def _printable_but_layout(text: str) -> bool:
    """Whether every character is printable, or a tab or a newline (checked in C)."""
    return text.isprintable() or text.replace("\n", " ").replace("\t", " ").isprintable()


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code == 0x0A:
        return "\\n"
    if code == 0x09:
        return "\\t"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
