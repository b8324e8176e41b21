"""Three forms seen on fresh English and German pages.

- A table's column headed only "Total" ("Gesamt") beside one of newcomers ("Neu"):
  the network's totals and intakes, each row dated by its first cell
  (lcnet.extract.tables, Language.column_heads).
- Two counts after one verb that stands for the pair named before: "... gave the intake
  and the total as 55 and 230; days later it set the figures at 54 and 229"
  (lcnet.extract.respective, Language.respective_anaphora).
- A country's share of an intake named inside the intake's sentence: "54 newcomers from
  27 countries, including A, B and C in Thailand" (lcnet.extract.lists).
"""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer, Place, find_mentions
from tests.extract.titled import titled

Row = tuple[str, int, str | None, str | None]


_CITIES = {
    "chachoengsao": ("th/chachoengsao", "TH", PartialDate(2020, 9)),
    "chiang mai": ("th/chiang-mai", "TH", PartialDate(2020, 9)),
    "phuket": ("th/phuket", "TH", PartialDate(2020, 9)),
    "bangkok": ("th/bangkok", "TH", PartialDate(2024, 2)),
    "khon kaen": ("th/khon-kaen", "TH", PartialDate(2024, 2)),
    "yala": ("th/yala", "TH", PartialDate(2024, 2)),
    "nanjing": ("cn/nanjing", "CN", PartialDate(2024, 2)),
    "suzhou": ("cn/suzhou", "CN", PartialDate(2024, 2)),
    "buan": ("kr/buan", "KR", PartialDate(2024, 2)),
    "hanam": ("kr/hanam", "KR", PartialDate(2024, 2)),
}
PLACES = Gazetteer({name: Place(*place) for name, place in _CITIES.items()})


def read(language: str, body: str, date: str) -> list[Row]:
    page = titled(language, body, date)
    return [(m.metric.value, m.value, m.country, str(m.as_of) if m.as_of else None)
            for m in find_mentions(page, language, places=PLACES)]  # fmt: skip


TABLES: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "| Round | Newcomers | Total |\n|---|---:|---:|\n| July 2019 | 38 | 170 |\n"
        "| February 2024 | 64 | 356 |",
        [
            ("new_cities", 38, None, "2019-07"),
            ("total_cities", 170, None, "2019-07"),
            ("new_cities", 64, None, "2024-02"),
            ("total_cities", 356, None, "2024-02"),
        ],
    ),
    (
        "en",
        "| Year | New | Total |\n|---|---|---|\n| 2022 | 77 | 294 |",
        [("new_cities", 77, None, "2022"), ("total_cities", 294, None, "2022")],
    ),
    (
        "en",
        "| Admission round | Joined | Running total |\n|---|---|---|\n"
        "| September 2020 | 54 | 229 |",
        [("new_cities", 54, None, "2020-09"), ("total_cities", 229, None, "2020-09")],
    ),
    (
        "de",
        "| Aufnahmerunde | Neu | Gesamt |\n|---|---:|---:|\n| Juli 2019 | 38 | 170 |\n"
        "| September 2022 | 77 | 294 |",
        [
            ("new_cities", 38, None, "2019-07"),
            ("total_cities", 170, None, "2019-07"),
            ("new_cities", 77, None, "2022-09"),
            ("total_cities", 294, None, "2022-09"),
        ],
    ),
    (
        "de",
        "| Jahr | Neue Städte | Insgesamt |\n|---|---|---|\n| 2024 | 64 | 356 |",
        [("new_cities", 64, None, "2024"), ("total_cities", 356, None, "2024")],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), TABLES)
def test_a_total_column_beside_a_count_of_members_counts_the_network(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body, "2026-03-01") == expected


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "| Year | Courses | Total |\n|---|---|---|\n| 2022 | 77 | 294 |"),
        ("en", "| Item | Total |\n|---|---|\n| Budget | 294 |"),
        ("de", "| Jahr | Kurse | Gesamt |\n|---|---|---|\n| 2022 | 77 | 294 |"),
    ],
)
def test_a_total_column_alone_counts_nothing(language: str, body: str) -> None:
    assert read(language, body, "2026-03-01") == []


