"""A first-time cue after a part of the countries, broken by a hard-wrapped text's line
end ("13 davon sind zum ersten\\nMal vertreten", "13 of them for the first\\ntime"): the
part is the intake's first-time countries. Before, the cue had to stand on the number's
line, and wrapped agency copy lost the figure."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_plain

HEAD = "UNESCO Global Network of Learning Cities\n\n"

WRAPPED = [
    ("de", "Die 72 neuen Städte stammen aus 46 Ländern, 13 davon sind zum ersten\n"
           "Mal vertreten.", "13 davon"),
    ("de", "Die 72 neuen Städte stammen aus 46 Ländern, 13 davon sind\n"
           "zum ersten Mal vertreten.", "13 davon"),
    ("en", "The 72 new cities come from 46 countries, 13 of them for the first\n"
           "time.", "13 of them"),
    ("en", "The 72 new cities come from 46 countries, 13 of which joined for the\n"
           "first time.", "13 of which"),
    ("es", "Las 72 nuevas ciudades proceden de 46 países; 13 de ellos participan por "
           "primera\nvez.", "13 de ellos"),
    ("it", "Le 72 nuove città provengono da 46 Paesi; 13 di questi entrano per la prima\n"
           "volta.", "13 di questi"),
    ("pt", "As 72 novas cidades vêm de 46 países; 13 deles estão representados pela "
           "primeira\nvez.", "13 deles"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "part"), WRAPPED)
def test_a_wrapped_first_time_cue_makes_first_time_countries(
    language: str, text: str, part: str
) -> None:
    found = read_plain(HEAD + text + "\n", language)
    assert [(r[0], r[1], r[2]) for r in found][2:] == [(part, "first_time_countries", 13)]


def test_a_blank_line_ends_the_part_before_a_cue() -> None:
    text = (
        "Die 72 neuen Städte stammen aus 46 Ländern, 13 davon aus Afrika.\n\nZum ersten Mal dabei"
    )
    found = read_plain(HEAD + text + "\n", "de")
    assert "first_time_countries" not in [r[1] for r in found]
