"""Applications counted in French and Italian as in Spanish and Portuguese: "72
candidatures", "72 candidature" are a unit (Language.units); accepted, they are the
intake ("72 candidatures ont été retenues", "sono state accolte 72 candidature"),
otherwise the applicants; so are pt and es "foram aceites 72 candidaturas", "fueron
aceptadas 72 candidaturas" (the acceptance first). A quota of applications "par appel",
"per bando", "por convocatoria", "por convocatória" is no figure (quota_cues)."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES = [
    ("fr", "Cette année, 72 candidatures ont été retenues.", [("new_cities", 72)]),
    ("fr", "Cette année, 72 candidatures ont été déposées.", [("candidate_cities", 72)]),
    ("fr", "Le réseau a reçu 120 candidatures.", [("candidate_cities", 120)]),
    ("it", "Quest'anno sono state accolte 72 candidature.", [("new_cities", 72)]),
    ("it", "Quest'anno sono state presentate 72 candidature.", [("candidate_cities", 72)]),
    ("it", "La rete ha ricevuto 120 candidature.", [("candidate_cities", 120)]),
    ("pt", "Este ano foram aceites 72 candidaturas.", [("new_cities", 72)]),
    ("pt", "Este ano foram entregues 72 candidaturas.", [("candidate_cities", 72)]),
    ("es", "Este año fueron aceptadas 72 candidaturas.", [("new_cities", 72)]),
    ("es", "Este año fueron presentadas 72 candidaturas.", [("candidate_cities", 72)]),
    ("fr", "La Commission n'appuie que trois candidatures par appel.", []),
    ("it", "La Commissione sostiene solo tre candidature per bando.", []),
    ("es", "La Comisión solo respalda tres candidaturas por convocatoria.", []),
    ("pt", "A Comissão só apoia três candidaturas por convocatória.", []),
]


@pytest.mark.parametrize(("language", "body", "expected"), CASES)
def test_applications_counted(language: str, body: str, expected: list[tuple[str, int]]) -> None:
    found = [(m.metric.value, m.value) for m in mentions(language, body, "2025-12-10")]
    assert found == expected
