"""The network said as an adverbial between a country and its count, the German word
order of verb-second clauses: "Deutschland hat im Netzwerk inzwischen vier Städte",
"Thailand kommt im UNESCO Global Network of Learning Cities auf 13 Städte" (the sweep:
'metric unread', no country before the count through the name). Language.
network_adverbials are passed over as the possession words are (metric._country_before);
"gehört mit 13 Mitgliedsstädten zu den größten Gruppen", "stellt 13 Mitglieder" too."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.extract.titled import mentions

CASES = [
    ("de", "Deutschland hat im Netzwerk inzwischen vier Städte.", 4, "DE"),
    ("de", "Thailand stellt im GNLC inzwischen 13 Mitglieder.", 13, "TH"),
    ("de", "Thailand kommt im Netzwerk auf 13 Städte.", 13, "TH"),
    ("de", "Mit drei weiteren Aufnahmen kommt Thailand im UNESCO Global Network of Learning "
           "Cities auf 13 Städte.", 13, "TH"),
    ("de", "Thailand gehört mit 13 Mitgliedsstädten zu den größten Gruppen im Netzwerk.", 13,
     "TH"),
    ("en", "Germany has in the network four cities so far.", 4, "DE"),
    ("en", "Thailand has in the UNESCO Global Network of Learning Cities 13 member cities.", 13,
     "TH"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "value", "country"), CASES)
def test_a_country_s_count_past_the_network_s_name(
    language: str, text: str, value: int, country: str
) -> None:
    assert [(m.metric.value, m.value, m.country) for m in mentions(language, text)] == [
        ("country_cities", value, country)
    ]


TOGETHER = [
    ("en", "The network has grown to 425 member cities. Together they are in 91 countries."),
    ("en", "The network has grown to 425 member cities; together they are in 91 countries."),
    ("en", "The network has grown to 425 member cities. Taken together, they are located in "
           "91 countries."),
    ("de", "Das Netzwerk ist auf 425 Mitgliedsstädte gewachsen; zusammen liegen sie in 91 "
           "Ländern."),
    ("de", "Das Netzwerk ist auf 425 Mitgliedsstädte gewachsen. Gemeinsam sind sie in 91 "
           "Ländern vertreten."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), TOGETHER)
def test_the_cities_said_together_are_in_their_countries(language: str, text: str) -> None:
    """An adverb of the whole before the pronoun of the cities counted before ("Together
    they are in 91 countries", the sweep: 'metric unread'), and the verb before the pronoun
    where German inverts (Language.subject_adverbs, engine._subject_opening)."""
    assert [(m.metric.value, m.value) for m in mentions(language, text)] == [
        ("total_cities", 425),
        ("total_countries", 91),
    ]


def test_a_headline_s_country_without_its_article() -> None:
    """ "Three Thai cities bring country's tally to 13": headlines drop the article of
    "the country's" (Language.country_references)."""
    found = mentions("en", "## Three Thai cities bring country's tally to 13\n\nMore soon.")
    assert [(m.metric.value, m.value, m.country) for m in found] == [
        ("country_cities", 3, "TH"),
        ("country_cities", 13, "TH"),
    ]


def test_a_headline_over_a_date_line() -> None:
    """ "Three Thai cities bring country's tally to 13" over the date line "10 December
    2025": a digit on the next line was taken for more of the number's (grammar
    ._not_a_count), and the count lost."""
    text = (
        "Three Thai cities bring country's tally to 13\n10 December 2025\n\n"
        "The UNESCO Global Network of Learning Cities admitted them.\n"
    )
    found = find_mentions(read_document(text, "text"), "en")
    assert [(m.metric.value, m.value, m.country) for m in found] == [
        ("country_cities", 3, "TH"),  # the check reads it as the intake of the day
        ("country_cities", 13, "TH"),
    ]
