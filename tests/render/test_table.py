"""lcnet.render.table: the one table drawer; untrusted text is shown, never interpreted."""

from __future__ import annotations

import pytest

from lcnet.render.table import print_table
from tests.render.tables import cells, drawn, title

pytestmark = pytest.mark.usefixtures("wide_terminal")


def test_markup_and_control_characters_in_a_cell_are_shown_as_text() -> None:
    text = drawn(print_table, "t", ["A"], [["[bold]x[/bold]\x1b[31m"]])
    assert cells(text) == [["A"], ["[bold]x[/bold]\\x1b[31m"]]
    assert "\x1b" not in text


def test_a_table_has_its_title_its_header_and_a_row_per_record() -> None:
    text = drawn(print_table, "2 things", ["Name", "Count"], [["a", 1], ["b", 22]])
    assert title(text) == "2 things"
    assert cells(text) == [["Name", "Count"], ["a", "1"], ["b", "22"]]
