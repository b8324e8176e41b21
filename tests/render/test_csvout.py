"""lcnet.render.csvout: CSV cells and rows."""

from __future__ import annotations

import io

from lcnet.render.csvout import cell, write_csv


def test_csv_cells_none_booleans_and_lists() -> None:
    assert [cell(None), cell(True), cell(False), cell(["a", 2]), cell(3)] == [
        "",
        "true",
        "false",
        "a; 2",
        "3",
    ]


def test_csv_writes_the_columns_asked_for_in_their_order() -> None:
    stream = io.StringIO()
    write_csv(stream, ["b", "a"], [{"a": 1, "b": "x,y", "c": "left out"}])
    assert stream.getvalue() == 'b,a\n"x,y",1\n'
