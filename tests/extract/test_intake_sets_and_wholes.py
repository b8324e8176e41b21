"""Intake figures as real pages phrase them, in seven languages (each was no figure):

- a count set off by commas after its noun, with a word that makes it the whole
  (Language.in_all): "The newcomers, 72 in all, come from 46 countries", "Die Neuzugänge,
  insgesamt 72, kommen aus 46 Ländern"; fr "au total" is no count head there;
- the parts of the newcomers by region with an elided connector ("21 viennent
  d'Asie-Pacifique", "dell'Asia e del Pacifico"), a region word ("aus dem Raum
  Asien-Pazifik"), the verb first ("Von den Neuzugängen stammen 21 aus ..."), and "this
  year's newcomers";
- "elevando o total para 425" (pt), and "o total"/"il totale" heads no longer need two
  spaces after them (a pattern bug: "total " then a space more)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions
from tests.extract.titled import read_titled, titled

WHOLES = [
    ("en", "The newcomers, 72 in all, come from 46 countries.", "72 in all"),
    ("es", "Las recién llegadas, 72 en total, proceden de 46 países.", "72 en total"),
    ("fr", "Les nouvelles venues, 72 au total, viennent de 46 pays.", "72 au total"),
    ("it", "Le nuove arrivate, 72 in tutto, provengono da 46 paesi.", "72 in tutto"),
    ("pt", "As recém-chegadas, 72 no total, vêm de 46 países.", "72 no total"),
    ("de", "Die Neuzugänge, insgesamt 72, kommen aus 46 Ländern.", "insgesamt 72"),
    ("vi", "Các thành viên mới, tổng cộng 72, đến từ 46 quốc gia.", "tổng cộng 72"),
]


@pytest.mark.parametrize(("language", "text", "said"), WHOLES)
def test_a_whole_between_commas_counts_its_noun(language: str, text: str, said: str) -> None:
    assert read_titled(language, text)[0] == (said, "new_cities", 72, "exact", None, None)


def test_a_whole_of_members_is_the_network_s_total() -> None:
    assert read_titled("en", "The member cities, 425 in all, span 91 countries.")[0] == (
        "425 in all", "total_cities", 425, "exact", None, None
    )  # fmt: skip


def test_au_total_after_a_count_is_no_count_head() -> None:
    assert read_titled("fr", "Le réseau compte 425 villes au total.") == [
        ("425 villes", "total_cities", 425, "exact", None, None)
    ]


PARTS = [
    ("fr", "Parmi les nouvelles venues, 21 viennent d'Asie-Pacifique."),
    ("fr", "Parmi les nouvelles venues, 21 viennent de l'Asie et du Pacifique."),
    ("it", "Delle nuove arrivate, 21 sono dell'Asia e del Pacifico."),
    ("it", "Delle nuove arrivate, 21 vengono dall'Asia-Pacifico."),
    ("en", "Of this year's newcomers, 21 are from Asia-Pacific."),
    ("de", "Von den Neuzugängen stammen 21 aus Asien und dem Pazifik."),
    ("de", "Von den Neuzugängen kommen 21 aus dem Raum Asien-Pazifik."),
]


@pytest.mark.parametrize(("language", "text"), PARTS)
def test_a_region_s_part_of_the_newcomers(language: str, text: str) -> None:
    (found,) = find_mentions(titled(language, text), language)
    assert (found.metric.value, found.value, found.region) == ("new_cities", 21, "asia-pacific")


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("pt", "A UNESCO nomeou 72 novas cidades, elevando o total para 425.", "total para 425"),
        ("pt", "O total de membros chega a 425.", "total de membros chega a 425"),
        ("it", "Il totale sale così a 425.", "totale sale così a 425"),
    ],
)
def test_the_total_named_before_its_number(language: str, text: str, said: str) -> None:
    assert read_titled(language, text)[-1] == (said, "total_cities", 425, "exact", None, None)
