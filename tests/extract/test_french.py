"""French (lcnet.extract.lang.fr): numbers, qualifiers, ordinals and statements, exactly.

Rows are (text, metric, value, qualifier, as_of, country), as in test_statements.py.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lcnet.extract import detect_language, find_mentions, read_document
from tests.extract.titled import Row, number_value, read_plain

_ONES = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
    "dix-neuf",
]  # fmt: skip
_TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]


def french(n: int) -> str:
    """n (below a thousand) in French words, traditional spelling."""
    if n < 20:
        return _ONES[n]
    if n < 70:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("" if not ones else " et un" if ones == 1 else f"-{_ONES[ones]}")
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante-{_ONES[n - 60]}"
    if n < 100:
        return "quatre-vingts" if n == 80 else f"quatre-vingt-{_ONES[n - 80]}"
    hundreds, rest = divmod(n, 100)
    head = "cent" if hundreds == 1 else f"{_ONES[hundreds]} cent{'' if rest else 's'}"
    return f"{head} {french(rest)}" if rest else head


def value(text: str) -> int | None:
    return number_value(text, "fr")


def read(text: str) -> list[Row]:
    return read_plain(text, "fr")


# "un" on its own is an article ("une ville"), never a count: it only ends a compound
# ("vingt et un", "quatre-vingt-un"), so "cent un" is not read.
@given(st.integers(min_value=2, max_value=999).filter(lambda n: n % 100 != 1 or n < 100))
def test_french_numbers_in_words_have_their_exact_values(n: int) -> None:
    assert value(french(n)) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("425", 425),
        ("1 000", 1_000),  # a space
        ("1\u202f000", 1_000),  # a narrow no-break space
        ("1\u00a0000", 1_000),  # a no-break space
        ("1.000", 1_000),
        ("390 000 000", 390_000_000),
        ("1,5 million", 1_500_000),
        ("500 millions", 500_000_000),
        ("2,5 milliards", 2_500_000_000),
        ("un million", 1_000_000),
        ("un milliard", 1_000_000_000),
        ("mille", 1_000),
        ("deux mille", 2_000),
        ("soixante-quatre", 64),
        ("soixante-dix", 70),
        ("soixante-douze", 72),
        ("soixante-dix-neuf", 79),
        ("quatre-vingt", 80),
        ("quatre-vingt-un", 81),
        ("quatre-vingt-dix", 90),
        ("quatre-vingt-onze", 91),
        ("vingt-et-une", 21),
        ("trois cent cinquante-six", 356),
        ("quatre cent vingt-cinq", 425),
        ("septante-deux", 72),
        ("nonante et un", 91),
    ],
)
def test_french_numbers_have_their_exact_values(text: str, expected: int) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [
        ("plus de", "more_than"),
        ("un peu plus de", "more_than"),
        ("au moins", "at_least"),
        ("pas moins de", "at_least"),
        ("environ", "about"),
        ("quelque", "about"),
        ("quelques", "about"),
        ("autour de", "about"),
        ("près de", "nearly"),
        ("presque", "nearly"),
        ("moins de", "fewer_than"),
        ("jusqu'à", "at_most"),
    ],
)
def test_a_french_qualifier_makes_the_figure_a_bound(words: str, qualifier: str) -> None:
    text = f"Le Réseau mondial des villes apprenantes de l'UNESCO réunit {words} 400 villes."
    assert read(text) == [(f"{words} 400 villes", "total_cities", 400, qualifier, None, None)]


GNLC = "Réseau mondial des villes apprenantes de l'UNESCO"

STATEMENTS: list[tuple[str, list[Row]]] = [
    # totals, and the countries of the cities before them
    (
        f"Le {GNLC} compte désormais 425 villes de 91 pays.",
        [
            ("425 villes", "total_cities", 425, "exact", None, None),
            ("91 pays", "total_countries", 91, "exact", None, None),
        ],
    ),
    (
        f"Le {GNLC} rassemble quatre cent vingt-cinq villes membres.",
        [("quatre cent vingt-cinq villes membres", "total_cities", 425, "exact", None, None)],
    ),
    (
        "Les villes apprenantes comptent 1\u202f000 villes candidates.",
        [("1 000 villes", "candidate_cities", 1000, "exact", None, None)],
    ),
    (
        f"Lyon a rejoint les 425 villes du {GNLC}.",
        [("425 villes", "total_cities", 425, "exact", None, None)],
    ),
    # an intake
    (
        f"L'UNESCO a annoncé l'adhésion de 64 nouveaux membres de 35 pays au {GNLC}.",
        [
            ("64 nouveaux membres", "new_cities", 64, "exact", None, None),
            ("35 pays", "new_countries", 35, "exact", None, None),
        ],
    ),
    (
        f"Lyon rejoint le {GNLC} aux côtés de 63 autres villes.",
        [("63 autres villes", "new_cities", 64, "exact", None, None)],
    ),
    (
        f"Nantes rejoint le {GNLC}, avec 63 autres.",
        [("63 autres", "new_cities", 64, "exact", None, None)],
    ),
    (
        f"Le {GNLC} accueille 13 nouveaux pays et onze capitales.",
        [
            ("13 nouveaux pays", "first_time_countries", 13, "exact", None, None),
            ("onze capitales", "new_capitals", 11, "exact", None, None),
        ],
    ),
    # a country's members, by its name or its adjective, and ranked
    (
        "Le Maroc compte désormais six villes apprenantes.",
        [("six villes apprenantes", "country_cities", 6, "exact", None, "MA")],
    ),
    (
        "La Côte d'Ivoire compte deux villes apprenantes.",
        [("deux villes apprenantes", "country_cities", 2, "exact", None, "CI")],
    ),
    (
        f"Fès devient la cinquième ville marocaine à rejoindre le {GNLC}.",
        [("cinquième ville marocaine", "country_cities", 5, "exact", None, "MA")],
    ),
    (
        f"Fès devient la 5e ville marocaine à rejoindre le {GNLC}.",
        [("5e ville marocaine", "country_cities", 5, "exact", None, "MA")],
    ),
    (
        f"Saint-Louis est la première ville sénégalaise membre du {GNLC}.",
        [("première ville sénégalaise membre", "country_cities", 1, "exact", None, "SN")],
    ),
    (
        f"Le {GNLC} compte 15 villes du Maroc.",
        [("15 villes", "country_cities", 15, "exact", None, "MA")],
    ),
    # citizens
    (
        "Les villes apprenantes représentent environ 1,5 milliard d'habitants.",
        [("environ 1,5 milliard d'habitants", "citizens", 1_500_000_000, "about", None, None)],
    ),
    # historic, or current despite a year
    (
        "En 2020, le réseau des villes apprenantes comptait 230 membres.",
        [("230 membres", "total_cities", 230, "exact", "2020", None)],
    ),
    (
        f"Le 4 décembre 2025, le {GNLC} a accueilli 79 nouvelles villes.",
        [("79 nouvelles villes", "new_cities", 79, "exact", "2025-12-04", None)],
    ),
    (
        f"En février 2024, le {GNLC} comptait 356 membres.",
        [("356 membres", "total_cities", 356, "exact", "2024-02", None)],
    ),
    (
        f"Fin 2021, le {GNLC} comptait 294 membres.",
        [("294 membres", "total_cities", 294, "exact", "2021", None)],
    ),
    (
        f"En 2022, Cork a rejoint le {GNLC}. À l'époque, le réseau comptait 294 membres.",
        [("294 membres", "total_cities", 294, "exact", "2022", None)],
    ),
    (
        f"En 2022, Cork a rejoint le {GNLC}. À l'époque, peu le savaient ; "
        "il compte désormais 425 membres.",
        [("425 membres", "total_cities", 425, "exact", None, None)],
    ),
    (
        f"Depuis son adhésion en 2022, Cork voit le {GNLC} grandir : il comptait 294 membres.",
        [("294 membres", "total_cities", 294, "exact", None, None)],
    ),
    (
        f"Depuis son adhésion en 2022 au {GNLC}, qui comptait 294 membres, Cork agit.",
        [("294 membres", "total_cities", 294, "exact", "2022", None)],
    ),
    (
        f"Aujourd'hui, après son adhésion en 2022, le {GNLC} compte 425 membres.",
        [("425 membres", "total_cities", 425, "exact", None, None)],
    ),
    (
        f"Le {GNLC}, créé en 2013, compte 425 villes.",
        [("425 villes", "total_cities", 425, "exact", None, None)],
    ),
    # not the network's figures
    ("Le Réseau des villes créatives de l'UNESCO compte 350 villes.", []),
    (f"Lyon est membre du {GNLC}. Le Réseau des villes créatives compte 350 villes.", []),
    ("L'Association internationale des villes éducatrices réunit 500 villes membres.", []),
    (f"Le {GNLC} est actif ; l'association des parents compte 1.500 membres.", []),
    (f"Le {GNLC} compte des écoles : 300 membres y enseignent.", []),
    ("Dans la ville apprenante, 45 écoles accueillent 12 000 élèves et 3 000 étudiants.", []),
    (f"Le {GNLC} est présent dans 60 % des pays et publie 2025 pages.", []),
    (f"Le 14 février 2024, le {GNLC} a publié 12 pages.", []),
    (f"Une nouvelle ville rejoint chaque année le {GNLC}.", []),
    ("La ville apprenante de Lyon compte 500 000 habitants.", []),
    (f"Lyon rejoint le {GNLC}. L'UNESCO compte 194 pays membres.", []),
    ("Lyon rejoint le réseau. Le réseau routier compte 350 villes.", []),
]


@pytest.mark.parametrize(("text", "rows"), STATEMENTS, ids=[t for t, _ in STATEMENTS])
def test_each_french_statement_yields_exactly_its_rows(text: str, rows: list[Row]) -> None:
    assert read(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "Le Maroc compte désormais six villes apprenantes et il en veut plus.",
        "La ville a rejoint le réseau mondial des villes apprenantes de l'UNESCO.",
        "Les villes membres du réseau sont dans 91 pays, selon une étude publiée cette année.",
    ],
)
def test_french_text_is_told_apart_by_its_frequent_words(text: str) -> None:
    assert detect_language(text) == "fr"


def test_a_french_page_declares_its_language() -> None:
    page = '<html lang="fr"><body><p>Le réseau des villes apprenantes a 425 villes.</p></html>'
    (mention,) = find_mentions(read_document(page, "html"))
    assert (mention.language, mention.value) == ("fr", 425)
