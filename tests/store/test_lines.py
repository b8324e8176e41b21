"""The TOML line locator that lets problems name their line."""

from __future__ import annotations

from lcnet.store.lines import KeyLines

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
