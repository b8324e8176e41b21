"""`lcnet check PATH...`: the figures of texts, judged at each text's date.

The pipeline (read, extract, judge, collect problems) is the core's (lcnet.check.reading
and lcnet.check.judging), run through the library (lcnet.api: Store.judged_files, and
Store.text_check, the gate of fingerprints, baseline and summary). This module runs it
for the command: the options, the processes, the progress line, the notes on stderr,
the baseline files, and the format's sink.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lcnet.check.judging import Skipped, TextEvent, TextReport, collected
from lcnet.check.reading import (
    DEFAULT_LIMITS,
    Limits,
    Meter,
    NotARegularFile,
    Unreadable,
    shown,
    text_documents,
)
from lcnet.check.walk import STDIN, text_files
from lcnet.dates import DateError, PartialDate, parse_date_argument
from lcnet.errors import UsageError
from lcnet.exitcodes import ExitCode

if TYPE_CHECKING:
    from lcnet.api import Store
    from lcnet.api.checking import TextCheck
    from lcnet.cli.check import CheckOptions
    from lcnet.cli.progress import Progress
    from lcnet.cli.runtime import Runtime


def check_texts(runtime: Runtime, store: Store, paths: list[str], options: CheckOptions) -> int:
    """Judge the texts (lcnet.api: Store.judged_files) and report on them as they are
    read, through the library's gate (Store.text_check) to the format's sink."""
    given = _date_option(options.date)
    if (options.fix or options.diff) and STDIN in paths:
        raise UsageError("--fix and --diff rewrite files: give paths, not - (stdin)")
    limits = Limits.from_environment(runtime.environ)
    files = list(text_files(paths, options.exclude))

    def events(meter: Meter | None = None) -> Iterator[TextEvent]:
        if options.jobs > 1 and len(files) > 1 and STDIN not in files:  # lcnet.cli.parallel
            from lcnet.cli.parallel import judged_in_parallel

            judged = judged_in_parallel(
                options.jobs, runtime, store.timeline, files, given, limits, store.places, meter
            )
        else:
            judged = store.judged_files(files, given, limits, meter)
        return _noted(runtime, judged)

    if options.fix or options.diff:
        from lcnet.cli.fixing import rewrite_texts

        changed = rewrite_texts(runtime, collected(events()), write=options.fix)
        if options.diff:
            return ExitCode.FINDINGS if changed else ExitCode.OK
    gate = _gate(runtime, store, options)
    with _progress(runtime, files) as progress:
        for event in events(progress.meter()):
            gate.take(event)
            progress.advance(event)
    _note_undated(runtime, gate.undated)
    if gate.counted is not None and options.write_baseline is not None:
        from lcnet.cli.baselines import write_baseline

        write_baseline(runtime, options.write_baseline, gate.counted)
    if options.baseline is not None:
        noun = "finding" if gate.known == 1 else "findings"
        runtime.message(f"baseline {options.baseline}: {gate.known} known {noun} left out")
    summary = gate.close()
    return ExitCode.FINDINGS if summary.failed else ExitCode.OK


def _gate(runtime: Runtime, store: Store, options: CheckOptions) -> TextCheck:
    """The library's gate, writing to the sink of --format (lcnet.render.formats)."""
    from lcnet.check.findings import Severity
    from lcnet.cli.check import Level, destination
    from lcnet.render.formats import renderer

    baseline = None
    if options.baseline is not None:
        from lcnet.cli.baselines import load_baseline

        baseline = load_baseline(runtime, options.baseline)
    fail_on = None if options.fail_on is Level.NEVER else Severity.parse(options.fail_on)
    sink = renderer(options.output).text_sink(destination(runtime, store.opened))
    minimum = Severity.parse(options.minimum())
    count = options.write_baseline is not None
    return store.text_check(sink, fail_on, minimum, options.show_all, baseline, count)


def _noted(runtime: Runtime, events: Iterator[TextEvent]) -> Iterator[TextEvent]:
    """The events, less what was skipped: a note on stderr says so instead."""
    for event in events:
        if isinstance(event, Skipped):
            runtime.message(f"note: skipped {event.path}: not a regular file ({event.kind})")
        else:
            yield event


def _progress(runtime: Runtime, files: list[str]) -> Progress:
    from lcnet.cli.progress import Progress

    return Progress.for_files(runtime.stderr, files)


def _date_option(text: str | None) -> PartialDate | None:
    if text is None:
        return None
    try:
        return parse_date_argument(text)
    except DateError as error:
        raise UsageError(f"--date {text}: {error}") from None


def _note_undated(runtime: Runtime, undated: list[str]) -> None:
    if undated:
        names = ", ".join(undated[:3]) + (
            f" and {len(undated) - 3} more" if len(undated) > 3 else ""
        )
        runtime.message(
            f"note: no date in {names}: judged against today's figures "
            f"({runtime.today.isoformat()}); give --date or a date in the text"
        )


__all__ = [  # the core's names that the command modules import from here
    "DEFAULT_LIMITS",
    "STDIN",
    "Limits",
    "NotARegularFile",
    "TextEvent",
    "TextReport",
    "Unreadable",
    "check_texts",
    "shown",
    "text_documents",
]
