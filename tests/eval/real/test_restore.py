"""restore.py on a made-up page: labels -> contexts -> labels again, also re-wrapped."""

from __future__ import annotations

import json
from pathlib import Path

from tests.eval.labels import load_page
from tests.eval.real.restore import (
    MANIFEST,
    MAX_WORDS,
    find,
    labels_for,
    manifest_entry,
    restore,
    shortest_context,
    words,
)

PAGE = (
    "Harbourtown joins the learning cities\n"
    "The network now has 425 members in 91 countries.\n"
    "Harbourtown has 425 streets and 91 parks.\n"
    "两年前网络有356个城市，现在有425个城市。\n"
)
LABELS = {
    "language": "en",
    "date": "2025-12-10",
    "date_in_page": False,
    "notes": "made up",
    "figures": [
        {"line": 2, "number": "425", "metric": "total_cities", "value": 425,
         "qualifier": "exact", "country": None, "region": None, "as_of": None,
         "verdict": "current", "why": "total after Dec 2025"},
        {"line": 4, "number": "425", "metric": "total_cities", "value": 425,
         "qualifier": "exact", "country": None, "region": None, "as_of": None,
         "verdict": "current", "why": "the same in Chinese"},
    ],
    "distractors": [{"line": 3, "number": "91", "why": "parks"}],
}  # fmt: skip


def _page(tmp_path: Path, text: str = PAGE) -> Path:
    page = tmp_path / "en" / "blind" / "made-up-harbourtown-2025.txt"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(text, encoding="utf-8")
    return page


def test_words_split_cjk_characters_and_keep_latin_runs() -> None:
    assert words("有425个 city") == [(0, 1), (1, 4), (4, 5), (6, 10)]


def test_shortest_context_is_the_shortest_unique_run_around_the_number() -> None:
    line = "The network now has 425 members in 91 countries."
    assert shortest_context(PAGE, 2, line.index("425"), "425") == {"context": "425 members"}
    cjk = "两年前网络有356个城市，现在有425个城市。"
    assert shortest_context(PAGE, 4, cjk.index("425"), "425") == {"context": "有425"}


def test_a_line_the_page_repeats_is_told_apart_by_which_writing_it_is() -> None:
    text = "a b c d e f g h i j k l 5 m\n" * 2
    assert shortest_context(text, 2, 24, "5") == {"context": "c d e f g h i j k l 5 m", "at": 2}
    assert find(text, "c d e f g h i j k l 5 m", "5", at=2) == (2, None)


def test_find_gives_the_line_and_the_occurrence_on_it() -> None:
    text = "x\n425 or 425 cities\n"
    assert find(text, "or 425 cities", "425") == (2, 2)
    assert find(PAGE, "has 425 members", "425") == (2, None)


def test_manifest_and_restore_give_back_the_same_labels(tmp_path: Path) -> None:
    page = _page(tmp_path)
    entry = manifest_entry(page, LABELS, {"url": "https://example.org/x", "published": None})
    assert [f["context"] for f in entry["figures"]] == ["425 members", "有425"]
    assert entry["distractors"][0]["context"] == "and 91"
    assert "line" not in json.dumps(entry)
    assert labels_for(entry, PAGE) == LABELS


def test_restore_finds_contexts_in_a_page_saved_again_with_other_line_ends(
    tmp_path: Path,
) -> None:
    entry = manifest_entry(_page(tmp_path), LABELS, {"url": None, "published": None})
    resaved = _page(tmp_path / "again", PAGE.replace("425 members", "425\nmembers"))
    written, problems = restore(tmp_path / "again", [entry])
    assert (written, problems) == ([resaved.with_name(resaved.name + ".labels.json")], [])
    restored = load_page(resaved)
    assert [(f.spot.line, f.number) for f in restored.figures] == [(2, "425"), (5, "425")]
    assert [d.spot.line for d in restored.distractors] == [4]


def test_restore_reports_missing_pages_and_lost_contexts(tmp_path: Path) -> None:
    entry = manifest_entry(_page(tmp_path), LABELS, {"url": None, "published": None})
    _page(tmp_path / "edited", PAGE.replace("425 members", "426 members"))
    nowhere = tmp_path / "nowhere"
    missing = f"made-up-harbourtown-2025: no made-up-harbourtown-2025.txt under {nowhere}"
    assert restore(nowhere, [entry]) == ([], [missing])
    written, problems = restore(tmp_path / "edited", [entry])
    assert written == []
    assert problems == [
        'made-up-harbourtown-2025: context "425 members" is written 0 times in the page'
    ]


def test_the_committed_manifest_keeps_no_lines_and_no_run_over_twelve_words() -> None:
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    entries = [e for page in manifest for e in (*page["figures"], *page["distractors"])]
    assert entries
    assert all("line" not in e and "occurrence" not in e for e in entries)
    assert max(len(words(e["context"])) for e in entries) <= MAX_WORDS
    assert len({page["name"] for page in manifest}) == len(manifest)
