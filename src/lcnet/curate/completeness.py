"""A country marked complete, and a city added to it: is the new count sourced?

`complete = true` claims that a country's file lists every member it has had. A city
added later keeps the claim only when one of its sources counts the country's members
with the new number (a `country_cities` claim of that value); otherwise the mark is
taken out of the file's text and the reason added to the country's note.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from lcnet.curate.tomltext import basic_string

_COMPLETE = re.compile(r"^complete\s*=\s*true[ \t]*(#[^\n]*)?\n", re.MULTILINE)
_NOTE = re.compile(r'^note\s*=\s*"((?:[^"\\\n]|\\.)*)"[ \t]*\n', re.MULTILINE)


def new_count_is_sourced(root: Path, sources: list[str], code: str, count: int) -> bool:
    """Whether one of `sources` says the country `code` has `count` member cities."""
    for source_id in sources:
        path = root / "sources" / f"{source_id}.toml"
        try:
            claims = tomllib.loads(path.read_text(encoding="utf-8")).get("claim", [])
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue  # a missing or broken source is reported by validation
        for claim in claims if isinstance(claims, list) else []:
            if _counts(claim, code, count):
                return True
    return False


def _counts(claim: object, code: str, count: int) -> bool:
    if not isinstance(claim, dict):
        return False
    return (
        claim.get("metric") == "country_cities"
        and str(claim.get("country", "")).upper() == code.upper()
        and claim.get("value") == count
        and claim.get("qualifier", "exact") == "exact"
    )


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
