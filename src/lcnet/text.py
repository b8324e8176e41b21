"""Text helpers shared by searches: folding case and diacritics, safe display."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter and a mark.
_EXTRA = str.maketrans(
    {"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "æ": "ae"}
    | {"\u0131": "i"}  # dotless i, as in Turkish names
)
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def fold(text: str) -> str:
    """Lower case, no diacritics, words separated by one space: "Hà Nội" -> "ha noi"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", bare.casefold().translate(_EXTRA)).strip()


def fold_compact(text: str) -> str:
    """fold() without spaces, so that "ha noi" and "Hanoi" meet."""
    return fold(text).replace(" ", "")


def printable(text: str) -> str:
    """Untrusted text made safe for a terminal: control characters shown, not obeyed."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)
