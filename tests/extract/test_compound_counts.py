"""A count made one word with its unit before the network: "the 91-country network",
"das 425-Städte-Netz". Elsewhere ("a 3-city tour") the compound is no figure."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

T, TC = "total_cities", "total_countries"

CASES: list[tuple[str, str, list[Row]]] = [
    ("en", "We follow how the 91-country network shapes plans.",
     [("91-country", TC, 91, "exact", None, None)]),
    ("en", "The 425-member network met in Bogotá.", [("425-member", T, 425, "exact", None, None)]),
    ("en", "Delegates of the 356-member, 79-country network met.",
     [("356-member", T, 356, "exact", None, None), ("79-country", TC, 79, "exact", None, None)]),
    ("en", "The 425-city UNESCO Global Network of Learning Cities met.",
     [("425-city", T, 425, "exact", None, None)]),
    ("de", "Das 91-Länder-Netzwerk tagte in Bogotá.",
     [("91-Länder", TC, 91, "exact", None, None)]),
    ("de", "Im 425-Städte-Netz der UNESCO ist Dresden neu.",
     [("425-Städte", T, 425, "exact", None, None)]),
    ("en", "Hanoi joins the 425-strong network.", [("425-strong", T, 425, "exact", None, None)]),
    ("en", "Hanoi joined the 294-strong UNESCO Global Network of Learning Cities in 2022.",
     [("294-strong", T, 294, "exact", "2022", None)]),
    # no network after the compound: no figure
    ("en", "A 3-strong team from the network visited.", []),
    ("en", "The network planned a 3-city tour.", []),
    ("en", "The network's 425-member roster is online.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_count_one_word_with_its_unit_before_the_network(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
