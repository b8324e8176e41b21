"""A Korean clause closed by a past copula and "고" ("…도시였고,"), a Japanese one closed
by a copula or "became" ("…都市であり、", "…都市となり、"), goes on in the same past
time: the date before it dates the figures of the clause after it as well
(Language.parallel_closer); other closers ("뽑혔으며,", "加盟しており、") still end their
date's reach, and "now" after the comma still makes its figure of the text's day."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES: list[tuple[str, list[tuple[str, int, str | None]]]] = [
    ("2024년 2월 당시 네트워크는 79개국 356개 도시였고, 국내 회원은 56곳이었다.",
     [("79개국", 79, "2024-02"), ("356개 도시", 356, "2024-02"), ("56곳", 56, "2024-02")]),
    ("2022년 가입 당시 국내 회원은 50곳이었고, 전체 회원 도시는 294곳이었다.",
     [("50곳", 50, "2022"), ("294곳", 294, "2022")]),
    ("2020년에는 회원이 229곳이었고, 지금은 425곳이다.",
     [("229곳", 229, "2020"), ("425곳", 425, None)]),
    ("지난 6월 3곳이 후보로 뽑혔으며, 심사를 거쳐 55개 도시가 확정됐다.",
     [("3곳", 3, "2025-06"), ("55개 도시", 55, None)]),
]  # fmt: skip


JA: list[tuple[str, list[tuple[str, int, str | None]]]] = [
    ("2024年2月当時、ネットワークは356都市であり、国内の加盟都市は5都市だった。",
     [("356都市", 356, "2024-02"), ("5都市", 5, "2024-02")]),
    ("2022年には294都市となり、国内の加盟都市は3都市だった。",
     [("294都市", 294, "2022"), ("3都市", 3, "2022")]),
    # a joining told, then the count of the text's day ("されており、": an event's closer)
    ("2020年にビン市が、2022年にカオラン市が加盟しており、ベトナムの加盟都市は5都市に増えた。",
     [("5都市", 5, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), JA)
def test_a_japanese_copulas_clause_and_the_next_share_their_date(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    found = mentions("ja", text, "2026-01-19")
    assert [(m.text, m.value, m.as_of and str(m.as_of)) for m in found] == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_past_clause_and_its_conjunct_share_their_date(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    found = mentions("ko", text, "2026-01-19")
    assert [(m.text, m.value, m.as_of and str(m.as_of)) for m in found] == expected
