"""A short Markdown page whose title names the GNLC, in each language lcnet reads: the
setting of most extraction tests (as of the store's round trip, tests/eval/roundtrip)."""

from __future__ import annotations

from lcnet.extract import Document, Mention, find_mentions, read_document

TITLES = {
    "en": "UNESCO Global Network of Learning Cities",
    "vi": "Mạng lưới các thành phố học tập toàn cầu của UNESCO",
    "es": "Red Mundial de Ciudades del Aprendizaje de la UNESCO",
    "fr": "Réseau mondial des villes apprenantes de l'UNESCO",
    "pt": "Rede Global de Cidades de Aprendizagem da UNESCO",
    "de": "Globales Netzwerk lernender Städte der UNESCO",
    "it": "Rete globale delle città dell'apprendimento dell'UNESCO",
    "ko": "유네스코 글로벌 학습도시 네트워크",
    "zh": "联合国教科文组织全球学习型城市网络",
    "ja": "ユネスコ学習都市グローバル・ネットワーク",
}


def titled(language: str, body: str, date: str | None = None) -> Document:
    """The page of `body` under the network's name in `language` (and a date)."""
    dated = f"date: {date}\n" if date else ""
    return read_document(f"---\ntitle: {TITLES[language]}\n{dated}---\n\n{body}\n", "markdown")


def mentions(language: str, body: str, date: str | None = None) -> list[Mention]:
    return list(find_mentions(titled(language, body, date), language))
