"""A "now" that is the other side of a comparison is not the figure's time: "229
members in 2021, 65 fewer than today" is a figure of 2021 (Language.comparative_degrees,
then a comparative, before the "now"). A "now" of its own still makes it current."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

T = "total_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("fr", "Le réseau comptait 229 membres en 2021, soit 65 de moins qu'aujourd'hui.",
     [("229 membres", T, 229, "exact", "2021", None)]),
    ("fr", "Le réseau réunissait 229 villes en 2021, deux fois moins qu’actuellement.",
     [("229 villes", T, 229, "exact", "2021", None)]),
    ("it", "La rete contava 229 membri nel 2021, molti meno di oggi.",
     [("229 membri", T, 229, "exact", "2021", None)]),
    ("es", "La red tenía 229 miembros en 2021, muchos menos que ahora.",
     [("229 miembros", T, 229, "exact", "2021", None)]),
    ("pt", "A rede tinha 229 membros em 2021, bem menos do que hoje.",
     [("229 membros", T, 229, "exact", "2021", None)]),
    ("en", "The network had 229 members in 2021, far fewer than now.",
     [("229 members", T, 229, "exact", "2021", None)]),
    ("de", "Das Netzwerk hatte 229 Mitglieder im Jahr 2021, viel weniger als heute.",
     [("229 Mitglieder", T, 229, "exact", "2021", None)]),
    # a "now" that is the figure's own stays so, a comparison after it or not
    ("fr", "On sait qu'aujourd'hui le réseau compte 425 villes, contre 229 en 2021.",
     [("425 villes", T, 425, "exact", None, None), ("229", T, 229, "exact", "2021", None)]),
    ("fr", "Le réseau compte aujourd'hui 425 villes, bien plus qu'en 2021.",
     [("425 villes", T, 425, "exact", None, None)]),
    ("en", "The network now has 425 members, more than in 2021.",
     [("425 members", T, 425, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_now_compared_with_dates_nothing(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
