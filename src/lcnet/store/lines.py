"""Where each table and key of a TOML file starts, so problems can name their line.

tomllib gives values, not positions. The fact files are plain: headers, `key = value`
lines, arrays that may span lines, and strings. This scanner follows just enough of
TOML (strings, multi-line strings, brackets) to know which lines start a key.
"""

from __future__ import annotations

import re

Path = tuple[str | int, ...]

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
# A bare key and a value that ends on its line: a basic or literal string, a number, date
# or word, or an array of those on one line; then maybe a comment. Nearly every line of a
# fact file: read by this one match instead of character by character (#14: the scan was
# a third of reading a store of 100,000 claims). Lines with a triple quote never match.
# (Each part can match a stretch of the line one way only: no backtracking blow-up.)
_STRING = r"""(?:"(?:[^"\\]|\\.)*"|'[^']*')"""
_ITEM = rf"""(?:{_STRING}|[^"'#\[\]{{}},\s]+)"""
_KEY_AND_VALUE = re.compile(
    rf"""([A-Za-z0-9_-]+)[ \t]*=[ \t]*(?:{_STRING}|[^"'#\[\]{{}}\s][^"'#\[\]{{}}]*"""
    rf"|\[[ \t]*(?:{_ITEM}[ \t]*,[ \t]*)*(?:{_ITEM}[ \t]*)?\])[ \t]*(?:#.*)?"
)


class KeyLines:
    """The line of every header and key of one TOML text."""

    def __init__(self, text: str) -> None:
        self._lines: dict[Path, int] = {}
        self._tables: dict[int, Path] = {}
        self._scan(text)

    def key_line(self, table_line: int, key: str) -> int:
        """The line of `key` in the table whose header is at `table_line`."""
        table = self._tables.get(table_line, ())
        return self._lines.get((*table, key), table_line)

    def line_of(self, path: Path) -> int:
        """The line of the deepest known part of `path` (1 when nothing matches)."""
        for end in range(len(path), 0, -1):
            line = self._lines.get(path[:end])
            if line is not None:
                return line
        return 1

    def has(self, path: Path) -> bool:
        return path in self._lines

    def _scan(self, text: str) -> None:
        table: Path = ()
        counts: dict[str, int] = {}
        state = _ValueState()
        for number, raw in enumerate(text.splitlines(), start=1):
            if state.busy:
                state.feed(raw)
                continue
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("[["):
                name = _header_name(line[2:], "]]")
                index = counts.get(name, 0)
                counts[name] = index + 1
                table = (name, index)
                self._lines.setdefault(table, number)
                self._tables[number] = table
            elif line.startswith("["):
                table = (_header_name(line[1:], "]"),)
                self._lines.setdefault(table, number)
                self._tables[number] = table
            elif (
                '"""' not in line
                and "'''" not in line
                and (plain := _KEY_AND_VALUE.fullmatch(line))
            ):
                self._lines.setdefault((*table, plain.group(1)), number)
            else:
                key, rest = _split_key(line)
                if key is not None:
                    self._lines.setdefault((*table, key), number)
                    state.feed(rest)


def _header_name(text: str, close: str) -> str:
    name = text.split(close, 1)[0].strip()
    return name.strip('"').strip("'")


def _quoted_key(quoted: str) -> str:
    """A quoted key as TOML reads it: "bo\\u0067us" is the key bogus."""
    if quoted[0] == "'" or "\\" not in quoted:
        return quoted[1:-1]
    import tomllib

    try:
        key: str = tomllib.loads(f"k = {quoted}")["k"]
    except tomllib.TOMLDecodeError:
        return quoted[1:-1]
    return key


def _split_key(line: str) -> tuple[str | None, str]:
    if line[0] in "\"'":
        end = _skip_string(line, 0)
        if end < 2 or line[end - 1] != line[0]:
            return None, ""
        key, rest = _quoted_key(line[:end]), line[end:]
    else:
        match = _BARE_KEY.match(line)
        if match is None:
            return None, ""
        key, rest = match.group(0), line[match.end() :]
    rest = rest.lstrip()
    if rest.startswith("."):  # dotted key: keep its first part
        rest = rest[rest.find("=") :] if "=" in rest else ""
    if not rest.startswith("="):
        return None, ""
    return key, rest[1:]


class _ValueState:
    """Tracks open brackets and multi-line strings across the lines of one value."""

    def __init__(self) -> None:
        self.depth = 0
        self.multiline: str | None = None

    @property
    def busy(self) -> bool:
        return self.depth > 0 or self.multiline is not None

    def feed(self, text: str) -> None:
        i = 0
        while i < len(text):
            if self.multiline is not None:
                end = text.find(self.multiline, i)
                if end < 0:
                    return
                i = end + 3
                self.multiline = None
                continue
            char = text[i]
            if char == "#":
                return
            if text.startswith('"""', i) or text.startswith("'''", i):
                self.multiline = text[i : i + 3]
                i += 3
            elif char in "\"'":
                i = _skip_string(text, i)
            else:
                if char in "[{":
                    self.depth += 1
                elif char in "]}":
                    self.depth = max(0, self.depth - 1)
                i += 1


def _skip_string(text: str, start: int) -> int:
    quote = text[start]
    i = start + 1
    while i < len(text):
        if quote == '"' and text[i] == "\\":
            i += 2
            continue
        if text[i] == quote:
            return i + 1
        i += 1
    return i
