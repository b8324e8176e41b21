"""A joining since which the main clause's present state holds ("Since joining in 2020,
Vinh has worked with the network's 425 members"): the year dates the joining, not the
figure, which is now. Where the clause after the comma speaks of that time (a past verb,
a relative clause), the year still dates its figure."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES: list[tuple[str, str, list[tuple[str, int, str | None]]]] = [
    ("en", "Since joining in 2020, Vinh has worked with the network's 425 members.",
     [("425 members", 425, None)]),
    ("en", "Since its accession in 2022, Cao Lanh has shared ideas with 425 member cities.",
     [("425 member cities", 425, None)]),
    ("fr", "Depuis son adhésion en 2020, Vinh travaille avec les 425 membres du réseau.",
     [("425 membres", 425, None)]),
    ("es", "Desde su ingreso en 2020, Vinh trabaja con los 425 miembros de la red.",
     [("425 miembros", 425, None)]),
    ("it", "Dalla sua adesione nel 2020, Vinh lavora con le 425 città della rete.",
     [("425 città", 425, None)]),
    ("pt", "Desde a sua adesão em 2020, Vinh trabalha com as 425 cidades da rede.",
     [("425 cidades", 425, None)]),
    # the time of the joining itself
    ("en", "Cao Lanh, a member since joining in 2022, was the fifth Vietnamese member of the"
     " network.", [("fifth Vietnamese member", 5, "2022")]),
    ("fr", "Depuis son adhésion en 2022 au réseau, qui comptait 294 membres, Cork agit.",
     [("294 membres", 294, "2022")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_joinings_year_does_not_date_the_present_state_after_it(
    language: str, text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    found = mentions(language, text)
    assert [(m.text, m.value, m.as_of and str(m.as_of)) for m in found] == expected
