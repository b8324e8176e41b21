"""After a verb of growing, "fino a" and "jusqu'à" say where a count got to, not a bound
("la rete è cresciuta fino a 425 città" was read as "at most 425", and dated by the
network's founding year before it); "accogliere fino a 500" stays a bound
(Language.qualifier_blockers). Italian "dalla sua nascita nel 2013" is a "since" that
starts the count, like "dall'apertura" (Language.since_words)."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("it", "La rete è cresciuta fino a 425 città.", "425 città"),
        ("it", "Dalla sua nascita nel 2013 la rete è cresciuta fino a 425 città.", "425 città"),
        ("it", "Dal suo lancio nel 2013, la rete conta 425 città.", "425 città"),
        ("fr", "Depuis sa création en 2013, le réseau a grandi jusqu'à 425 villes.", "425 villes"),
    ],
)
def test_grown_to_is_an_exact_current_count(language: str, text: str, said: str) -> None:
    assert read_titled(language, text) == [(said, "total_cities", 425, "exact", None, None)]


def test_up_to_without_growth_stays_a_bound() -> None:
    assert read_titled("it", "La rete potrà accogliere fino a 500 città.") == [
        ("fino a 500 città", "total_cities", 500, "at_most", None, None)
    ]
