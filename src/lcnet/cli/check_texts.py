"""`lcnet check PATH...`: the figures of texts, judged at each text's date.

The pipeline (read, extract, judge, collect problems) is the core's: lcnet.check.reading
and lcnet.check.judging. This module runs it for the command: the options, the progress
line, the notes on stderr, and the stream of output (lcnet.cli.check_stream).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lcnet.check.judging import Skipped, TextEvent, TextReport, collected, judged_texts
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
    from lcnet.cli.check import CheckOptions
    from lcnet.cli.progress import Progress
    from lcnet.cli.runtime import Runtime


def check_texts(runtime: Runtime, store: Store, paths: list[str], options: CheckOptions) -> int:
    """Judge the texts and report on them as they are read (lcnet.cli.check_stream)."""
    from lcnet.cli.check_stream import TextStream

    given = _date_option(options.date)
    if (options.fix or options.diff) and STDIN in paths:
        raise UsageError("--fix and --diff rewrite files: give paths, not - (stdin)")
    limits = Limits.from_environment(runtime.environ)
    timeline, places = store.timeline, store.places
    files = list(text_files(paths, options.exclude))

    def events(meter: Meter | None = None) -> Iterator[TextEvent]:
        if options.jobs > 1 and len(files) > 1 and STDIN not in files:  # lcnet.cli.parallel
            from lcnet.cli.parallel import judged_in_parallel

            judged = judged_in_parallel(
                options.jobs, runtime, timeline, files, given, limits, places, meter
            )
        else:
            judged = judged_texts(timeline, files, given, places, limits, meter)
        return _noted(runtime, judged)

    if options.fix or options.diff:
        from lcnet.cli.fixing import rewrite_texts

        changed = rewrite_texts(runtime, collected(events()), write=options.fix)
        if options.diff:
            return ExitCode.FINDINGS if changed else ExitCode.OK
    stream = TextStream.open(runtime, store.opened, options, timeline)
    with _progress(runtime, files) as progress:
        for event in events(progress.meter()):
            stream.take(event)
            progress.advance(event)
    undated = stream.undated
    _note_undated(runtime, undated)
    return stream.close()


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
