"""A pair of bare numbers for "the figures" of an announcement, no counts named before
them ("the first announcement gave the figures as 55 and 230"): an intake and the
network's total where only they can be (a few dozen, then over a hundred); and "days
later" is of the date said before it ("In September 2020 ...; days later ... 54 and 229")."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, row

N, T = "new_cities", "total_cities"

PAIRS: list[tuple[str, str, list[Row]]] = [
    ("en", "In September 2020 the first announcement gave the figures as 55 and 230.",
     [("55", N, 55, "exact", "2020-09", None), ("230", T, 230, "exact", "2020-09", None)]),
    ("en", "The September 2020 announcement first gave 55 new members and a total of 230; "
     "UIL corrected both figures days later to 54 and 229.",
     [("54", N, 54, "exact", "2020-09", None), ("229", T, 229, "exact", "2020-09", None)]),
    ("de", "Im September 2020 meldete das UIL 55 neue Mitglieder; wenige Tage später "
     "korrigierte es beide Angaben auf 54 und 229.",
     [("54", N, 54, "exact", "2020-09", None), ("229", T, 229, "exact", "2020-09", None)]),
    # the first release's figures, undated and with no correction said: superseded, as
    # "initialement annoncé 55" is (not a figure of the text's date, judged stale)
    ("fr", "Le premier communiqué donnait les chiffres de 55 et 230.", []),
    ("es", "Días después el instituto corrigió ambas cifras a 54 y 229.",
     [("54", N, 54, "exact", None, None), ("229", T, 229, "exact", None, None)]),
    ("it", "Nel settembre 2020 il comunicato parlava di 55 nuovi membri e di un totale di "
     "230; la rettifica uscita pochi giorni dopo ha fissato le cifre a 54 e 229.",
     [("54", N, 54, "exact", "2020-09", None), ("229", T, 229, "exact", "2020-09", None)]),
    ("pt", "O primeiro anúncio deu os números de 55 e 230.", []),
    # not an intake and a total: left alone
    ("en", "The report gave the figures as 300 and 90.", []),
    ("en", "Both numbers were 12 and 40 at the meeting.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), PAIRS)
def test_the_figures_of_an_announcement_are_its_intake_and_total(
    language: str, text: str, expected: list[Row]
) -> None:
    assert [row(m) for m in mentions(language, text, "2025-10-01")] == expected


def test_a_dated_release_dates_its_figures() -> None:
    found = mentions("en", "The February 2024 round added 64 cities.", "2025-10-01")
    assert [row(m) for m in found] == [("64 cities", N, 64, "exact", "2024-02", None)]
