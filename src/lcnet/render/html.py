"""The HTML report of `lcnet check`: one self-contained page for the people who own texts.

Jinja2 is imported here only, when a report is asked for. Everything from texts and from
the store is escaped by the template engine (autoescape); the only markup passed through
is the SVG lcnet draws itself (lcnet.render.svg), which escapes what it writes. The page
loads nothing: its Content-Security-Policy forbids every fetch and every script.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any, NamedTuple, TextIO

from lcnet.errors import UsageError
from lcnet.render.passages import Gap, Paragraph
from lcnet.version import __version__

HTML_VERSION = 1  # the page's contract version (README, "Machine output")

VERDICTS = {  # verdict: (label, tone); the label is always shown, the tone only colours
    "wrong": ("wrong", "problem"),
    "stale": ("stale", "problem"),
    "bound_violated": ("does not hold", "problem"),
    "unverifiable": ("unverifiable", "unsure"),
    "superseded": ("corrected release", "unsure"),
    "bound_ok": ("holds (loose)", "ok"),
    "historic": ("historic, correct", "ok"),
    "current": ("current", "ok"),
}
TONE_MARKS = {"problem": "✗", "unsure": "?", "ok": "✓"}


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(value: object) -> object:
    """Control characters and bidirectional overrides from texts as escapes ("\\x1b"):
    shown to the reader, never obeyed, and never an invalid character in the page."""
    if not isinstance(value, str) or hasattr(value, "__html__"):
        return value  # markup lcnet made (a macro's output, a chart) is already escaped
    return _CONTROLS.sub(_escape_control, value)


def _escape_control(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class TextView(NamedTuple):
    text: dict[str, Any]  # the text's JSON record (lcnet.render.texts.text_record)
    passages: Sequence[Paragraph | Gap] | None  # None: the text could not be shown
    figures: Sequence[tuple[int, dict[str, Any]]]  # (index, figure's JSON record)
    problems: Sequence[dict[str, Any]]  # findings about the text that are no figure
    note: str | None = None  # why the text is not shown in place


class Page(NamedTuple):
    mode: str  # "texts" or "store"
    today: str
    store: dict[str, Any]  # the store's JSON summary
    summary: dict[str, Any]  # the findings' JSON summary


def write_texts_report(
    stream: TextIO, page: Page, texts: Sequence[TextView], charts: Sequence[tuple[str, str]]
) -> None:
    """The texts with their figures in place; `charts` as for write_store_report."""
    figures = [record for view in texts for _, record in view.figures]
    counts = Counter(str(f["verdict"]) for f in figures)
    _render(
        stream,
        page,
        texts=texts,
        figure_count=len(figures),
        verdict_counts=[(v, counts[v]) for v in VERDICTS if counts[v]],
        charts=charts,
    )


def write_store_report(
    stream: TextIO,
    page: Page,
    findings: Sequence[dict[str, Any]],
    charts: Sequence[tuple[str, str]],
) -> None:
    """The store's findings with their evidence; `charts` are (title, SVG document) from
    lcnet.render.svg, the documents embedded as they are."""
    _render(stream, page, findings=findings, charts=charts)


def _render(stream: TextIO, page: Page, **context: Any) -> None:
    try:
        from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
        from markupsafe import Markup
    except ImportError:
        raise UsageError(
            "--format html needs Jinja2, which lcnet depends on: pip install jinja2"
        ) from None

    environment = Environment(
        loader=PackageLoader("lcnet.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_visible,
    )
    environment.filters["svg"] = Markup  # lcnet's own drawing, escaped where it was drawn
    template = environment.get_template("report.html.j2")
    stream.write(
        template.render(
            page=page,
            version=__version__,
            html_version=HTML_VERSION,
            verdicts=VERDICTS,
            tone_marks=TONE_MARKS,
            is_gap=lambda item: isinstance(item, Gap),
            **context,
        )
    )
