"""The countries an event's people came from, said after the people with words between
("Près de 700 personnes y étaient réunies, venues de plus de 80 pays", an s11 fr dev page
about the Cork conference): the attendance's, not the network's countries."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

ATTENDANCE = [
    ("fr", "Près de 700 personnes y étaient réunies, venues de plus de 80 pays."),
    ("fr", "Quelque 500 participants, arrivés de 70 pays, ont débattu trois jours."),
    ("it", "Quasi 700 persone si sono riunite, arrivate da oltre 80 Paesi."),
    ("it", "C'erano 500 partecipanti, provenienti da 70 Paesi."),
    ("en", "Nearly 700 people gathered there, coming from more than 80 countries."),
    ("es", "Casi 700 personas se reunieron, llegadas de más de 80 países."),
    ("pt", "Quase 700 pessoas reuniram-se, vindas de mais de 80 países."),
    ("de", "Fast 700 Menschen waren dort, angereist aus über 80 Ländern."),
]


@pytest.mark.parametrize(("language", "sentence"), ATTENDANCE)
def test_the_countries_people_came_from(language: str, sentence: str) -> None:
    assert read_titled(language, sentence) == []


def test_the_networks_countries_after_its_cities_stay() -> None:
    assert read_titled("fr", "Le réseau compte 425 villes, venues de 91 pays.") == [
        ("425 villes", "total_cities", 425, "exact", None, None),
        ("91 pays", "total_countries", 91, "exact", None, None),
    ]
