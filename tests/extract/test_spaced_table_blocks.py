"""A plain text's table lined up with runs of spaces is a block of lines that each split
into the same number of cells; a line without a gap ends the block (tables._spaced, which
reads only the lines that hold a gap and skips the others with str.find)."""

from __future__ import annotations

from lcnet.extract import find_mentions, read_document

TITLE = "Growth of the UNESCO Global Network of Learning Cities"
HEADER = "  Date          Member cities     Countries"
ROWS = "  2016-08       115               28\n  2020-09       229               64"


def _read(body: str) -> list[tuple[str, int, str]]:
    found = find_mentions(read_document(f"{TITLE}\n\n{body}\n", "text"), "en")
    return [(m.metric.value, int(m.value), str(m.as_of)) for m in found]


def test_a_table_between_lines_of_prose_is_read() -> None:
    body = (
        "The council looked at the yearly report on Monday.\nIt asked for a short summary.\n"
        f"{HEADER}\n{ROWS}\nThe summary ends with the table.\nThe meeting went on."
    )
    assert _read(body) == [
        ("total_cities", 115, "2016-08"),
        ("total_countries", 28, "2016-08"),
        ("total_cities", 229, "2020-09"),
        ("total_countries", 64, "2020-09"),
    ]


def test_a_line_without_a_gap_ends_the_block() -> None:
    # the note splits the header from its rows: the rows alone say no unit
    body = f"{HEADER}\nSource: the institute's yearly figures, as published.\n{ROWS}"
    assert _read(body) == []
