"""A country's count of none said with a clitic of the network, an aside, or "the country"
for the one named before ("Le pays n'y compte, à ma connaissance, aucune ville", an s11
fr dev page about Canada; "Il Canada non vi conta alcuna città")."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

ZEROS: list[tuple[str, str, tuple[str, str]]] = [
    ("fr", "Au Canada, Montréal n'en fait pas partie. Le pays n'y compte, à ma connaissance,"
     " aucune ville.", ("Le pays n'y compte, à ma connaissance, aucune ville", "CA")),
    ("fr", "Le Canada n'y compte aucune ville.", ("Canada n'y compte aucune ville", "CA")),
    ("fr", "Le Qatar n'en compte, semble-t-il, aucune ville membre.",
     ("Qatar n'en compte, semble-t-il, aucune ville", "QA")),
    ("it", "Il Canada non vi conta, a quanto mi risulta, alcuna città.",
     ("Canada non vi conta, a quanto mi risulta, alcuna città", "CA")),
    ("it", "In Canada nessuna adesione: il paese non ha ancora nessuna città membro.",
     ("il paese non ha ancora nessuna città", "CA")),
    ("es", "En Canadá, Montreal no forma parte de la red: el país no tiene, que yo sepa,"
     " ninguna ciudad miembro.", ("el país no tiene, que yo sepa, ninguna ciudad", "CA")),
    ("pt", "No Canadá, o país não tem, ao que sei, nenhuma cidade membro.",
     ("o país não tem, ao que sei, nenhuma cidade", "CA")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), ZEROS)
def test_a_zero_with_a_clitic_or_an_aside(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    said, country = expected
    assert read_titled(language, text) == [(said, "country_cities", 0, "exact", None, country)]


def test_the_country_with_none_named_stays_unread() -> None:
    assert read_titled("fr", "Le pays n'y compte aucune ville.") == []
