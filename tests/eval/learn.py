"""Training data for the learned second opinion on relevance (lcnet.extract.learned).

For every figure phrase the engine judges on a page (relevance's question: is it a GNLC
figure?), the rules' decision and the phrase's features, labelled from the page's
labels as the scores match reports: a phrase whose span covers a labelled figure is a
positive; one that covers a distractor, or no label at all, a negative.

    python -m tests.eval.learn collect OUT.jsonl [--lang xx]   # dev pages, one JSON a line
    python -m tools.train_relevance ...                        # trains from that file

The rules alone judge while collecting (the shipped model is switched off), so that the
data does not depend on the model it trains.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer, _Locator, find_mentions, kind_of, learned, read_document
from tests.eval.engine import STORE, TODAY
from tests.eval.labels import Page, Spot, load_page, page_files
from tests.eval.scoring import Counts


def batch_of(page: Page) -> str:
    """The writer batch a page came in ("b17"), or "base" for the first pages."""
    head = page.path.name.split("-", 1)[0]
    return head if head[:1] == "b" and head[1:].isdigit() else "base"


def page_samples(page: Page, places: Gazetteer | None) -> Iterator[dict[str, Any]]:
    """The judged phrases of one page, labelled (see the module)."""
    raw = page.path.read_text(encoding="utf-8").replace("\r\n", "\n")
    document = read_document(raw, kind_of(page.path))
    sink: list[tuple[int, int, bool, list[str]]] = []
    learned.use(None)
    learned.record(sink)
    try:
        written = PartialDate.parse(page.date)
        mentions = list(find_mentions(document, None, None, places, written))
    finally:
        learned.record(None)
    locate = _Locator(document, len(document.lead_in))
    metadata = [f.spot for f in page.metadata]
    seen: set[tuple[int, int]] = set()
    for start, end, rule, features in sorted(sink, key=lambda s: (s[0], s[1])):
        if (start, end) in seen:
            continue
        seen.add((start, end))
        first, last = locate.start(start), locate.end(end)
        if any(_covers(first, last, spot) for spot in metadata):
            continue
        figure = any(_covers(first, last, f.spot) for f in page.figures)
        distractor = any(_covers(first, last, d.spot) for d in page.distractors)
        reported = any(
            (m.line, m.column) < last and first < (m.end_line, m.end_column) for m in mentions
        )
        yield {
            "page": page.name,
            "batch": batch_of(page),
            "lang": page.language,
            "line": first[0],
            "column": first[1],
            "rule": rule,
            "label": "figure" if figure else "distractor" if distractor else "none",
            "reported": reported,
            "features": features,
        }


def _covers(first: tuple[int, int], last: tuple[int, int], spot: Spot) -> bool:
    return first <= (spot.line, spot.column) and (spot.line, spot.end_column) <= last


@cache
def _places() -> Gazetteer:
    from lcnet.api.store import Store

    return Store(STORE, date.fromisoformat(TODAY)).places


def collect(pages: Iterable[Page]) -> Iterator[dict[str, Any]]:
    places = _places()
    for page in pages:
        yield from page_samples(page, places)


def compare(pages: list[Page], model: learned.Model) -> list[str]:
    """The scores of the pages by the rules alone and with the model, per language."""
    from tests.eval.corpus import counts_by_group, run_pages

    learned.use(None)
    alone = counts_by_group(run_pages(pages))
    learned.use(model)
    try:
        both = counts_by_group(run_pages(pages))
    finally:
        learned.use(None)
    fields = ("figures", "found", "correct", "false_alarms", "distractors_reported",
              "reports", "unlabelled")  # fmt: skip
    lines = ["lang   " + " ".join(f"{f[:12]:>14}" for f in fields) + "  precision"]
    total_a, total_b = Counts(), Counts()
    for (language, _), a in alone.items():
        b = both[(language, _)]
        total_a, total_b = total_a + a, total_b + b
        lines.append(_row(language, a, b, fields))
    lines.append(_row("all", total_a, total_b, fields))
    return lines


def _row(name: str, a: Counts, b: Counts, fields: tuple[str, ...]) -> str:
    cells = [f"{getattr(a, f):>6} -> {getattr(b, f):<4}" for f in fields]
    return f"{name:6} " + " ".join(cells) + f"  {a.precision:.3f} -> {b.precision:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.eval.learn")
    parser.add_argument("command", choices=["collect", "compare"])
    parser.add_argument("out", type=Path, help="collect: the file to write; compare: weights")
    parser.add_argument("--lang", action="append")
    parser.add_argument("--batch", action="append", help="only these writer batches (b17)")
    args = parser.parse_args(argv)
    languages = tuple(args.lang) if args.lang else None
    pages = (load_page(p) for p in page_files(languages, ("dev",)))
    if args.batch:
        pages = (p for p in pages if batch_of(p) in args.batch)
    if args.command == "compare":
        model = learned.model_from(json.loads(args.out.read_text(encoding="utf-8")))
        print("\n".join(compare(list(pages), model)))
        return 0
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for sample in collect(pages):
            out.write(json.dumps(sample, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} phrases written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
