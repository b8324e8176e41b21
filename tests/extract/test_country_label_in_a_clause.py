"""A country labelling its count in a clause of a fact line, after a semicolon:
"rede com 173 cidades; Portugal: 11 membros" is Portugal's 11 (metric._country_before,
the label first in its clause). A headline's "Portugal: 72 novas cidades" after a full
stop is not taken for the country's intake."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

SWEEP = [
    ("pt", "Rede com 173 cidades; Portugal: 11 membros.", 11, "PT"),
    ("es", "Red con 173 ciudades; Colombia: 8 miembros.", 8, "CO"),
    ("fr", "Réseau de 173 villes ; France : 8 membres.", 8, "FR"),
    ("it", "Rete di 173 città; Italia: 5 membri.", 5, "IT"),
    ("vi", "Mạng lưới có 173 thành phố; Việt Nam: 2 thành phố.", 2, "VN"),
]


@pytest.mark.parametrize(("language", "body", "value", "country"), SWEEP)
def test_a_country_labels_its_count_in_a_clause(
    language: str, body: str, value: int, country: str
) -> None:
    found = [(m.metric.value, m.value, m.country) for m in mentions(language, body, "2019-08-01")]
    assert found == [("total_cities", 173, None), ("country_cities", value, country)]


def test_a_headline_after_a_full_stop_is_no_countrys_intake() -> None:
    found = mentions("pt", "Notícias. Portugal: 72 novas cidades entram na rede.", "2025-12-06")
    assert [(m.metric.value, m.value, m.country) for m in found] == [("new_cities", 72, None)]
