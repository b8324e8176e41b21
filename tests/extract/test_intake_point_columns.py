"""A table column whose header names an intake as the point in time it counts at
("Members after the intake", "Mitglieder nach der Aufnahme", "加入后成员"): the network's
total then, not the intake's size. Before, the intake's word made the column an intake's,
and a total above any intake's range (356, 425) was dropped as implausible."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

# A sentence naming the network before the table, in each language
LEAD = {
    "en": "The UNESCO Global Network of Learning Cities, round by round:",
    "de": "Das UNESCO Global Network of Learning Cities, Runde für Runde:",
    "fr": "Le Réseau mondial des villes apprenantes de l'UNESCO, vague par vague :",
    "es": "La Red Mundial de Ciudades del Aprendizaje de la UNESCO, ronda a ronda:",
    "it": "La Rete globale delle città dell'apprendimento dell'UNESCO, tornata per tornata:",
    "pt": "A Rede Global de Cidades de Aprendizagem da UNESCO, rodada a rodada:",
    "vi": "Mạng lưới các thành phố học tập toàn cầu của UNESCO qua từng đợt:",
    "zh": "联合国教科文组织全球学习型城市网络历次情况：",
    "ja": "ユネスコ学習都市グローバルネットワークの推移：",
    "ko": "유네스코 글로벌 학습도시 네트워크 연혁:",
}

YEAR = {"en": "Year", "de": "Jahr", "fr": "Année", "es": "Año", "it": "Anno", "pt": "Ano",
        "vi": "Năm", "zh": "年份", "ja": "年", "ko": "연도"}  # fmt: skip

# (language, header of the intake's column, header of the total's column)
HEADERS = [
    ("en", "New members", "Members after the intake"),
    ("en", "Cities admitted", "Member cities following the round"),
    ("de", "Neue Mitglieder", "Mitglieder nach der Aufnahme"),
    ("de", "Neue Städte", "Städte nach der Aufnahmerunde"),
    ("fr", "Nouveaux membres", "Membres après l'admission"),
    ("es", "Nuevos miembros", "Miembros tras la incorporación"),
    ("it", "Nuovi membri", "Membri dopo l'ammissione"),
    ("pt", "Novos membros", "Membros após a adesão"),
    ("vi", "Thành viên mới", "Thành viên sau đợt kết nạp"),
    ("zh", "新增成员", "加入后成员城市"),
    ("ja", "新規加盟都市", "加盟後の加盟都市"),
    ("ko", "신규 회원도시", "가입 후 회원도시"),
]


@pytest.mark.parametrize(("language", "new", "after"), HEADERS)
def test_a_column_of_the_total_after_an_intake(language: str, new: str, after: str) -> None:
    head = f"| {YEAR[language]} | {new} | {after} |\n|---|---|---|\n"
    body = f"{LEAD[language]}\n\n{head}| 2022 | 77 | 294 |\n| 2024 | 64 | 356 |\n"
    rows = [(r[0], r[1], r[2], r[4]) for r in read_titled(language, body)]
    assert rows == [
        ("77", "new_cities", 77, "2022"),
        ("294", "total_cities", 294, "2022"),
        ("64", "new_cities", 64, "2024"),
        ("356", "total_cities", 356, "2024"),
    ]


@pytest.mark.parametrize(
    ("language", "header"),
    [
        ("en", "Cities admitted in the intake"),
        ("de", "Neue Städte der Runde"),
        ("fr", "Nouvelles villes admises"),
        ("es", "Ciudades admitidas"),
    ],
)
def test_an_intake_without_a_point_in_time_still_counts_the_intake(
    language: str, header: str
) -> None:
    head = f"| {YEAR[language]} | {header} |\n|---|---|\n"
    body = f"{LEAD[language]}\n\n{head}| 2022 | 77 |\n| 2024 | 64 |\n"
    assert [(r[1], r[2]) for r in read_titled(language, body)] == [
        ("new_cities", 77),
        ("new_cities", 64),
    ]
