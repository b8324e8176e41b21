"""Italian (lcnet.extract.lang.it): numbers written as one word, qualifiers, statements.

Rows are (text, metric, value, qualifier, as_of, country), as in test_statements.py.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lcnet.extract import detect_language
from tests.extract.titled import Row, number_value, read_plain

_ONES = ["", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
_TEENS = ["dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici"]
_TEENS += ["diciassette", "diciotto", "diciannove"]
_TENS = ["", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta"]
_TENS += ["ottanta", "novanta"]


def italian(n: int) -> str:
    """n (1 to 999) in Italian, one word: "trecentocinquantasei", "ventitré"."""
    hundreds, rest = divmod(n, 100)
    head = "" if not hundreds else "cento" if hundreds == 1 else f"{_ONES[hundreds]}cento"
    if rest < 10:
        tail = _ONES[rest]
    elif rest < 20:
        tail = _TEENS[rest - 10]
    else:
        tens, ones = divmod(rest, 10)
        stem = _TENS[tens]
        if ones in (1, 8):
            stem = stem[:-1]  # "ventuno", "trentotto"
        tail = stem + ("tré" if ones == 3 else _ONES[ones])
    return head + tail


def value(text: str) -> int | None:
    return number_value(text, "it")


def read(text: str) -> list[Row]:
    return read_plain(text, "it")


@given(st.integers(min_value=1, max_value=999))
def test_italian_numbers_written_as_one_word_have_their_exact_values(n: int) -> None:
    assert value(italian(n)) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("425", 425),
        ("1.000", 1_000),
        ("1,5 milioni", 1_500_000),
        ("390 milioni", 390_000_000),
        ("un milione", 1_000_000),
        ("mezzo miliardo", 500_000_000),
        ("sessantaquattro", 64),
        ("ventitre", 23),
        ("centottanta", 180),
        ("mille", 1_000),
        ("duemila", 2_000),
    ],
)
def test_italian_numbers_have_their_exact_values(text: str, expected: int) -> None:
    assert value(text) == expected


GNLC = "Rete globale delle città dell'apprendimento dell'UNESCO"


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [
        ("oltre", "more_than"),
        ("più di", "more_than"),
        ("almeno", "at_least"),
        ("circa", "about"),
        ("intorno a", "about"),
        ("quasi", "nearly"),
        ("meno di", "fewer_than"),
        ("fino a", "at_most"),
    ],
)
def test_an_italian_qualifier_makes_the_figure_a_bound(words: str, qualifier: str) -> None:
    text = f"La {GNLC} riunisce {words} 400 città."
    assert read(text) == [(f"{words} 400 città", "total_cities", 400, qualifier, None, None)]


STATEMENTS: list[tuple[str, list[Row]]] = [
    (
        f"La {GNLC} comprende ora 294 città in 76 Paesi.",
        [
            ("294 città", "total_cities", 294, "exact", None, None),
            ("76 Paesi", "total_countries", 76, "exact", None, None),
        ],
    ),
    (
        f"Palermo è tra le 72 nuove città di 46 Paesi entrate nella {GNLC}.",
        [
            ("72 nuove città", "new_cities", 72, "exact", None, None),
            ("46 Paesi", "new_countries", 46, "exact", None, None),
        ],
    ),
    (
        f"Torino annovera ad oggi solo altre cinque realtà italiane nella {GNLC}.",
        [("altre cinque realtà italiane", "country_cities", 6, "exact", None, "IT")],
    ),
    (
        f"La {GNLC} si arricchisce di 55 nuovi membri.",
        [("55 nuovi membri", "new_cities", 55, "exact", None, None)],
    ),
    (
        f"Fermo è la terza città italiana nella {GNLC}.",
        [("terza città italiana", "country_cities", 3, "exact", None, "IT")],
    ),
    (
        f"La {GNLC} conta trecentocinquantasei città in settantanove paesi.",
        [
            ("trecentocinquantasei città", "total_cities", 356, "exact", None, None),
            ("settantanove paesi", "total_countries", 79, "exact", None, None),
        ],
    ),
    (
        f"Nel 2020 la {GNLC} aveva 229 membri.",
        [("229 membri", "total_cities", 229, "exact", "2020", None)],
    ),
    (
        f"Le città della {GNLC} contano oltre 390 milioni di abitanti.",
        [("oltre 390 milioni di abitanti", "citizens", 390_000_000, "more_than", None, None)],
    ),
    (
        "La UNESCO Global Network of Learning Cities (GNLC) conta 425 città in 91 paesi.",
        [
            ("425 città", "total_cities", 425, "exact", None, None),
            ("91 paesi", "total_countries", 91, "exact", None, None),
        ],
    ),
    # "sono 64 le nuove città": the article between the number and what it counts
    (
        f"Sono 64 le nuove città iscritte alla {GNLC}.",
        [("64 le nuove città", "new_cities", 64, "exact", None, None)],
    ),
    (
        "Con Reggio diventano 6 le città italiane del Network Globale delle Learning Cities.",
        [("6 le città italiane", "country_cities", 6, "exact", None, "IT")],
    ),
    # "la rete GNLC" is a name, not a reference to an earlier network
    (
        "L'UNESCO ha inserito 64 nuove città di 35 paesi nella rete GNLC.",
        [
            ("64 nuove città", "new_cities", 64, "exact", None, None),
            ("35 paesi", "new_countries", 35, "exact", None, None),
        ],
    ),
    # "sale a 5 il numero di città": the count before what it counts; "della rete" after
    # them refers to the network named in the sentence before
    (
        f"Lucca entra nella {GNLC}. Sale così a 5 il numero di città italiane della rete.",
        [("5 il numero di città italiane", "country_cities", 5, "exact", None, "IT")],
    ),
    # a country's count named before its number
    (
        f"La {GNLC} riunisce 229 città; le città italiane sono cinque.",
        [
            ("229 città", "total_cities", 229, "exact", None, None),
            ("città italiane sono cinque", "country_cities", 5, "exact", None, "IT"),
        ],
    ),
    (f"Torino è nella {GNLC}. Nel 2024 le città della regione hanno investito.", []),
    (f"Torino è nella {GNLC}. La rete ferroviaria serve 120 comuni.", []),
    (f"Torino è nella {GNLC} e nella rete delle Città creative, con 350 città.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_italian_statements_are_read_exactly(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


def test_an_italian_text_is_told_by_its_words() -> None:
    assert (
        detect_language("Il consiglio comunale ha approvato il nuovo piano per la città.") == "it"
    )
