"""Names listed right after a verb of joining are its subject, counted with the others
after them: "en 2022, ingresaron Querétaro, Pachuca y General Escobedo con otras 74
ciudades" is the 2022 intake of 77 (lcnet counted one subject, 75, and called it
wrong); names before the verb were already counted. And "una docena", "uma dúzia",
"una dozzina" are about twelve, as "une douzaine" was."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

N = "new_cities"

AFTER_THE_VERB: list[tuple[str, str, list[Row]]] = [
    ("es", "En 2022 ingresaron Querétaro, Pachuca y General Escobedo con otras 74 ciudades.",
     [("otras 74 ciudades", N, 77, "exact", "2022", None)]),
    ("pt", "Em 2022 entraram na rede Braga e Guimarães com outras 75 cidades.",
     [("outras 75 cidades", N, 77, "exact", "2022", None)]),
    ("it", "Nel 2022 sono entrate nella rete Brescia e Cividale insieme ad altre 75 città.",
     [("altre 75 città", N, 77, "exact", "2022", None)]),
    # one name after the verb: one subject, as before
    ("es", "En 2022 ingresó Querétaro con otras 76 ciudades.",
     [("otras 76 ciudades", N, 77, "exact", "2022", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), AFTER_THE_VERB)
def test_names_after_the_verb_join_with_the_others(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


DOZENS: list[tuple[str, str, list[Row]]] = [
    ("es", "En México, la red reúne ya una docena de ciudades mexicanas.",
     [("una docena de ciudades mexicanas", "country_cities", 12, "about", None, "MX")]),
    ("pt", "Portugal tem uma dúzia de cidades na rede.",
     [("uma dúzia de cidades", "country_cities", 12, "about", None, "PT")]),
    ("it", "La rete conta ormai una dozzina di città italiane.",
     [("una dozzina di città italiane", "country_cities", 12, "about", None, "IT")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), DOZENS)
def test_a_dozen_is_about_twelve(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
