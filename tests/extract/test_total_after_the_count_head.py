"""A count head followed by "total" ("le nombre total de villes égyptiennes ... s'élève
désormais à dix"): on a real Egyptian French-language page the head's noun and the
country's adjective were not read past "total", so the figure lost its country and was
judged as an intake of the whole network (a false alarm on a true country count), or was
not read at all. Now "total"/"totale" after the head is read past in every language whose
count heads put it there (lcnet.extract.grammar._count_form)."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

TOTALS = [
    ("fr", "Le nombre total de villes égyptiennes membres du réseau s'élève désormais à dix.",
     ("nombre total de villes égyptiennes membres du réseau s'élève désormais à dix",
      "country_cities", 10, "exact", None, "EG")),
    ("es", "El número total de ciudades egipcias de la red asciende ahora a diez.",
     ("número total de ciudades egipcias de la red asciende ahora a diez",
      "country_cities", 10, "exact", None, "EG")),
    ("it", "Il numero totale di città italiane della rete sale a 15.",
     ("numero totale di città italiane della rete sale a 15",
      "country_cities", 15, "exact", None, "IT")),
    ("pt", "O número total de cidades portuguesas da rede passou a ser 15.",
     ("número total de cidades portuguesas da rede passou a ser 15",
      "country_cities", 15, "exact", None, "PT")),
    ("fr", "Le nombre total de villes membres du réseau a atteint 425.",
     ("nombre total de villes membres du réseau a atteint 425",
      "total_cities", 425, "exact", None, None)),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), TOTALS)
def test_total_after_the_head_keeps_its_noun_and_country(
    language: str, text: str, expected: tuple[str, str, int, str, None, str | None]
) -> None:
    assert read_titled(language, text) == [expected]


def test_an_intake_before_does_not_make_the_country_total_an_intake() -> None:
    """The real page's sentence: the three newcomers first, then the country's total."""
    assert read_titled(
        "fr",
        "Avec l'adhésion des trois nouvelles villes égyptiennes, le nombre total de villes "
        "égyptiennes membres du réseau s'élève désormais à dix villes.",
    ) == [
        ("trois nouvelles villes égyptiennes", "new_cities", 3, "exact", None, "EG"),
        ("nombre total de villes égyptiennes membres du réseau s'élève désormais à dix villes",
         "country_cities", 10, "exact", None, "EG"),
    ]  # fmt: skip
