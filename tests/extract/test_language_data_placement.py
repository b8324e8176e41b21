"""Language data lives in lcnet.extract.lang, not in the shared extract modules (issue 10).

A language is one data module (src/lcnet/extract/lang/<code>.py) plus tests: someone adding
an eleventh language reads the Language dataclass and fills every field, and cannot know
of words hidden in a shared module. This guard reads every string literal of the shared
modules (src/lcnet/extract/*.py; docstrings and comments are prose and not read) and
counts those that hold a word of a language:

- a letter outside ASCII (accented Latin, Vietnamese, Hangul, Han, Kana, ...), except
  as the end of a range of characters ("\\u3040-ヿ", "가-힣": a script, not a word);
  punctuation and symbols (quotes, dashes, bullets, "。", "、") are no letters;
- at least two different words of the languages' stop word lists (Language.stopwords
  of every language read: "of|the", "(?:y|et|und)").

A module not in DEBT must hold none. DEBT names the modules whose words have not been
moved yet, each with the count it holds today and a reason: the count may only go down
(move a list into a documented Language field, filled in each language's module, and
lower the count here); a module whose count reaches zero leaves DEBT.
"""

from __future__ import annotations

import ast
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from tools.language_fields import fields

from lcnet.extract.lang import CODES, Language, language

SHARED = Path(__file__).resolve().parents[2] / "src" / "lcnet" / "extract"

_LATER = "not moved yet (issue 10); its language fixes land in this module often"
# module: (literals holding a word of a language today, why they are still there)
DEBT: dict[str, tuple[int, str]] = {
    # read before the text's language is known, every language's dateline forms at once (as
    # document.py): moved into Language fields, the first dateline of a one-text check would
    # load every language module (see lcnet.extract._may_name_the_gnlc)
    "datelines.py": (32, "CJK eras and dateline words of every language: " + _LATER),
    "document.py": (2, "CJK numerals and eras read before any language is known"),
    "html.py": (1, "scale words of a headline: " + _LATER),
}

_RANGE = re.compile(r"(?:\\u[0-9a-fA-F]{4}|[^\x00-\x7f])-(?:\\u[0-9a-fA-F]{4}|[^\x00-\x7f])")
_WORD = re.compile(r"[a-z]{2,}")


@cache
def _stopwords() -> frozenset[str]:
    words: set[str] = set()
    for code in CODES:
        words |= {w for w in language(code).stopwords if w.isascii() and w.isalpha()}
    return frozenset(w for w in words if len(w) >= 2)


def holds_language(literal: str) -> bool:
    """Whether a string literal holds a word of a language (see the module's doc)."""
    letters = _RANGE.sub("", literal)
    if any(c > "\x7f" and unicodedata.category(c).startswith("L") for c in letters):
        return True
    return len(set(_WORD.findall(literal.lower())) & _stopwords()) >= 2


def _docstrings(tree: ast.Module) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def language_literals(path: Path) -> list[tuple[int, str]]:
    """(line, literal) of each string literal of `path` that holds a word of a language,
    and of each tuple, list or set of string literals that does together (a list of
    single words: "e", "et", "y", "and", "und")."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    found = [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docs
        and holds_language(node.value)
    ]
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and node.elts:
            words = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            if len(words) == len(node.elts) and all(isinstance(w, str) for w in words):
                joined = " ".join(str(w) for w in words)
                single = not any(holds_language(str(w)) for w in words)
                if joined.islower() and single and holds_language(joined):
                    found.append((node.lineno, joined))
    return found


def _modules() -> list[str]:
    return sorted(p.name for p in SHARED.glob("*.py"))


@pytest.mark.parametrize("module", _modules())
def test_shared_extract_modules_hold_no_words_of_a_language(module: str) -> None:
    found = language_literals(SHARED / module)
    allowed, _reason = DEBT.get(module, (0, ""))
    # Over the count: a list of words was added to shared code. Put it in a documented
    # field of lcnet.extract.lang.Language, fill it in each language's module, read the
    # field here (bound once outside any hot loop).
    assert len(found) <= allowed, [f"{module}:{line}: {text[:60]!r}" for line, text in found]


def test_debt_names_only_modules_that_still_hold_words() -> None:
    """A module emptied of language words leaves DEBT, and no entry names a module that
    is gone: the list says exactly where language data is left."""
    counts = {m: len(language_literals(SHARED / m)) for m in _modules()}
    assert sorted(m for m in DEBT if not counts.get(m)) == []


@pytest.mark.parametrize(
    ("literal", "holds"),
    [
        ("(?:à|a)", True),  # an accented letter
        ("개국", True),  # Hangul
        ("(?:and|y|et|und)", True),  # conjunctions of four languages
        ("of the", True),  # two English stop words
        ("“”«»—。、", False),  # punctuation is no letter
        ("[\\u3040-ヿ]", False),  # a range of a script's letters, not a word
        ("(?P<number>\\d+)\\s*%", False),
        ("the", False),  # one word: a group name or a format may hold one
    ],
)
def test_what_counts_as_a_word_of_a_language(literal: str, holds: bool) -> None:
    assert holds_language(literal) is holds


def test_the_field_checklist_names_every_field() -> None:
    """tools/language_fields.py writes the checklist of every field a new language may
    fill (the section "Every field" of docs/adding-a-language.md is its output): it must
    read every field of Language from the dataclass's source, whatever its form."""
    source = (SHARED / "lang" / "__init__.py").read_text(encoding="utf-8")
    listed = {name for _, rows in fields(source) for name, _, _ in rows}
    assert [f for f in Language._fields if f not in listed] == []
    required = {name for _, rows in fields(source) for name, need, _ in rows if need}
    assert required == {f for f in Language._fields if f not in Language._field_defaults}
