"""A fronted "along with": "Along with Bangkok, 71 other cities were admitted", "Zusammen
mit Bangkok wurden 71 weitere Städte aufgenommen" (the sweep: 73, a false alarm). The
names after "along with" and a subject were counted (metric._listed_along), but with the
phrase opening the sentence the others are the subject: Bangkok and 71 others are 72."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES = [
    ("en", "Along with Bangkok, 71 other cities were admitted this month.", 72),
    ("en", "Together with Bangkok, 71 other cities were admitted this month.", 72),
    ("en", "Along with Hue and Hanoi, 70 other cities joined the network.", 72),
    ("de", "Zusammen mit Bangkok wurden in diesem Monat 71 weitere Städte aufgenommen.", 72),
    ("fr", "Aux côtés de Bangkok, 71 autres villes ont été admises.", 72),
    ("es", "Junto con Bangkok, otras 71 ciudades ingresaron a la red.", 72),
    # the subject before "along with" still counts
    ("en", "Hanoi joined along with Hue and 70 other cities.", 72),
]


@pytest.mark.parametrize(("language", "text", "value"), CASES)
def test_a_fronted_along_names_no_other_subject(language: str, text: str, value: int) -> None:
    assert [(m.metric.value, m.value) for m in mentions(language, text)] == [("new_cities", value)]