PAIRS: list[tuple[str, str, str, list[Row]]] = [
    (
        "en",
        "2020-10-05",
        "UIL first gave the intake and the total as 55 and 230. Days later it set the "
        "figures at 54 and 229.",
        [
            ("new_cities", 55, None, None),
            ("total_cities", 230, None, None),
            ("new_cities", 54, None, None),
            ("total_cities", 229, None, None),
        ],
    ),
    (
        "en",
        "2024-03-01",
        "Its intake and its membership were announced together; UNESCO put them at 64 and 356.",
        [("new_cities", 64, None, None), ("total_cities", 356, None, None)],
    ),
    (
        "en",
        "2026-01-10",
        "The newcomers and the countries they come from were counted first, and the release "
        "gave both numbers as 72 and 46.",
        [("new_cities", 72, None, None), ("new_countries", 46, None, None)],
    ),
    (
        "de",
        "2021-06-14",
        "Die UNESCO bezifferte Neuzugänge und Gesamtzahl zunächst anders, korrigierte die "
        "Angaben aber wenige Tage später auf 54 und 229.",
        [("new_cities", 54, None, None), ("total_cities", 229, None, None)],
    ),
    (
        "de",
        "2026-01-20",
        "Das Institut gab die Zahl der neuen Mitglieder und ihrer Herkunftsländer mit 72 und "
        "46 an.",
        [("new_cities", 72, None, None), ("new_countries", 46, None, None)],
    ),
    (
        "de",
        "2021-06-14",
        "Neuzugänge und Gesamtzahl wurden gemeldet; das Institut bezifferte sie auf 54 und 229.",
        [("new_cities", 54, None, None), ("total_cities", 229, None, None)],
    ),
]


@pytest.mark.parametrize(("language", "date", "body", "expected"), PAIRS)
def test_words_that_stand_for_a_pair_named_before_count_as_it_does(
    language: str, date: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body, date) == expected


def test_a_pair_of_numbers_with_nothing_named_before_counts_nothing() -> None:
    assert (
        read("en", "The council set the figures at 54 and 229 for its budget.", "2021-01-01") == []
    )


SHARES: list[tuple[str, str, str, list[Row]]] = [
    (
        "en",
        "2020-10-05",
        "The 54 newcomers come from 27 countries, including Chachoengsao, Chiang Mai and "
        "Phuket in Thailand.",
        [
            ("new_cities", 54, None, None),
            ("new_countries", 27, None, None),
            ("new_cities", 3, "TH", None),
        ],
    ),
    (
        "en",
        "2024-02-20",
        "Sixty-four cities joined this week, among them Bangkok, Khon Kaen and Yala in "
        "Thailand, Nanjing and Suzhou in China, and Buan and Hanam in the Republic of Korea.",
        [
            ("new_cities", 64, None, None),
            ("new_cities", 3, "TH", None),
            ("new_cities", 2, "CN", None),
            ("new_cities", 2, "KR", None),
        ],
    ),
    (
        "de",
        "2020-10-05",
        "Unter den 54 neuen Mitgliedern sind etwa Chachoengsao, Chiang Mai und Phuket aus "
        "Thailand.",
        [("new_cities", 54, None, None), ("new_cities", 3, "TH", None)],
    ),
    (
        "de",
        "2021-03-01",
        "Im September 2020 kamen 54 Städte aus 27 Ländern hinzu, darunter Chachoengsao, "
        "Chiang Mai und Phuket in Thailand.",
        [
            ("new_cities", 54, None, "2020-09"),
            ("new_countries", 27, None, "2020-09"),
            ("new_cities", 3, "TH", "2020-09"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "date", "body", "expected"), SHARES)
def test_names_in_an_intakes_sentence_are_their_countrys_share_of_it(
    language: str, date: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body, date) == expected


def test_names_beside_a_total_stay_the_countrys_members() -> None:
    body = (
        "The network, which now has 229 members, includes Chachoengsao, Chiang Mai and "
        "Phuket in Thailand."
    )
    assert read("en", body, "2020-10-05") == [
        ("total_cities", 229, None, None),
        ("country_cities", 3, "TH", None),
    ]


_GERMAN = {
    "gelsenkirchen": ("de/gelsenkirchen", "DE", PartialDate(2016)),
    "hamburg": ("de/hamburg", "DE", PartialDate(2019, 7)),
    "bonn": ("de/bonn", "DE", PartialDate(2020, 9)),
    "dresden": ("de/dresden", "DE", PartialDate(2024, 2)),
    "cork": ("ie/cork", "IE", None),
}
RANKED = Gazetteer({name: Place(*place) for name, place in _GERMAN.items()})


def ranks(language: str, body: str) -> list[tuple[str, int, str | None]]:
    page = titled(language, body, "2024-03-01")
    return [(m.metric.value, m.value, m.country)
            for m in find_mentions(page, language, places=RANKED)]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "body", "value"),
    [
        ("en", "After Gelsenkirchen and Hamburg, Bonn becomes the third.", 3),
        ("en", "After Gelsenkirchen, Hamburg and Bonn, Dresden was the fourth city to join.", 4),
        ("en", "Bonn is the third member, after Gelsenkirchen and Hamburg.", 3),
        ("de", "Nach Gelsenkirchen und Hamburg ist Bonn die dritte Stadt, die beitritt.", 3),
        ("de", "Bonn ist nach Gelsenkirchen und Hamburg die dritte Mitgliedsstadt.", 3),
        ("de", "Dresden ist die vierte – nach Gelsenkirchen, Hamburg und Bonn.", 4),
    ],
)
def test_a_rank_after_named_members_is_their_countrys_count(
    language: str, body: str, value: int
) -> None:
    assert ranks(language, body) == [("country_cities", value, "DE")]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "After Gelsenkirchen and Hamburg, Bonn hosted the third conference."),
        ("en", "After Gelsenkirchen and Hamburg, Bonn is the second."),  # not one more
        ("en", "After Gelsenkirchen and Cork, Bonn becomes the third."),  # two countries
        ("de", "Nach Gelsenkirchen und Hamburg richtet Bonn die dritte Konferenz aus."),
    ],
)
def test_other_ranks_after_names_count_nothing(language: str, body: str) -> None:
    assert ranks(language, body) == []


