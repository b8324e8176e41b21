"""A quoted figure with no date inside its quotation takes a relative date of its
sentence outside it ("Due anni prima, a Cork, si parlava ancora di "un centinaio di
città"": 2017, two years before the July 2019 said before), as an unquoted one does;
only an absolute date or a speaker's verb dated it before, and the figure was judged
as of the page's day. After the quotation only its attribution's date counts (now also
"había dicho", "tinha dito"); a "now" outside the quotation still keeps it current."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

BEFORE = [
    ("it", "Palermo è entrata nel luglio 2019. Due anni prima, a Cork, si parlava ancora di "
     '"un centinaio di città".', "un centinaio di città", "2017"),
    ("es", "Palermo entró en julio de 2019. Dos años antes, en Cork, aún se hablaba de "
     "«un centenar de ciudades».", "un centenar de ciudades", "2017"),
    ("pt", "Palermo entrou em julho de 2019. Dois anos antes, em Cork, ainda se falava de "
     '"uma centena de cidades".', "uma centena de cidades", "2017"),
    ("en", "Palermo joined in July 2019. Two years earlier, in Cork, people still spoke of "
     '"155 cities".', "155 cities", "2017"),
    ("fr", "Palerme a rejoint le réseau en juillet 2019. Deux ans plus tôt, à Cork, on parlait "
     "encore de « 155 villes ».", "155 villes", "2017"),
    # the speaker's day is the text's: current
    ("es", 'El alcalde dijo hoy: "la red tiene 425 ciudades".', "425 ciudades", "None"),
    # after the quotation, the date of its attribution, said before the text's day
    ("es", '"Seremos parte de una red de 356 ciudades", había dicho la alcaldesa en marzo.',
     "356 ciudades", "2024-03"),
    ("pt", '"Seremos parte de uma rede de 356 cidades", tinha dito o presidente em março.',
     "356 cidades", "2024-03"),
    # but not a comment of the text's own on a figure still shown as now
    ("es", 'La ficha del ayuntamiento describe la red como "294 ciudades", datos de hace dos '
     "años.", "294 ciudades", "None"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "text", "as_of"), BEFORE)
def test_a_quoted_figure_takes_the_relative_date_of_its_sentence(
    language: str, body: str, text: str, as_of: str
) -> None:
    found = [(m.text, str(m.as_of)) for m in mentions(language, body, "2024-05-01")]
    assert found == [(text, as_of)]
