"""The real-page labels without the real pages: a manifest, and how to rebuild the labels.

Real pages (excerpts of the `search` tool's stored pages) may not be copied into the
repository, and a label file points at its page by line numbers. `manifest.json` keeps, per
page, its name, language, URL and date and its labels with each entry's `line` replaced by
`context`: the shortest run of words of that line around the number (at most 12, a
character of Chinese or Japanese counting as a word) that is written once in the page. Given
the page texts saved again from the same source (`NAME.txt`, anywhere under a directory),
`restore` finds each context and writes the label files back, with line numbers, next to
the pages; `--check-labels` then validates them.

    python -m tests.eval.real.restore DIR                  # rebuild DIR's label files
    python -m tests.eval.real.restore --manifest ROOT      # write manifest.json from ROOT
                                                           # (LANG/blind/NAME.txt + labels,
                                                           # ROOT/../manifest.jsonl: url, date)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.eval.labels import LABELS_SUFFIX, occurrences, page_lines

MANIFEST = Path(__file__).parent / "manifest.json"
MAX_WORDS = 12
_WORD = re.compile(r"\S+")


class RestoreError(Exception):
    """A context that is not written once in its page, or a page that is missing."""


# ------------------------------------------------------------------ words of a line


def _unspaced(char: str) -> bool:
    name = unicodedata.name(char, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "FULLWIDTH", "IDEOGRAPHIC"))


def words(line: str) -> list[tuple[int, int]]:
    """Spans of the line's words: runs without spaces, each CJK or kana character alone."""
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(line):
        start = match.start()
        for offset, char in enumerate(match.group(), start=match.start()):
            if _unspaced(char):
                if start < offset:
                    spans.append((start, offset))
                spans.append((offset, offset + 1))
                start = offset + 1
        if start < match.end():
            spans.append((start, match.end()))
    return spans


# ------------------------------------------------------------------ line -> context


def shortest_context(text: str, line: int, start: int, number: str) -> dict[str, Any]:
    """The shortest run of words of the page's `line` (1-based) covering the number at
    column `start` (0-based)
    that is written once in `text`: {"context": ...}, with "nth" when the number is written
    more than once in the context. When no run of MAX_WORDS words is written once (a page
    that repeats a paragraph), the widest run, with "at": which of its writings it is."""
    line_text = text.split("\n")[line - 1]
    spans = words(line_text)
    end = start + len(number)
    first = next(i for i, (a, b) in enumerate(spans) if b > start)
    last = next(i for i, (a, b) in enumerate(spans) if b >= end)
    run: tuple[int, int] = (spans[first][0], spans[last][1])
    for size in range(last - first + 1, MAX_WORDS + 1):
        lefts = range(max(0, last - size + 1), min(first, len(spans) - size) + 1)
        for left in lefts:
            run = (spans[left][0], spans[left + size - 1][1])
            if text.count(line_text[run[0] : run[1]]) == 1:
                return _entry(text, line, run, start, number)
    return _entry(text, line, run, start, number, repeated=True)


def _entry(
    text: str, line: int, run: tuple[int, int], start: int, number: str, repeated: bool = False
) -> dict[str, Any]:
    lines = text.split("\n")
    context = lines[line - 1][run[0] : run[1]]
    entry: dict[str, Any] = {"context": context}
    offsets = list(occurrences(number, context))
    if len(offsets) > 1:
        entry["nth"] = offsets.index(start - run[0]) + 1
    if repeated:
        line_start = sum(len(before) + 1 for before in lines[: line - 1])
        spots = [m.start() for m in re.finditer(re.escape(context), text)]
        entry["at"] = spots.index(line_start + run[0]) + 1
    return entry


# ------------------------------------------------------------------ context -> line


def find(
    text: str, context: str, number: str, nth: int = 1, at: int | None = None
) -> tuple[int, int | None]:
    """(line, occurrence) of the number written in the page at its context: the 1-based
    line, and which of the line's whole writings of the number it is (None when only one).
    `at` picks one writing of a context the page repeats. A context that a re-saved page
    wraps differently is found with its spaces relaxed."""
    lines = text.split("\n")
    spots = list(_spots(text, context))
    if (at is None and len(spots) != 1) or (at is not None and len(spots) < at):
        raise RestoreError(f'context "{context}" is written {len(spots)} times in the page')
    offset, matched = spots[(at or 1) - 1]
    inside = list(occurrences(number, matched))
    if len(inside) < nth:
        raise RestoreError(f'"{number}" is not written {nth} time(s) in "{context}"')
    position = offset + inside[nth - 1]
    line = text.count("\n", 0, position)
    column = position - (text.rfind("\n", 0, position) + 1)
    starts = list(occurrences(number, lines[line]))
    occurrence = starts.index(column) + 1
    return line + 1, occurrence if len(starts) > 1 else None


