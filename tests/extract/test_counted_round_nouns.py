"""A round number as a noun, counted or halved: "duas dezenas de cidades" (about 20),
"cuatro centenares" (about 400), "meia centena", "medio centenar", "mezzo centinaio"
(about 50). Only "un centenar" with its article was read; a Mercocidades page said
"mais de meia centena de governos locais de 27 países" of an intake, and lcnet found
neither the intake nor its unit ("governos locais", now a unit in es, pt, it and fr as
"local governments" is in en). A milestone without a count stays none."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

N = "new_cities"
T = "total_cities"

ROUND_NOUNS: list[tuple[str, str, list[Row]]] = [
    (
        "pt",
        "Na cerimónia virtual aderiram à rede mais de meia centena de governos locais"
        " de 27 países.",
        [
            ("mais de meia centena de governos locais", N, 50, "more_than", None, None),
            ("27 países", "new_countries", 27, "exact", None, None),
        ],
    ),
    (
        "pt",
        "Duas dezenas de cidades entraram na rede.",
        [("Duas dezenas de cidades", N, 20, "about", None, None)],
    ),
    (
        "es",
        "En la sesión se sumaron a la red más de medio centenar de gobiernos locales.",
        [("más de medio centenar de gobiernos locales", N, 50, "more_than", None, None)],
    ),
    (
        "es",
        "La red reúne a más de cuatro centenares de ciudades.",
        [("más de cuatro centenares de ciudades", T, 400, "more_than", None, None)],
    ),
    (
        "es",
        "Dos decenas de municipios se incorporaron a la red.",
        [("Dos decenas de municipios", N, 20, "about", None, None)],
    ),
    (
        "it",
        "Sono entrati nella rete oltre mezzo centinaio di governi locali.",
        [("oltre mezzo centinaio di governi locali", N, 50, "more_than", None, None)],
    ),
    (
        "it",
        "La rete riunisce ormai quattro centinaia di città.",
        [("quattro centinaia di città", T, 400, "about", None, None)],
    ),
    (
        "fr",
        "Une cinquantaine de gouvernements locaux ont rejoint le réseau.",
        [("Une cinquantaine de gouvernements locaux", N, 50, "about", None, None)],
    ),
    (
        "fr",
        "Le réseau réunit plus de quatre centaines de villes.",
        [("plus de quatre centaines de villes", T, 400, "more_than", None, None)],
    ),
    # a milestone, not a count
    ("es", "La red ya ha superado el centenar de miembros.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), ROUND_NOUNS)
def test_a_round_noun_counted_or_halved_is_about_so_many(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
