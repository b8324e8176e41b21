"""A rank after the members it comes after, said first with their date: "Như vậy, sau Sa
Đéc và Vinh được công nhận hồi tháng 9/2020, Cao Lãnh là thành phố thứ ba của Việt Nam"
was dated September 2020 (the others' joining) and judged wrong where it is the third at
the text's date (vi s12-bao-nghe-an-ttxvn-2022). The date of the members named after
"after" dates them, not the rank (historic._after_others, now also before the rank);
"after its recognition in 2020" and "after the 2020 round" still date the rank."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, date: str, body: str) -> list[tuple[int, str | None]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: {date}\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.value, str(m.as_of) if m.as_of else None) for m in found]


@pytest.mark.parametrize(
    ("language", "date", "body", "expected"),
    [
        ("vi", "2022-09-06", "Như vậy, sau Sa Đéc và Vinh được công nhận hồi tháng 9/2020, Cao "
         "Lãnh là thành phố thứ ba của Việt Nam có tên trong mạng lưới.", [(3, None)]),
        ("es", "2022-09-06", "Después de Medellín, que ingresó en 2018, Envigado es la segunda "
         "ciudad colombiana de la red.", [(2, None)]),
        # the rank's own joining, or a round, still dates it
        ("vi", "2022-09-06", "Sau khi được công nhận năm 2020, Vinh là thành phố thứ hai của "
         "Việt Nam.", [(2, "2020")]),
        ("es", "2022-09-06", "Tras la ronda de 2020, Tunja fue la cuarta ciudad colombiana.",
         [(4, "2020")]),
    ],
)  # fmt: skip
def test_a_rank_after_others_said_first(
    language: str, date: str, body: str, expected: list[tuple[int, str | None]]
) -> None:
    assert read(language, date, body) == expected
