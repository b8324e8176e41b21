"""A country marked complete, and a city added to it: is the new count sourced?

`complete = true` claims that a country's file lists every member it has had. A city
added later keeps the claim only when one of its sources counts the country's members
with the new number (a `country_cities` claim of that value); otherwise the mark is
taken out of the file's text and the reason added to the country's note. The same holds
for an intake listed in `complete_intakes` and a city added with it: the intake stays
listed only when a source counts the country's cities of that intake with the new number
(a `new_cities` claim with that country and intake).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

from lcnet.curate.tomltext import basic_string

_COMPLETE = re.compile(r"^complete\s*=\s*true[ \t]*(#[^\n]*)?\n", re.MULTILINE)
_INTAKES = re.compile(r"^complete_intakes\s*=\s*(\[[^\n]*\])[ \t]*(#[^\n]*)?\n", re.MULTILINE)
_NOTE = re.compile(r'^note\s*=\s*"((?:[^"\\\n]|\\.)*)"[ \t]*\n', re.MULTILINE)


def new_count_is_sourced(root: Path, sources: list[str], code: str, count: int) -> bool:
    """Whether one of `sources` says the country `code` has `count` member cities."""
    return any(_counts(claim, code, count) for claim in _claims_of(root, sources))


def _claims_of(root: Path, sources: list[str]) -> Iterator[dict[str, object]]:
    """The claims of the sources' files, as written (a missing or broken source is
    skipped: validation reports it)."""
    for source_id in sources:
        path = root / "sources" / f"{source_id}.toml"
        try:
            claims = tomllib.loads(path.read_text(encoding="utf-8")).get("claim", [])
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        for claim in claims if isinstance(claims, list) else []:
            if isinstance(claim, dict):
                yield claim


def _counts(
    claim: dict[str, object], code: str, count: int, metric: str = "country_cities"
) -> bool:
    """Whether a written claim gives exactly `count` of `metric` for the country."""
    return (
        claim.get("metric") == metric
        and str(claim.get("country", "")).upper() == code.upper()
        and claim.get("value") == count
        and claim.get("qualifier", "exact") == "exact"
    )


def new_admissions_are_sourced(
    root: Path, sources: list[str], code: str, intake: str, count: int
) -> bool:
    """Whether one of `sources` says the country `code` had `count` new cities at `intake`."""
    return any(
        _counts(claim, code, count, "new_cities") and claim.get("intake") == intake
        for claim in _claims_of(root, sources)
    )


def drop_complete_intake(text: str, intake: str, reason: str, line: int) -> tuple[str, int]:
    """`text` with `intake` taken out of its top-level `complete_intakes` (the key goes
    with its last intake), its note extended with `reason`; `line` moved to match."""
    top_end = text.find("\n[")
    top, rest = (text, "") if top_end < 0 else (text[: top_end + 1], text[top_end + 1 :])
    found = _INTAKES.search(top)
    if found is None:
        return text, line
    kept = [i for i in tomllib.loads(f"x = {found.group(1)}")["x"] if i != intake]
    listed = ", ".join(basic_string(str(i)) for i in kept)
    replaced = f"complete_intakes = [{listed}]\n" if kept else ""
    moved = 0 if kept else -1
    top = top[: found.start()] + replaced + top[found.end() :]
    note = _NOTE.search(top)
    if note is not None:
        top = top[: note.start()] + _extended_note(note.group(1), reason) + top[note.end() :]
    else:
        top = top.rstrip("\n") + f"\nnote = {basic_string(reason)}\n" + ("\n" if rest else "")
        moved += 1
    return top + rest, line + moved


def drop_complete(text: str, reason: str, line: int) -> tuple[str, int]:
    """`text` without its top-level `complete = true`, its note extended with `reason`;
    and `line` (a line after the top) moved by the lines taken out or put in."""
    top_end = text.find("\n[")
    top, rest = (text, "") if top_end < 0 else (text[: top_end + 1], text[top_end + 1 :])
    mark = _COMPLETE.search(top)
    if mark is None:
        return text, line
    note = _NOTE.search(top)
    if note is not None:
        extended = _extended_note(note.group(1), reason)
        top = top[: note.start()] + extended + top[note.end() :]
        top = _COMPLETE.sub("", top, count=1)
        return top + rest, line - 1
    new_note = f"note = {basic_string(reason)}\n"
    top = top[: mark.start()] + new_note + top[mark.end() :]
    return top + rest, line


def _extended_note(written: str, reason: str) -> str:
    old = tomllib.loads(f'note = "{written}"')["note"]
    return f"note = {basic_string(f'{old} {reason}')}\n"
