"""The undated start of a change is a figure of some time before the text's: "grew from
294 to 356" on a page of 2024 speaks of the days 294 held (historic, dated by the store),
not of the text's day (where 294 would be stale). A start that no earlier period's figure
matches is judged at the text's date."""

from __future__ import annotations

import pytest

import lcnet
from tests.conftest import TODAY
from tests.extract.titled import mentions


@pytest.fixture(scope="module")
def store() -> lcnet.Store:
    return lcnet.open_store(today=TODAY)


# (language, sentence, text's date, [(figure, verdict, as_of)])
CASES = [
    ("en", "Membership grew from 294 to 356.", "2024-06-01",
     [("294", "historic", "2022-09"), ("356", "current", None)]),
    ("en", "The network has grown from 229 members to 294 cities.", "2023-03-01",
     [("229 members", "historic", "2020-09"), ("294 cities", "current", None)]),
    ("en", "The network grew from 300 members to 356.", "2024-06-01",
     [("300 members", "wrong", None), ("356", "current", None)]),
    ("de", "Die Zahl der Mitglieder stieg von 294 auf 356.", "2024-06-01",
     [("294", "historic", "2022-09"), ("356", "current", None)]),
    ("de", "Das Netzwerk wuchs von 294 Mitgliedern auf 356 Städte.", "2024-06-01",
     [("294 Mitgliedern", "historic", "2022-09"), ("356 Städte", "current", None)]),
    ("es", "La red pasó de 294 a 356 ciudades.", "2024-06-01",
     [("294", "historic", "2022-09"), ("356 ciudades", "current", None)]),
    ("fr", "Le réseau est passé de 229 villes à 294.", "2023-01-15",
     [("229 villes", "historic", "2020-09"), ("294", "current", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "date", "expected"), CASES)
def test_an_undated_start_is_judged_at_the_days_it_held(
    store: lcnet.Store,
    language: str,
    sentence: str,
    date: str,
    expected: list[tuple[str, str, str | None]],
) -> None:
    text = f"# UNESCO Global Network of Learning Cities\n\n{sentence}\n"
    report = store.check_text(text, date=date, kind="markdown", language=language)
    got = [(f.text, f.verdict, f.record["as_of"]) for f in report.figures]
    assert got == expected


# Only undated starts are marked; a dated start keeps its date, the end is no start.
MARKED = [
    ("en", "The network grew from 294 members to 356.", [True, False]),
    ("en", "Since 2020 the network has grown from 229 to 294 cities.", [False, False]),
    ("de", "Das Netzwerk wuchs von 294 Mitgliedern auf 356 Städte.", [True, False]),
    ("de", "Das Netzwerk ist von 229 Städten im Jahr 2020 auf heute 356 Städte gewachsen.",
     [False, False]),
    ("it", "La rete è passata da 229 città a 294.", [True, False]),
    ("pt", "A rede passou de 229 cidades para 294.", [True, False]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "earlier"), MARKED)
def test_only_undated_starts_are_of_an_earlier_time(
    language: str, sentence: str, earlier: list[bool]
) -> None:
    assert [m.earlier for m in mentions(language, sentence)] == earlier


def test_a_start_said_after_its_end_is_judged_at_its_days(store: lcnet.Store) -> None:
    """ "now has 425 members, up from 356": the 356 is the total before."""
    text = (
        "# UNESCO Global Network of Learning Cities\n\n"
        "The network now has 425 members, up from 356.\n"
    )
    report = store.check_text(text, date="2026-03-01", kind="markdown", language="en")
    got = [(f.text, f.verdict, f.record["as_of"]) for f in report.figures]
    assert got == [("425 members", "current", None), ("356", "historic", "2024-02")]
