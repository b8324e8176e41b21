"""A count of one said with "only" after the article (Language.only_words): "el Perú, con
una sola ciudad", "tiene un solo municipio" (an s11 Peruvian commission bulletin) were
no figure at all: "una" and "un" are articles as often as numbers, so they never end a
number before a unit by themselves; with "sola"/"solo" between them and a singular unit
they are the number one. The same in every language that says it so: French "une seule
ville", "qu'une seule ville", Italian "una sola città", "un solo comune" (their articles
are no number words: numbers.one_articles makes them the number one before a word of
"only" and nowhere else), "una única ciudad", "une unique ville", "uma única cidade",
Vietnamese "có duy nhất một thành phố"."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

NAMED = "En la Red Mundial de Ciudades del Aprendizaje de la UNESCO"

CASES: list[tuple[str, list[Row]]] = [
    (f"{NAMED}, el Perú tiene una sola ciudad.",
     [("una sola ciudad", "country_cities", 1, "exact", None, "PE")]),
    (f"El Perú, con una sola ciudad, Barranco, está en la red. {NAMED} hay 425 miembros.",
     [("una sola ciudad", "country_cities", 1, "exact", None, "PE"),
      ("425 miembros", "total_cities", 425, "exact", None, None)]),
    (f"{NAMED}, Bolivia tiene un solo municipio.",
     [("un solo municipio", "country_cities", 1, "exact", None, "BO")]),
    (f"{NAMED}, Chile suma por ahora una sola ciudad miembro.",
     [("una sola ciudad miembro", "country_cities", 1, "exact", None, "CL")]),
    (f"{NAMED}, Bolivia cuenta con una única ciudad.",
     [("una única ciudad", "country_cities", 1, "exact", None, "BO")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_one_with_only_is_a_count(text: str, expected: list[Row]) -> None:
    assert read_titled("es", text) == expected


OTHER_LANGUAGES: list[tuple[str, str, list[Row]]] = [
    ("fr", "La Suisse compte une seule ville dans le réseau.",
     [("une seule ville", "country_cities", 1, "exact", None, "CH")]),
    ("fr", "La Suisse n'a qu'une seule ville dans le réseau.",
     [("une seule ville", "country_cities", 1, "exact", None, "CH")]),
    ("fr", "La Suisse n’a qu’un seul membre.",
     [("un seul membre", "country_cities", 1, "exact", None, "CH")]),
    ("fr", "En Suisse, une seule commune fait partie du réseau.",
     [("une seule commune", "country_cities", 1, "exact", None, "CH")]),
    ("fr", "La Suisse compte une unique ville membre du réseau.",
     [("une unique ville membre", "country_cities", 1, "exact", None, "CH")]),
    ("it", "La Svizzera ha una sola città nella rete.",
     [("una sola città", "country_cities", 1, "exact", None, "CH")]),
    ("it", "La Svizzera conta una sola città membro.",
     [("una sola città membro", "country_cities", 1, "exact", None, "CH")]),
    ("it", "In Svizzera una sola città fa parte della rete.",
     [("una sola città", "country_cities", 1, "exact", None, "CH")]),
    ("it", "La Svizzera ha un solo comune nella rete.",
     [("un solo comune", "country_cities", 1, "exact", None, "CH")]),
    # the article elided onto "only": "un'unica" is a number word of its own
    ("it", "La Svizzera conta un'unica città nella rete.",
     [("un'unica città", "country_cities", 1, "exact", None, "CH")]),
    ("it", "Un’unica città svizzera è nella rete.",
     [("Un’unica città svizzera", "country_cities", 1, "exact", None, "CH")]),
    ("pt", "Cabo Verde tem uma única cidade na rede.",
     [("uma única cidade", "country_cities", 1, "exact", None, "CV")]),
    ("pt", "Cabo Verde tem uma só cidade-membro.",
     [("uma só cidade-membro", "country_cities", 1, "exact", None, "CV")]),
    ("vi", "Lào có duy nhất một thành phố trong mạng lưới.",
     [("một thành phố", "country_cities", 1, "exact", None, "LA")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), OTHER_LANGUAGES)
def test_one_with_only_in_other_languages(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected


GUARDS: list[tuple[str, str, list[Row]]] = [
    # an article alone stays an article; "solo" before a number is "only"
    ("es", f"{NAMED}, el Perú tiene una ciudad pionera y tres candidatas.", []),
    ("es", f"{NAMED}, solo tres ciudades peruanas son miembros.",
     [("tres ciudades peruanas", "country_cities", 3, "exact", None, "PE")]),
    ("es", f"{NAMED}, una sola vez se admitieron 77 ciudades.",
     [("77 ciudades", "new_cities", 77, "exact", None, None)]),
    ("fr", "La Suisse est une ville? Non: Lausanne est une ville du réseau.", []),
    ("fr", "Une seule fois, le réseau a admis 77 villes.",
     [("77 villes", "new_cities", 77, "exact", None, None)]),
    ("it", "Lucca è una città della rete.", []),
    ("it", "Una sola volta la rete ha accolto 77 città.",
     [("77 città", "new_cities", 77, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), GUARDS)
def test_an_article_alone_is_no_count(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected


# French "qu'" (que elided) before the number of "ne ... que" ("only"): "qu'onze villes"
# had no figure phrase, "qu'environ 300" lost its qualifier, "qu'une dizaine" was none.
ELIDED_QUE: list[tuple[str, list[Row]]] = [
    ("La France ne compte qu'onze villes membres.",
     [("onze villes membres", "country_cities", 11, "exact", None, "FR")]),
    ("Le réseau ne comptait qu'environ 300 villes.",
     [("environ 300 villes", "total_cities", 300, "about", None, None)]),
    ("Le réseau ne comptait qu’une centaine de villes.",
     [("une centaine de villes", "total_cities", 100, "about", None, None)]),
    ("La France n'a qu'une seule ville apprenante.",
     [("une seule ville apprenante", "country_cities", 1, "exact", None, "FR")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ELIDED_QUE)
def test_a_number_after_an_elided_que(text: str, expected: list[Row]) -> None:
    assert read_titled("fr", text) == expected
