"""Three misses of fresh dev pages by another writer (s9-*), fixed where each construction
exists:

- a verb of counting after "among them" counts a part of the intake told before, not
  the network ("Parmi elles, on compte sept villes africaines" was Africa's members in
  the network; fr, it, de, and as es, pt, en already read it);
- a verb of joining after "of which" is the part's, not the whole's ("115 città di 28
  Paesi, di cui più di cento entrate nello stesso mese" made 115 an intake); es "de las
  cuales" and pt "das quais" are parts' words now;
- a rank verb broken by a line end in hard-wrapped text ("è\\nla sesta in Italia").
"""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES
from tests.extract.titled import mentions

INTAKE = {
    "fr": "64 nouvelles villes issues de 35 pays ont été accueillies.",
    "it": "Sono entrate 64 nuove città di 35 Paesi.",
    "de": "64 neue Städte aus 35 Ländern traten bei.",
    "es": "Ingresaron 64 nuevas ciudades de 35 países.",
    "pt": "Entraram 64 novas cidades de 35 países.",
    "en": "64 new cities from 35 countries joined.",
}
PARTS = [
    ("fr", "Parmi elles, on compte sept villes africaines.", "sept villes africaines"),
    ("it", "Tra queste si contano sette città africane.", "sette città africane"),
    ("de", "Darunter zählt man sieben afrikanische Städte.", "sieben afrikanische Städte"),
    ("es", "Entre ellas se cuentan siete ciudades africanas.", "siete ciudades africanas"),
    ("pt", "Entre elas contam-se sete cidades africanas.", "sete cidades africanas"),
    ("en", "Among them, there are seven African cities.", "seven African cities"),
]


@pytest.mark.parametrize(("language", "sentence", "text"), PARTS)
def test_a_count_among_the_newcomers_is_a_share(language: str, sentence: str, text: str) -> None:
    *_, found = mentions(language, f"{INTAKE[language]} {sentence}")
    assert (found.text, found.metric.value, found.value, found.region) == (
        text,
        "new_cities",
        7,
        "africa",
    )


WHOLES = [
    ("it", "Ad agosto la rete contava 115 città di 28 Paesi, di cui più di cento entrate "
     "nello stesso mese.", "115 città", "28 Paesi"),
    ("fr", "Le réseau : 115 villes de 28 pays, dont une centaine ont adhéré en août.",
     "115 villes", "28 pays"),
    ("es", "La lista de la red: 115 ciudades de 28 países, de las cuales más de cien "
     "ingresaron en agosto.", "115 ciudades", "28 países"),
    ("pt", "A lista da rede: 115 cidades de 28 países, das quais mais de cem entraram em "
     "agosto.", "115 cidades", "28 países"),
    ("en", "The network list: 115 cities in 28 countries, of which more than 100 joined in "
     "August.", "115 cities", "28 countries"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "cities", "countries"), WHOLES)
def test_the_verb_after_of_which_is_the_parts(
    language: str, sentence: str, cities: str, countries: str
) -> None:
    found = [(m.text, m.metric.value, m.value) for m in mentions(language, sentence, "2016-10")]
    assert found[:2] == [(cities, "total_cities", 115), (countries, "total_countries", 28)]


WRAPPED = [
    ("it", "Reggio Calabria è\nla sesta in Italia dopo Torino e Fermo.", "sesta in Italia",
     6, "IT"),
    ("es", "Envigado es\nla novena de Colombia.", "novena de Colombia", 9, "CO"),
    ("pt", "Fundão é\na décima sexta de Portugal.", "décima sexta de Portugal", 16, "PT"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "figure", "value", "country"), WRAPPED)
def test_a_rank_verb_broken_by_a_line_end(
    language: str, text: str, figure: str, value: int, country: str
) -> None:
    (found,) = mentions(language, text)
    assert (found.text, found.metric.value, found.value, found.country) == (
        figure,
        "country_cities",
        value,
        country,
    )


COUNTRY_PARTS = [
    ("vi", "Việt Nam hiện có 3 thành phố là thành viên của mạng lưới, trong đó Đồng Tháp có 2 "
     "thành phố là Sa Đéc và Cao Lãnh.", ("3 thành phố", 3, "VN")),
    ("fr", "La France compte huit villes membres, parmi elles on compte deux villes "
     "franciliennes.", ("huit villes membres", 8, "FR")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), COUNTRY_PARTS)
def test_a_part_of_a_countrys_members_is_no_figure(
    language: str, sentence: str, expected: tuple[str, int, str]
) -> None:
    """Among a country's members, a province's are counted: no metric of the network."""
    found = [(m.text, m.value, m.country) for m in mentions(language, sentence, "2025-12-10")]
    assert found == [expected]


HTML_PARTS = [
    ("fr", "<p>Au cours de la cérémonie, 64 nouvelles villes issues de 35 pays ont été "
     "accueillies.</p>\n<p>Parmi elles, on compte sept villes africaines, dont Dakar.</p>",
     "sept villes africaines"),
    ("it", "<p>Sono entrate nella rete 64 nuove città di 35 Paesi.</p>\n<p>Tra queste si "
     "contano sette città africane, fra cui Dakar.</p>", "sette città africane"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "text"), HTML_PARTS)
def test_the_intake_in_the_html_paragraph_before(language: str, body: str, text: str) -> None:
    """HTML paragraphs are parted by blanked tags: the intake said in the paragraph before
    is still the one before (it was looked for in an empty one)."""
    title = TITLES[language]
    page = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>\n{body}</body></html>"
    *_, found = find_mentions(read_document(page, "html"), language)
    assert (found.text, found.metric.value, found.value, found.region) == (
        text,
        "new_cities",
        7,
        "africa",
    )
