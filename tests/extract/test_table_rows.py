"""Table rows are found by trying only the lines that hold a "|": the rows the row
pattern finds when tried at every line start."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lcnet.extract.tables import _ROW, _rows

_PIECES = st.sampled_from(["|", "a", " ", "\n", "\t", "x|y", "| 1 | 2 |", "\n\n", "-", "25"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=16), st.data())
def test_rows_are_the_patterns_rows(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = [m.span() for m in _rows(text, start, end)]
    assert found == [m.span() for m in _ROW.finditer(text, start, end)]
