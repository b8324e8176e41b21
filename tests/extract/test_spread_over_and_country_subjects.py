"""Two small classes from outside writers' pages.

"Trải rộng trên 76 quốc gia", "phân bố trên", "hiện diện trên": Vietnamese "trên" after a
verb of spreading is "across", not "more than", and the verb says where the network is
(Language.qualifier_blockers, presence_words); "đến từ trên 70 quốc gia" keeps "over".

"Chile figura por primera vez, junto a otros doce países": first-time countries counted
with the country that opens the sentence (13), in every language with an "along" cue; a
sentence that opens with no country's name counts the others alone."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

T, F = "total_countries", "first_time_countries"

CASES: list[tuple[str, str, list[tuple[str, int, str]]]] = [
    ("vi", "Mạng lưới hiện có 294 thành phố trải rộng trên 76 quốc gia.",
     [("total_cities", 294, "exact"), (T, 76, "exact")]),
    ("vi", "Mạng lưới có 294 thành viên phân bố trên 76 quốc gia.",
     [("total_cities", 294, "exact"), (T, 76, "exact")]),
    ("vi", "Mạng lưới có 294 thành phố, hiện diện trên 76 quốc gia.",
     [("total_cities", 294, "exact"), (T, 76, "exact")]),
    ("vi", "Mạng lưới có 294 thành phố trải khắp trên 76 quốc gia.",
     [("total_cities", 294, "exact"), (T, 76, "exact")]),
    ("vi", "Theo tờ rơi, mạng lưới trải rộng trên 76 quốc gia.", [(T, 76, "exact")]),
    ("vi", "Mạng lưới có các thành phố đến từ trên 70 quốc gia.", [(T, 70, "more_than")]),
    ("es", "Perú figura por primera vez, junto a otros once países que debutan.",
     [(F, 12, "exact")]),
    ("pt", "O Peru estreia-se na rede, juntamente com outros onze países.", [(F, 12, "exact")]),
    ("en", "Peru appears for the first time, along with eleven other countries.",
     [(F, 12, "exact")]),
    ("vi", "Peru lần đầu tiên có mặt trong mạng lưới, cùng với 11 quốc gia khác.",
     [(F, 12, "exact")]),
    ("es", "La ciudad entra por primera vez en la red, junto con otros once países.",
     [(F, 11, "exact")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_spread_over_and_country_subjects(
    language: str, text: str, expected: list[tuple[str, int, str]]
) -> None:
    found = [(m.metric.value, m.value, m.qualifier.value) for m in mentions(language, text)]
    assert found == expected
