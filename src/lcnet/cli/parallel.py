"""Judging many texts on every core: worker processes, results in the order of one.

`lcnet check DIR` spends its time in the extractor, which is pure Python: threads would
share one interpreter lock, so texts are judged in worker processes. Files are handed
out in small batches; the batches' events come back in the order the files were given,
so the output is byte for byte the one a single process writes (the notes a worker
would have written to stderr come back with its batch, and are written in their place).

The workers are forked where the system allows it, so that the store's timeline and
gazetteer need not be sent to them; elsewhere they are sent once to each worker. The
first batch is judged here, before the workers start: the extractor compiles its
patterns on first use (about half a second), and forked workers inherit them compiled.
"""

from __future__ import annotations

import io
import multiprocessing
import os
from collections.abc import Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lcnet.cli.streams import safe_stream

if TYPE_CHECKING:
    from lcnet.check.timeline import Timeline
    from lcnet.cli.check_texts import Limits, Meter, TextEvent
    from lcnet.cli.runtime import Runtime
    from lcnet.dates import PartialDate
    from lcnet.extract import Gazetteer

BATCH_BYTES = 256 << 10  # a batch of files is about this much text...
BATCH_FILES = 64  # ...or this many files, whichever comes first


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class _Setting(NamedTuple):
    """What every worker needs to judge a text: the same as the parent's."""

    today: date
    cwd: Path
    environ: Mapping[str, str]
    timeline: Timeline
    given: PartialDate | None
    limits: Limits
    places: Gazetteer


class _Batch(NamedTuple):
    events: list[TextEvent]
    stderr: str  # the notes written while judging, already made safe
    read: int  # bytes read, for the progress line


_setting: _Setting | None = None  # in a worker: set once, when it starts


def judged_in_parallel(
    jobs: int,
    runtime: Runtime,
    timeline: Timeline,
    files: list[str],
    given: PartialDate | None,
    limits: Limits,
    places: Gazetteer,
    meter: Meter | None = None,
) -> Iterator[TextEvent]:
    """The events of judging `files`, in their order, from `jobs` worker processes."""
    setting = _Setting(
        runtime.today, runtime.cwd, runtime.environ, timeline, given, limits, places
    )
    from lcnet.cli.check_texts import judged_texts

    first, *batches = _batches(files)
    yield from judged_texts(runtime, timeline, first, given, limits, places, meter)
    if not batches:
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    workers = min(jobs, len(batches))
    with ProcessPoolExecutor(workers, context, initializer=_start, initargs=(setting,)) as pool:
        for batch in pool.map(_judge_batch, batches):
            if batch.stderr:
                runtime.stderr.write(batch.stderr)
            if meter is not None and batch.read:
                meter(batch.read)
            yield from batch.events


def _batches(files: list[str]) -> list[list[str]]:
    """The files in order, cut into batches of about BATCH_BYTES or BATCH_FILES."""
    batches: list[list[str]] = []
    current: list[str] = []
    size = 0
    for path in files:
        current.append(path)
        size += _size(path)
        if size >= BATCH_BYTES or len(current) >= BATCH_FILES:
            batches.append(current)
            current, size = [], 0
    if current:
        batches.append(current)
    return batches


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except (OSError, ValueError):
        return 0


def _start(setting: _Setting) -> None:
    global _setting
    _setting = setting


def _judge_batch(paths: list[str]) -> _Batch:
    from lcnet.cli.check_texts import judged_texts
    from lcnet.cli.runtime import Runtime

    setting = _setting
    assert setting is not None, "a worker is started with its setting"
    notes = io.StringIO()
    runtime = Runtime(
        setting.today, setting.cwd, setting.environ, safe_stream(io.StringIO()), safe_stream(notes)
    )
    read = 0

    def count(size: int) -> None:
        nonlocal read
        read += size

    events = list(
        judged_texts(
            runtime, setting.timeline, paths, setting.given, setting.limits, setting.places, count
        )
    )
    return _Batch(events, notes.getvalue(), read)
