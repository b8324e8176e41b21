"""A count reached with its noun left out, an article before it: "la red alcanza las
425", "a rede chega às 425", "the network reaches 425", "Colombia alcanza las diez". Each
was no figure at all (Language.pronoun_counts had the verbs of rising, not those of
reaching, and no article between verb and number); Italian "la rete arriva a 425" was
read. A time of day after such a verb is no count ("llega a las diez de la mañana")."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

REACHED = [
    ("es", "Con 72 nuevas ciudades, la red alcanza las 425.", "425", 425, None),
    ("es", "La red llega a las 425.", "425", 425, None),
    ("pt", "A rede chega às 425.", "425", 425, None),
    ("pt", "Com as novas cidades, a rede alcança as 425.", "425", 425, None),
    ("en", "The network has now reached 425.", "425", 425, None),
    ("en", "With 72 newcomers, the network reaches 425.", "425", 425, None),
    ("es", "Colombia alcanza las diez.", "diez", 10, "CO"),
    ("pt", "Portugal chega às 17.", "17", 17, "PT"),
    ("en", "Colombia reaches ten.", "ten", 10, "CO"),
]


@pytest.mark.parametrize(("language", "text", "said", "value", "country"), REACHED)
def test_a_reached_count_without_its_noun_is_read(
    language: str, text: str, said: str, value: int, country: str | None
) -> None:
    metric = "country_cities" if country else "total_cities"
    assert read_titled(language, text)[-1] == (said, metric, value, "exact", None, country)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La delegación de Colombia llega a las diez de la mañana."),
        ("pt", "A delegação de Portugal chega às 10h."),
        ("en", "The Colombian delegation reaches the hall at 10 am."),
        ("en", "The temperature in Hamburg reaches 30."),
    ],
)
def test_a_time_of_day_or_another_subject_is_no_count(language: str, text: str) -> None:
    assert read_titled(language, text) == []
