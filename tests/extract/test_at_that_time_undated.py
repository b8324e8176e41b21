"""'At the time' with no date said before, and 'before the latest round': the figure is
of some earlier time (Found.earlier: the check dates it by the store), not a stale figure
of the text's own date. "All'epoca la rete contava 356 città" on a page of 2026 is the
count of some earlier period; with a date in the sentence before, that date."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES: list[tuple[str, str, list[tuple[str, str | None, bool]]]] = [
    ("it", "All'epoca la rete contava 356 città.", [("356 città", None, True)]),
    ("it", "Prima dell'ultima tornata la rete contava 356 città.", [("356 città", None, True)]),
    ("it", "Prima dell'allargamento la rete contava 356 città.", [("356 città", None, True)]),
    ("fr", "À l'époque, le réseau comptait 356 villes.", [("356 villes", None, True)]),
    ("fr", "Avant la dernière promotion, le réseau comptait 356 villes.",
     [("356 villes", None, True)]),
    ("en", "At the time, the network had 356 cities.", [("356 cities", None, True)]),
    ("en", "Before the latest round, the network had 356 cities.", [("356 cities", None, True)]),
    ("es", "En aquel momento la red tenía 356 ciudades.", [("356 ciudades", None, True)]),
    # a date in the sentence before dates it
    ("it", "Nel 2024 Brescia presentò la candidatura. All'epoca la rete contava 356 città.",
     [("356 città", "2024", False)]),
    # the network now: no earlier time; "allora" as "so", before a verb of the present
    ("it", "Oggi la rete conta 425 città.", [("425 città", None, False)]),
    ("it", "Allora la rete conta 356 città.", [("356 città", None, False)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_an_undated_time_before_is_earlier(
    language: str, text: str, expected: list[tuple[str, str | None, bool]]
) -> None:
    found = [(m.text, None if m.as_of is None else str(m.as_of), m.earlier)
             for m in mentions(language, text, "2026-03-10")]  # fmt: skip
    assert found == expected
