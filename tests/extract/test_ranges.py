"""A range is two bounds: "70-80 cities" (any dash), "between 400 and 450 members",
"zwischen 70 und 80 Städte", "entre 70 y 80 ciudades", "70~80개 도시", "70至80个城市".
It was read as its high end alone, an exact figure (or, with a dash, as nothing or its
low end): a true range was judged wrong, a wrong one could pass. Now its low end is at
least so many and its high end at most so many, each judged alone
(lcnet.extract.phrase._ranges); the start of a change ("grew from 356 to 425 cities",
"passé de 229 à 294") stays what it was."""

from __future__ import annotations

import pytest

import lcnet
from lcnet.extract import find_mentions, read_document
from tests.conftest import TODAY

Row = tuple[str, str, int, str]

_TITLES = {
    "en": "# The UNESCO Global Network of Learning Cities\n\n",
    "de": "# Das UNESCO Global Network of Learning Cities\n\n",
    "es": "# La Red Mundial de Ciudades del Aprendizaje de la UNESCO\n\n",
    "fr": "# Le Réseau mondial des villes apprenantes de l'UNESCO\n\n",
    "it": "# La Rete globale delle città dell'apprendimento dell'UNESCO\n\n",
    "pt": "# A Rede Global de Cidades de Aprendizagem da UNESCO\n\n",
    "vi": "# Mạng lưới các thành phố học tập toàn cầu của UNESCO\n\n",
    "ko": "# 유네스코 글로벌 학습도시 네트워크\n\n",
    "zh": "# 联合国教科文组织全球学习型城市网络\n\n",
    "ja": "# ユネスコ学習都市グローバル・ネットワーク\n\n",
}


def _found(language: str, sentence: str) -> list[Row]:
    text = _TITLES[language] + sentence + "\n"
    return [
        (m.text, m.metric.value, m.value, m.qualifier.value)
        for m in find_mentions(read_document(text, "markdown"), language)
    ]


