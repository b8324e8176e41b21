"""Two or more named cities that join "with N others" are N plus their number, where the
names are the subject of the verb of joining and the verb stands between them and the
others ("Brescia e Cividale sono entrate nella rete insieme ad altre 70 città": 72)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def _intakes(language: str, body: str) -> list[tuple[str, int]]:
    page = f"---\ntitle: {TITLES[language]}\n---\n\n{body}\n"
    return [(m.metric.value, m.value)
            for m in find_mentions(read_document(page, "markdown"), language)]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("it", "Brescia e Cividale del Friuli sono entrate nella rete insieme ad altre 70 città.",
         72),
        ("it", "L'annuncio è arrivato ieri: Palermo, Fermo e Torino sono entrate assieme ad"
               " altre 61 città.", 64),
        ("it", "È passato un anno da quando Lucca e Trieste hanno fatto il loro ingresso nella"
               " rete, con altre 52 città.", 54),
        ("fr", "Liège et Namur ont rejoint le réseau avec 62 autres villes.", 64),
        ("fr", "Depuis que Lille et Brest ont intégré le réseau aux côtés de 62 autres villes,"
               " tout a changé.", 64),
        ("en", "Hue and Da Nang joined the network along with 62 other cities.", 64),
        ("en", "Lille, Liège and Dresden have joined the network with 61 other cities.", 64),
        ("es", "Medellín y Envigado ingresaron a la red junto con otras 75 ciudades.", 77),
        ("it", "Lo scorso anno Lucca e Trieste sono entrate nella rete assieme ad altre 53"
               " città.", 55),
        ("en", "Last year Lucca and Trieste joined the network along with 53 other cities.",
         55),
        ("fr", "L'an dernier, Benguerir et Chefchaouen ont rejoint le réseau avec 52 autres"
               " villes.", 54),
    ],
)  # fmt: skip
def test_the_named_subjects_count_with_the_others(language: str, body: str, expected: int) -> None:
    assert _intakes(language, body) == [("new_cities", expected)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("it", "Torino è entrata nella rete insieme ad altre 63 città."),
        ("fr", "Lille a rejoint le réseau avec 63 autres villes."),
        ("en", "Dakar joined the network along with 63 other cities."),
    ],
)
def test_one_subject_is_one_more(language: str, body: str) -> None:
    assert _intakes(language, body) == [("new_cities", 64)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # a date opening the sentence, a title before each name, an aside after it
        ("vi", "Tối 4/12, thành phố Huế (tỉnh Thừa Thiên Huế) và thành phố Đà Lạt (tỉnh Lâm"
               " Đồng) chính thức gia nhập mạng lưới cùng với 70 thành phố khác.", 72),
        ("vi", "Thành phố Huế và thành phố Đà Nẵng đã gia nhập mạng lưới cùng với 62 thành"
               " phố khác.", 64),
        ("vi", "TP. Huế (Thừa Thiên Huế) và TP. Đà Nẵng vừa gia nhập mạng lưới cùng 62 thành"
               " phố khác.", 64),
        ("en", "On 23 September, the cities of Hue (Thua Thien Hue province) and Da Nang joined"
               " the network along with 53 other cities.", 55),
        ("en", "Hue (Vietnam) and Osan (Republic of Korea) were admitted along with 62 other"
               " cities.", 64),
        ("fr", "Le 14 février, les villes de Liège (Belgique) et Namur ont rejoint le réseau"
               " avec 62 autres villes.", 64),
        ("es", "El 4 de diciembre, la ciudad de Medellín (Antioquia) y la ciudad de Envigado"
               " ingresaron a la red junto con otras 70 ciudades.", 72),
        ("it", "Il 14 febbraio, Brescia (Lombardia) e Cividale del Friuli sono entrate nella"
               " rete insieme ad altre 62 città.", 64),
        ("pt", "Em 14 de fevereiro, a cidade de Braga (Minho) e a cidade de Sintra entraram"
               " na rede junto com outras 62 cidades.", 64),
    ],
)  # fmt: skip
def test_named_subjects_with_titles_asides_and_a_date(
    language: str, body: str, expected: int
) -> None:
    assert _intakes(language, body) == [("new_cities", expected)]
