"""Cities an award went to, told by a word of awarding after the count in its clause
("Zusammen mit Gelsenkirchen wurden 16 Städte aus aller Welt ausgezeichnet", "were
honoured", "récompensées", "galardonadas", "premiadas", "premiate": Language.award_words),
and the countries delegates came from ("Vertreter aus\\nüber 100 Ländern", a line break
in the phrase) are not the network's figures. The same count with a verb of joining is."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, row

CASES: list[tuple[str, str, list[Row]]] = [
    ("de", "Zusammen mit Gelsenkirchen wurden 16 Städte aus aller Welt ausgezeichnet.", []),
    ("de", "Zusammen mit Gelsenkirchen wurden 16 Städte aus aller Welt\nausgezeichnet.", []),
    ("de", "Zusammen mit Gelsenkirchen wurden 16 Städte aus aller Welt aufgenommen.",
     [("16 Städte aus aller Welt", "new_cities", 17, "exact", None, None)]),
    ("en", "Along with Cork, 16 cities from around the world were honoured.", []),
    ("fr", "Seize villes ont été récompensées cette année.", []),
    ("es", "Dieciséis ciudades fueron galardonadas.", []),
    ("pt", "Dezesseis cidades foram premiadas.", []),
    ("it", "Sedici città sono state premiate.", []),
    ("en", "The network has 356 members; ten were honoured in 2017.",
     [("356 members", "total_cities", 356, "exact", None, None)]),
    ("de", "2013 trafen sich in Peking erstmals Vertreter aus\nüber 100 Ländern.", []),
    ("en", "The first conference drew delegates from\nmore than 100 countries.", []),
    # members' countries that "take part": the members take part, the countries are theirs
    ("en", "More than 200 members from 50 countries take part in the network today.",
     [("More than 200 members", "total_cities", 200, "more_than", None, None),
      ("50 countries", "total_countries", 50, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "expected"), CASES)
def test_award_winners_and_delegates_are_no_figures(
    language: str, body: str, expected: list[Row]
) -> None:
    assert [row(m) for m in mentions(language, body, "2017-10-04")] == expected
