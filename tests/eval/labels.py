"""The corpus's pages and their labels: reading them, and checking their format.

Nothing here runs lcnet's engine: `check_labels` validates a label file against its page
(the schema, and that each labelled number is written on its line), so that blind pages
can be checked while they are written, before lcnet ever reads them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

EVAL = Path(__file__).parent
PAGES = EVAL / "pages"
SPLITS = ("dev", "blind")
PAGE_SUFFIXES = (".md", ".html", ".txt")
LABELS_SUFFIX = ".labels.json"

METRICS = (
    "total_cities",
    "total_countries",
    "citizens",
    "new_cities",
    "new_countries",
    "first_time_countries",
    "new_capitals",
    "country_cities",
    "candidate_cities",
)
QUALIFIERS = ("exact", "more_than", "at_least", "about", "nearly", "fewer_than", "at_most")
REGIONS = (
    "africa",
    "arab-states",
    "asia-pacific",
    "europe-north-america",
    "latin-america-caribbean",
)
FINE = frozenset({"current", "bound_ok", "historic"})
# A superseded figure (one its publisher corrected, the 2020 release's 230) is outdated
# like a stale one: a text that repeats it should change.
FLAGGED = frozenset({"stale", "wrong", "bound_violated", "superseded"})
VERDICTS = (*sorted(FINE), *sorted(FLAGGED), "unverifiable")

_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_FIGURE_FIELDS = {
    "line": True,
    "number": True,
    "metric": True,
    "value": True,
    "qualifier": True,
    "country": True,
    "region": True,
    "as_of": True,
    "verdict": True,
    "why": True,
    "occurrence": False,
}
_DISTRACTOR_FIELDS = {"line": True, "number": True, "why": True, "occurrence": False}
_PAGE_FIELDS = {
    "language": True,
    "date": True,
    "date_in_page": True,
    "notes": True,
    "figures": True,
    "distractors": True,
    "metadata": False,
}


class Spot(NamedTuple):
    """Where a labelled number is written: 1-based line, columns in characters, the
    end exclusive (as lcnet reports positions)."""

    line: int
    column: int
    end_column: int


class Figure(NamedTuple):
    spot: Spot
    number: str
    metric: str
    value: int
    qualifier: str
    country: str | None
    region: str | None
    as_of: str | None
    verdict: str
    why: str

    @property
    def verdict_class(self) -> str:
        return verdict_class(self.verdict)


class Distractor(NamedTuple):
    spot: Spot
    number: str
    why: str


class Page(NamedTuple):
    path: Path
    language: str
    split: str
    date: str
    date_in_page: bool
    notes: str
    figures: tuple[Figure, ...]
    distractors: tuple[Distractor, ...]
    # Figures stated only in metadata (front matter, HTML <head>): not scored. lcnet may
    # read or skip metadata; a report of one is neither a hit nor a false positive.
    metadata: tuple[Figure, ...] = ()

    @property
    def name(self) -> str:
        """The page as reports name it: its path under pages/."""
        if self.path.is_relative_to(PAGES):
            return self.path.relative_to(PAGES).as_posix()
        return "/".join(self.path.parts[-3:])  # LANG/split/PAGE of another --root


class LabelError(Exception):
    """A label file that does not follow the format, with where and why."""


def verdict_class(verdict: str) -> str:
    """fine, flagged, or other (unverifiable, superseded)."""
    if verdict in FINE:
        return "fine"
    if verdict in FLAGGED:
        return "flagged"
    return "other"


def page_files(
    languages: tuple[str, ...] | None = None, splits: tuple[str, ...] = SPLITS, root: Path = PAGES
) -> Iterator[Path]:
    """The pages of the corpus, in a stable order: by language, split, then name."""
    if not root.is_dir():
        return
    for language_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        if languages is not None and language_dir.name not in languages:
            continue
        for split in splits:
            folder = language_dir / split
            if folder.is_dir():
                yield from sorted(p for p in folder.iterdir() if p.suffix in PAGE_SUFFIXES)


def labels_path(page: Path) -> Path:
    return page.with_name(page.name + LABELS_SUFFIX)


def load_page(path: Path) -> Page:
    """A page and its labels; LabelError naming the file for anything out of format."""
    where = labels_path(path)
    if not where.is_file():
        raise LabelError(f"{where}: missing (every page has a label file)")
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise LabelError(f"{where}: not JSON: {error}") from None
    lines = page_lines(path)
    problems: list[str] = []
    page = _page(path, data, lines, problems)
    if problems:
        raise LabelError("\n".join(f"{where}: {p}" for p in problems))
    assert page is not None
    return page


def check_labels(paths: list[Path]) -> list[str]:
    """Every problem of every label file (and stray label files without a page)."""
    problems: list[str] = []
    for path in paths:
        try:
            load_page(path)
        except LabelError as error:
            problems.extend(str(error).splitlines())
    return problems


def stray_labels(root: Path = PAGES) -> list[Path]:
    """Label files whose page is missing."""
    strays = []
    for labels in sorted(root.rglob("*" + LABELS_SUFFIX)):
        page = labels.with_name(labels.name.removesuffix(LABELS_SUFFIX))
        if not page.is_file():
            strays.append(labels)
    return strays


def page_lines(path: Path) -> list[str]:
    """The page's lines as lcnet numbers them: split at "\\n" only, "\\r\\n" as "\\n"."""
    text = path.read_text(encoding="utf-8").removeprefix("\ufeff")
    return [line.removesuffix("\r") for line in text.split("\n")]


