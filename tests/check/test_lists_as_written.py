"""Lists of a country's members as pages write them (issue 9, item 7): a name with a
hyphen where the gazetteer has a space ("Hô Chi Minh-Ville": extract.lists.place_key),
a title without "de" ("Ciudad Ho Chi Minh"), a colon after the members named ("The
Vietnamese members of the network: A, B, ...") and "belong to the network" (some of
them: at least so many) were no count. A list said to belong to another network is none
("Fès et Essaouira appartiennent au réseau des villes créatives")."""

from __future__ import annotations

import pytest

from lcnet.check.texts import gazetteer
from lcnet.extract.lists import listed
from tests.check.conftest import load
from tests.conftest import REPO
from tests.eval.roundtrip import TITLES

PLACES = gazetteer(load(REPO / "facts"))
SIX = "Sa Dec, Vinh, Cao Lanh, {hcmc}, Son La {and} {hanoi}"


def read(language: str, sentence: str) -> list[tuple[int, str, str]]:
    text = f"---\ntitle: {TITLES[language]}\n---\n\n{sentence}\n"
    return [(found.value, found.country, found.qualifier.value)
            for found in listed(text, language, PLACES, topic=True)]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("fr", "Les villes membres du Vietnam sont Sa Dec, Vinh, Cao Lanh, Hô Chi Minh-Ville et "
         "Son La.", (5, "VN", "exact")),
        ("es", "Las ciudades miembro de Vietnam son Sa Dec, Vinh, Cao Lanh, Ciudad Ho Chi Minh y "
         "Son La.", (5, "VN", "exact")),
        ("en", "The Vietnamese members of the network: "
         + SIX.format(hcmc="Ho Chi Minh City", hanoi="Hanoi", **{"and": "and"}) + ".",
         (6, "VN", "exact")),
        ("vi", "Các thành viên Việt Nam của mạng lưới: Sa Đéc, Vinh, Cao Lãnh, TP.HCM, Sơn La và "
         "Hà Nội.", (6, "VN", "exact")),
        ("en", "In Vietnam, "
         + SIX.format(hcmc="Ho Chi Minh City", hanoi="Hanoi", **{"and": "and"})
         + " belong to the network.", (6, "VN", "at_least")),
        ("fr", "Au Vietnam, Sa Dec, Vinh, Cao Lanh, Hô Chi Minh-Ville, Son La et Hanoï font "
         "partie du réseau.", (6, "VN", "at_least")),
    ],
)  # fmt: skip
def test_a_list_as_written_is_the_country_s_count(
    language: str, sentence: str, expected: tuple[int, str, str]
) -> None:
    assert read(language, sentence) == [expected]


def test_a_list_of_another_network_is_none() -> None:
    assert (
        read("fr", "Au Maroc, Fès et Essaouira appartiennent au réseau des villes créatives.")
        == []
    )
