"""A count until a day, or before a named newcomer's admission, is of the time before it:
"Until 4 December, the network had 356 cities", "Bis zum 4. Dezember hatte das Netzwerk
356 Städte", "Before Hanoi's admission, Viet Nam had five", "prior to the entry of
Hanoi", "bis zur Aufnahme Hanois". The day was read as the figure's own date (on 4
December the news had already changed it: a true count judged stale), and only "before
Hanoi joined" and "before the admission of Hanoi" were read as the time before. Now a
word of Language.before_dates before a day makes the figure the day before's, read as
that day's month (historic._day_before), and Language.before_this names the newcomer's
admission with a possessive, "prior to" and "until" too."""

from __future__ import annotations

import pytest

import lcnet
from lcnet.extract import find_mentions, read_document
from tests.conftest import TODAY

_TITLES = {
    "en": "# The UNESCO Global Network of Learning Cities\n\n",
    "de": "# Das UNESCO Global Network of Learning Cities\n\n",
    "es": "# La Red Mundial de Ciudades del Aprendizaje de la UNESCO\n\n",
    "it": "# La Rete globale delle città dell'apprendimento dell'UNESCO\n\n",
}

UNTIL_A_DAY = [
    ("en", "Until 4 December, the network had 356 cities.", 356, "2025-12"),
    ("en", "Before 4 December, the network had 356 cities.", 356, "2025-12"),
    ("en", "Up to 14 February 2024 the network counted 294 cities.", 294, "2024-02"),
    ("en", "On 4 December 2024, the network had 356 cities.", 356, "2024-12-04"),
    ("de", "Bis zum 4. Dezember hatte das Netzwerk 356 Städte.", 356, "2025-12"),
    ("de", "Vor dem 4. Dezember hatte das Netzwerk 356 Städte.", 356, "2025-12"),
    ("de", "Bis zum 14. Februar 2024 zählte das Netzwerk 294 Städte.", 294, "2024-02"),
    ("de", "Am 4. Dezember 2024 hatte das Netzwerk 356 Städte.", 356, "2024-12-04"),
    ("es", "Hasta el 4 de diciembre, la red tenía 356 ciudades.", 356, "2025-12"),
    ("it", "Fino al 4 dicembre la rete contava 356 città.", 356, "2025-12"),
]


@pytest.fixture(scope="module")
def api_store() -> lcnet.Store:
    return lcnet.open_store(today=TODAY)


@pytest.mark.parametrize(("language", "sentence", "value", "as_of"), UNTIL_A_DAY)
def test_a_count_until_a_day_is_of_the_day_before(
    api_store: lcnet.Store, language: str, sentence: str, value: int, as_of: str
) -> None:
    report = api_store.check_text(
        _TITLES[language] + sentence + "\n", date="2025-12-10", kind="markdown", language=language
    )
    assert [(f.value, f.record["as_of"], f.verdict) for f in report.figures] == [
        (value, as_of, "historic")
    ]


BEFORE_AN_ADMISSION = [
    ("en", "Before Hanoi's admission this month, Viet Nam had five member cities."),
    ("en", "Prior to the admission of Hanoi, Viet Nam counted five member cities."),
    ("en", "Until Hanoi's admission on 4 December, Viet Nam had five member cities."),
    ("en", "Viet Nam had five member cities before Hanoi was added."),
    ("de", "Bis zur Aufnahme Hanois am 4. Dezember hatte Vietnam fünf Mitgliedsstädte."),
    ("de", "Vor Hanois Aufnahme hatte Vietnam fünf Mitgliedsstädte."),
    ("de", "Ehe Hanoi beitrat, hatte Vietnam fünf Mitgliedsstädte."),
]


@pytest.mark.parametrize(("language", "sentence"), BEFORE_AN_ADMISSION)
def test_a_count_before_an_admission_is_of_the_time_before(
    api_store: lcnet.Store, language: str, sentence: str
) -> None:
    report = api_store.check_text(
        _TITLES[language] + sentence + "\n", date="2025-12-10", kind="markdown", language=language
    )
    assert [(f.metric, f.value, f.record["country"], f.verdict) for f in report.figures] == [
        ("country_cities", 5, "VN", "historic")
    ]


def test_a_date_ago_is_no_day() -> None:
    """ "Vor gut zwei Jahren, im Februar 2024": "vor" is "ago" there, the month is the
    figure's own."""
    text = _TITLES["de"] + "Vor gut zwei Jahren, im Februar 2024, hatte das Netzwerk 356 Städte.\n"
    (found,) = find_mentions(read_document(text, "markdown"), "de")
    assert (found.value, str(found.as_of)) == (356, "2024-02")