def _spots(text: str, context: str) -> Iterator[tuple[int, str]]:
    exact = [m.start() for m in re.finditer(re.escape(context), text)]
    if exact:
        yield from ((at, context) for at in exact)
        return
    pattern = r"\s+".join(re.escape(part) for part in context.split())
    for match in re.finditer(pattern, text):
        yield match.start(), match.group()


# ------------------------------------------------------------------ whole files


def manifest_entry(page: Path, labels: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    """One page of the manifest: its labels with each line replaced by its context (and
    "occurrence" by "nth", which writing of the number in the context it is)."""
    text = "\n".join(page_lines(page))
    lines = text.split("\n")

    def without_line(entry: dict[str, Any]) -> dict[str, Any]:
        line_text = lines[entry["line"] - 1]
        starts = list(occurrences(entry["number"], line_text))
        start = starts[entry.get("occurrence", 1) - 1]
        kept = {k: v for k, v in entry.items() if k not in ("line", "occurrence")}
        return {**shortest_context(text, entry["line"], start, entry["number"]), **kept}

    kept = {k: v for k, v in labels.items() if k not in ("figures", "distractors", "metadata")}
    return {
        "name": page.stem,
        "lang": labels["language"],
        "url": meta.get("url"),
        "published": meta.get("published"),
        **kept,
        "figures": [without_line(e) for e in labels["figures"]],
        "distractors": [without_line(e) for e in labels["distractors"]],
    }


def labels_for(entry: dict[str, Any], text: str) -> dict[str, Any]:
    """The label file of one manifest page, its contexts found again in `text`."""

    def with_line(item: dict[str, Any]) -> dict[str, Any]:
        line, occurrence = find(
            text, item["context"], item["number"], item.get("nth", 1), item.get("at")
        )
        rest = {k: v for k, v in item.items() if k not in ("context", "nth", "at")}
        placed: dict[str, Any] = {"line": line, **rest}
        if occurrence is not None:
            placed["occurrence"] = occurrence
        return placed

    skip = ("name", "lang", "url", "published", "figures", "distractors")
    return {
        **{k: v for k, v in entry.items() if k not in skip},
        "figures": [with_line(f) for f in entry["figures"]],
        "distractors": [with_line(d) for d in entry["distractors"]],
    }


def restore(directory: Path, manifest: list[dict[str, Any]]) -> tuple[list[Path], list[str]]:
    """Write the label file of every manifest page found under `directory` (NAME.txt);
    the files written, and one problem per page missing or context not found."""
    found = {p.stem: p for p in directory.rglob("*.txt")}
    written, problems = [], []
    for entry in manifest:
        page = found.get(entry["name"])
        if page is None:
            problems.append(f"{entry['name']}: no {entry['name']}.txt under {directory}")
            continue
        text = "\n".join(page_lines(page))
        try:
            labels = labels_for(entry, text)
        except RestoreError as error:
            problems.append(f"{entry['name']}: {error}")
            continue
        target = page.with_name(page.name + LABELS_SUFFIX)
        target.write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", "utf-8")
        written.append(target)
    return written, problems


def build_manifest(root: Path, meta_file: Path) -> list[dict[str, Any]]:
    meta = {}
    for row in meta_file.read_text(encoding="utf-8").splitlines():
        if row.strip():
            item = json.loads(row)
            meta[item["name"]] = item
    entries = []
    for labels_file in sorted(root.rglob("*" + LABELS_SUFFIX)):
        page = labels_file.with_name(labels_file.name.removesuffix(LABELS_SUFFIX))
        labels = json.loads(labels_file.read_text(encoding="utf-8"))
        entries.append(manifest_entry(page, labels, meta.get(page.stem, {})))
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "directory", type=Path, help="the re-saved pages (or, with --manifest, ROOT)"
    )
    parser.add_argument("--manifest", action="store_true", help="write manifest.json from ROOT")
    arguments = parser.parse_args(argv)
    if arguments.manifest:
        root = arguments.directory
        entries = build_manifest(root, root.parent / "manifest.jsonl")
        MANIFEST.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"wrote {MANIFEST}: {len(entries)} pages")
        return 0
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    written, problems = restore(arguments.directory, manifest)
    for problem in problems:
        sys.stderr.write(problem + "\n")
    print(f"wrote {len(written)} label files of {len(manifest)} pages")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
