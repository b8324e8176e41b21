"""Full-width Latin letters, as Japanese papers and PDFs turned to text write them (GNLC,
UNESCO, SDGs in the cases below), are read as the ASCII letters they stand for, as
full-width digits are: the network's abbreviation names it, another programme's
name owns its figures. Full-width punctuation stays as written."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from lcnet.extract.engine import lowered

CASES: list[tuple[str, str, list[tuple[str, str, int]]]] = [
    ("ja", "ＧＮＬＣには７９か国３５６都市が加盟している。",
     [("７９か国", "total_countries", 79), ("３５６都市", "total_cities", 356)]),
    ("ja", "ＵＮＥＳＣＯのＧＮＬＣには３５６都市が加盟している。",
     [("３５６都市", "total_cities", 356)]),
    ("zh", "ＧＮＬＣ目前有３５６个成员城市。", [("３５６个成员城市", "total_cities", 356)]),
    ("ko", "ＧＮＬＣ에는 ３５６개 도시가 가입해 있다.", [("３５６개 도시", "total_cities", 356)]),
    # another programme, named in full-width letters, owns its figure
    ("ja", "ＳＤＧｓ未来都市は全国で１５４都市ある。", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_full_width_letters_are_read_as_ascii(
    language: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    page = read_document(f"---\ndate: 2025-06-01\n---\n\n# News\n\n{text}\n", "markdown")
    found = find_mentions(page, language)
    assert [(m.text, m.metric.value, m.value) for m in found] == expected


def test_lowering_keeps_offsets_and_full_width_punctuation() -> None:
    assert lowered("ＧＮＬＣ，ＵＩＬ：２０２４") == "gnlc，uil：2024"
