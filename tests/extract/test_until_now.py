""" "Until now" with a verb of the past, in the news of an intake: "Jusqu'ici, le réseau
regroupait 292 villes" is the count before the intake, of the text's month (where the
judge accepts the figure of either side of an intake), not a stale figure."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, row

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "fr",
        "Jusqu'ici, le réseau regroupait 292 villes dans 76 pays.",
        [
            ("292 villes", "total_cities", 292, "exact", "2024-02", None),
            ("76 pays", "total_countries", 76, "exact", "2024-02", None),
        ],
    ),
    (
        "it",
        "Finora la rete contava 292 città.",
        [("292 città", "total_cities", 292, "exact", "2024-02", None)],
    ),
    (
        "en",
        "Until now, the network had 292 member cities.",
        [("292 member cities", "total_cities", 292, "exact", "2024-02", None)],
    ),
    (
        "es",
        "Hasta ahora, la red contaba con 292 ciudades.",
        [("292 ciudades", "total_cities", 292, "exact", "2024-02", None)],
    ),
    (
        "de",
        "Bisher zählte das Netzwerk 292 Städte.",
        [("292 Städte", "total_cities", 292, "exact", "2024-02", None)],
    ),
    (
        "fr",  # "so far" with a verb of the present perfect: all so far, now
        "Le réseau a accueilli jusqu'ici 356 villes.",
        [("356 villes", "total_cities", 356, "exact", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), CASES)
def test_until_now_in_the_past_is_the_count_before(
    language: str, body: str, expected: list[Row]
) -> None:
    assert [row(m) for m in mentions(language, body, "2024-02-15")] == expected


def test_without_the_texts_date_it_stays_undated() -> None:
    body = "Jusqu'ici, le réseau regroupait 292 villes."
    assert [row(m) for m in mentions("fr", body)] == [
        ("292 villes", "total_cities", 292, "exact", None, None)
    ]


# "Before this announcement" with a past copula, and the same over a soft line break
BEFORE: list[tuple[str, str, list[Row]]] = [
    ("es", "Chía entra en la red. Antes de este anuncio, las ciudades colombianas de la red"
           " eran ocho.", [("ocho", "country_cities", 8, "exact", "2024-02", "CO")]),
    ("pt", "Braga entra na rede. Até agora,\nas cidades portuguesas eram 14.",
     [("14", "country_cities", 14, "exact", "2024-02", "PT")]),
    ("fr", "Braga rejoint le réseau. Avant cette annonce, les villes portugaises étaient"
           " quatorze.", [("quatorze", "country_cities", 14, "exact", "2024-02", "PT")]),
    ("it", "Braga entra nella rete. Prima di questo annuncio, le città portoghesi erano"
           " quattordici.", [("quattordici", "country_cities", 14, "exact", "2024-02", "PT")]),
    ("en", "Braga joins the network. Before this announcement, Portugal had fourteen member"
           " cities.",
     [("fourteen member cities", "country_cities", 14, "exact", "2024-02", "PT")]),
    ("de", "Braga tritt dem Netzwerk bei. Vor dieser Aufnahme hatte Portugal 14"
           " Mitgliedsstädte.", [("14 Mitgliedsstädte", "country_cities", 14, "exact",
                                  "2024-02", "PT")]),
    ("vi", "Hà Nội gia nhập mạng lưới. Trước đó, Việt Nam có 5 thành viên.",
     [("5 thành viên", "country_cities", 5, "exact", "2024-02", "VN")]),
    ("vi", "Hà Nội là thành phố thứ sáu. Trước đợt công bố này, cả nước có 5 thành phố thành"
           " viên.", [("5 thành phố thành viên", "country_cities", 5, "exact", "2024-02",
                       "VN")]),
    # "so far" in Vietnamese has no tense: the count of the text's day
    ("vi", "Hà Nội gia nhập mạng lưới. Cho đến nay, Việt Nam có 6 thành viên.",
     [("6 thành viên", "country_cities", 6, "exact", None, "VN")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "expected"), BEFORE)
def test_before_this_announcement_is_the_count_before(
    language: str, body: str, expected: list[Row]
) -> None:
    assert [row(m) for m in mentions(language, body, "2024-02-15")] == expected
