"""A growth is a difference, not a count ("grew by 72 cities": Language.difference_before),
in German too, where the verb may stand before "um" or last: "wuchs 2025 um 72 Städte",
"ist um 72 Städte gewachsen" (Language.difference_after with difference_after_needs).
The total the growth brought binds as it does after an intake, also past a year said
without its comma: "grew by 72 cities in 2025 to 425", "wuchs um 72 Mitglieder auf
nunmehr 425" (elliptic._reached; the open items of the discourse2 helper's sweep)."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The network grew by 72 cities in 2025 to 425."),
        ("en", "The network grew in 2025 by 72 cities to 425."),
        ("en", "In December 2025 the network expanded by 72 cities to 425."),
        ("de", "Das Netzwerk wuchs 2025 um 72 Städte auf 425."),
        ("de", "Im Dezember 2025 wuchs das Netzwerk um 72 Mitglieder auf nunmehr 425."),
        ("de", "Das Netzwerk vergrößerte sich im Dezember 2025 um 72 Städte auf 425."),
        ("de", "Das Netzwerk ist 2025 um 72 Städte auf 425 Mitglieder gewachsen."),
        ("de", "Das Netzwerk legte 2025 um 72 Städte zu und zählt nun 425 Mitglieder."),
    ],
)
def test_the_total_a_growth_brought(language: str, body: str) -> None:
    assert [(r[1], r[2]) for r in read_titled(language, body)] == [("total_cities", 425)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The network has grown by 72 cities."),
        ("de", "Das Netzwerk ist um 72 Städte gewachsen."),
        ("de", "Um 72 Städte wuchs das Netzwerk im Dezember 2025."),
        ("de", "Im vergangenen Jahr stieg die Zahl um rund 70 Städte."),
    ],
)
def test_a_growth_alone_is_no_figure(language: str, body: str) -> None:
    assert read_titled(language, body) == []


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("de", "Das Netzwerk ist auf 425 Städte gewachsen.", [("total_cities", 425)]),
        ("de", "Um die 180 Städte gehören dem Netzwerk an.", [("total_cities", 180)]),
        ("de", "Das Netzwerk wurde um 72 neue Mitglieder erweitert.", [("new_cities", 72)]),
        (
            "de",
            "Das Netzwerk hat 72 neue Mitglieder aufgenommen und ist damit auf 425 Städte"
            " gewachsen.",
            [("new_cities", 72), ("total_cities", 425)],
        ),
        ("en", "The network grew to 425 cities.", [("total_cities", 425)]),
        ("en", "The network, which grew fast, welcomed 72 new cities.", [("new_cities", 72)]),
    ],
)
def test_counts_near_a_growth_stay(
    language: str, body: str, expected: list[tuple[str, int]]
) -> None:
    assert [(r[1], r[2]) for r in read_titled(language, body)] == expected
