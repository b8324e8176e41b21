"""A country's count of member cities with the network said between the country and the
count ("Portugal tem na rede catorze cidades", Language.network_adverbials in es, fr, it,
pt), or with a spoken "now" or a word for the country before it in Vietnamese ("Cả nước
giờ có 6 thành phố": possession_words, country_subjects; "Việt Nam nâng số thành phố ...
lên 6", the country raising its count). The variant sweep: the same
fact in other verbs, word orders and layouts, each read as the country's count; and
near-misses, another network said in the same place, read as nothing."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

SWEEP = [
    ("pt", "Portugal tem na rede catorze cidades e é dos países com mais membros.", 14, "PT"),
    ("pt", "Portugal conta agora na Rede com 14 municípios.", 14, "PT"),
    ("pt", "Portugal tem catorze cidades na rede.", 14, "PT"),
    ("pt", "Na rede, Portugal está representado por 14 cidades.", 14, "PT"),
    ("pt", "Portugal passou a ter, na rede, catorze cidades.", 14, "PT"),
    ("es", "Colombia tiene en la red ocho ciudades.", 8, "CO"),
    ("es", "Colombia suma en la Red Mundial de Ciudades del Aprendizaje ocho ciudades.", 8, "CO"),
    ("es", "Colombia cuenta ya con ocho ciudades en la red.", 8, "CO"),
    ("es", "En la red, Colombia está representada por ocho ciudades.", 8, "CO"),
    ("fr", "La France compte dans le réseau huit villes.", 8, "FR"),
    ("fr", "La France a au sein du réseau huit communes.", 8, "FR"),
    ("fr", "La France a huit villes dans le réseau.", 8, "FR"),
    ("fr", "Dans le réseau, la France est représentée par huit villes.", 8, "FR"),
    ("it", "L'Italia ha nella rete otto città.", 8, "IT"),
    ("it", "L'Italia conta ormai nella rete otto comuni.", 8, "IT"),
    ("it", "L'Italia conta otto città nella rete.", 8, "IT"),
    ("it", "Nella rete l'Italia è rappresentata da otto città.", 8, "IT"),
    ("vi", "Việt Nam giờ có 6 thành phố rồi.", 6, "VN"),
    ("vi", "Việt Nam bây giờ có sáu thành phố trong mạng lưới.", 6, "VN"),
    ("vi", "Huế vừa được công nhận. Với Việt Nam, cả nước giờ có 6 thành phố.", 6, "VN"),
    ("vi", "Việt Nam hiện có 6 thành phố trong mạng lưới.", 6, "VN"),
    ("vi", "Việt Nam nâng số thành phố trong mạng lưới lên 6.", 6, "VN"),
    ("vi", "Với Hà Nội, Việt Nam nâng số thành viên lên 6.", 6, "VN"),
]

NEAR = [
    ("pt", "Portugal tem na rede escolar catorze escolas secundárias."),
    ("pt", "Portugal tem na rede de bibliotecas 14 cidades."),
    ("es", "Colombia tiene en la red de bibliotecas ocho ciudades."),
    ("fr", "La France compte dans le réseau des villes créatives huit villes."),
    ("it", "L'Italia ha nella rete delle città creative otto città."),
    ("vi", "Lúc 8 giờ có 6 thành phố phát biểu."),
    ("vi", "Cả nước giờ có 6 trường đại học tham gia."),
]


@pytest.mark.parametrize(("language", "body", "value", "country"), SWEEP)
def test_the_country_owns_its_count_with_the_network_between(
    language: str, body: str, value: int, country: str
) -> None:
    found = mentions(language, body, "2025-12-12")
    assert [(m.metric.value, m.value, m.country) for m in found] == [
        ("country_cities", value, country)
    ]


@pytest.mark.parametrize(("language", "body"), NEAR)
def test_another_network_or_another_noun_in_the_same_place_is_no_figure(
    language: str, body: str
) -> None:
    assert mentions(language, body, "2025-12-12") == []
