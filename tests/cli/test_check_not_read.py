"""What lcnet does not read, it says: `language-not-read`, in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lcnet.extract.lang import CODES
from lcnet.extract.langid import language_name
from tests.conftest import run_cli

RUSSIAN = """---
title: Город вступил в сеть
date: 2025-12-20
---

Город вступил в Глобальную сеть обучающихся городов ЮНЕСКО.

Сейчас сеть объединяет 356 городов из 79 стран мира.
"""

FRENCH_AND_ARABIC = """---
title: La ville rejoint le réseau
date: 2025-12-20
---

La ville a rejoint le Réseau mondial des villes apprenantes de l'UNESCO, qui compte
désormais 425 villes dans 91 pays.

تضم الشبكة الآن 425 مدينة من 91 دولة حول العالم.

Le maire a salué l'engagement des associations.
"""

READS = ", ".join(language_name(code) for code in CODES)  # the registered modules
MESSAGE = f"not read: Russian (lines 2-8); its figures were not checked (lcnet reads {READS})"


@pytest.fixture
def pages() -> Path:
    folder = Path.cwd() / "pages"
    folder.mkdir()
    (folder / "ru.md").write_text(RUSSIAN, encoding="utf-8")
    (folder / "fr.md").write_text(FRENCH_AND_ARABIC, encoding="utf-8")
    return Path("pages")


def test_a_page_in_a_language_lcnet_does_not_read_is_a_warning(pages: Path) -> None:
    outcome = run_cli("check", str(pages / "ru.md"))
    assert outcome.exit_code == 0
    assert f"2 warning language-not-read: {MESSAGE}" in " ".join(
        outcome.stdout.split()
    )  # as wrapped
    assert "0 errors, 1 warning, 0 notes" in outcome.stderr


def test_fail_on_warning_fails_on_a_page_lcnet_could_not_read(pages: Path) -> None:
    assert run_cli("check", str(pages / "ru.md"), "--fail-on", "warning").exit_code == 1


def test_json_says_which_languages_were_read_and_which_parts_were_not(pages: Path) -> None:
    outcome = run_cli("check", str(pages), "--format", "json")
    document = json.loads(outcome.stdout)
    languages = {t["path"]: t["languages"] for t in document["texts"]}
    assert languages == {
        "pages/fr.md": [
            {"language": "fr", "name": "French", "read": True, "lines": [[2, 7], [11, 11]]},
            {"language": "ar", "name": "Arabic", "read": False, "lines": [[9, 9]]},
        ],
        "pages/ru.md": [{"language": "ru", "name": "Russian", "read": False, "lines": [[2, 8]]}],
    }
    unread = [
        (f["path"], f["line"], f["severity"], f["key"])
        for f in document["findings"]
        if f["code"] == "language-not-read"
    ]
    assert unread == [
        ("pages/fr.md", 9, "warning", "language-not-read:pages/fr.md:ar"),
        ("pages/ru.md", 2, "warning", "language-not-read:pages/ru.md:ru"),
    ]
    assert [(f["path"], f["text"]) for f in document["figures"]] == [
        ("pages/fr.md", "425 villes"),
        ("pages/fr.md", "91 pays"),
    ]


def test_github_sarif_and_jsonl_carry_the_note(pages: Path) -> None:
    github = run_cli("check", str(pages / "ru.md"), "--format", "github").stdout
    assert f"::warning file=pages/ru.md,line=2,title=language-not-read::{MESSAGE}\n" in github
    sarif = json.loads(run_cli("check", str(pages / "ru.md"), "--format", "sarif").stdout)
    (result,) = sarif["runs"][0]["results"]
    assert (result["ruleId"], result["level"], result["message"]["text"]) == (
        "language-not-read",
        "warning",
        MESSAGE,
    )
    jsonl = run_cli("check", str(pages / "ru.md"), "--format", "jsonl").stdout.splitlines()
    (line,) = [json.loads(row) for row in jsonl]
    assert (line["type"], line["code"], line["line"]) == ("finding", "language-not-read", 2)
