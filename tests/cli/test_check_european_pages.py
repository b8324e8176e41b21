"""`lcnet check` on Portuguese, German and Italian pages: verdicts and replacements."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

PAGES = {
    "pt.md": """---
title: Contagem na Rede Global de Cidades de Aprendizagem da UNESCO
date: 2025-12-20
---

A rede conta hoje com mais de 500 cidades em 79 países.
""",
    "de.md": """---
title: Die Stadt im Globalen Netzwerk lernender Städte der UNESCO
date: 2025-12-20
---

Dem Netzwerk gehören über 500 Städte aus 79 Ländern an.
""",
    "it.md": """---
title: Torino nella Rete globale delle città dell'apprendimento dell'UNESCO
date: 2025-12-20
---

La rete conta oggi oltre 500 città in 79 Paesi.
""",
}

EXPECTED = {
    "pt.md": [
        ("mais de 500 cidades", "bound_violated", "425 cidades"),
        ("79 países", "stale", "91 países"),
    ],
    "de.md": [
        ("über 500 Städte", "bound_violated", "425 Städte"),
        ("79 Ländern", "stale", "91 Ländern"),
    ],
    "it.md": [
        ("oltre 500 città", "bound_violated", "425 città"),
        ("79 Paesi", "stale", "91 Paesi"),
    ],
}


@pytest.mark.parametrize("name", PAGES)
def test_a_wrong_figure_gets_a_replacement_in_the_pages_language(name: str) -> None:
    Path(name).write_text(PAGES[name], encoding="utf-8")
    outcome = run_cli("check", name, "--format", "json")
    assert outcome.exit_code == 1
    document = json.loads(outcome.stdout)
    found = [(f["text"], f["verdict"], f["replacement"]) for f in document["figures"]]
    assert found == EXPECTED[name]
    (text,) = document["texts"]
    assert [(p["language"], p["read"]) for p in text["languages"]] == [(name[:2], True)]
