"""A store name with a qualifier in brackets ("Tak (Municipality)") is also known by
its name alone, as texts write it, where no other member's name is the same without its
qualifier ("Nam-gu (Busan)" and "Nam-gu (Ulsan)" stay apart)."""

from __future__ import annotations

import pytest

import lcnet
from lcnet.check.texts import gazetteer
from tests.check.conftest import load
from tests.conftest import REPO, TODAY


@pytest.fixture(scope="module")
def api_store() -> lcnet.Store:
    return lcnet.open_store(today=TODAY)


def test_a_qualified_name_is_known_without_its_qualifier() -> None:
    places = gazetteer(load(REPO / "facts")).places
    assert places["tak"].country == "TH"
    assert places["tak"] == places["tak (municipality)"]
    assert "nam gu" not in places  # Busan's and Ulsan's (a hyphen is a space: place_key)
    assert places["songpa gu"] == places["songpa gu (seoul)"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The 72 cities admitted in December came from 46 countries, including "
         "Rayong, Satun and Tak in Thailand."),
        ("de", "Im Dezember kamen 72 Städte aus 46 Ländern hinzu, darunter Rayong, Satun "
         "und Tak in Thailand."),
    ],
)  # fmt: skip
def test_a_list_with_a_qualified_name_counts_it(
    api_store: lcnet.Store, language: str, sentence: str
) -> None:
    text = f"# UNESCO Global Network of Learning Cities\n\n{sentence}\n"
    report = api_store.check_text(text, date="2026-03-01", kind="markdown", language=language)
    listed = [(f.text, f.metric, f.value) for f in report.figures if f.value == 3]
    assert listed == [(listed[0][0], "new_cities", 3)]
    assert listed[0][0].endswith("Tak")
