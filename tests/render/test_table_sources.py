"""lcnet.render.table_sources: `lcnet sources` as a table, counted in its title."""

from __future__ import annotations

import pytest

from lcnet.render.table_sources import print_sources
from tests.render.tables import cells, drawn, title

pytestmark = pytest.mark.usefixtures("wide_terminal")


def test_each_source_is_a_row_with_its_claims_counted_and_no_date_left_blank() -> None:
    undated = {"id": "s", "publisher": "P", "kind": "news", "published": None}
    dated = undated | {"id": "t", "published": "2024-02"}
    counts = {"claims": 2, "stale": 1, "wrong": 0}
    text = drawn(print_sources, [undated | counts, dated | counts])
    assert title(text) == "2 sources"
    assert cells(text) == [
        ["Source", "Publisher", "Kind", "Published", "Claims", "Stale", "Wrong"],
        ["s", "P", "news", "", "2", "1", "0"],
        ["t", "P", "news", "2024-02", "2", "1", "0"],
    ]
