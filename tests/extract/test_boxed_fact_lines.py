"""A fact box drawn in plain text, its rows inside the box's borders: "|  Villes membres
............. 356   |" (fr b12 national commission letter: a stale 356 / 79 / 390 million
box, none found). A label and its value aligned by a leader of dots are read as before
(tables._LEADERED), a border of "|", "│" or "║" around them too."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_plain

TITLES = {
    "fr": "Le Réseau mondial des villes apprenantes de l'UNESCO",
    "es": "La Red Mundial de Ciudades del Aprendizaje de la UNESCO",
    "it": "La Rete globale delle città dell'apprendimento UNESCO",
    "pt": "A Rede Global de Cidades de Aprendizagem da UNESCO",
    "en": "The UNESCO Global Network of Learning Cities",
    "vi": "Mạng lưới các thành phố học tập toàn cầu của UNESCO",
}
ROWS = {
    "fr": ("Villes membres", "Pays", "Habitants concernés", "millions"),
    "es": ("Ciudades miembro", "Países", "Habitantes", "millones"),
    "it": ("Città membro", "Paesi", "Abitanti", "milioni"),
    "pt": ("Cidades-membro", "Países", "Habitantes", "milhões"),
    "en": ("Member cities", "Countries", "Residents", "million"),
    "vi": ("Thành phố thành viên", "Quốc gia", "Cư dân", "triệu"),
}


def _box(language: str, border: str) -> str:
    cities, countries, people, millions = ROWS[language]
    return (
        f"{TITLES[language]}\n\n  +------------------------------+\n"
        f"  {border}  {cities} ............. 356   {border}\n"
        f"  {border}  {countries} ....................... 79  {border}\n"
        f"  {border}  {people} ........ 390 {millions}{border}\n"
        "  +------------------------------+\n"
    )


@pytest.mark.parametrize("border", ["|", "\u2502", "\u2551", ""])
@pytest.mark.parametrize("language", sorted(ROWS))
def test_a_boxed_fact_line(language: str, border: str) -> None:
    rows: list[Row] = read_plain(_box(language, border), language)
    assert [(metric, value) for _, metric, value, *_ in rows] == [
        ("total_cities", 356),
        ("total_countries", 79),
        ("citizens", 390_000_000),
    ]
