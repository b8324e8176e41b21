"""Counts in brackets after a label that names no place, network or membership (a
working group's, a theme's) are parts of the network, never its figures; a bracketed
count after a place, the network's name or words of membership keeps its reading."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

Row = tuple[str, str, int, str | None]


def _found(language: str, text: str) -> list[Row]:
    return [
        (m.text, m.metric.value, m.value, m.country)
        for m in find_mentions(read_document(text, "text"), language)
    ]


CLUSTERS: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "The UNESCO Global Network of Learning Cities has 356 members. They work in "
        "clusters: education for sustainable development (112 cities), health and "
        "well-being (40 cities), literacy (30 cities).",
        [("356 members", "total_cities", 356, None)],
    ),
    (
        "fr",
        "Le Réseau mondial des villes apprenantes de l'UNESCO compte 294 villes. Les membres "
        "travaillent en groupes : citoyenneté mondiale (57 villes), santé et bien-être "
        "(40 villes), alphabétisation (30 villes).",
        [("294 villes", "total_cities", 294, None)],
    ),
    (
        "it",
        "La Rete globale delle città dell'apprendimento dell'UNESCO conta 425 città.\n\n"
        "Cluster tematici:\n- Educazione alla cittadinanza globale (57 città)\n"
        "- Salute e benessere (40 città)\n- Imprenditorialità (30 città)",
        [("425 città", "total_cities", 425, None)],
    ),
    (
        "es",
        "La Red Mundial de Ciudades del Aprendizaje de la UNESCO reúne 356 ciudades, "
        "organizadas en grupos: alfabetización (30 ciudades), salud y bienestar "
        "(40 ciudades).",
        [("356 ciudades", "total_cities", 356, None)],
    ),
    (
        "pt",
        "A Rede Global de Cidades de Aprendizagem da UNESCO tem 425 cidades, que trabalham "
        "em grupos temáticos: cidadania global (57 cidades), saúde e bem-estar (40 cidades).",
        [("425 cidades", "total_cities", 425, None)],
    ),
    (
        "de",
        "Das Globale Netzwerk lernender Städte der UNESCO zählt 425 Städte. Sie arbeiten in "
        "Gruppen: Alphabetisierung (30 Städte), Gesundheit und Wohlbefinden (40 Städte).",
        [("425 Städte", "total_cities", 425, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CLUSTERS)
def test_a_clusters_bracketed_count_is_no_figure(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _found(language, text) == expected


KEPT: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "The UNESCO Global Network of Learning Cities (425 cities) met in Hamburg.",
        [("425 cities", "total_cities", 425, None)],
    ),
    (
        "en",
        "The UNESCO Global Network of Learning Cities announced its new members (72 cities) "
        "on Thursday.",
        [("72 cities", "new_cities", 72, None)],
    ),
    (
        "it",
        "La Rete globale delle città dell'apprendimento (425 città) si è riunita ad Amburgo.",
        [("425 città", "total_cities", 425, None)],
    ),
    (
        "fr",
        "L'UNESCO a publié la liste de ses nouveaux membres (72 villes) jeudi, dans le Réseau "
        "mondial des villes apprenantes.",
        [("72 villes", "new_cities", 72, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), KEPT)
def test_a_bracketed_count_after_the_network_or_its_members_is_read(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _found(language, text) == expected
