"""A country's count that is the subject of a verb of joining right after it is the
country's share of the intake, whatever verb of having stands before it: "Việt Nam có 2
thành phố tham gia mạng lưới", "Chile tiene dos comunas que se incorporan a la red", "O
Brasil tem três cidades que passam a integrar a rede" (Language.joined_after). Not after
a word of "so far" or "now", not for a count larger than any intake, and not where the
verb names the members after it ("có 3 thành phố được công nhận là A, B và C")."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

C, N, T = "country_cities", "new_cities", "total_cities"

CASES: list[tuple[str, str, list[tuple[str, int, str | None]]]] = [
    ("vi", "Theo UNESCO, Việt Nam có 2 thành phố được công nhận là thành phố học tập toàn cầu.",
     [(N, 2, "VN")]),
    ("vi", "Lần này Việt Nam có hai thành phố tham gia GNLC của UNESCO.",
     [(N, 2, "VN")]),
    ("vi", "Đợt này, Việt Nam có hai thành phố được kết nạp vào mạng lưới.", [(N, 2, "VN")]),
    ("es", "Según la UNESCO, Perú tiene dos ciudades que se incorporan a la red.", [(N, 2, "PE")]),
    ("es", "En esta ronda, Colombia tiene tres ciudades admitidas en la red.", [(N, 3, "CO")]),
    ("pt", "O Brasil tem duas cidades que passam a integrar a rede.", [(N, 2, "BR")]),
    ("pt", "Nesta ronda, Portugal tem duas cidades admitidas na rede.", [(N, 2, "PT")]),
    # near-misses: so far, now, a count beyond any intake, the members named
    ("vi", "Đến nay, Việt Nam đã có 6 thành phố gia nhập mạng lưới.", [(C, 6, "VN")]),
    ("vi", "Việt Nam hiện có 6 thành phố tham gia mạng lưới.", [(C, 6, "VN")]),
    ("vi", "Việt Nam có 3 thành phố được công nhận là Sa Đéc, Vinh và Cao Lãnh.",
     [(C, 3, "VN")]),
    ("es", "Hasta ahora, Colombia tiene 9 ciudades que se incorporan a la red.", [(C, 9, "CO")]),
    ("es", "Más de cien ciudades se suman a la red de ciudades del aprendizaje.",
     [(T, 100, None)]),
    ("pt", "Até agora, Portugal tem 15 cidades que aderiram à rede.", [(C, 15, "PT")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_count_that_joins_is_an_intake(
    language: str, text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    found = [(m.metric.value, m.value, m.country) for m in mentions(language, text, "2025-12-20")]
    assert found == expected