def dated(language: str, body: str) -> list[tuple[str, int, str | None]]:
    page = titled(language, body, "2026-03-01")
    return [(m.metric.value, m.value, str(m.as_of) if m.as_of else None)
            for m in find_mentions(page, language, places=RANKED)]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "en",
            "When Gelsenkirchen and Hamburg were already members, the network had 170 cities.",
            [("total_cities", 170, "2019-07")],
        ),
        (
            "en",
            "The network had 170 cities in 53 countries when Gelsenkirchen and Hamburg were "
            "already members.",
            [("total_cities", 170, "2019-07"), ("total_countries", 53, "2019-07")],
        ),
        (
            "en",
            "When Gelsenkirchen, Hamburg and Bonn were already in the network, it counted 229 "
            "cities in 64 countries.",
            [("total_cities", 229, "2020-09"), ("total_countries", 64, "2020-09")],
        ),
        (
            "de",
            "Als Gelsenkirchen und Hamburg bereits Mitglieder waren, zählte das Netzwerk 170 "
            "Städte in 53 Ländern.",
            [("total_cities", 170, "2019-07"), ("total_countries", 53, "2019-07")],
        ),
        (
            "de",
            "Das Netzwerk hatte 229 Mitgliedsstädte, als Bonn schon Mitglied war.",
            [("total_cities", 229, "2020-09")],
        ),
        # a member whose joining the store does not date dates nothing, nor is it "now"
        (
            "en",
            "When Cork and Hamburg were already members, the network had 170 cities.",
            [("total_cities", 170, None)],
        ),
    ],
)
def test_a_past_state_of_named_members_dates_by_the_last_of_them_to_join(
    language: str, body: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert dated(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The 72 cities came from 46 countries, 13 of them new to the network."),
        ("en", "The 72 cities came from 46 countries, 13 of which had never had a member before."),
        ("en", "The newcomers came from 46 countries, and 13 of them are new to the network."),
        ("de", "Die 72 Städte kommen aus 46 Ländern, 13 davon neu im Netzwerk."),
        ("de", "Die 72 Städte kommen aus 46 Ländern; 13 davon waren bisher nicht vertreten."),
    ],
)
def test_countries_new_to_the_network_are_first_time_countries(language: str, body: str) -> None:
    found = read(language, body, "2026-01-10")
    assert ("first_time_countries", 13, None, None) in found
    assert ("new_countries", 46, None, None) in found
