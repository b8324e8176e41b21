"""A figure in a clause of "when" that opens right after a "since" date is of that date:
"La red creció mucho desde 2022, cuando se incorporaron 77 ciudades", "Dal settembre
2022, quando sono entrate 77 città, la rete è cresciuta". The "since" is the main
clause's, so its date was set aside as the start of a state, and the 77 was judged at
the text's date: stale, a false alarm (a variant sweep in es, it, fr, pt and en;
historic._when_date). Where a comma closes the clause of "when" before the figure, the
figure is the main clause's, of now; a named city's joining keeps its own month
(lcnet.extract.joining)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def dated(language: str, body: str) -> list[tuple[str, int, str | None]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2026-03-10\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.text, m.value, str(m.as_of) if m.as_of else None) for m in found]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("es", "La red creció mucho desde 2022, cuando se incorporaron 77 ciudades.",
         [("77 ciudades", 77, "2022")]),
        ("es", "Desde septiembre de 2022, cuando entraron 77 ciudades, la red ha crecido.",
         [("77 ciudades", 77, "2022-09")]),
        ("it", "La rete è cresciuta molto dal 2022, quando sono entrate 77 città.",
         [("77 città", 77, "2022")]),
        ("it", "Dal settembre 2022, quando sono entrate 77 città, la rete è cresciuta molto.",
         [("77 città", 77, "2022-09")]),
        ("fr", "Le réseau a beaucoup grandi depuis 2022, lorsque 77 villes l'ont rejoint.",
         [("77 villes", 77, "2022")]),
        ("fr", "Depuis septembre 2022, quand 77 villes ont rejoint le réseau, il a grandi.",
         [("77 villes", 77, "2022-09")]),
        ("pt", "A rede cresceu muito desde 2022, quando entraram 77 cidades.",
         [("77 cidades", 77, "2022")]),
        ("pt", "Desde setembro de 2022, quando entraram 77 cidades, a rede cresceu muito.",
         [("77 cidades", 77, "2022-09")]),
        ("en", "The network has grown a lot since 2022, when 77 cities joined.",
         [("77 cities", 77, "2022")]),
        ("en", "Since 2020, when the network had 229 cities, the count has nearly doubled.",
         [("229 cities", 229, "2020")]),
        ("de", "Das Netzwerk ist seit 2022, als 77 Städte beitraten, stark gewachsen.",
         [("77 Städte", 77, "2022")]),
    ],
)  # fmt: skip
def test_a_clause_of_when_after_a_since_date_is_of_that_date(
    language: str, body: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert dated(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # the clause of "when" closed before the figure: the main clause's count, now
        ("en", "Since 2022, when it joined, Derby has worked with the network's 425 member "
               "cities.", [("425 member cities", 425, None)]),
        ("es", "Desde 2022, cuando ingresó, Girona trabaja con las 425 ciudades de la red.",
         [("425 ciudades", 425, None)]),
        # "since" alone still starts a state: the count after it is of now
        ("es", "Desde 2022, la red ha pasado a tener 425 ciudades.",
         [("425 ciudades", 425, None)]),
    ],
)  # fmt: skip
def test_a_closed_clause_of_when_leaves_the_count_of_now(
    language: str, body: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert dated(language, body) == expected
