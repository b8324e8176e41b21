"""lcnet.render.table_show: `lcnet show` for people: the record's fields (never a Python
repr), then each link, claims as a table of verdicts, prose fields as sentences."""

from __future__ import annotations

import io
from typing import Any

import pytest

from lcnet.render.table_show import print_record, sentence


@pytest.fixture(autouse=True)
def _wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")


VIEW: dict[str, Any] = {
    "kind": "city",
    "id": "vn/hanoi",
    "record": {
        "key": "vn/hanoi",
        "name": "Hanoi",
        "other_names": ["Ha Noi"],
        "left": None,  # empty fields are left out
        "note": "",
        "line": 0,
        "seat": True,
        "evidence": [{"source": "a", "url": None}, {"source": "b", "url": "https://b.example"}],
    },
    "intake": {"id": "2024-02", "date": "2024-02-14"},
    "sources": [{"id": "s1", "publisher": "UNESCO"}],
    "claims": [
        {"claim": "s1#total", "phrase": "356 cities", "verdict": "current", "reason": "it was"}
    ],
    "copied_by": ["x", "y"],
    "supersedes": None,
    "cities": [],
}


def test_a_record_its_fields_and_its_links() -> None:
    stream = io.StringIO()
    print_record(stream, VIEW)
    assert [line.rstrip() for line in stream.getvalue().splitlines()] == [
        "city vn/hanoi",
        "┌─────────────┬────────────────────────────┐",
        "│ key         │ vn/hanoi                   │",
        "│ name        │ Hanoi                      │",
        "│ other_names │ Ha Noi                     │",
        "│ seat        │ yes                        │",
        "│ evidence    │ source ┃ url               │",
        "│             │ ━━━━━━━╇━━━━━━━━━━━━━━━━━━ │",
        "│             │ a      │                   │",
        "│             │ b      │ https://b.example │",
        "└─────────────┴────────────────────────────┘",
        "intake",
        "┌──────┬────────────┐",
        "│ id   │ 2024-02    │",
        "│ date │ 2024-02-14 │",
        "└──────┴────────────┘",
        "sources",
        "┌───────────┬────────┐",
        "│ id        │ s1     │",
        "│ publisher │ UNESCO │",
        "└───────────┴────────┘",
        "claims",
        "┏━━━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━━┓",
        "┃ Claim    ┃ As printed ┃ Verdict ┃ Why     ┃",
        "┡━━━━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━━╇━━━━━━━━━┩",
        "│ s1#total │ 356 cities │ current │ it was. │",
        "└──────────┴────────────┴─────────┴─────────┘",
        "copied by: x, y",
    ]


def test_one_judged_claim_is_a_table_of_one_and_markup_is_shown_as_text() -> None:
    stream = io.StringIO()
    judgement = {"claim": "[b]c[/b]", "phrase": "p", "verdict": "stale", "reason": "old?"}
    print_record(stream, {"kind": "claim", "id": "c", "judgement": judgement})
    lines = stream.getvalue().splitlines()
    assert lines[0] == "claim c"
    assert lines[1].rstrip() == "judgement"
    assert lines[5].rstrip() == "│ [b]c[/b] │ p          │ stale   │ old? │"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("the sums agree", "the sums agree."),
        ("already said.", "already said."),
        ("is it? ", "is it?"),
        ("wow!", "wow!"),
        ("", ""),
    ],
)
def test_prose_fields_end_as_sentences(text: str, shown: str) -> None:
    assert sentence(text) == shown
