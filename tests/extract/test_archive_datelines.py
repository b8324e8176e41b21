"""A news archive's items, each under its heading with a line that is only its date:
"Network grows to 294 cities" / "5 September 2022" / "With 77 new members ..., the network
now counts 294 cities". Each item's figures (its heading's too) are of its own date, its
"now" included, when that date is before the page's (lcnet.extract.historic.
dated_by_dateline). The page's own dateline dates nothing; a year alone is no dateline."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions, row

T, N, C = "total_cities", "new_cities", "total_countries"

# language, heading, dateline, text; the figures read: (words, metric, value), in order
CASES: list[tuple[str, str, str, str, list[tuple[str, str, int]]]] = [
    (
        "en",
        "Network grows to 294 cities",
        "5 September 2022",
        "With 77 new members confirmed, the network now counts 294 cities in 76 countries.",
        [
            ("294 cities", T, 294),
            ("77 new members", N, 77),
            ("294 cities", T, 294),
            ("76 countries", C, 76),
        ],
    ),
    (
        "de",
        "Netzwerk wächst auf 294 Städte",
        "5. September 2022",
        "Mit 77 neuen Mitgliedern zählt das Netzwerk nun 294 Städte in 76 Ländern.",
        [
            ("294 Städte", T, 294),
            ("77 neuen Mitgliedern", N, 77),
            ("294 Städte", T, 294),
            ("76 Ländern", C, 76),
        ],
    ),
    (
        "fr",
        "Le réseau passe à 294 villes",
        "5 septembre 2022",
        "Avec 77 nouveaux membres, le réseau compte désormais 294 villes dans 76 pays.",
        [
            ("294 villes", T, 294),
            ("77 nouveaux membres", N, 77),
            ("294 villes", T, 294),
            ("76 pays", C, 76),
        ],
    ),
    (
        "es",
        "La red llega a 294 ciudades",
        "5 de septiembre de 2022",
        "Con 77 nuevos miembros, la red cuenta ahora con 294 ciudades en 76 países.",
        [
            ("294 ciudades", T, 294),
            ("77 nuevos miembros", N, 77),
            ("294 ciudades", T, 294),
            ("76 países", C, 76),
        ],
    ),
    (
        "pt",
        "A rede chega a 294 cidades",
        "5 de setembro de 2022",
        "Com 77 novos membros, a rede conta agora com 294 cidades em 76 países.",
        [
            ("294 cidades", T, 294),
            ("77 novos membros", N, 77),
            ("294 cidades", T, 294),
            ("76 países", C, 76),
        ],
    ),
    (
        "it",
        "La rete sale a 294 città",
        "5 settembre 2022",
        "Con 77 nuovi membri, la rete conta ora 294 città in 76 paesi.",
        [
            ("294 città", T, 294),
            ("77 nuovi membri", N, 77),
            ("294 città", T, 294),
            ("76 paesi", C, 76),
        ],
    ),
    (
        "vi",
        "Mạng lưới tăng lên 294 thành phố",
        "Ngày 5/9/2022",
        "Với 77 thành viên mới, mạng lưới hiện có 294 thành phố tại 76 quốc gia.",
        [
            ("294 thành phố", T, 294),
            ("77 thành viên mới", N, 77),
            ("294 thành phố", T, 294),
            ("76 quốc gia", C, 76),
        ],
    ),
    (
        "ko",
        "네트워크 294개 도시로 확대",
        "2022년 9월 5일",
        "77개 도시가 새로 가입해 네트워크는 이제 76개국 294개 도시가 됐다.",
        [("294개 도시", T, 294), ("77개 도시", N, 77), ("76개국", C, 76), ("294개 도시", T, 294)],
    ),
    (
        "zh",
        "网络扩大到294个城市",
        "2022年9月5日",
        "新增77个成员后，该网络现有76个国家的294个城市。",
        [("294个城市", T, 294), ("77个成员", N, 77), ("76个国家", C, 76), ("294个城市", T, 294)],
    ),
    (
        "ja",
        "ネットワークは294都市に",
        "2022年9月5日",
        "77都市が新たに加盟し、ネットワークは現在76か国294都市となった。",
        [("294都市", T, 294), ("77都市", N, 77), ("76か国", C, 76), ("294都市", T, 294)],
    ),
]


@pytest.mark.parametrize(("language", "heading", "dateline", "text", "expected"), CASES)
def test_an_archive_item_is_of_its_own_date(
    language: str, heading: str, dateline: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    body = f"## {heading}\n\n{dateline}\n\n{text}"
    assert [row(m) for m in mentions(language, body, "2026-03-10")] == [
        (words, metric, value, "exact", "2022-09-05", None) for words, metric, value in expected
    ]


def test_the_pages_own_dateline_dates_nothing() -> None:
    body = "5 September 2022\n\nWith 77 new members, the network now counts 294 cities."
    assert [row(m) for m in mentions("en", body, "2022-09-05")] == [
        ("77 new members", N, 77, "exact", None, None),
        ("294 cities", T, 294, "exact", None, None),
    ]


def test_a_year_alone_is_no_dateline() -> None:
    body = "2022\n\nWith 77 new members, the network now counts 294 cities."
    assert [row(m) for m in mentions("en", body, "2026-03-10")] == [
        ("77 new members", N, 77, "exact", None, None),
        ("294 cities", T, 294, "exact", None, None),
    ]
