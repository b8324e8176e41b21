""" "Until now" with a verb of the past, in the news of an intake: "Jusqu'ici, le réseau
regroupait 292 villes" is the count before the intake, of the text's month (where the
judge accepts the figure of either side of an intake), not a stale figure."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, row

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "fr",
        "Jusqu'ici, le réseau regroupait 292 villes dans 76 pays.",
        [
            ("292 villes", "total_cities", 292, "exact", "2024-02", None),
            ("76 pays", "total_countries", 76, "exact", "2024-02", None),
        ],
    ),
    (
        "it",
        "Finora la rete contava 292 città.",
        [("292 città", "total_cities", 292, "exact", "2024-02", None)],
    ),
    (
        "en",
        "Until now, the network had 292 member cities.",
        [("292 member cities", "total_cities", 292, "exact", "2024-02", None)],
    ),
    (
        "es",
        "Hasta ahora, la red contaba con 292 ciudades.",
        [("292 ciudades", "total_cities", 292, "exact", "2024-02", None)],
    ),
    (
        "de",
        "Bisher zählte das Netzwerk 292 Städte.",
        [("292 Städte", "total_cities", 292, "exact", "2024-02", None)],
    ),
    (
        "fr",  # "so far" with a verb of the present perfect: all so far, now
        "Le réseau a accueilli jusqu'ici 356 villes.",
        [("356 villes", "total_cities", 356, "exact", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), CASES)
def test_until_now_in_the_past_is_the_count_before(
    language: str, body: str, expected: list[Row]
) -> None:
    assert [row(m) for m in mentions(language, body, "2024-02-15")] == expected


def test_without_the_texts_date_it_stays_undated() -> None:
    body = "Jusqu'ici, le réseau regroupait 292 villes."
    assert [row(m) for m in mentions("fr", body)] == [
        ("292 villes", "total_cities", 292, "exact", None, None)
    ]
