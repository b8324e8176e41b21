"""`lcnet check --format html`: one self-contained page for the people who own the texts.

Each text is shown with its GNLC figures highlighted in place; a button on each opens a
note (the HTML popover: no script needed) with the verdict, the reason, the figure valid
at the text's date with its sources, and what to write instead. A summary on top,
filters by verdict, the network's growth as an inline SVG chart. Nothing is fetched: no
fonts, scripts or images from elsewhere, and a Content-Security-Policy that forbids it.
Every text from the pages is escaped (Jinja2's autoescape), control characters shown as
escapes; the page is built from data only (the JSON contract's records).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

SCHEMA = "lcnet/check-html"
SCHEMA_VERSION = 1
VERDICTS = ("stale", "wrong", "bound_violated", "unverifiable", "current", "bound_ok",
            "historic", "superseded")  # fmt: skip
FLAGGED = frozenset({"stale", "wrong", "bound_violated"})
_SHOWN_TEXT = 2_000_000  # characters of a text shown in full; beyond, only its figures
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class Segment(NamedTuple):
    text: str
    figure: int | None  # the index of the figure it shows, or None for plain text


class ShownText(NamedTuple):
    path: str
    date: str | None
    date_origin: str | None
    segments: list[Segment] | None  # None: too large or unreadable to show
    figures: list[int]  # indices into the report's figures


def texts_page(
    texts: Sequence[Mapping[str, Any]],
    raw: Mapping[str, str | None],
    figures: Sequence[Mapping[str, Any]],
    findings: Sequence[Mapping[str, Any]],
    summary: Mapping[str, Any],
    meta: Mapping[str, Any],
    growth: str,
) -> str:
    """The report of `lcnet check PATH...`: texts, figures (JSON records), findings."""
    shown = [_shown(text, raw.get(text["path"]), figures) for text in texts]
    counts = Counter(str(f["verdict"]) for f in figures)
    return _render(
        "texts.html.j2",
        texts=shown,
        figures=[_figure_view(i, f) for i, f in enumerate(figures)],
        problems=[f for f in findings if not f.get("column")],
        counts=[(v, counts[v]) for v in VERDICTS if counts[v]],
        summary=summary,
        meta=meta,
        growth=growth,
    )


def store_page(
    findings: Sequence[Mapping[str, Any]],
    summary: Mapping[str, Any],
    meta: Mapping[str, Any],
    growth: str,
) -> str:
    """The report of `lcnet check` on the store: its findings with their evidence."""
    counts = Counter(str(f["severity"]) for f in findings)
    return _render(
        "store.html.j2",
        findings=[_finding_view(f) for f in findings],
        counts=sorted(counts.items()),
        summary=summary,
        meta=meta,
        growth=growth,
    )


def _render(template: str, **context: Any) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape  # only for html

    environment = Environment(
        loader=PackageLoader("lcnet.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["visible"] = visible
    environment.globals |= {"schema": SCHEMA, "schema_version": SCHEMA_VERSION}
    return environment.get_template(template).render(**context)


def visible(text: object) -> str:
    """Control characters as escapes (the report is read by people): ESC is "\\x1b"."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                         else f"\\u{ord(m.group()):04x}", str(text))  # fmt: skip


def _shown(
    text: Mapping[str, Any], raw: str | None, figures: Sequence[Mapping[str, Any]]
) -> ShownText:
    mine = [i for i, f in enumerate(figures) if f["path"] == text["path"]]
    segments = None
    if raw is not None and len(raw) <= _SHOWN_TEXT:
        segments = _segments(raw, [(i, figures[i]) for i in mine])
    return ShownText(text["path"], text.get("date"), text.get("date_origin"), segments, mine)


def _segments(raw: str, figures: Sequence[tuple[int, Mapping[str, Any]]]) -> list[Segment]:
    starts = [0] + [m.end() for m in re.finditer("\n", raw)]

    def offset(line: int, column: int) -> int:
        return min(len(raw), starts[min(line, len(starts)) - 1] + column - 1)

    out: list[Segment] = []
    done = 0
    for index, figure in sorted(figures, key=lambda p: (p[1]["line"], p[1]["column"])):
        start = offset(figure["line"], figure["column"])
        end = offset(figure["end_line"], figure["end_column"])
        if start < done or end <= start:
            continue  # overlapping or empty: listed below the text only
        out += [Segment(raw[done:start], None), Segment(raw[start:end], index)]
        done = end
    out.append(Segment(raw[done:], None))
    return [s for s in out if s.text]


def _figure_view(index: int, figure: Mapping[str, Any]) -> dict[str, Any]:
    verdict = str(figure["verdict"])
    return dict(figure) | {
        "index": index,
        "verdict_label": verdict.replace("_", " "),
        "flagged": verdict in FLAGGED,
    }


def _finding_view(finding: Mapping[str, Any]) -> dict[str, Any]:
    evidence = [
        {str(k): v for k, v in item.items() if v not in (None, "", [], ())}
        for item in finding.get("evidence", [])
    ]
    columns = list(dict.fromkeys(key for item in evidence for key in item))
    return dict(finding) | {"evidence": evidence, "columns": columns}


__all__ = ["SCHEMA", "SCHEMA_VERSION", "store_page", "texts_page", "visible"]
