"""Two ways a date near a figure does or does not date it: a clause that only sets the time
("Era il settembre 2020, e l'annuncio parlava di 55 nuovi membri") dates the clause after
it; a source that "still says" a figure ("une brochure de 2024 annonce encore 356 villes")
says it today, whatever the date of the source."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, read_titled, row


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("it", "Era il settembre 2020, e l'annuncio parlava di 55 nuovi membri.",
         ("55 nuovi membri", "new_cities", 55, "exact", "2020-09", None)),
        ("fr", "C'était en septembre 2020, et le communiqué parlait de 55 nouveaux membres.",
         ("55 nouveaux membres", "new_cities", 55, "exact", "2020-09", None)),
        ("en", "It was in September 2020, and the release spoke of 55 new members.",
         ("55 new members", "new_cities", 55, "exact", "2020-09", None)),
        ("es", "Fue en septiembre de 2020, y el anuncio hablaba de 55 nuevos miembros.",
         ("55 nuevos miembros", "new_cities", 55, "exact", "2020-09", None)),
        ("it", "Era il 2022, e la rete contava 294 città.",
         ("294 città", "total_cities", 294, "exact", "2022", None)),
    ],
)  # fmt: skip
def test_a_clause_that_only_sets_the_time_dates_the_next(
    language: str, body: str, expected: Row
) -> None:
    assert read_titled(language, body) == [expected]


def test_a_clause_that_says_more_than_the_time_keeps_its_date() -> None:
    rows = read_titled("en", "Hue joined in September 2020, and the network has 229 cities.")
    assert rows[-1] == ("229 cities", "total_cities", 229, "exact", None, None)


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "Une brochure imprimée en 2024 annonce encore 356 villes membres.",
         ("356 villes membres", "total_cities", 356, "exact", None, None)),
        ("it", "Un opuscolo stampato nel 2024 riporta ancora 356 città.",
         ("356 città", "total_cities", 356, "exact", None, None)),
        ("en", "A leaflet printed in 2024 still says 356 member cities.",
         ("356 member cities", "total_cities", 356, "exact", None, None)),
        ("es", "Un folleto impreso en 2024 todavía habla de 356 ciudades miembro.",
         ("356 ciudades miembro", "total_cities", 356, "exact", None, None)),
        ("pt", "Um folheto impresso em 2024 ainda fala de 356 cidades-membro.",
         ("356 cidades-membro", "total_cities", 356, "exact", None, None)),
    ],
)  # fmt: skip
def test_a_source_that_still_says_a_figure_says_it_today(
    language: str, body: str, expected: Row
) -> None:
    assert read_titled(language, body) == [expected]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "En 2021, le réseau comptait encore 229 villes.",
         ("229 villes", "total_cities", 229, "exact", "2021", None)),
        ("it", "Nel 2021 la rete contava ancora 229 città.",
         ("229 città", "total_cities", 229, "exact", "2021", None)),
        ("en", "In 2021 the network still had 229 cities.",
         ("229 cities", "total_cities", 229, "exact", "2021", None)),
    ],
)  # fmt: skip
def test_still_without_a_source_keeps_the_date(language: str, body: str, expected: Row) -> None:
    assert read_titled(language, body) == [expected]


# A change log's entry (b11 open-data page): the entry's date leads the item, the date
# its words set comes nearer the figure and is the figure's ("14.03.2023 - Stand September
# 2022: 294 Städte" is of September 2022, not of the day the entry was written).
@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("de", "- **14.03.2023** – Stand September 2022: 294 Städte weltweit.",
         ("294 Städte weltweit", "total_cities", 294, "exact", "2022-09", None)),
        ("de", "* 14.03.2023 · Stand September 2022: 294 Städte weltweit.",
         ("294 Städte weltweit", "total_cities", 294, "exact", "2022-09", None)),
        ("en", "- **14/03/2023** – As of September 2022: 294 cities worldwide.",
         ("294 cities", "total_cities", 294, "exact", "2022-09", None)),
        ("fr", "- **14.03.2023** – En septembre 2022 : 294 villes dans le monde.",
         ("294 villes", "total_cities", 294, "exact", "2022-09", None)),
        ("es", "- **14.03.2023** – En septiembre de 2022: 294 ciudades en el mundo.",
         ("294 ciudades", "total_cities", 294, "exact", "2022-09", None)),
        ("it", "- **14.03.2023** – Nel settembre 2022: 294 città nel mondo.",
         ("294 città", "total_cities", 294, "exact", "2022-09", None)),
        ("pt", "- **14.03.2023** – Em setembro de 2022: 294 cidades no mundo.",
         ("294 cidades", "total_cities", 294, "exact", "2022-09", None)),
    ],
)  # fmt: skip
def test_an_entrys_own_date_yields_to_the_date_its_words_set(
    language: str, body: str, expected: Row
) -> None:
    assert read_titled(language, body) == [expected]


def test_an_entry_that_says_more_than_the_time_keeps_no_date_of_it() -> None:
    # words besides the time before the colon: not a setting ("Bonn joined")
    rows = read_titled("de", "- **14.03.2023** – Bonn trat im September 2022 bei: 294 Städte.")
    assert rows[-1][4] != "2022-09"


# A clause of time after a relative time tells when that time was, it is no aside of
# another event (s11 university page: "Three years ago, when the first large list was
# published in August 2016, it stood at 115 members" was dated 2016, not August 2016).
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Three years ago, when the first large list was published in August 2016, it stood"
         " at 115 members.", ("115 members", "total_cities", 115, "exact", "2016-08", None)),
        ("Two years ago, when the network met in September 2017, it had 180 members.",
         ("180 members", "total_cities", 180, "exact", "2017-09", None)),
    ],
)  # fmt: skip
def test_a_clause_of_time_after_a_relative_time_dates_the_figure(body: str, expected: Row) -> None:
    assert [row(m) for m in mentions("en", body, "2019-08-20")] == [expected]


def test_an_aside_of_another_event_keeps_its_date_to_itself() -> None:
    text = "The application, submitted in late 2021, was approved with 77 cities."
    assert [row(m) for m in mentions("en", text, "2022-09-10")] == [
        ("77 cities", "new_cities", 77, "exact", None, None)
    ]


# "Before the February round": the month before that round, also in a German compound
# ("vor der Februarrunde"), and a "now" past the comma is the next clause's (variant
# sweep: "Vor der Februarrunde waren es 294 Mitglieder, nun sind es 356" judged 294
# stale, a false alarm).
@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("de", "Vor der Februarrunde waren es 294 Mitglieder, nun sind es 356.",
         ("294 Mitglieder", "total_cities", 294, "exact", "2024-01", None)),
        ("de", "Vor der Februarrunde zählte das Netzwerk 294 Mitglieder.",
         ("294 Mitglieder", "total_cities", 294, "exact", "2024-01", None)),
        ("de", "Vor der Aufnahmerunde im Februar zählte das Netzwerk 294 Mitglieder.",
         ("294 Mitglieder", "total_cities", 294, "exact", "2024-01", None)),
        ("de", "Bis zur Februarrunde hatte das Netzwerk 294 Mitglieder.",
         ("294 Mitglieder", "total_cities", 294, "exact", "2024-01", None)),
        ("en", "Before the February round there were 294 members, now there are 356.",
         ("294 members", "total_cities", 294, "exact", "2024-01", None)),
        ("en", "Until the February round the network had 294 members.",
         ("294 members", "total_cities", 294, "exact", "2024-01", None)),
        ("en", "Before the intake of February the network had 294 members.",
         ("294 members", "total_cities", 294, "exact", "2024-01", None)),
    ],
)  # fmt: skip
def test_before_a_months_round_is_the_month_before(
    language: str, body: str, expected: Row
) -> None:
    assert row(mentions(language, body, "2024-06-12")[0]) == expected
