"""A table of the networks a city belongs to, one row each, the columns labelled by the
header ("| Network | Joined | Members worldwide | Countries |"), as an open-data page
lays it out (b12): the GNLC's row gave its members (the name's "Learning Cities" read as
the row's label) but not its countries, and another network's row gave its countries
to the GNLC ("| Klima-Bündnis | 1997 | 1.900 | 27 |": 27 countries, a distractor
reported). The row that names the GNLC is counted by the header; the other rows are other
subjects (tables._gnlc_rows)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

Row = tuple[str, str, int]

TABLES = {
    "en": (
        "# Open data: the city's networks\n\n"
        "| Network | Joined | Members worldwide | Countries | Office |\n"
        "|---|---|---|---|---|\n"
        "| Climate Alliance | 1997 | 1,900 | 27 | Environment |\n"
        "| UNESCO Global Network of Learning Cities (GNLC) | 2022 | 425 | 91 | Education |\n"
        "| Fairtrade Towns | 2014 | 2,000 | 36 | Agenda office |\n"
    ),
    "de": (
        "# Offene Daten: Netzwerke der Stadt\n\n"
        "| Netzwerk | Beitritt | Mitglieder weltweit | Staaten | Zuständig |\n"
        "|---|---|---|---|---|\n"
        "| UNESCO Global Network of Learning Cities (GNLC) | 2022 | 425 | 91 | Bildung |\n"
        "| Klima-Bündnis | 1997 | 1.900 | 27 | Umweltamt |\n"
        "| Bildungskommunen (Bundesprogramm) | 2023 | rund 180 | 1 | Bildung |\n"
    ),
    "fr": (
        "# Données ouvertes : les réseaux de la ville\n\n"
        "| Réseau | Adhésion | Membres | Pays | Service |\n"
        "|---|---|---|---|---|\n"
        "| Réseau mondial des villes apprenantes de l'UNESCO | 2022 | 425 | 91 | Éducation |\n"
        "| Alliance pour le climat | 1997 | 1 900 | 27 | Environnement |\n"
    ),
    "es": (
        "# Datos abiertos: las redes de la ciudad\n\n"
        "| Red | Adhesión | Miembros | Países | Área |\n"
        "|---|---|---|---|---|\n"
        "| Alianza por el Clima | 1997 | 1.900 | 27 | Ambiente |\n"
        "| Red Mundial de Ciudades del Aprendizaje de la UNESCO | 2022 | 425 | 91 | Educación |\n"
    ),
}


@pytest.mark.parametrize("language", sorted(TABLES))
def test_the_gnlc_row_of_a_table_of_networks(language: str) -> None:
    found = find_mentions(read_document(TABLES[language], "markdown"), language)
    assert [(m.text, m.metric.value, m.value) for m in found] == [
        ("425", "total_cities", 425),
        ("91", "total_countries", 91),
    ]


def test_a_key_value_table_under_the_name_is_unchanged() -> None:
    text = (
        "# Notes\n\n| UNESCO Global Network of Learning Cities | |\n|---|---|\n"
        "| Member cities | 425 |\n| Countries | 91 |\n"
    )
    found = find_mentions(read_document(text, "markdown"), "en")
    assert [(m.text, m.metric.value, m.value) for m in found] == [
        ("425", "total_cities", 425),
        ("91", "total_countries", 91),
    ]
