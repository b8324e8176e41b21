"""A part of a whole given without its number, its place said after it: "Tres de las
recién llegadas son mexicanas" (es s11 regional daily), "Três das novas cidades são
portuguesas" (pt s12 blog) had their metric unread: "16 of the 64 new members are
African" (numbered_parts) needed the whole's number. A number and a part linker ("de
las", "das", "des", "delle", "of the") open the count, a verb of being and a place
follow it (numbered_parts.place_of_a_part): the place's share of what the count is."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("es", "Tres de las recién llegadas son mexicanas.",
     [("Tres de las recién llegadas", "new_cities", 3, "exact", None, "MX")]),
    ("es", "Tres de los nuevos miembros son mexicanos.",
     [("Tres de los nuevos miembros", "new_cities", 3, "exact", None, "MX")]),
    ("pt", "Três das novas cidades são portuguesas: Batalha, Loures e Ourém.",
     [("Três das novas cidades", "new_cities", 3, "exact", None, "PT")]),
    ("pt", "Três dos novos membros são portugueses.",
     [("Três dos novos membros", "new_cities", 3, "exact", None, "PT")]),
    ("fr", "Deux des nouvelles villes sont françaises.",
     [("Deux des nouvelles villes", "new_cities", 2, "exact", None, "FR")]),
    ("it", "Due delle nuove città sono italiane.",
     [("Due delle nuove città", "new_cities", 2, "exact", None, "IT")]),
    ("en", "Three of the new cities are Mexican.",
     [("Three of the new cities", "new_cities", 3, "exact", None, "MX")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_part_placed_after_it(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected


# Vietnamese says the set first, with "among" (Language.subset_cues) and a verb of having
# that would make a total: the new ones it names make the share new
def test_a_share_among_the_new_members_in_vietnamese() -> None:
    rows = read_titled("vi", "Trong số các thành viên mới có hai thành phố của Việt Nam.")
    assert rows == [("hai thành phố", "new_cities", 2, "exact", None, "VN")]


GUARDS: list[tuple[str, str, list[Row]]] = [
    # no place after it: a small part of an intake nobody owns is no figure
    ("es", "Tres de las nuevas ciudades son costeras.", []),
    ("en", "Three of the new cities are coastal towns.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), GUARDS)
def test_no_place_no_part(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
