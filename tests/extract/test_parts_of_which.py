"""A region's part of a count, opened by a relative of a part ("de las cuales", "das
quais", "of which", "delle quali"): "Manizales es ahora una de las 216 ciudades ..., de las
cuales 18 son latinoamericanas" (a real es page) lost the 18."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES = [
    ("es", "Manizales es ahora una de las 216 ciudades que conforman esta red, de las cuales 18 "
     "son latinoamericanas.", "18 son latinoamericanas", "latin-america-caribbean"),
    ("pt", "A rede tem 216 cidades, das quais 18 são latino-americanas.",
     "18 são latino-americanas", "latin-america-caribbean"),
    ("en", "The network has 216 cities, of which 18 are African.", "18 are African", "africa"),
    ("it", "La rete conta 216 città, delle quali 18 sono africane.", "18 sono africane", "africa"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "text", "region"), CASES)
def test_a_part_of_which_is_the_regions_count(
    language: str, sentence: str, text: str, region: str
) -> None:
    found = [(m.text, m.metric.value, m.value, m.region) for m in mentions(language, sentence)]
    assert found[-1] == (text, "total_cities", 18, region)
