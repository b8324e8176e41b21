"""A country's rank set beside the member it ranks, between commas, is the country's
count when that member joined, whatever else its clause dates: "Jubail Industrial City,
the first Saudi member, hosted the conference last year" (1, as of Sept 2020, when
Jubail joined: historic, not stale), "The first Saudi member, Jubail Industrial City,
...", "Jubail Industrial City was the first Saudi member", "Gelsenkirchen, die erste
deutsche Mitgliedsstadt, ..." (lcnet.extract.joining).
A rank beside no member's name keeps its own reading."""

from __future__ import annotations

import pytest

import lcnet
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def store() -> lcnet.Store:
    return lcnet.open_store(today=TODAY)


CASES = [
    ("en", "Jubail Industrial City, the first Saudi member, hosted the sixth International "
     "Conference on Learning Cities last year.", ("country_cities", 1, "2020-09", "historic")),
    ("en", "Jubail Industrial City, the first Saudi member, hosted the conference.",
     ("country_cities", 1, "2020-09", "historic")),
    ("en", "The first Saudi member, Jubail Industrial City, hosted the conference in 2024.",
     ("country_cities", 1, "2020-09", "historic")),
    ("en", "Jubail Industrial City was the first Saudi member, and it hosted the conference "
     "in 2024.", ("country_cities", 1, "2020-09", "historic")),
    ("de", "Hamburg war die zweite deutsche Mitgliedsstadt und richtete 2024 eine Tagung aus.",
     ("country_cities", 2, "2019-07", "unverifiable")),
    ("en", "Riyadh, the eighth Saudi member, opened a learning centre.",
     ("country_cities", 8, "2025-12", "historic")),
    ("de", "Gelsenkirchen, die erste deutsche Mitgliedsstadt, richtete 2023 eine Tagung aus.",
     ("country_cities", 1, "2016", "unverifiable")),
    ("fr", "Jubail Industrial City, la première ville saoudienne du réseau, a accueilli la "
     "conférence en 2024.", ("country_cities", 1, "2020-09", "historic")),
    ("es", "Jubail Industrial City, la primera ciudad saudí de la red, acogió la conferencia "
     "en 2024.", ("country_cities", 1, "2020-09", "historic")),
    # "only" ranks nothing: a count of the text's date (a round's share here)
    ("es", "Puebla es la única ciudad mexicana admitida en esta convocatoria.",
     ("new_cities", 1, None, "unverifiable")),
    # no name beside the rank: the text's date, and a rank of 1 is stale for Saudi Arabia
    ("en", "Its first Saudi member hosted the conference.",
     ("country_cities", 1, None, "stale")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_a_rank_beside_its_member_is_of_that_members_joining(
    store: lcnet.Store, language: str, sentence: str, expected: tuple[str, int, str | None, str]
) -> None:
    text = f"# UNESCO Global Network of Learning Cities\n\n{sentence}\n"
    report = store.check_text(text, date="2026-03-01", kind="markdown", language=language)
    assert [(f.metric, f.value, f.record["as_of"], f.verdict) for f in report.figures] == [
        expected
    ]
