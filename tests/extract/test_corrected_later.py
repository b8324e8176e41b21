"""A figure that a correction later in its sentence replaces is no figure of the text:
"55 nuevas ciudades y un total de 230, cifras que luego corrigió a 54 y 229". The
correction must bring a number close to it (a corrigendum moves a figure by a little);
a number of another time after a correction keeps the figure before it."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES = [
    (
        "en",
        "UIL first gave 55 new members and a total of 230 in September 2020, figures it "
        "corrected days later to 54 and 229.",
        [54, 229],  # the numbers the correction set (lcnet.extract.corrected), not 55, 230
    ),
    (
        "es",
        "En 2020 la red anunció 55 nuevas ciudades, cifra que la UIL corrigió días después "
        "a 54 ciudades.",
        [54],
    ),
    (
        "fr",
        "En 2020, l'UIL a annoncé 230 villes membres, chiffre rectifié quelques jours plus "
        "tard à 229 villes.",
        [229],
    ),
    (
        "vi",
        "Năm 2020, UIL thông báo 230 thành viên, sau đó đính chính lại là 229 thành viên.",
        [229],
    ),
    (
        "it",
        "Nel 2020 l'UIL annunciò 55 nuove città, cifra poi corretta in 54 nuove città.",
        [54],
    ),
    (  # another time's number after a correction: 294 stays
        "it",
        "Nel 2022 le città erano 294; nel 2020, dopo la correzione dell'elenco, 229.",
        [294, 229],
    ),
    (  # a year after the correction word: 229 stays
        "en",
        "The network had 229 members, as corrected in September 2020.",
        [229],
    ),
]


@pytest.mark.parametrize(("language", "text", "values"), CASES)
def test_a_figure_corrected_later_in_its_sentence(
    language: str, text: str, values: list[int]
) -> None:
    assert [m.value for m in mentions(language, text, "2025-10-01")] == values
