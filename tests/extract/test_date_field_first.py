"""A saved page that opens with its date field, "date 2025-12-05 Hà Nội là ..." or
"date: 2024-02" on its first line (as front matter's date), is of that date, the month
alone too (datelines.dateline): a real page saved so was judged at today's date. Only the
first line, only the word "date" and an ISO date; anything else stays a sentence."""

from __future__ import annotations

import pytest

from lcnet.extract import read_document
from lcnet.extract.datelines import dateline

DATED = [
    (" date 2025-12-05 Il 4 dicembre l'UNESCO ha annunciato 72 nuove città.", "2025-12-05"),
    (" date 2024-02 Au total, 64 villes de 35 pays ont rejoint le réseau.", "2024-02"),
    ("date: 2019-02\n\nSu 205 città della rete, due sono italiane.", "2019-02"),
    ("Date 2026-01-30 Hà Nội đón nhận danh hiệu.", "2026-01-30"),
    ("\n\n  date 2022-09 La città è entrata nella rete.", "2022-09"),
]
UNDATED = [
    "Un texte sans date.\n date 2024-02 plus bas",  # not the first line
    "dates 2020-01 à retenir",  # another word
    "date 2025-13-01 mois impossible",  # no such month
    "date de 2024-02 passée",  # words between
    "Le 5 mai 2024, la ville a rejoint le réseau.",  # a sentence of the story
]


@pytest.mark.parametrize(("text", "date"), DATED)
def test_a_date_field_first_dates_the_text(text: str, date: str) -> None:
    found = dateline(text)
    assert found is not None
    assert found[:2] == ("a date field", date)


@pytest.mark.parametrize("text", UNDATED)
def test_no_date_field_elsewhere(text: str) -> None:
    assert dateline(text) is None


def test_the_document_takes_the_fields_date() -> None:
    document = read_document(" date 2024-02 Au total, 64 villes ont rejoint le réseau.\n", "text")
    assert str(document.date) == "2024-02"