RANGES: list[tuple[str, str, list[Row]]] = [
    ("en", "Each round admits 70–80 cities to the network.",
     [("70", "new_cities", 70, "at_least"), ("80 cities", "new_cities", 80, "at_most")]),
    ("en", "Each round admits 70-80 cities to the network.",
     [("70", "new_cities", 70, "at_least"), ("80 cities", "new_cities", 80, "at_most")]),
    ("en", "Each round admits between 70 and 80 new members.",
     [("70", "new_cities", 70, "at_least"), ("80 new members", "new_cities", 80, "at_most")]),
    ("en", "The network now has 420 to 430 member cities.",
     [("420", "total_cities", 420, "at_least"),
      ("430 member cities", "total_cities", 430, "at_most")]),
    ("en", "The network has seventy to eighty new members each year.",
     [("seventy", "new_cities", 70, "at_least"),
      ("eighty new members", "new_cities", 80, "at_most")]),
    ("en", "The network now counts around 420 – 430 members.",
     [("420", "total_cities", 420, "at_least"), ("430 members", "total_cities", 430, "at_most")]),
    ("de", "Jede Runde nimmt 70–80 Städte in das Netzwerk auf.",
     [("70", "new_cities", 70, "at_least"), ("80 Städte", "new_cities", 80, "at_most")]),
    ("de", "Jede Runde nimmt 70 bis 80 neue Mitglieder auf.",
     [("70", "new_cities", 70, "at_least"), ("80 neue Mitglieder", "new_cities", 80, "at_most")]),
    ("de", "Jede Runde nimmt zwischen 70 und 80 Städte auf.",
     [("70", "new_cities", 70, "at_least"), ("80 Städte", "new_cities", 80, "at_most")]),
    ("de", "Das Netzwerk hat inzwischen 420-430 Mitgliedsstädte.",
     [("420", "total_cities", 420, "at_least"),
      ("430 Mitgliedsstädte", "total_cities", 430, "at_most")]),
    ("es", "Cada ronda admite entre 70 y 80 ciudades en la red.",
     [("70", "new_cities", 70, "at_least"), ("80 ciudades", "new_cities", 80, "at_most")]),
    ("es", "Cada ronda admite 70-80 ciudades en la red.",
     [("70", "new_cities", 70, "at_least"), ("80 ciudades", "new_cities", 80, "at_most")]),
    ("fr", "Chaque cycle admet entre 70 et 80 villes dans le réseau.",
     [("70", "new_cities", 70, "at_least"), ("80 villes", "new_cities", 80, "at_most")]),
    ("fr", "Chaque cycle admet 70 à 80 villes dans le réseau.",
     [("70", "new_cities", 70, "at_least"), ("80 villes", "new_cities", 80, "at_most")]),
    ("it", "Ogni tornata ammette tra 70 e 80 città nella rete.",
     [("70", "new_cities", 70, "at_least"), ("80 città", "new_cities", 80, "at_most")]),
    ("pt", "Cada rodada admite entre 70 e 80 cidades na rede.",
     [("70", "new_cities", 70, "at_least"), ("80 cidades", "new_cities", 80, "at_most")]),
    ("vi", "Mỗi đợt có 70-80 thành phố gia nhập mạng lưới.",
     [("70", "new_cities", 70, "at_least"), ("80 thành phố", "new_cities", 80, "at_most")]),
    ("ko", "매 회 70~80개 도시가 네트워크에 가입한다.",
     [("70", "new_cities", 70, "at_least"), ("80개 도시", "new_cities", 80, "at_most")]),
    ("zh", "每轮有70至80个城市加入该网络。",
     [("70", "new_cities", 70, "at_least"), ("80个城市", "new_cities", 80, "at_most")]),
    ("ja", "毎回70～80都市がネットワークに加盟する。",
     [("70", "new_cities", 70, "at_least"), ("80都市", "new_cities", 80, "at_most")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), RANGES)
def test_a_range_is_two_bounds(language: str, sentence: str, expected: list[Row]) -> None:
    assert _found(language, sentence) == expected


NOT_RANGES: list[tuple[str, str, list[Row]]] = [
    # the start of a change, and the change's end
    ("en", "The network grew from 70 to 80 cities.",
     [("70", "new_cities", 70, "exact"), ("80 cities", "new_cities", 80, "exact")]),
    ("fr", "Le réseau est passé de 70 à 80 villes.",
     [("70", "new_cities", 70, "exact"), ("80 villes", "new_cities", 80, "exact")]),
    ("de", "Das Netzwerk wuchs von 356 auf 425 Städte.",
     [("356", "total_cities", 356, "exact"), ("425 Städte", "total_cities", 425, "exact")]),
    ("en", "The intake rose by 35 to 64 new members.",
     [("64 new members", "new_cities", 64, "exact")]),
    # too wide for a range: a count and another number
    ("en", "Between 2 and 425 cities, the choice is easy.",
     [("425 cities", "total_cities", 425, "exact")]),
    # a date or a disease's name before a count keeps its hyphen
    ("en", "On 2024-02-14 the network had 356 cities.",
     [("356 cities", "total_cities", 356, "exact")]),
    ("en", "After COVID-19 the network had 229 cities.",
     [("229 cities", "total_cities", 229, "exact")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), NOT_RANGES)
def test_no_range(language: str, sentence: str, expected: list[Row]) -> None:
    assert _found(language, sentence) == expected


@pytest.fixture(scope="module")
def api_store() -> lcnet.Store:
    return lcnet.open_store(today=TODAY)


@pytest.mark.parametrize(
    ("sentence", "verdicts"),
    [
        # December 2025: 72 new cities, 425 in all
        ("Each round admits between 70 and 80 new members.", ["bound_ok", "bound_ok"]),
        ("The network now has 420–430 member cities.", ["bound_ok", "bound_ok"]),
        ("The network now has 300–350 member cities.", ["bound_ok", "bound_violated"]),
        ("The network now has 440 to 460 member cities.", ["bound_violated", "bound_ok"]),
    ],
)
def test_each_bound_is_judged(api_store: lcnet.Store, sentence: str, verdicts: list[str]) -> None:
    report = api_store.check_text(
        _TITLES["en"] + sentence + "\n", date="2025-12-10", kind="markdown", language="en"
    )
    assert [f.verdict for f in report.figures] == verdicts
