"""A member's rank with its noun left out, in English as in the other languages: "Umm
Salal became the seventh in 2024" (Qatar's seventh member, dated by its year: the year
after a preposition of place ends the rank's clause instead of naming a place)."""

from __future__ import annotations

import pytest

import lcnet
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def api_store() -> lcnet.Store:
    return lcnet.open_store(today=TODAY)


CASES = [
    ("en", "Al Wakra was the first Qatari member. Umm Salal became the seventh in 2024.",
     [("first Qatari member", 1, "QA"), ("seventh", 7, "QA")]),
    ("en", "Sohag is the second Egyptian member; Fayoum became the third in 2022.",
     [("second Egyptian member", 2, "EG"), ("third", 3, "EG")]),
    ("en", "After Gelsenkirchen and Hamburg, Bonn is the second.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_a_bare_rank_after_a_members_name_counts_its_country(
    api_store: lcnet.Store, language: str, sentence: str, expected: list[tuple[str, int, str]]
) -> None:
    text = f"# UNESCO Global Network of Learning Cities\n\n{sentence}\n"
    report = api_store.check_text(text, date="2025-12-10", kind="markdown", language=language)
    got = [(f.text, f.value, f.record["country"]) for f in report.figures]
    assert got == expected
