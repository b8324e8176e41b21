"""The TOML line locator that lets problems name their line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lcnet.store import lines as lines_module
from lcnet.store.lines import KeyLines
from tests.conftest import REPO

TEXT = '''# a comment
region = "asia-pacific"

[source]
publisher = "P"  # trailing comment
note = """a multi-line
value = 3
string"""
other_names = [
  "a",
  "b = c",
]

[[claim]]
id = "one"
value = 1

[[claim]]
"id" = "two"
value = 2
'''


def test_headers_and_keys_have_their_lines() -> None:
    lines = KeyLines(TEXT)
    assert lines.line_of(("region",)) == 2
    assert lines.line_of(("source",)) == 4
    assert lines.line_of(("source", "publisher")) == 5
    assert lines.line_of(("source", "other_names")) == 9
    assert lines.line_of(("claim", 0)) == 14
    assert lines.line_of(("claim", 1, "id")) == 19
    assert lines.line_of(("claim", 1, "value")) == 20


def test_keys_inside_multi_line_strings_and_arrays_are_not_keys() -> None:
    lines = KeyLines(TEXT)
    assert not lines.has(("source", "value"))
    assert not lines.has(("source", "b"))


def test_an_unknown_path_falls_back_to_its_deepest_known_part() -> None:
    lines = KeyLines(TEXT)
    assert lines.line_of(("claim", 1, "missing")) == 18
    assert lines.key_line(18, "value") == 20
    assert lines.key_line(18, "missing") == 18


TRICKY = """[[claim]]
phrase = "a \\"quoted\\" [word]"  # a comment with "quotes" and [brackets]
sources = ["x", 'y', 3, ]
empty = []
lit = 'a\\'
after_lit = 1
open = ["a",
  hidden = 1,
]
escaped = "unterminated \\"
hidden2 = 2
not_one = "a" "b"
spans = "ends here" [
  hidden3 = 3,
]
triple = '''one line''' # then
dated = 2024-02-14
nested = [[1, 2], [3]]
"""


def _slow_lines(text: str, monkeypatch: pytest.MonkeyPatch) -> dict[tuple[str | int, ...], int]:
    monkeypatch.setattr(lines_module, "_KEY_AND_VALUE", re.compile(r"(?!)"))
    return dict(KeyLines(text)._lines)


@pytest.mark.parametrize(
    "path", [TRICKY, *sorted((REPO / "facts").rglob("*.toml"))[:40]], ids=lambda p: str(p)[-30:]
)
def test_lines_read_whole_are_where_the_scan_char_by_char_puts_them(
    path: str | Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Key lines whose value ends on the line are read by one match (speed, #14): the
    lines found are those of the character-by-character scan, in every construction."""
    text = path if isinstance(path, str) else path.read_text(encoding="utf-8")
    fast = dict(KeyLines(text)._lines)
    assert fast == _slow_lines(text, monkeypatch)


def test_tricky_values_keep_their_keys_and_hide_what_they_hold() -> None:
    found = KeyLines(TRICKY)
    assert [found.line_of(("claim", 0, key)) for key in ("sources", "lit", "after_lit")] == [
        3,
        5,
        6,
    ]
    assert found.line_of(("claim", 0, "hidden2")) == 11
    assert found.line_of(("claim", 0, "dated")) == 17
    assert not found.has(("claim", 0, "hidden"))
    assert not found.has(("claim", 0, "hidden3"))
