"""lcnet.render.table_claims: `lcnet claims` as a table, counted in its title."""

from __future__ import annotations

import pytest

from lcnet.render.table_claims import print_claims
from tests.render.tables import cells, drawn, title

pytestmark = pytest.mark.usefixtures("wide_terminal")

ROW = {"claim": "a#b", "published": None, "phrase": "356 cities", "verdict": "stale"}


def test_one_claim_is_counted_in_the_title_and_an_undated_one_says_so() -> None:
    text = drawn(print_claims, [ROW | {"reason": "r"}])
    assert title(text) == "1 claim"
    assert cells(text) == [
        ["Claim", "As printed", "Verdict", "Why"],
        ["a#b", "356 cities", "stale", "r"],
        ["undated", "", "", ""],
    ]


def test_claims_are_counted_in_the_plural_with_their_publication_day() -> None:
    dated = ROW | {"published": "2024-02-14", "reason": "r", "verdict": "current"}
    text = drawn(print_claims, [dated, dated])
    assert title(text) == "2 claims"
    assert cells(text)[1:3] == [["a#b", "356 cities", "current", "r"], ["2024-02-14", "", "", ""]]
