"""The gazetteer knows the member cities by the names other languages give them
(lcnet.extract.lang.exonyms, from GeoNames): an Italian text's "Losanna" and "Liegi", a
French text's "Hambourg" are the store's Lausanne, Liège and Hamburg."""

from __future__ import annotations

import pytest

from lcnet.check.texts import gazetteer
from lcnet.check.timeline import Timeline
from lcnet.dates import PartialDate
from lcnet.extract import find_mentions, read_document
from lcnet.extract.lists import place_key


@pytest.mark.parametrize(
    ("name", "key"),
    [("losanna", "ch/lausanne"), ("liegi", "be/liege"), ("lüttich", "be/liege"),
     ("hambourg", "de/hamburg"), ("hamburgo", "de/hamburg")],
)  # fmt: skip
def test_another_languages_name_is_the_member(
    real_timeline: Timeline, name: str, key: str
) -> None:
    assert gazetteer(real_timeline.store).places[name].key == key


def test_the_stores_own_names_win(real_timeline: Timeline) -> None:
    places = gazetteer(real_timeline.store).places
    for city in real_timeline.store.cities:
        assert places[place_key(city.name)].key == city.key


def test_a_list_in_another_language_is_read(real_timeline: Timeline) -> None:
    text = (
        "La rete delle Learning Cities cresce. In Svizzera, Losanna è finora l'unica "
        "Learning City."
    )
    places = gazetteer(real_timeline.store)
    found = [
        (m.metric.value, m.value, m.country, m.cities)
        for m in find_mentions(read_document(text, "text"), "it", places=places)
    ]
    assert found == [("country_cities", 1, "CH", ("ch/lausanne",))]
    assert places.places["losanna"].joined == PartialDate(2022, 9)
