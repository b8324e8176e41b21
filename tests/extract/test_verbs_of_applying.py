"""Cities that apply or compete for a place are candidates, whatever the verb: "aplicaron
para la designación unas 300 ciudades", "concursaron", "compitieron por un lugar",
"solicitaron su ingreso"; "inscreveram-se", "concorreram", "disputaram um lugar";
"ứng tuyển", "nộp đơn", "xin gia nhập", "cạnh tranh" (Language.candidate_cues). A rule's
reach ("aplica su método") and a member that competed keep the network's total."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

K, T = "candidate_cities", "total_cities"

CASES: list[tuple[str, str, list[tuple[str, int]]]] = [
    ("es", "Según la alcaldía, aplicaron para la designación unas 250 ciudades.", [(K, 250)]),
    ("es", "Unas 250 ciudades aplicaron a la red este año.", [(K, 250)]),
    ("es", "Unas 250 ciudades solicitaron su ingreso a la red este año.", [(K, 250)]),
    ("es", "En la convocatoria concursaron unas 250 ciudades.", [(K, 250)]),
    ("es", "Unas 250 ciudades compitieron por un lugar en la red.", [(K, 250)]),
    ("pt", "Segundo a câmara, inscreveram-se cerca de 250 cidades nesta ronda da rede.",
     [(K, 250)]),
    ("pt", "Nesta ronda da rede concorreram cerca de 250 cidades.", [(K, 250)]),
    ("pt", "Cerca de 250 cidades disputaram um lugar na rede.", [(K, 250)]),
    ("vi", "Khoảng 250 thành phố ứng tuyển vào mạng lưới năm nay.", [(K, 250)]),
    ("vi", "Khoảng 250 thành phố đã gửi đơn xin gia nhập mạng lưới.", [(K, 250)]),
    ("vi", "Khoảng 250 thành phố cạnh tranh cho một suất trong mạng lưới.", [(K, 250)]),
    # near-misses: the network's own total
    ("es", "La red reúne 356 ciudades y aplica su método en todo el mundo.", [(T, 356)]),
    ("es", "Tras la ronda, en la que compitió Mérida, la red suma 356 ciudades.", [(T, 356)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_cities_that_apply_are_candidates(
    language: str, text: str, expected: list[tuple[str, int]]
) -> None:
    found = [(m.metric.value, m.value) for m in mentions(language, text, "2024-03-01")]
    assert found == expected
