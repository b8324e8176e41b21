"""A figure dated by the joining of a member city its sentence names: "When Sa Dec and
Vinh joined, the network had 229 members" speaks of 23 September 2020 (the store's day
for their intake), not of the text's own date."""

from __future__ import annotations

import pytest

import lcnet
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def store() -> lcnet.Store:
    return lcnet.open_store(today=TODAY)


CASES = [
    ("vi", "Khi Sa Đéc và Vinh gia nhập, mạng lưới mới có 229 thành viên.", "historic"),
    ("vi", "Khi Cao Lãnh được công nhận, mạng lưới có 294 thành viên.", "historic"),
    ("vi", "Khi Vinh gia nhập, mạng lưới đã có 425 thành viên.", "wrong"),  # 2020: 229
    ("en", "When Hanoi joined, the network grew to 425 member cities.", "historic"),
    ("en", "The network had 229 member cities when Vinh joined.", "historic"),
    ("es", "Cuando Quibdó y Tunja se unieron, la red tenía 229 ciudades miembros.", "historic"),
    ("fr", "Lorsque Lille a rejoint le réseau, celui-ci comptait 356 villes membres.", "historic"),
    ("fr", "Quand Brest a rejoint le réseau, il comptait 425 villes membres.", "wrong"),  # 294
    # a city admitted singly in the years of rolling admissions: no accepted total then
    ("es", "Cuando Medellín se unió, la red tenía 170 ciudades miembros.", "unverifiable"),
    # a city the store does not know: the text's own date, and 229 is stale then
    ("en", "When Rivermouth joined, the network had 229 member cities.", "stale"),
]


@pytest.mark.parametrize(("language", "sentence", "verdict"), CASES)
def test_a_figure_is_of_the_day_the_city_it_names_joined(
    store: lcnet.Store, language: str, sentence: str, verdict: str
) -> None:
    text = f"# UNESCO Global Network of Learning Cities\n\n{sentence}\n"
    report = store.check_text(text, date="2026-03-01", kind="markdown", language=language)
    assert [f.verdict for f in report.figures] == [verdict]
