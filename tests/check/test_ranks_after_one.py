"""A rank after the one member it comes after ("Chinhoyi becomes the second city, after
Kwekwe"), in the store's check: both are members of one country, which owns the count of
two. A name after a comma is the ranked city, not a second name of the list. A rank that
is said both with a rank verb and with the names after it is one figure, not two."""

from __future__ import annotations

import pytest

import lcnet
from tests.conftest import TODAY

_PAGE = "# UNESCO Global Network of Learning Cities\n\n{}\n"


@pytest.fixture(scope="module")
def api_store() -> lcnet.Store:
    return lcnet.open_store(today=TODAY)


def _read(store: lcnet.Store, language: str, body: str) -> list[tuple[str, str, int, str]]:
    report = store.check_text(
        _PAGE.format(body), date="2024-02-15", kind="markdown", language=language
    )
    return [(f.text, f.metric, f.value, f.verdict) for f in report.figures]


@pytest.mark.parametrize(
    ("language", "body", "rank"),
    [
        ("en", "Chinhoyi becomes the second city, after Kwekwe, to join the network.", "second"),
        ("en", "After Kwekwe, Chinhoyi becomes the second city in the network.", "second"),
        ("fr", "Chinhoyi devient la deuxième ville, après Kwekwe.", "deuxième"),
        ("de", "Nach Kwekwe ist Chinhoyi die zweite Stadt im Netzwerk.", "zweite"),
    ],
)
def test_a_rank_after_one_member(
    api_store: lcnet.Store, language: str, body: str, rank: str
) -> None:
    assert _read(api_store, language, body) == [(rank, "country_cities", 2, "current")]


def test_members_of_two_countries_make_no_rank(api_store: lcnet.Store) -> None:
    assert _read(api_store, "en", "Hanoi is the second capital, after Lisbon, to join.") == []


def test_a_rank_with_its_names_after_it_is_one_figure(api_store: lcnet.Store) -> None:
    body = "Bonn is the third, after Gelsenkirchen and Hamburg."
    assert [f[:3] for f in _read(api_store, "en", body)] == [("third", "country_cities", 3)]
