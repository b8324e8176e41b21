"""A count named by its year: "UIL's figure for 2020 was 229 members", "The 2020 count was
229 members", "The 2022 tally: 294 cities in 76 countries", "Le décompte de 2020 faisait
état de 229 villes", "laut der Mitteilung von 2020 insgesamt 229". English, French and
German (for a release, a count or a list) had no word of time before such years, so the
figures were read at the text's date and judged stale (es, it, pt, de and vi read "El
balance de 2020:", "Il bilancio del 2022:" already)."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

NAMED = [
    ("en", "UIL's figure for 2020 was 229 members.", [("229", "2020")]),
    ("en", "The 2020 count was 229 members.", [("229", "2020")]),
    ("en", "The 2022 tally: 294 cities in 76 countries.", [("294", "2022"), ("76", "2022")]),
    ("fr", "Le décompte de 2020 faisait état de 229 villes.", [("229", "2020")]),
    ("fr", "Le bilan de 2016 : 115 villes dans 28 pays.", [("115", "2016"), ("28", "2016")]),
    ("de", "Das Netzwerk hatte laut der Mitteilung von 2020 insgesamt 229 Mitglieder.",
     [("229", "2020")]),
    ("de", "Die Zählung aus dem Jahr 2022 ergab 294 Städte.", [("294", "2022")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), NAMED)
def test_a_count_named_by_its_year_is_of_that_year(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    found = mentions(language, text, "2026-03-01")
    assert [(str(m.value), m.as_of and str(m.as_of)) for m in found] == expected
