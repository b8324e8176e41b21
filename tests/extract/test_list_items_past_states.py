"""A list's item is a statement of its own: "- Portugal tinha 16 cidades na rede antes da
entrada de Lisboa" under an item "- A rede tinha 115 membros em 2016" was dated 2016 by
its verb of a past state, which pointed back to the item before (a variant sweep); now
it points back within its item only, and the check dates it by the joining it names.
Corrections in Vietnamese are read too ("sau đó được đính chính thành 54": the 54 is the
corrected count, dated with the first release; lcnet.extract.corrected)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, body: str) -> list[tuple[int, str, str | None]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2026-03-10\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.value, m.metric.value, str(m.as_of) if m.as_of else None) for m in found]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("pt", "- A rede tinha 115 membros em 2016.\n- Portugal tinha 16 cidades na rede antes "
               "da entrada de Lisboa.",
         [(115, "total_cities", "2016"), (16, "country_cities", None)]),
        ("es", "1. La red tenía 115 miembros en 2016.\n2. Colombia tenía ocho ciudades en la red "
               "antes de la incorporación de Chía.",
         [(115, "total_cities", "2016"), (8, "country_cities", None)]),
        # within its item, a past state still points back
        ("pt", "- Loures entrou em 2020. A rede tinha 229 cidades.",
         [(229, "total_cities", "2020")]),
        ("pt", "Loures entrou em 2020. A rede tinha 229 cidades.",
         [(229, "total_cities", "2020")]),
    ],
)  # fmt: skip
def test_a_past_state_in_a_list_item(
    language: str, body: str, expected: list[tuple[int, str, str | None]]
) -> None:
    assert read(language, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Thông cáo ban đầu năm 2020 nêu 55 thành phố, sau đó được đính chính thành 54.",
         [(54, "new_cities", "2020")]),
        ("Thông cáo ban đầu nêu 55 thành viên mới và tổng số 230, sau đó được điều chỉnh lại "
         "còn 54 và 229.", [(54, "new_cities", None), (229, "total_cities", None)]),
    ],
)  # fmt: skip
def test_vietnamese_corrections(body: str, expected: list[tuple[int, str, str | None]]) -> None:
    assert read("vi", body) == expected
