"""The words that make a figure what it is may come long after it, past a list of the
countries or cities it counts: "12 countries, including Benin, Chile and Iraq, which are
joining the network for the first time". Cues were read only 80 characters past a
sentence's last figure, so a list of three or more names between the figure and its verb
lost the figure (or its kind) in every language; now 200."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

FIRST_TIME_AFTER_A_LIST = [
    ("en", "The new admissions mark the arrival of 12 countries, including Benin, Chile and "
           "Iraq, which are joining the network for the first time."),
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
