"""Write TOML values and tables in the store's canonical spelling."""

from __future__ import annotations

from collections.abc import Sequence

from lcnet.curate.canonical import GROUP_FROM
from lcnet.text import one_line

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}
INDENT = "    "


def toml_value(value: object) -> str:
    """One value on one line: a basic string, a whole number, a boolean or an array."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"{value:_}" if abs(value) >= GROUP_FROM else str(value)
    if isinstance(value, str):
        return basic_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    raise TypeError(f"no canonical TOML spelling for {type(value).__name__}: {value!r}")


def basic_string(text: str) -> str:
    """A double-quoted TOML string; control characters escaped, other text as it is."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def comment_line(text: str) -> str:
    """A comment of one line: nothing in `text` can end it and start a record."""
    return f"# {one_line(text)}"


def with_comment(text: str, comment: str) -> str:
    """A line with its end-of-line comment, two spaces apart."""
    return f"{text}  {comment}" if comment else text


def header(name: str, array: bool) -> str:
    return f"[[{name}]]" if array else f"[{name}]"


def array_lines(key: str, items: Sequence[tuple[object | None, str]], comment: str) -> list[str]:
    """An array written one item per line, to keep the comments written inside it.

    Each item is (value, comment); a value None is a comment on a line of its own.
    """
    lines = [f"{key} = ["]
    for value, item_comment in items:
        if value is None:
            lines.append(INDENT + item_comment)
        else:
            lines.append(INDENT + with_comment(toml_value(value) + ",", item_comment))
    lines.append(with_comment("]", comment))
    return lines
