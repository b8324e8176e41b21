"""Counts per UNESCO region without their unit, in list or table rows under a line that
names their unit ("New members by region" over "- Africa (16)"): a region's count, an
intake's where the line says "new". Rows under a line that names no unit are left alone."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES

N, T = "new_cities", "total_cities"

Region = tuple[str, str, int, str | None]

CASES: list[tuple[str, str, list[Region]]] = [
    ("en", "## New members by region\n\n- Africa (16)\n- Arab States (9)\n"
     "- Europe and North America – 104\n",
     [("Africa (16)", N, 16, "africa"), ("Arab States (9)", N, 9, "arab-states"),
      ("Europe and North America – 104", N, 104, "europe-north-america")]),
    ("en", "Member cities by region:\n\n* Asia and the Pacific: 120\n"
     "* Latin America and the Caribbean: 40\n",
     [("Asia and the Pacific: 120", T, 120, "asia-pacific"),
      ("Latin America and the Caribbean: 40", T, 40, "latin-america-caribbean")]),
    ("en", "| Region | Members |\n|---|---|\n| Africa | 40 |\n",
     [("Africa | 40 |", T, 40, "africa")]),
    ("de", "### Neue Mitglieder nach Region\n\n- Afrika: 13\n- Arabische Staaten (7)\n",
     [("Afrika: 13", N, 13, "africa"), ("Arabische Staaten (7)", N, 7, "arab-states")]),
    ("fr", "Nouveaux membres par région :\n\n- Afrique (16)\n- États arabes (9)\n",
     [("Afrique (16)", N, 16, "africa"), ("États arabes (9)", N, 9, "arab-states")]),
    ("es", "Nuevos miembros por región:\n\n- África: 16\n- Estados Árabes: 9\n",
     [("África: 16", N, 16, "africa"), ("Estados Árabes: 9", N, 9, "arab-states")]),
    # no unit above: what "Africa (16)" counts is not said
    ("en", "## Regions\n\n- Africa (16)\n- Arab States (9)\n", []),
    ("de", "Die Bevölkerung in Millionen:\n\n- Afrika: 140\n", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "expected"), CASES)
def test_region_rows_count_what_their_heading_names(
    language: str, body: str, expected: list[Region]
) -> None:
    text = f"---\ntitle: {TITLES[language]}\ndate: 2024-03-01\n---\n\n{body}"
    found = find_mentions(read_document(text, "markdown"), language)
    assert [(m.text, m.metric.value, m.value, m.region) for m in found] == expected
