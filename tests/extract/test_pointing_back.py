"""Words that date a figure by what was said before it: a bare "then" before a verb,
"damals" after a clause dated in the same sentence, "(Stand 2021)"; and a verb of
joining in a clause a semicolon closes is not the figure's."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "In September 2022 the network had reached 294 members. UIL then listed 76 countries.",
        [
            ("294 members", "total_cities", 294, "exact", "2022-09", None),
            ("76 countries", "total_countries", 76, "exact", "2022-09", None),
        ],
    ),
    (  # another verb, and a year only
        "en",
        "Doha, Al Daayen and Al Rayyan were admitted in 2022. The commission then counted"
        " 229 cities.",
        [("229 cities", "total_cities", 229, "exact", "2022", None)],
    ),
    (  # "then had": both figures of the sentence
        "en",
        "In 2019 Dublin joined. The network then had 170 members in 53 countries.",
        [
            ("170 members", "total_cities", 170, "exact", "2019", None),
            ("53 countries", "total_countries", 53, "exact", "2019", None),
        ],
    ),
    (  # after a semicolon: dated by the clause before, and no intake of its own
        "en",
        "In 2019 Dublin joined; UIL then described 170 members.",
        [("170 members", "total_cities", 170, "exact", "2019", None)],
    ),
    (  # a country's count after a clause of joining
        "en",
        "Doha, Al Daayen and Al Rayyan were admitted in September 2022; the commission then"
        " spoke of six Qatari members.",
        [("six Qatari members", "country_cities", 6, "exact", "2022-09", "QA")],
    ),
    (  # "since then" reaches to today
        "en",
        "In 2019 Dublin joined. Since then the network has grown to 425 cities.",
        [("425 cities", "total_cities", 425, "exact", None, None)],
    ),
    (
        "de",
        "Bei der Runde im Februar 2024 kamen 64 Städte hinzu; das Netzwerk zählte damals"
        " 356 Mitglieder.",
        [
            ("64 Städte", "new_cities", 64, "exact", "2024-02", None),
            ("356 Mitglieder", "total_cities", 356, "exact", "2024-02", None),
        ],
    ),
    (  # "damals" after a comma
        "de",
        "Im Jahr 2022 trat Bonn bei, damals hatte das Netzwerk 294 Mitglieder.",
        [("294 Mitglieder", "total_cities", 294, "exact", "2022", None)],
    ),
    (
        "de",
        "Unsere Broschüre (Stand 2021) nennt 229 Mitglieder.",
        [("229 Mitglieder", "total_cities", 229, "exact", "2021", None)],
    ),
    (  # a status line without a date dates nothing
        "de",
        "Das Netzwerk (Stand: heute) zählt 425 Mitglieder.",
        [("425 Mitglieder", "total_cities", 425, "exact", None, None)],
    ),
    (  # "heute" after a dated clause: current
        "de",
        "Seit 2022 ist Bonn dabei; heute zählt das Netzwerk 425 Mitglieder.",
        [("425 Mitglieder", "total_cities", 425, "exact", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_dated_by_what_came_before(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
