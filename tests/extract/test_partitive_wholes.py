"""A whole that opens its sentence ("Of the 425 cities, ...") and the bare number after
its comma: the number is a part of the whole, counted in its unit; the verb after the
part is the part's, and so is a date after it."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, read_titled

T, N = "total_cities", "new_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("en", "Of the 425 cities, 64 joined in February 2024.",
     [("425 cities", T, 425, "exact", None, None), ("64", N, 64, "exact", "2024-02", None)]),
    ("en", "Of the 425 member cities, 72 joined in December 2025.",
     [("425 member cities", T, 425, "exact", None, None),
      ("72", N, 72, "exact", "2025-12", None)]),
    ("es", "De las 425 ciudades, 72 ingresaron en diciembre de 2025.",
     [("425 ciudades", T, 425, "exact", None, None), ("72", N, 72, "exact", "2025-12", None)]),
    ("fr", "Sur les 425 villes, 72 ont rejoint le réseau en décembre 2025.",
     [("425 villes", T, 425, "exact", None, None), ("72", N, 72, "exact", "2025-12", None)]),
    ("it", "Delle 425 città, 72 sono entrate nel dicembre 2025.",
     [("425 città", T, 425, "exact", None, None), ("72", N, 72, "exact", "2025-12", None)]),
    ("pt", "Das 425 cidades, 72 aderiram em dezembro de 2025.",
     [("425 cidades", T, 425, "exact", None, None), ("72", N, 72, "exact", "2025-12", None)]),
    ("de", "Von den 425 Städten, 72 kamen im Dezember 2025 hinzu.",
     [("425 Städten", T, 425, "exact", None, None), ("72", N, 72, "exact", "2025-12", None)]),
    # a part is smaller than its whole; no number after the comma, no part
    ("en", "Of the 425 cities, 500 are large.", [("425 cities", T, 425, "exact", None, None)]),
    ("en", "Of the 425 cities in the network, most are in Europe.",
     [("425 cities", T, 425, "exact", None, None)]),
    # the countries of the whole's cities between it and its part
    ("en", "Of the 425 cities in 91 countries, 72 joined in December 2025.",
     [("425 cities", T, 425, "exact", "2025-12", None),
      ("91 countries", "total_countries", 91, "exact", "2025-12", None),
      ("72", N, 72, "exact", "2025-12", None)]),
    # not at the start of its sentence: "of the" is no whole's opener
    ("en", "The list of the 425 cities, 72 pages long, is online.",
     [("425 cities", T, 425, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_the_part_after_a_whole_that_opens_its_sentence(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


# The part placed in a region or a country, a verb or two between ("13 come from Asia
# and the Pacific"): the region's or the country's share of the whole, never the whole's
# own figure (a part read as the intake itself was flagged as wrong).
PLACED: list[tuple[str, str, list[tuple[str, int, str | None, str | None]]]] = [
    ("en", "Of the 77 new cities, 13 come from Asia and the Pacific and 3 from Thailand.",
     [("77 new cities", 77, None, None), ("13 come from Asia and the Pacific", 13, None,
      "asia-pacific"), ("3 from Thailand", 3, "TH", None)]),
    ("en", "Of the 72 new members, 21 are in Asia-Pacific.",
     [("72 new members", 72, None, None), ("21 are in Asia-Pacific", 21, None, "asia-pacific")]),
    ("en", "Of the 72 new members, three are in Thailand.",
     [("72 new members", 72, None, None), ("three are in Thailand", 3, "TH", None)]),
    ("es", "De las 72 nuevas ciudades, 21 son de Asia-Pacífico y tres de México.",
     [("72 nuevas ciudades", 72, None, None), ("21 son de Asia-Pacífico", 21, None,
      "asia-pacific"), ("tres de México", 3, "MX", None)]),
    ("it", "Delle 72 nuove città, 21 sono in Asia-Pacifico e tre in Italia.",
     [("72 nuove città", 72, None, None), ("21 sono in Asia-Pacifico", 21, None,
      "asia-pacific"), ("tre in Italia", 3, "IT", None)]),
    ("pt", "Das 72 novas cidades, 21 ficam na Ásia-Pacífico e três no Brasil.",
     [("72 novas cidades", 72, None, None), ("21 ficam na Ásia-Pacífico", 21, None,
      "asia-pacific"), ("três no Brasil", 3, "BR", None)]),
    # "these" opens a whole too; the countries of the cities may stand between
    ("en", "Of these 72 new members, 21 come from Asia and the Pacific.",
     [("72 new members", 72, None, None), ("21 come from Asia and the Pacific", 21, None,
      "asia-pacific")]),
    ("en", "Among the 77 new cities from 44 countries, 13 hail from Asia and the Pacific.",
     [("77 new cities", 77, None, None), ("44 countries", 44, None, None),
      ("13 hail from Asia and the Pacific", 13, None, "asia-pacific")]),
    ("vi", "Trong số 72 thành phố mới, 21 thuộc châu Á - Thái Bình Dương.",
     [("72 thành phố mới", 72, None, None), ("21 thuộc châu Á - Thái Bình Dương", 21, None,
      "asia-pacific")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), PLACED)
def test_a_part_placed_in_a_region_or_country_is_that_places_share(
    language: str, text: str, expected: list[tuple[str, int, str | None, str | None]]
) -> None:
    found = [(m.text, m.value, m.country, m.region) for m in mentions(language, text)]
    assert found == expected
    assert {m.metric.value for m in mentions(language, text)} <= {N, "new_countries"}
