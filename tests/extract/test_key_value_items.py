"""Key figures given as a list of "label: value" items.

- A unit noun that opens a list item is no unit of the number ending the item above:
  "- Thành viên mới: 72\\n- Quốc gia: 91" read "72 quốc gia" (72 countries, a false
  'wrong') in Vietnamese, whatever the list's marker.
- A label that names capitals gives the intake's capitals: "- Capitals among them: 11",
  "- Capitales : 11", "- Thủ đô: 11" (a trailing count of capitals was dropped as a small
  total without a country).
"""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

TITLES = {
    "en": "The UNESCO Global Network of Learning Cities: the 2025 round in figures",
    "de": "Globales Netzwerk lernender Städte der UNESCO: die Runde 2025 in Zahlen",
    "fr": "Le Réseau mondial des villes apprenantes de l'UNESCO : la promotion 2025 en chiffres",
    "es": "La Red Mundial de Ciudades del Aprendizaje de la UNESCO: la convocatoria de 2025",
    "it": "La Rete globale delle città dell'apprendimento dell'UNESCO: la tornata 2025",
    "pt": "A Rede Global de Cidades de Aprendizagem da UNESCO: a rodada de 2025 em números",
    "vi": "Mạng lưới các thành phố học tập toàn cầu của UNESCO: đợt kết nạp 2025",
}


def _figures(code: str, lines: str) -> list[tuple[str, int]]:
    page = f'---\ntitle: "{TITLES[code]}"\ndate: 2025-12-05\n---\n\n{lines}\n'
    found = find_mentions(read_document(page, "markdown"), code)
    return [(m.metric.value, int(m.value)) for m in found]


@pytest.mark.parametrize("marker", ["-", "*", "+", "1."])
def test_a_unit_that_opens_an_item_is_not_the_unit_of_the_item_above(marker: str) -> None:
    second = "2." if marker == "1." else marker
    lines = f"{marker} Thành viên mới: 72\n{second} Quốc gia: 91\n{second} Thành phố: 425"
    assert _figures("vi", lines) == [
        ("new_cities", 72),
        ("total_countries", 91),
        ("total_cities", 425),
    ]


CAPITALS = [
    ("en", "- New members: 72\n- Capitals among them: 11"),
    ("fr", "- Nouveaux membres : 72\n- Capitales parmi eux : 11"),
    ("es", "- Nuevos miembros: 72\n- Capitales entre ellos: 11"),
    ("de", "- Neue Mitglieder: 72\n- Hauptstädte darunter: 11"),
    ("it", "- Nuovi membri: 72\n- Capitali: 11"),
    ("pt", "- Novos membros: 72\n- Capitais: 11"),
    ("vi", "- Thành viên mới: 72\n- Thủ đô: 11"),
]


@pytest.mark.parametrize(("code", "lines"), CAPITALS)
def test_a_label_of_capitals_gives_the_intakes_capitals(code: str, lines: str) -> None:
    assert _figures(code, lines) == [("new_cities", 72), ("new_capitals", 11)]
