"""Italian "nuove ammissioni" count new members ("Con le 55 nuove ammissioni"); French
"en affiche" counts the cities said before ("l'UIL en affiche 292"), also with "ne ...
que" ("il n'en comptait que 115")."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

Row = tuple[str, str, int, str | None]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("it", "Con le 55 nuove ammissioni la rete delle Learning Cities conta 230 città in 64 "
         "Paesi.",
         [("55 nuove ammissioni", "new_cities", 55, None),
          ("230 città", "total_cities", 230, None),
          ("64 Paesi", "total_countries", 64, None)]),
        ("it", "Quest'anno la rete delle Learning Cities registra 72 ammissioni da 46 Paesi.",
         [("72 ammissioni", "new_cities", 72, None), ("46 Paesi", "new_countries", 46, None)]),
        ("fr", "Le réseau des villes apprenantes compte 294 villes membres (l'UIL en affiche 292 "
         "sur certaines de ses pages).",
         [("294 villes membres", "total_cities", 294, None), ("292", "total_cities", 292, None)]),
        ("fr", "Le réseau des villes apprenantes fédère 170 villes. En août 2016, il n'en "
         "comptait que 115.",
         [("170 villes", "total_cities", 170, None), ("115", "total_cities", 115, None)]),
    ],
)  # fmt: skip
def test_admissions_and_clitic_counts(language: str, text: str, expected: list[Row]) -> None:
    found = [
        (m.text, m.metric.value, m.value, m.country)
        for m in find_mentions(read_document(text, "text"), language)
    ]
    assert found == expected
