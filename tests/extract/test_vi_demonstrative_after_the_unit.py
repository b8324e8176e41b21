"""Vietnamese "này" (these) after the unit noun lets the country after it own the count:
"Hai thành phố này của Việt Nam được công nhận" is Viet Nam's two (modifiers_after); it
was read as nothing. Without the country said, the two named before are not counted yet
(the demonstrative's country from the names before is left)."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES = [
    ("Hai thành phố này của Việt Nam được công nhận là thành viên mạng lưới.",
     [("new_cities", 2, "VN")]),
    ("Ba thành phố này của Việt Nam đều là thành viên của mạng lưới.",
     [("country_cities", 3, "VN")]),
    ("Hai thành phố này được công nhận nhờ thành tích học tập suốt đời.", []),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_these_cities_of_a_country(body: str, expected: list[tuple[str, int, str]]) -> None:
    found = [(m.metric.value, m.value, m.country) for m in mentions("vi", body, "2020-09-24")]
    assert found == expected
