"""The numbers a correction set, their unit left out (lcnet.extract.corrected): each
counts what the figure it corrects counts, and takes its date where its own clause
gives none. Real pages: "cifras que luego corrigió a 54 y 229", "una fe de erratas dejó
la cifra en 229"; the same in every language that says it so."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

CASES = [
    ("es", "En 2020 la UNESCO anunció 55 nuevas ciudades y un total de 230, cifras que luego "
     "corrigió a 54 y 229.",
     [("54", "new_cities", 54, "exact", "2020", None),
      ("229", "total_cities", 229, "exact", "2020", None)]),
    ("es", "En 2020 la UNESCO anunció 230 miembros, pero una fe de erratas dejó la cifra en 229 "
     "pocos días después.",
     [("229", "total_cities", 229, "exact", "2020", None)]),
    ("en", "UIL first announced 55 new members and 230 in total; a few days later it set the "
     "figures at 54 and 229.",
     [("54", "new_cities", 54, "exact", None, None),
      ("229", "total_cities", 229, "exact", None, None)]),
    ("en", "The September 2020 announcement first gave 55 new members and a total of 230; UIL "
     "corrected both figures days later to 54 and 229.",
     [("54", "new_cities", 54, "exact", "2020-09", None),
      ("229", "total_cities", 229, "exact", "2020-09", None)]),
    ("it", "L'annuncio parlava di 55 nuove città e di un totale di 230; la rettifica uscita pochi "
     "giorni dopo ha fissato le cifre a 54 e 229.",
     [("54", "new_cities", 54, "exact", None, None),
      ("229", "total_cities", 229, "exact", None, None)]),
    ("fr", "L'annonce parlait de 55 nouvelles villes et de 230 au total; le rectificatif publié "
     "quelques jours plus tard a ramené les chiffres à 54 et 229.",
     [("54", "new_cities", 54, "exact", None, None),
      ("229", "total_cities", 229, "exact", None, None)]),
    ("pt", "O comunicado falava em 55 novas cidades e 230 no total; a correção publicada dias "
     "depois fixou os números em 54 e 229.",
     [("54", "new_cities", 54, "exact", None, None),
      ("229", "total_cities", 229, "exact", None, None)]),
    ("de", "Die Mitteilung nannte 55 neue Städte und insgesamt 230; wenige Tage später "
     "korrigierte das Institut die Zahlen auf 54 und 229.",
     [("54", "new_cities", 54, "exact", None, None),
      ("229", "total_cities", 229, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_a_correction_number_counts_what_the_figure_it_corrects_counts(
    language: str, sentence: str, expected: list[tuple[str, str, int, str, str | None, None]]
) -> None:
    assert read_titled(language, sentence) == expected


NOT_CORRECTIONS = [
    # the figures rise to a number far from any before it: a forecast, no correction
    ("en", "The network now has 425 cities in 91 countries, and the figures will rise to 600.",
     [("425 cities", "total_cities", 425, "exact", None, None),
      ("91 countries", "total_countries", 91, "exact", None, None)]),
    # no figure before it to correct
    ("es", "Una fe de erratas dejó la cifra en 229 pocos días después.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), NOT_CORRECTIONS)
def test_a_number_after_figures_words_needs_a_close_figure_to_correct(
    language: str, sentence: str, expected: list[tuple[str, str, int, str, None, None]]
) -> None:
    assert read_titled(language, sentence) == expected