def locate(number: str, line_text: str, occurrence: int | None) -> tuple[int, int] | str:
    """Columns (1-based, end exclusive) of the number on its line, or why not."""
    starts = list(occurrences(number, line_text))
    if not starts:
        return f'"{number}" is not written on the line'
    if occurrence is None:
        if len(starts) > 1:
            return f'"{number}" is written {len(starts)} times on the line; add "occurrence"'
        occurrence = 1
    if not 1 <= occurrence <= len(starts):
        return f'"{number}" is written {len(starts)} times on the line, not {occurrence}'
    start = starts[occurrence - 1]
    return start + 1, start + 1 + len(number)


def occurrences(number: str, text: str) -> Iterator[int]:
    """Offsets where `number` is written as a whole: "42" is not in "425" nor in "1,42"."""
    if not number:
        return
    start = text.find(number)
    while start >= 0:
        if _whole(text, start, start + len(number)):
            yield start
        start = text.find(number, start + 1)


def _whole(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if text[start].isdigit():
        if before.isdigit() or (before in (".", ",") and text[start - 2 : start - 1].isdigit()):
            return False
        # Letters may follow digits: "38개", "200mila", "425th".
        return not (after.isdigit() or (after in (".", ",") and text[end + 1 : end + 2].isdigit()))
    # A number in words: no letters glued to it, nor a hyphen before it ("six" is not in
    # "sixty-six"; "three" is in "three-day"), except in scripts written without spaces.
    return not (_spaced_letter(before) or _spaced_letter(after) or before == "-")


def _spaced_letter(char: str) -> bool:
    return bool(char) and (char.isalpha() or char.isdigit()) and _spaced(char)


def _spaced(char: str) -> bool:
    """Whether the character's script separates words with spaces (not CJK, kana)."""
    name = unicodedata.name(char, "")
    return not name.startswith(("CJK", "HIRAGANA", "KATAKANA"))


# --------------------------------------------------------------------------- schema


def _page(path: Path, data: Any, lines: list[str], problems: list[str]) -> Page | None:
    if not isinstance(data, dict):
        problems.append("the file must hold one JSON object")
        return None
    _fields(data, _PAGE_FIELDS, "the page", problems)
    language = data.get("language")
    if not isinstance(language, str) or not re.fullmatch(r"[a-z]{2}", language):
        problems.append('"language": an ISO 639-1 code such as "en"')
        language = ""
    folder_language, split = path.parent.parent.name, path.parent.name
    if language and folder_language != language and path.is_relative_to(PAGES):
        problems.append(f'"language" is "{language}" but the page is under {folder_language}/')
    date = data.get("date")
    if not isinstance(date, str) or not _DATE.match(date):
        problems.append('"date": YYYY, YYYY-MM or YYYY-MM-DD')
        date = ""
    if not isinstance(data.get("date_in_page"), bool):
        problems.append('"date_in_page": true or false')
    if not isinstance(data.get("notes", ""), str):
        problems.append('"notes": a string')
    figures = _entries(data, "figures", lines, problems, _figure)
    distractors = _entries(data, "distractors", lines, problems, _distractor)
    metadata = _entries(data, "metadata", lines, problems, _figure) if "metadata" in data else []
    _no_double_labels([*figures, *metadata], distractors, problems)
    return Page(
        path,
        language,
        split,
        date,
        data.get("date_in_page") is True,
        str(data.get("notes", "")),
        tuple(f for f in figures if isinstance(f, Figure)),
        tuple(d for d in distractors if isinstance(d, Distractor)),
        tuple(f for f in metadata if isinstance(f, Figure)),
    )


def _entries(
    data: dict[str, Any],
    key: str,
    lines: list[str],
    problems: list[str],
    make: Any,
) -> list[Any]:
    entries = data.get(key)
    if not isinstance(entries, list):
        problems.append(f'"{key}": a list')
        return []
    made = []
    for index, entry in enumerate(entries, start=1):
        where = f"{key}[{index}]"
        if not isinstance(entry, dict):
            problems.append(f"{where}: an object")
            continue
        before = len(problems)
        spot = _spot(entry, lines, where, problems)
        item = make(entry, spot, where, problems)
        if len(problems) == before and item is not None:
            made.append(item)
    return made


def _spot(entry: dict[str, Any], lines: list[str], where: str, problems: list[str]) -> Spot:
    line, number, occurrence = entry.get("line"), entry.get("number"), entry.get("occurrence")
    if not isinstance(line, int) or isinstance(line, bool) or not 1 <= line <= len(lines):
        problems.append(f'{where}: "line" must be a line of the page (1 to {len(lines)})')
        return Spot(0, 0, 0)
    if not isinstance(number, str) or not number.strip():
        problems.append(f'{where}: "number" must be the number as written')
        return Spot(line, 0, 0)
    if occurrence is not None and (not isinstance(occurrence, int) or occurrence < 1):
        problems.append(f'{where}: "occurrence" must be 1 or more')
        return Spot(line, 0, 0)
    found = locate(number, lines[line - 1], occurrence)
    if isinstance(found, str):
        problems.append(f"{where} (line {line}): {found}")
        return Spot(line, 0, 0)
    return Spot(line, *found)


def _figure(entry: dict[str, Any], spot: Spot, where: str, problems: list[str]) -> Figure | None:
    _fields(entry, _FIGURE_FIELDS, where, problems)
    checks = (
        (entry.get("metric") in METRICS, f'"metric": one of {", ".join(METRICS)}'),
        (_count(entry.get("value")), '"value": a whole number, 0 or more'),
        (entry.get("qualifier") in QUALIFIERS, f'"qualifier": one of {", ".join(QUALIFIERS)}'),
        (_optional(entry.get("country"), _COUNTRY), '"country": an alpha-2 code or null'),
        (entry.get("region") is None or entry.get("region") in REGIONS, '"region": a region'),
        (_optional(entry.get("as_of"), _DATE), '"as_of": YYYY[-MM[-DD]] or null'),
        (entry.get("verdict") in VERDICTS, f'"verdict": one of {", ".join(VERDICTS)}'),
        (isinstance(entry.get("why"), str) and entry["why"].strip(), '"why": say why'),
    )
    failed = [message for ok, message in checks if not ok]
    problems.extend(f"{where}: {message}" for message in failed)
    if entry.get("metric") == "country_cities" and entry.get("country") is None:
        problems.append(f'{where}: a country_cities figure names its "country"')
    if entry.get("verdict") == "historic" and entry.get("as_of") is None:
        problems.append(f'{where}: a "historic" figure says when it held ("as_of")')
    if failed:
        return None
    return Figure(
        spot,
        entry["number"],
        entry["metric"],
        entry["value"],
        entry["qualifier"],
        entry["country"],
        entry["region"],
        entry["as_of"],
        entry["verdict"],
        entry["why"],
    )


def _distractor(
    entry: dict[str, Any], spot: Spot, where: str, problems: list[str]
) -> Distractor | None:
    _fields(entry, _DISTRACTOR_FIELDS, where, problems)
    if not isinstance(entry.get("why"), str) or not entry["why"].strip():
        problems.append(f'{where}: "why": say what the number counts')
        return None
    return Distractor(spot, entry["number"], entry["why"])


def _fields(
    entry: dict[str, Any], known: dict[str, bool], where: str, problems: list[str]
) -> None:
    for name in entry:
        if name not in known:
            problems.append(f'{where}: unknown field "{name}"')
    for name, required in known.items():
        if required and name not in entry:
            problems.append(f'{where}: missing field "{name}"')


def _no_double_labels(figures: list[Any], distractors: list[Any], problems: list[str]) -> None:
    seen: set[Spot] = set()
    for item in (*figures, *distractors):
        if item.spot in seen:
            problems.append(
                f"line {item.spot.line}: the number at column {item.spot.column} is labelled twice"
            )
        seen.add(item.spot)


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _optional(value: Any, pattern: re.Pattern[str]) -> bool:
    return value is None or (isinstance(value, str) and bool(pattern.match(value)))
