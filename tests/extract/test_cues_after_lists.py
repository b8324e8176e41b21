"""The words that make a figure what it is may come long after it, past a list of the
countries or cities it counts: "12 countries, among them Benin, Chile and Iraq, that ...
enter for the first time". Cues were read only 80 characters past a
sentence's last figure, so a list of three or more names between the figure and its verb
lost the figure (or its kind) in every language; now 200."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

FIRST_TIME_AFTER_A_LIST = [
    ("en", "This round brings in 12 countries, among them Benin, Chile and Iraq, that have "
           "never had a member city and enter for the first time."),
    ("fr", "Douze pays, parmi lesquels le Bénin, le Chili, l'Irak et la Lituanie, rejoignent "
           "le réseau pour la première fois."),
    ("es", "Doce países, entre ellos Benín, Chile, Irak, Lituania y Venezuela, se suman a la "
           "red por primera vez."),
    ("de", "Zwölf Länder, darunter Benin, Chile, Irak, Litauen und Venezuela, sind zum "
           "ersten Mal im Netzwerk vertreten."),
    ("it", "Dodici Paesi, tra cui Benin, Cile, Iraq, Lituania e Venezuela, entrano nella "
           "rete per la prima volta."),
    ("pt", "Doze países, entre eles Benim, Chile, Iraque, Lituânia e Venezuela, entram na "
           "rede pela primeira vez."),
    ("vi", "12 quốc gia, trong đó có Benin, Chile, Iraq, Litva và Venezuela, lần đầu tiên "
           "có thành viên trong mạng lưới."),
]  # fmt: skip

INTAKE_AFTER_A_LIST = [
    ("en", "72 cities from 46 countries, among them Hanoi, Lisbon, Buenos Aires, Cairo, "
           "Riyadh and Ankara, were admitted to the network today."),
    ("fr", "72 villes de 46 pays, parmi lesquelles Hanoï, Lisbonne, Buenos Aires, Le Caire, "
           "Riyad et Ankara, ont été admises dans le réseau ce jeudi."),
    ("es", "72 ciudades de 46 países, entre ellas Hanói, Lisboa, Buenos Aires, El Cairo, "
           "Riad y Ankara, fueron admitidas hoy en la red."),
]  # fmt: skip

_PAGE = "# The UNESCO Global Network of Learning Cities\n\n{}\n"


@pytest.mark.parametrize(("code", "line"), FIRST_TIME_AFTER_A_LIST)
def test_a_first_time_cue_past_a_list_of_countries_makes_first_time_countries(
    code: str, line: str
) -> None:
    found = find_mentions(read_document(_PAGE.format(line), "markdown"), code)
    assert [(m.metric.value, int(m.value)) for m in found] == [("first_time_countries", 12)]


@pytest.mark.parametrize(("code", "line"), INTAKE_AFTER_A_LIST)
def test_an_intake_verb_past_a_list_of_cities_makes_an_intake(code: str, line: str) -> None:
    found = find_mentions(read_document(_PAGE.format(line), "markdown"), code)
    assert [(m.metric.value, int(m.value)) for m in found] == [
        ("new_cities", 72),
        ("new_countries", 46),
    ]


# The countries of an intake whose verb comes after an aside of up to 120 characters:
# they were read as the network's countries (a false "wrong" for 35 in February 2024).
COUNTRIES_OF_AN_INTAKE = [
    ("en", "Cities from 35 countries, from small towns in Europe to large capitals in Africa "
           "and Asia, joined the network in February 2024."),
    ("fr", "Des villes de 35 pays, des petites communes d'Europe aux grandes capitales "
           "d'Afrique et d'Asie, ont rejoint le réseau en février 2024."),
    ("es", "Ciudades de 35 países, desde pequeños municipios de Europa hasta grandes "
           "capitales de África y Asia, se unieron a la red en febrero de 2024."),
    ("it", "Città di 35 Paesi, dai piccoli comuni europei alle grandi capitali dell'Africa e "
           "dell'Asia, sono entrate nella rete nel febbraio 2024."),
    ("pt", "Cidades de 35 países, desde pequenos municípios da Europa até grandes capitais "
           "da África e da Ásia, entraram na rede em fevereiro de 2024."),
    ("de", "Städte aus 35 Ländern, von kleinen Gemeinden in Europa bis zu Hauptstädten, sind "
           "dem Netzwerk im Februar 2024 beigetreten."),
]  # fmt: skip


@pytest.mark.parametrize(("code", "line"), COUNTRIES_OF_AN_INTAKE)
def test_a_verb_of_joining_past_an_aside_makes_the_countries_an_intakes(
    code: str, line: str
) -> None:
    found = find_mentions(read_document(_PAGE.format(line), "markdown"), code)
    assert [(m.metric.value, int(m.value), str(m.as_of)) for m in found] == [
        ("new_countries", 35, "2024-02")
    ]
