"""A region's share of an intake told with a verb of contributing: "Khu vực châu Á - Thái
Bình Dương đóng góp 21 thành viên mới" was read as the whole intake (21, wrong against
72: a false alarm on vi s11-bao-ha-nam-ha-noi-2025); "aportó", "ha contribuito con",
"contribuiu com" likewise. The verbs of contributing are possession words in vi, es, it
and pt (fr "fournit" and the verbs "compte", "aporta" were read already)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, body: str) -> list[tuple[int, str, str | None, str | None]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2025-12-06\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.value, m.metric.value, m.region, m.country) for m in found]


AP = [(21, "new_cities", "asia-pacific", None)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("vi", "Khu vực châu Á - Thái Bình Dương đóng góp 21 thành viên mới, trong đó có Hà Nội."),
        ("es", "La región de Asia y el Pacífico aportó 21 nuevos miembros, entre ellos Hanói."),
        ("it", "L'area Asia-Pacifico ha contribuito con 21 nuovi membri, tra cui Hanoi."),
        ("pt", "A região Ásia-Pacífico contribuiu com 21 novos membros, entre eles Hanói."),
        ("fr", "La région Asie-Pacifique fournit 21 nouveaux membres, dont Hanoï."),
    ],
)
def test_a_region_contributes_its_share(language: str, body: str) -> None:
    assert read(language, body) == AP


def test_a_country_contributes_its_share() -> None:
    assert read("vi", "Việt Nam đóng góp 1 thành viên mới.") == [(1, "new_cities", None, "VN")]
