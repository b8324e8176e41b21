"""A total said by a noun of counting, its unit said before it (elliptic.stated_totals):
"Ms. Ryan explained that 229 was the figure at the time" (en s11 minutes) and "14
cidades portuguesas e um total de 229 na rede" (pt s11 newsletter) were lost, no unit
noun following the number. The nouns of counting and their verbs ("the count is", "un
total de", "le chiffre est de", "tocca quota", "die Gesamtzahl beträgt", "con số là")
before a number that ends its clause take the unit said last in the paragraph, when the
number is of a size the network's members (or countries) have had. A noun of counting
with no unit of its own ("the count is 91", read by phrase._count_phrase as the
members') counts the countries when they were said last and the count is smaller than
the network's members have ever been (en s11 news page)."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("en",
     "The 2021 note spoke of a network of 229 cities. Ms. Ryan explained "
     "that 229 was the figure at the time of that note; the network has "
     "grown since.",
     [("229 cities", "total_cities", 229, "exact", None, None),
      ("229", "total_cities", 229, "exact", "2021", None)]),
    ("en",
     "The leaflet of the network still says 294 cities; 425 is now the "
     "official total.",
     [("294 cities", "total_cities", 294, "exact", None, None),
      ("425", "total_cities", 425, "exact", None, None)]),
    ("pt",
     "No ano passado, a página da Comissão indicava ainda 14 cidades "
     "portuguesas e um total de 229 na rede.",
     [("14 cidades portuguesas", "country_cities", 14, "exact", None, "PT"),
      ("229", "total_cities", 229, "exact", None, None)]),
    ("pt", "A rede acolheu 64 novas cidades em 2024, num total de 356.",
     [("64 novas cidades", "new_cities", 64, "exact", "2024", None),
      ("356", "total_cities", 356, "exact", "2024", None)]),
    ("es", "La red sumó 72 nuevas ciudades en diciembre, hasta un total de 425.",
     [("72 nuevas ciudades", "new_cities", 72, "exact", None, None),
      ("425", "total_cities", 425, "exact", None, None)]),
    ("es", "La red sumó 64 nuevas ciudades; la cifra oficial quedó en 356.",
     [("64 nuevas ciudades", "new_cities", 64, "exact", None, None),
      ("cifra oficial quedó en 356", "total_cities", 356, "exact", None, None)]),
    ("fr",
     "Le réseau a accueilli 72 nouvelles villes en décembre ; le chiffre "
     "officiel est de 425.",
     [("72 nouvelles villes", "new_cities", 72, "exact", None, None),
      ("425", "total_cities", 425, "exact", None, None)]),
    ("fr", "Le réseau a accueilli 64 nouvelles villes, pour un total de 356.",
     [("64 nouvelles villes", "new_cities", 64, "exact", None, None),
      ("356", "total_cities", 356, "exact", None, None)]),
    ("it",
     "La rete ha accolto 72 nuove città a dicembre e con loro tocca quota "
     "425.",
     [("72 nuove città", "new_cities", 72, "exact", None, None),
      ("425", "total_cities", 425, "exact", None, None)]),
    ("it", "La rete ha accolto 64 nuove città; il numero ufficiale ammonta a 356.",
     [("64 nuove città", "new_cities", 64, "exact", None, None),
      ("numero ufficiale ammonta a 356", "total_cities", 356, "exact", None, None)]),
    ("de",
     "Das Netzwerk nahm 64 neue Städte auf; die Gesamtzahl beträgt damit "
     "356.",
     [("64 neue Städte", "new_cities", 64, "exact", None, None),
      ("Gesamtzahl beträgt damit 356", "total_cities", 356, "exact", None, None)]),
    ("vi",
     "Mạng lưới kết nạp thêm 64 thành phố mới; con số chính xác hiện nay là "
     "356.",
     [("64 thành phố mới", "new_cities", 64, "exact", None, None),
      ("số chính xác hiện nay là 356", "total_cities", 356, "exact", None, None)]),
    # the countries said last, a count too small for the members: a total of countries
    ("en",
     "The network now spans 91 countries. Zambia the 92nd? No: the official "
     "tally is 91, a UNESCO spokesperson said.",
     [("91 countries", "total_countries", 91, "exact", None, None),
      ("tally is 91", "total_countries", 91, "exact", None, None)]),
    ("en",
     "The network admitted 72 cities from 46 countries; with them the count "
     "is 91.",
     [("72 cities", "new_cities", 72, "exact", None, None),
      ("46 countries", "new_countries", 46, "exact", None, None),
      ("count is 91", "total_countries", 91, "exact", None, None)]),
    ("es", "La red sumó 72 ciudades de 46 países; el número de ahora es de 91.",
     [("72 ciudades", "new_cities", 72, "exact", None, None),
      ("46 países", "new_countries", 46, "exact", None, None),
      ("número de ahora es de 91", "total_countries", 91, "exact", None, None)]),
    ("fr", "Le réseau a accueilli 72 villes de 46 pays ; le total est de 91.",
     [("72 villes", "new_cities", 72, "exact", None, None),
      ("46 pays", "new_countries", 46, "exact", None, None),
      ("total est de 91", "total_countries", 91, "exact", None, None)]),
    ("pt", "A rede acolheu 64 cidades de 35 países, num total de 79.",
     [("64 cidades", "new_cities", 64, "exact", None, None),
      ("35 países", "new_countries", 35, "exact", None, None),
      ("79", "total_countries", 79, "exact", None, None)]),
    # guards: no unit said before it, a year, a size no total has had, a noun after it
    ("en",
     "The committee met twice. Ms. Ryan explained that 229 was the figure at"
     " the time.",
     []),
    ("es", "La red sumó 72 nuevas ciudades en 2025; el total fue de 2025.",
     [("72 nuevas ciudades", "new_cities", 72, "exact", "2025", None)]),
    ("it", "La rete ha accolto 72 nuove città; il numero era di 12.",
     [("72 nuove città", "new_cities", 72, "exact", None, None)]),
    ("en",
     "The network welcomed 72 new cities. Membership is free; the figure is "
     "300 euros for the conference.",
     [("72 new cities", "new_cities", 72, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_total_stated_by_a_noun(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
