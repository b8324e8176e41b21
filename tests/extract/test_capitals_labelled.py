"""A label that names an intake's capitals before a count of cities with a unit of its own:
"New capitals: 11 cities", "신규 수도: 11곳", "新規加盟の首都 11都市". The count is of those
capitals. Before, the value's own unit won: read as new cities (ko, zh, ja: judged wrong)
or not at all (the spaced languages)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

CASES = [
    ("en", "UNESCO Global Network of Learning Cities: 72 new members",
     ["New capitals: 11 cities", "Capitals among the newcomers: 11 cities"]),
    ("de", "Globales Netzwerk lernender Städte der UNESCO: 72 neue Mitglieder",
     ["Neue Hauptstädte: 11 Städte"]),
    ("fr", "Réseau mondial des villes apprenantes de l'UNESCO : 72 nouveaux membres",
     ["Nouvelles capitales : 11 villes"]),
    ("es", "Red Mundial de Ciudades del Aprendizaje de la UNESCO: 72 nuevos miembros",
     ["Nuevas capitales: 11 ciudades"]),
    ("pt", "Rede Global de Cidades de Aprendizagem da UNESCO: 72 novos membros",
     ["Novas capitais: 11 cidades"]),
    ("it", "Rete globale delle città dell'apprendimento dell'UNESCO: 72 nuovi membri",
     ["Nuove capitali: 11 città"]),
    ("vi", "Mạng lưới các thành phố học tập toàn cầu của UNESCO: 72 thành viên mới",
     ["Thủ đô mới: 11 thành phố"]),
    ("ko", "유네스코 글로벌 학습도시 네트워크 72곳 신규 가입",
     ["신규 수도: 11곳", "신규 수도: 11개 도시"]),
    ("zh", "联合国教科文组织全球学习型城市网络新增72个成员", ["新增首都：11个城市"]),
    ("ja", "ユネスコ学習都市グローバルネットワークに72都市が新たに加盟",
     ["新規加盟の首都：11都市"]),
]  # fmt: skip


def _read(language: str, title: str, line: str) -> list[tuple[str, str]]:
    page = f"---\ntitle: {title}\ndate: 2025-12-10\n---\n\n{title}\n\n- {line}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.text, m.metric.value) for m in found if m.line > 7]


@pytest.mark.parametrize(
    ("language", "title", "line"),
    [(code, title, line) for code, title, lines in CASES for line in lines],
)
def test_a_count_under_a_label_of_new_capitals_counts_them(
    language: str, title: str, line: str
) -> None:
    value = line.split("11", 1)[1]
    assert _read(language, title, line) == [("11" + value, "new_capitals")]


def test_another_programmes_capitals_are_not_the_networks() -> None:
    title = CASES[0][1]
    assert _read("en", title, "European Capitals of Culture: 11 cities") == []


def test_a_label_of_capitals_without_an_intake_counts_no_capitals() -> None:
    """No metric counts the network's capitals: the label's count is no new capitals."""
    found = _read("en", CASES[0][1], "Capital cities in the network: 40 cities")
    assert ("40 cities", "new_capitals") not in found
