"""German extended attributes: a number, then words that qualify a participle or an
adjective, then the unit noun ("die 64 im Februar aufgenommenen Städte"). The number
counts the noun; a participle of admission makes the count new; a country or a date
named inside the attribute is the count's (variant sweep: "Mit den 64 im Februar
aufgenommenen Städten aus 35 Ländern" lost the 64)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

TITLE = "# Das Globale Netzwerk lernender Städte der UNESCO\n\n"

Row = tuple[str, str, int, str | None, str | None]


def _rows(text: str) -> list[Row]:
    found = find_mentions(read_document(TITLE + text, "markdown"), "de")
    return [(m.text, m.metric.value, m.value, m.country, m.as_of and str(m.as_of)) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mit den 64 im Februar aufgenommenen Städten aus 35 Ländern wuchs das Netzwerk.",
         ("64 im Februar aufgenommenen Städten", "new_cities", 64, None, None)),
        ("Die 72 im Dezember 2025 neu aufgenommenen Städte stammen aus 46 Staaten.",
         ("72 im Dezember 2025 neu aufgenommenen Städte", "new_cities", 72, None, "2025-12")),
        ("Die 64 neu aufgenommenen Städte kommen aus 35 Ländern.",
         ("64 neu aufgenommenen Städte", "new_cities", 64, None, None)),
        ("Die 64 von der UNESCO ausgewählten Städte kommen aus 35 Ländern.",
         ("64 von der UNESCO ausgewählten Städte", "new_cities", 64, None, None)),
        ("Die 425 im Netzwerk vertretenen Städte liegen in 91 Ländern.",
         ("425 im Netzwerk vertretenen Städte", "total_cities", 425, None, None)),
        ("Die 425 weltweit vernetzten Städte liegen in 91 Ländern.",
         ("425 weltweit vernetzten Städte", "total_cities", 425, None, None)),
        ("Die vier in Deutschland ansässigen Mitgliedsstädte sind Gelsenkirchen, Hamburg,"
         " Dresden und Bonn.",
         ("vier in Deutschland ansässigen Mitgliedsstädte", "country_cities", 4, "DE", None)),
    ],
)  # fmt: skip
def test_an_attribute_between_the_number_and_its_noun(text: str, expected: Row) -> None:
    assert _rows(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a noun after the number: the number counts it, the cities are a preposition's
        "Zur Tagung kamen 30 Teilnehmende aus anderen Städten.",
        # a preposition and an adjective only: the cities are the preposition's noun
        "Mit 12 aus anderen Städten angereisten Gästen war die Tagung voll.",
        "Es kamen 4 in deutschen Städten tätige Fachleute.",
        # a year before the participle counts nothing
        "Die 2022 aufgenommenen Städte feierten gemeinsam.",
    ],
)
def test_no_attribute_no_count(text: str) -> None:
    assert _rows(text) == []
