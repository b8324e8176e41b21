"""Classes from the first run of the session's fresh es and pt dev pages (s10-*), each in
every language that has it:

- a rank beside a list of other cities counts no subject: "ao lado de Buenos Aires, Hanói
  e Riade, e torna-se a décima sétima cidade portuguesa" was Portugal's 18 (wrong);
- "both" counts the subject that joins with others: "la postulación de ambos municipios,
  admitidos ... junto con otras 75 ciudades" is an intake of 77 (76 was wrong);
- an FAQ answers with a bare number the question's noun qualifies: "¿Cuántas ciudades
  colombianas hacen parte? Seis, ..." (missed: a stale count).
"""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

RANKS = [
    ("pt", "Lisboa entra na rede ao lado de Buenos Aires, Hanói e Riade, e torna-se a décima "
           "sétima cidade portuguesa da rede.", 17, "PT"),
    ("es", "Chía entra en la red junto a Buenos Aires y Caracas, y se convierte en la novena "
           "ciudad colombiana de la red.", 9, "CO"),
    ("en", "Hanoi joins alongside Lisbon and Riyadh and becomes the sixth Vietnamese city in "
           "the network.", 6, "VN"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "value", "country"), RANKS)
def test_a_rank_beside_other_cities_counts_no_subject(
    language: str, body: str, value: int, country: str
) -> None:
    found = [(m.metric.value, m.value, m.country) for m in mentions(language, body)]
    assert found == [("country_cities", value, country)]


BOTH = [
    ("es", "La Facultad acompañó la postulación de ambos municipios, admitidos el jueves en la "
           "red junto con otras 75 ciudades.", 77),
    ("pt", "As duas cidades entraram na rede com outras 70.", 72),
    ("en", "Both cities joined the network along with 70 others.", 72),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "value"), BOTH)
def test_both_cities_are_counted_with_the_others(language: str, body: str, value: int) -> None:
    found = [(m.metric.value, m.value) for m in mentions(language, body)]
    assert found[-1] == ("new_cities", value)


ANSWERS = [
    ("es", "**¿Cuántas ciudades colombianas hacen parte?** Seis, tres de ellas antioqueñas.",
     ("country_cities", 6, "CO")),
    ("pt", "**Quantas cidades portuguesas fazem parte da rede?** Quinze, entre elas Braga.",
     ("country_cities", 15, "PT")),
    ("en", "**How many cities are members?** 294, in 76 countries.",
     ("total_cities", 294, None)),
    ("fr", "Combien de villes françaises en font partie ? Huit.", ("country_cities", 8, "FR")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "expected"), ANSWERS)
def test_an_faq_answer_counts_what_its_question_asks(
    language: str, body: str, expected: tuple[str, int, str | None]
) -> None:
    found = [(m.metric.value, m.value, m.country) for m in mentions(language, body)]
    assert found[0] == expected


def test_a_question_without_how_many_gives_no_count() -> None:
    assert mentions("es", "¿Qué ciudades colombianas hacen parte? Seis, según la UNESCO.") == []
