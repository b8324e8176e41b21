"""A country that leads with its count ("Thailand leads the region with 13 member
cities", "Thái Lan hiện dẫn đầu khu vực với 13 thành phố"): the words between the
country and its count were no possession, so the count lost its country and was judged
as the network's (or dropped). Language.superlatives now takes "leads <up to three
words> with" in seven languages, as it took "leads with"."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

LEADS = [
    ("en", "Thailand leads the region with 13 member cities.", "13 member cities"),
    ("es", "Tailandia lidera la región con 13 ciudades miembro.", "13 ciudades miembro"),
    ("fr", "La Thaïlande mène la région avec 13 villes membres.", "13 villes membres"),
    ("de", "Thailand führt die Region mit 13 Mitgliedsstädten an.", "13 Mitgliedsstädten"),
    ("it", "La Thailandia guida la regione con 13 città membro.", "13 città membro"),
    ("pt", "A Tailândia lidera a região com 13 cidades membros.", "13 cidades membros"),
    (
        "vi",
        "Thái Lan hiện dẫn đầu khu vực với 13 thành phố thành viên.",
        "13 thành phố thành viên",
    ),
]


@pytest.mark.parametrize(("language", "text", "said"), LEADS)
def test_the_leading_country_owns_its_count(language: str, text: str, said: str) -> None:
    assert read_titled(language, text) == [(said, "country_cities", 13, "exact", None, "TH")]


def test_no_country_before_leads_leaves_the_network_s() -> None:
    assert read_titled("en", "UNESCO leads the work with 425 cities.") == [
        ("425 cities", "total_cities", 425, "exact", None, None)
    ]
