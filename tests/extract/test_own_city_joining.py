"""A figure of the time the text's own city joined, the time left unsaid: "Lors de notre
adhésion, le réseau comptait 294 villes" on Nanterre's page is of September 2022, when
Nanterre joined (the store knows it; the title names the city). Without the date such a
sentence is read as current and judged stale: a false alarm on a true figure."""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer, Place, find_mentions, home_joined, read_document
from tests.eval.roundtrip import TITLES
from tests.extract.titled import Row, row

PLACES = Gazetteer(
    {
        "nanterre": Place("fr/nanterre", "FR", PartialDate(2022, 9)),
        "lille": Place("fr/lille", "FR", PartialDate(2024, 2)),
        "lucca": Place("it/lucca", "IT", PartialDate(2020, 9)),
        "reggio calabria": Place("it/reggio-calabria", "IT", PartialDate(2022, 9)),
        "edmonton": Place("ca/edmonton", "CA", PartialDate(2022, 9)),
        "envigado": Place("co/envigado", "CO", PartialDate(2022, 9)),
        "braga": Place("pt/braga", "PT", PartialDate(2022, 9)),
        "dresden": Place("de/dresden", "DE", PartialDate(2024, 2)),
        "sur": Place("om/sur", "OM", PartialDate(2024, 2)),
    }
)


def read(language: str, title: str, body: str, places: Gazetteer = PLACES) -> list[Row]:
    page = f"---\ntitle: {title}\ndate: 2025-06-10\n---\n\n{body}\n"
    document = read_document(page, "markdown")
    return [row(m) for m in find_mentions(document, language, places=places)]


CASES: list[tuple[str, str, str, list[Row]]] = [
    (
        "fr",
        f"Nanterre et le {TITLES['fr']}",
        "Lors de notre adhésion, le réseau comptait 294 villes.",
        [("294 villes", "total_cities", 294, "exact", "2022-09", None)],
    ),
    (
        "fr",
        f"Nanterre et le {TITLES['fr']}",
        "Au moment de son admission, le réseau réunissait 294 villes de 76 pays.",
        [
            ("294 villes", "total_cities", 294, "exact", "2022-09", None),
            ("76 pays", "total_countries", 76, "exact", "2022-09", None),
        ],
    ),
    (
        "fr",  # "now" in the clause: that figure is current, the other one of then
        f"Nanterre et le {TITLES['fr']}",
        "Quand nous avons rejoint le réseau, il rassemblait 294 villes; "
        "il en compte aujourd'hui 425.",
        [
            ("294 villes", "total_cities", 294, "exact", "2022-09", None),
            ("425", "total_cities", 425, "exact", None, None),
        ],
    ),
    (
        "fr",  # the pluperfect of joining, and "parmi": Nanterre is one of the 77
        f"Nanterre et le {TITLES['fr']}",
        "Nanterre était entrée dans le réseau en même temps que Brest, parmi 77 nouveaux membres.",
        [("77 nouveaux membres", "new_cities", 77, "exact", "2022-09", None)],
    ),
    (
        "it",
        f"Lucca nella {TITLES['it']}",
        "Al momento della nostra adesione la rete contava 229 città in 64 Paesi.",
        [
            ("229 città", "total_cities", 229, "exact", "2020-09", None),
            ("64 Paesi", "total_countries", 64, "exact", "2020-09", None),
        ],
    ),
    (
        "it",  # a semicolon apart, the same time: "la nostra era una delle 77"
        f"Reggio Calabria nella {TITLES['it']}",
        "Quando siamo entrati, la rete contava 294 città; la nostra era una delle 77 nuove città.",
        [
            ("294 città", "total_cities", 294, "exact", "2022-09", None),
            ("77 nuove città", "new_cities", 77, "exact", "2022-09", None),
        ],
    ),
    (
        "en",
        f"Edmonton and the {TITLES['en']}",
        "When we joined, the network had 294 member cities in 76 countries.",
        [
            ("294 member cities", "total_cities", 294, "exact", "2022-09", None),
            ("76 countries", "total_countries", 76, "exact", "2022-09", None),
        ],
    ),
    (
        "es",
        f"Envigado y la {TITLES['es']}",
        "Cuando ingresamos, la red tenía 294 ciudades miembro.",
        [("294 ciudades miembro", "total_cities", 294, "exact", "2022-09", None)],
    ),
    (
        "pt",
        f"Braga na {TITLES['pt']}",
        "No momento da nossa adesão, a rede contava com 294 cidades.",
        [("294 cidades", "total_cities", 294, "exact", "2022-09", None)],
    ),
    (
        "de",
        f"Dresden im {TITLES['de']}",
        "Bei unserem Beitritt zählte das Netzwerk 356 Städte in 79 Ländern.",
        [
            ("356 Städte", "total_cities", 356, "exact", "2024-02", None),
            ("79 Ländern", "total_countries", 79, "exact", "2024-02", None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "title", "body", "expected"), CASES)
def test_a_figure_of_the_time_the_city_joined_is_of_its_date(
    language: str, title: str, body: str, expected: list[Row]
) -> None:
    assert read(language, title, body) == expected


def test_without_its_city_in_the_title_the_figure_is_undated() -> None:
    body = "Lors de notre adhésion, le réseau comptait 294 villes."
    assert read("fr", TITLES["fr"], body) == [
        ("294 villes", "total_cities", 294, "exact", None, None)
    ]


def test_without_the_store_the_figure_is_undated() -> None:
    body = "Lors de notre adhésion, le réseau comptait 294 villes."
    empty = Gazetteer({})
    assert read("fr", f"Nanterre et le {TITLES['fr']}", body, empty) == [
        ("294 villes", "total_cities", 294, "exact", None, None)
    ]


def test_the_home_city_is_the_one_the_title_names() -> None:
    assert [
        home_joined("Ville apprenante : où en est Nanterre ?\nLille, Brest", PLACES),
        home_joined("Lille et Nanterre, villes apprenantes", PLACES),  # two dates: none
        home_joined("Lille and Dresden, learning cities", PLACES),  # one date for both
        home_joined("Retour sur l'année écoulée", PLACES),  # "sur" is not Sur (Oman)
    ] == [PartialDate(2022, 9), None, PartialDate(2024, 2), None]
