"""A figure dated by the sentence before it: a bare "then" beside a verb of counting
("UIL then described 170 members", "la red contaba entonces", "le réseau comptait
alors", "hồi đó"), and "N years later" counted on from the date said before ("A year
later the count had climbed to 229", "Dos años después", "Hai năm sau,")."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

Found = list[tuple[int, str | None]]

CASES: list[tuple[str, str, str, Found]] = [
    (
        "en",
        "In September 2019 a review began. UIL then described 170 members from 53 countries.",
        "2025-10-01",
        [(170, "2019-09"), (53, "2019-09")],
    ),
    ("en", "We joined in 2022. The network had then 294 members.", "2025-10-01", [(294, "2022")]),
    (  # "then" of a sequence: the next step, not the time before
        "en",
        "In 2016 the network had 115 members. It then grew to 356 members.",
        "2025-10-01",
        [(115, "2016"), (356, None)],
    ),
    (
        "en",
        "In September 2019 UIL counted 170 members. A year later the count had climbed to 229.",
        "2025-10-01",
        [(170, "2019-09"), (229, "2020")],
    ),
    (
        "en",
        "In 2020 it had 229 members. Two years later, it had 294 members.",
        "2025-10-01",
        [(229, "2020"), (294, "2022")],
    ),
    (  # no date before it to count on from: the text's own figure
        "en",
        "A year later the network has 425 members.",
        "2026-01-01",
        [(425, None)],
    ),
    (
        "es",
        "La ciudad entró en la red en septiembre de 2022. La red contaba entonces 294 miembros.",
        "2026-02-18",
        [(294, "2022-09")],
    ),
    (  # "desde entonces": since then, up to now
        "es",
        "Se unió en 2020. Desde entonces la red ha crecido hasta 425 ciudades.",
        "2026-02-18",
        [(425, None)],
    ),
    (
        "es",
        "En 2020 la red tenía 229 miembros. Dos años después, eran 294 ciudades miembros.",
        "2026-02-18",
        [(229, "2020"), (294, "2022")],
    ),
    (
        "fr",
        "En septembre 2020, notre commune a rejoint le réseau. Le réseau comptait alors 229 "
        "villes dans 64 pays.",
        "2023-06-15",
        [(229, "2020-09"), (64, "2020-09")],
    ),
    (
        "fr",
        "En 2020, le réseau comptait 229 villes. Deux ans plus tard, il comptait 294 villes.",
        "2023-06-15",
        [(229, "2020"), (294, "2022")],
    ),
    (  # "alors que": whereas, no time
        "fr",
        "Le réseau compte 294 villes, alors que 77 villes l'ont rejoint.",
        "2023-06-15",
        [(294, None), (77, None)],
    ),
    (  # a date in the clause before, in the same sentence
        "en",
        "For comparison, the 2019 round had brought in 38 cities from 23 countries, and UIL "
        "then described 170 active members.",
        "2021-09-25",
        [(38, "2019"), (23, "2019"), (170, "2019")],
    ),
    (
        "es",
        "En 2020 entró Tunja, y en aquel momento la red tenía 229 miembros.",
        "2025-09-25",
        [(229, "2020")],
    ),
    (  # a paragraph that opens with "that year" points back to the paragraph before
        "en",
        "Vinh joined in September 2020.\n\nThat year, UIL admitted 54 new members.",
        "2025-09-25",
        [(54, "2020-09")],
    ),
    (
        "es",
        "Tunja se unió en septiembre de 2020.\n\nEse año, la red sumó 54 nuevas ciudades.",
        "2025-09-25",
        [(54, "2020-09")],
    ),
    (  # "cette année-là" is "that year", not the "cette année" (this year) inside it
        "fr",
        "Lille a rejoint le réseau en février 2024.\n\nCette année-là, le réseau comptait "
        "356 villes.",
        "2025-09-25",
        [(356, "2024-02")],
    ),
    (
        "vi",
        "Ngày 23/9/2020, Vinh được công nhận.\n\nĐợt kết nạp năm ấy có 54 thành phố mới.",
        "2025-09-25",
        [(54, "2020-09-23")],
    ),
    (  # nothing dated before it: the text's own figure
        "en",
        "The network is large.\n\nAt the time, UIL admitted 54 new members.",
        "2025-09-25",
        [(54, None)],
    ),
    (
        "vi",
        "Năm 2020, Vinh gia nhập mạng lưới. Hồi đó mạng lưới có 229 thành viên.",
        "2025-09-25",
        [(229, "2020")],
    ),
    (
        "vi",
        "Năm 2020 mạng lưới có 229 thành viên. Hai năm sau, mạng lưới đạt 294 thành viên.",
        "2025-09-25",
        [(229, "2020"), (294, "2022")],
    ),
    (  # "hai năm sau khi ...": two years after an event, not after the date said before
        "vi",
        "Năm 2020 mạng lưới có 229 thành viên. Hai năm sau khi Vinh gia nhập, mạng lưới "
        "đạt 294 thành viên.",
        "2025-09-25",
        [(229, "2020"), (294, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "date", "expected"), CASES)
def test_a_figure_dated_by_then_or_later(
    language: str, text: str, date: str, expected: Found
) -> None:
    found = [(m.value, m.as_of and str(m.as_of)) for m in mentions(language, text, date)]
    assert found == expected
