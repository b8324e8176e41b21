"""Figures dated by a city's own joining (lcnet.extract.joining): "Cuando Tunja ingresó,
la red tenía 229 ciudades" speaks of September 2020, the month Tunja joined."""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer, Place, find_mentions, read_document
from tests.eval.roundtrip import TITLES
from tests.extract.titled import Row, row

# A few members and the months they joined, as the checker's gazetteer gives them.
PLACES = Gazetteer(
    {
        "tunja": Place("co/tunja", "CO", PartialDate(2020, 9)),
        "envigado": Place("co/envigado", "CO", PartialDate(2022, 9)),
        "chía": Place("co/chia", "CO", PartialDate(2025, 12)),
        "loures": Place("pt/loures", "PT", PartialDate(2020, 9)),
        "fundão": Place("pt/fundao", "PT", PartialDate(2024, 2)),
        "bonn": Place("de/bonn", "DE", PartialDate(2016)),
        "sa đéc": Place("vn/sa-dec", "VN", PartialDate(2020, 9)),
        "gondomar": Place("pt/gondomar", "PT", None),
    }
)


def read(language: str, body: str, title: str | None = None) -> list[Row]:
    title = title or TITLES[language]
    page = read_document(f"---\ntitle: {title}\n---\n\n{body}\n", "markdown")
    return [row(m) for m in find_mentions(page, language, places=PLACES)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # the clause names the member
        ("es", "Cuando Tunja ingresó, la red tenía 229 ciudades.",
         [("229 ciudades", "total_cities", 229, "exact", "2020-09", None)]),
        ("es", "La red ya contaba con 294 ciudades cuando Envigado fue admitida.",
         [("294 ciudades", "total_cities", 294, "exact", "2022-09", None)]),
        ("pt", "Quando o Fundão aderiu, a rede passou a ter 356 cidades em 79 países.",
         [("356 cidades", "total_cities", 356, "exact", "2024-02", None),
          ("79 países", "total_countries", 79, "exact", "2024-02", None)]),
        ("en", "When Chía became a member, there were 425 learning cities in 91 countries.",
         [("425 learning cities", "total_cities", 425, "exact", "2025-12", None),
          ("91 countries", "total_countries", 91, "exact", "2025-12", None)]),
        ("de", "Als Bonn dem Netzwerk beitrat, zählte es 115 Städte.",
         [("115 Städte", "total_cities", 115, "exact", "2016", None)]),
        # the subject is "we" or left in the verb: the member named before it in its
        # paragraph; the figure after "hoy" or "hoje" is today's
        ("pt", "A vereadora de Loures lembra: «quando entrámos, eram 229 cidades; hoje são 356».",
         [("229 cidades", "total_cities", 229, "exact", "2020-09", None),
          ("356", "total_cities", 356, "exact", None, None)]),
        ("es", "La secretaria de Tunja recordó que cuando nos sumamos la red tenía 229 "
         "ciudades, y que hoy tiene 356 ciudades.",
         [("229 ciudades", "total_cities", 229, "exact", "2020-09", None),
          ("356 ciudades", "total_cities", 356, "exact", None, None)]),
        ("vi", "Khi Sa Đéc gia nhập, mạng lưới có 229 thành phố.",
         [("229 thành phố", "total_cities", 229, "exact", "2020-09", None)]),
    ],
)  # fmt: skip
def test_a_members_joining_dates_the_figures_it_governs(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body) == expected


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        ("es", "Tunja en la Red Mundial de Ciudades del Aprendizaje de la UNESCO",
         '"Cuando entramos éramos parte de una red de 229 ciudades", dijo la secretaria.',
         [("229 ciudades", "total_cities", 229, "exact", "2020-09", None)]),
        ("es", "Envigado, ciudad del aprendizaje de la UNESCO",
         "Cuando la ciudad fue admitida, la red reunía 294 ciudades de 76 países.",
         [("294 ciudades", "total_cities", 294, "exact", "2022-09", None),
          ("76 países", "total_countries", 76, "exact", "2022-09", None)]),
        ("en", "Loures and the UNESCO Global Network of Learning Cities",
         "When we joined, the network had 229 members; it now has 425 members.",
         [("229 members", "total_cities", 229, "exact", "2020-09", None),
          ("425 members", "total_cities", 425, "exact", None, None)]),
        ("fr", "Tunja et le Réseau mondial des villes apprenantes de l'UNESCO",
         "Lorsque nous avons rejoint le réseau, il comptait 229 villes.",
         [("229 villes", "total_cities", 229, "exact", "2020-09", None)]),
        ("it", "Fundão nella Rete globale delle città dell'apprendimento dell'UNESCO",
         "Quando il comune ha aderito, la rete contava 356 città.",
         [("356 città", "total_cities", 356, "exact", "2024-02", None)]),
    ],
)  # fmt: skip
def test_we_and_the_city_are_the_pages_own_member(
    language: str, title: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body, title) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # a country is no member: nothing to date by
        ("es", "Cuando Chile ingresó, la red tenía 425 ciudades.",
         [("425 ciudades", "total_cities", 425, "exact", None, None)]),
        # a plural verb: the intake itself, not a city's joining
        ("es", "Cuando entraron 77 ciudades, la red llegó a 294 ciudades.",
         [("77 ciudades", "new_cities", 77, "exact", None, None),
          ("294 ciudades", "total_cities", 294, "exact", None, None)]),
        # a member whose joining the store does not date
        ("pt", "Quando Gondomar aderiu, a rede tinha 115 cidades.",
         [("115 cidades", "total_cities", 115, "exact", None, None)]),
        # a sentence later: not the clause's
        ("en", "When we joined, Tunja was small. The network now has 425 members.",
         [("425 members", "total_cities", 425, "exact", None, None)]),
    ],
)  # fmt: skip
def test_no_member_joining_no_date(language: str, body: str, expected: list[Row]) -> None:
    assert read(language, body) == expected
