"""The store's round trip: every claim phrase in facts/, set in a short page, read back.

Each claim becomes a Markdown page in its source's language, dated at the source's date,
whose title names the network and whose body is the claim's phrase as a sentence. lcnet
should find it (a figure in the body) and read it right (a figure with the claim's
metric, value, qualifier and country).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import NamedTuple

from lcnet.model import Claim, Metric
from lcnet.store import locate_store, open_store
from tests.eval.engine import REPO, STORE, TODAY, Reported, check_pages

# The network's name as a title, per language. A name is used only where lcnet reads the
# language and knows the name (it matches one of the language's network_names); the
# English name stands in otherwise.
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
ENGLISH = TITLES["en"]
NOT_READ = frozenset({Metric.JOIN_YEAR})  # a city's year of joining: no prose figure
_FULL_STOP = {"zh": "。", "ja": "。"}


class Trip(NamedTuple):
    """One claim sent round: what the store says, and the page it was set in."""

    claim: str  # <source>#<id>
    language: str
    phrase: str
    metric: str
    value: int
    qualifier: str
    country: str | None
    page: str  # the page's Markdown


class TripCounts(NamedTuple):
    claims: int = 0
    found: int = 0
    correct: int = 0

    def __add__(self, other: object) -> TripCounts:
        assert isinstance(other, TripCounts)
        return TripCounts(*(a + b for a, b in zip(self, other, strict=True)))


class TripResult(NamedTuple):
    trip: Trip
    reports: tuple[Reported, ...]

    @property
    def found(self) -> bool:
        return bool(self.reports)

    @property
    def correct(self) -> bool:
        return any(comes_back(self.trip, r) for r in self.reports)


def comes_back(trip: Trip, report: Reported) -> bool:
    return (
        report.metric == trip.metric
        and report.value == trip.value
        and report.qualifier == trip.qualifier
        and report.country == trip.country
    )


def store_trips() -> tuple[list[Trip], int]:
    """A trip for every claim the extractor could state; and how many claims were left
    out because no prose figure states their metric (a city's join year)."""
    opened = open_store(
        locate_store(str(STORE), None, REPO), str(STORE), date.fromisoformat(TODAY), None
    )
    facts = opened.facts
    trips, skipped = [], 0
    for claim in facts.claims:
        if claim.metric in NOT_READ:
            skipped += 1
            continue
        source = facts.source_by_id[claim.source]
        published = str(source.published) if source.published is not None else None
        trips.append(trip_for(claim, source.language, published))
    return trips, skipped


def trip_for(claim: Claim, language: str, published: str | None) -> Trip:
    return Trip(
        claim.key,
        language,
        claim.phrase,
        str(claim.metric),
        claim.value,
        str(claim.qualifier),
        claim.country,
        trip_page(claim.phrase, language, published),
    )


def title_for(language: str) -> str:
    """The network's name in the language when lcnet reads it and knows that name."""
    from lcnet.extract.lang import language as language_data
    from lcnet.extract.lang import supported

    title = TITLES.get(language)
    if title is None or not supported(language):
        return ENGLISH
    names = language_data(language).network_names
    folded = title.lower()
    return title if any(re.search(name, folded) for name in names) else ENGLISH


def trip_page(phrase: str, language: str, published: str | None) -> str:
    """A short Markdown page: front matter with the title, date and language; the phrase
    as a sentence."""
    front = [f"title: {json.dumps(title_for(language), ensure_ascii=False)}"]
    if published is not None:
        front.append(f'date: "{published}"')
    front.append(f"lang: {language}")
    return "---\n" + "\n".join(front) + "\n---\n\n" + sentence(phrase, language) + "\n"


def sentence(phrase: str, language: str) -> str:
    text = " ".join(phrase.split())
    text = text[:1].upper() + text[1:]
    if text and text[-1] not in ".!?。":
        text += _FULL_STOP.get(language, ".")
    if text[:1] in (">", "#"):  # plain text set in Markdown: "> 390 million" is no quote
        text = "\\" + text
    return text


def run_trips(trips: list[Trip]) -> list[TripResult]:
    """Write every trip's page into a temporary folder and check them all at once."""
    with tempfile.TemporaryDirectory(prefix="lcnet-roundtrip-") as folder:
        paths = []
        for number, trip in enumerate(trips, start=1):
            path = Path(folder) / f"{number:04d}-{trip.language}.md"
            path.write_text(trip.page, encoding="utf-8")
            paths.append(path)
        checked = check_pages((p, None) for p in paths)
        return [
            TripResult(trip, checked[path.resolve()].figures)
            for trip, path in zip(trips, paths, strict=True)
        ]


def counts_by_language(results: list[TripResult]) -> dict[str, TripCounts]:
    counts: dict[str, TripCounts] = defaultdict(TripCounts)
    for result in results:
        counts[result.trip.language] += TripCounts(1, int(result.found), int(result.correct))
    return dict(sorted(counts.items(), key=lambda item: (-item[1].claims, item[0])))
