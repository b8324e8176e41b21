"""`lcnet check --format html`: gather what the HTML report shows, then render it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from lcnet import __version__

if TYPE_CHECKING:
    from lcnet.check.findings import Finding, Severity
    from lcnet.cli.check_texts import TextReport
    from lcnet.cli.runtime import Runtime
    from lcnet.render.findings import Summary
    from lcnet.store import OpenedStore


def write_html(
    runtime: Runtime,
    opened: OpenedStore,
    visible: list[Finding],
    summary: Summary,
    fail_on: Severity | None,
    texts: list[TextReport] | None,
    figures: list[dict[str, Any]],
) -> None:
    from lcnet.cli.growth import growth_rows
    from lcnet.render.findings import finding_record, summary_record
    from lcnet.render.html import store_page, texts_page
    from lcnet.render.svg import growth_svg

    store = f"{opened.facts.root} ({opened.location.origin})"
    meta = {"version": __version__, "store": store, "today": runtime.today.isoformat()}
    growth = growth_svg(growth_rows(opened.facts))
    findings = [finding_record(f) for f in visible]
    totals = summary_record(summary, fail_on)
    if texts is None:
        runtime.stdout.write(store_page(findings, totals, meta, growth))
        return
    from lcnet.render.texts import text_record

    records = [text_record(t) for t in texts]
    raw = {t.path: _read(runtime, t.path) for t in texts}
    runtime.stdout.write(texts_page(records, raw, figures, findings, totals, meta, growth))


def _read(runtime: Runtime, path: str) -> str | None:
    """The text as written, to show it with its figures marked; None for stdin or a
    file that cannot be read now (its figures are still listed)."""
    if path == "<stdin>":
        return None
    file = Path(path) if Path(path).is_absolute() else runtime.cwd / path
    try:
        with file.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError):
        return None
