"""German (lcnet.extract.lang.de): numbers written as one word, qualifiers, statements.

Rows are (text, metric, value, qualifier, as_of, country), as in test_statements.py.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lcnet.extract import detect_language
from lcnet.extract.numbers import number_pattern
from tests.extract.titled import Row, number_value, read_plain

_ONES = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_TEENS = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn"]
_TEENS += ["siebzehn", "achtzehn", "neunzehn"]
_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig"]
_TENS += ["achtzig", "neunzig"]


def german(n: int) -> str:
    """n (2 to 999) in German, one word: "dreihundertsechsundfünfzig"."""
    hundreds, rest = divmod(n, 100)
    head = f"{_ONES[hundreds]}hundert" if hundreds else ""
    if rest == 0:
        tail = ""
    elif rest == 1:
        tail = "eins"
    elif rest < 10:
        tail = _ONES[rest]
    elif rest < 20:
        tail = _TEENS[rest - 10]
    else:
        tens, ones = divmod(rest, 10)
        tail = _TENS[tens] if not ones else f"{_ONES[ones]}und{_TENS[tens]}"
    return head + tail


def value(text: str) -> int | None:
    return number_value(text, "de")


def read(text: str) -> list[Row]:
    return read_plain(text, "de")


@given(st.integers(min_value=2, max_value=999))
def test_german_numbers_written_as_one_word_have_their_exact_values(n: int) -> None:
    assert value(german(n)) == n
    assert value(german(n).replace("ß", "ss")) == n  # Switzerland writes no ß


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("425", 425),
        ("1.000", 1_000),
        ("390.000.000", 390_000_000),
        ("1,5 Mio.", 1_500_000),
        ("390 Millionen", 390_000_000),
        ("eine Million", 1_000_000),
        ("eine halbe Milliarde", 500_000_000),
        ("2 Mrd.", 2_000_000_000),
        ("vierundsechzig", 64),
        ("einundneunzig", 91),
        ("hunderteins", 101),
        ("einhundert", 100),
        ("tausend", 1_000),
        ("zweitausend", 2_000),
    ],
)
def test_german_numbers_have_their_exact_values(text: str, expected: int) -> None:
    assert value(text) == expected


def test_ein_on_its_own_is_an_article_not_a_count() -> None:
    assert not re.fullmatch(number_pattern("de"), "ein")


GNLC = "Globalen Netzwerk lernender Städte der UNESCO"


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [
        ("über", "more_than"),
        ("mehr als", "more_than"),
        ("mindestens", "at_least"),
        ("rund", "about"),
        ("etwa", "about"),
        ("ca.", "about"),
        ("fast", "nearly"),
        ("knapp", "nearly"),
        ("weniger als", "fewer_than"),
        ("bis zu", "at_most"),
    ],
)
def test_a_german_qualifier_makes_the_figure_a_bound(words: str, qualifier: str) -> None:
    text = f"Dem {GNLC} gehören {words} 400 Städte an."
    assert read(text) == [(f"{words} 400 Städte", "total_cities", 400, qualifier, None, None)]


STATEMENTS: list[tuple[str, list[Row]]] = [
    (
        f"Dem {GNLC} gehören aktuell 294 Städte aus über 60 Ländern an.",
        [
            ("294 Städte", "total_cities", 294, "exact", None, None),
            ("über 60 Ländern", "total_countries", 60, "more_than", None, None),
        ],
    ),
    (
        f"77 neue Städte aus insgesamt 44 Ländern wurden in das {GNLC} aufgenommen.",
        [
            ("77 neue Städte", "new_cities", 77, "exact", None, None),
            ("44 Ländern", "new_countries", 44, "exact", None, None),
        ],
    ),
    (
        f"Das {GNLC.replace('Globalen', 'Globale')} hat nun dreihundertsechsundfünfzig"
        " Mitglieder in neunundsiebzig Ländern.",
        [
            ("dreihundertsechsundfünfzig Mitglieder", "total_cities", 356, "exact", None, None),
            ("neunundsiebzig Ländern", "total_countries", 79, "exact", None, None),
        ],
    ),
    (
        f"Cao Lanh tritt als fünfte vietnamesische Stadt dem {GNLC} bei.",
        [("fünfte vietnamesische Stadt", "country_cities", 5, "exact", None, "VN")],
    ),
    (
        f"Gütersloh ist die vierte deutsche Stadt im {GNLC}.",
        [("vierte deutsche Stadt", "country_cities", 4, "exact", None, "DE")],
    ),
    (
        f"Hamburg ist zusammen mit 71 weiteren Städten aus 46 Ländern dem {GNLC} beigetreten.",
        [
            ("71 weiteren Städten", "new_cities", 72, "exact", None, None),
            ("46 Ländern", "new_countries", 46, "exact", None, None),
        ],
    ),
    (
        f"Im Jahr 2020 hatte das {GNLC.replace('Globalen', 'Globale')} 229 Mitglieder.",
        [("229 Mitglieder", "total_cities", 229, "exact", "2020", None)],
    ),
    (
        f"Die Städte im {GNLC} haben rund 390 Mio. Einwohner.",
        [("rund 390 Mio. Einwohner", "citizens", 390_000_000, "about", None, None)],
    ),
    (
        "Die UNESCO Global Network of Learning Cities (GNLC) zählt 425 Städte aus 91 Ländern.",
        [
            ("425 Städte", "total_cities", 425, "exact", None, None),
            ("91 Ländern", "total_countries", 91, "exact", None, None),
        ],
    ),
    # the network's word and its English name are one name
    (
        "Im September nahm das Netzwerk der Learning Cities 77 neue Städte aus 44 Ländern auf.",
        [
            ("77 neue Städte", "new_cities", 77, "exact", None, None),
            ("44 Ländern", "new_countries", 44, "exact", None, None),
        ],
    ),
    (
        "Hamburg ist Teil des UNESCO Learning City Netzwerks, dem 294 Städte angehören.",
        [("294 Städte", "total_cities", 294, "exact", None, None)],
    ),
    (f"Die Stadt ist im {GNLC}. Der Deutsche Städtetag hat 3200 Mitglieder.", []),
    (f"Das {GNLC} ist neben dem Netzwerk der Kreativen Städte mit 350 Städten aktiv.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_german_statements_are_read_exactly(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


def test_a_german_text_is_told_by_its_words() -> None:
    assert detect_language("Der Stadtrat hat das neue Programm für die Kurse beschlossen.") == "de"
