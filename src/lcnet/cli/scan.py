"""`lcnet scan ARCHIVE...`: a news archive's GNLC figures, on every core or a cluster."""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from lcnet.cli.options import StoreOption, finish
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.errors import UsageError
from lcnet.exitcodes import ExitCode

if TYPE_CHECKING:
    from lcnet.api import Store
    from lcnet.scanning import Partition, Scanned


def register(app: typer.Typer) -> None:
    app.command("scan")(scan)


def scan(
    context: typer.Context,
    archives: Annotated[
        list[str], typer.Argument(help="JSONL (.jsonl, .jsonl.gz) or WARC (.warc.gz) files.")
    ],
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-w",
            help="Processes (default: every core; 1: this one).",
            show_default=False,
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Run on this Dask cluster (pip install 'lcnet[dask]').",
            show_default=False,
        ),
    ] = None,
    summary_file: Annotated[
        str | None,
        typer.Option(
            "--summary", metavar="FILE", help="Also write the summary as JSON.", show_default=False
        ),
    ] = None,
    partition_size: Annotated[
        int,
        typer.Option(
            "--partition-size",
            metavar="BYTES",
            help="Cut plain JSONL files into ranges of about this size.",
        ),
    ] = 16 << 20,
    store: StoreOption = None,
) -> None:
    """Judge the GNLC figures of a news archive; JSONL of figures to stdout."""
    finish(
        run(runtime_of(context), archives, workers, scheduler, summary_file, store, partition_size)
    )


def run(
    runtime: Runtime,
    archives: list[str],
    workers: int | None,
    scheduler: str | None,
    summary_file: str | None,
    store_option: str | None,
    partition_size: int = 16 << 20,
) -> int:
    from lcnet.scanning import Tally, partitions

    for path in archives:
        if not Path(path).is_file():
            raise UsageError(f"{path}: no such file; give JSONL or WARC archives")
    if workers is not None and workers < 1:
        raise UsageError("--workers: give 1 or more")
    if partition_size < 1:
        raise UsageError("--partition-size: give 1 or more bytes")
    # the store as opened here (through the cache): a worker gets its path and today, and
    # reads it once per process (lcnet.api.Store pickles so)
    store = runtime.store(store_option)
    tally = Tally()
    # Partitions come back in order, each with its figures sorted: written as they come,
    # the output is sorted, and only a window of partitions is ever held here.
    for scanned in _run(store, partitions(archives, partition_size), workers, scheduler):
        for figure in scanned.figures:
            runtime.stdout.write(json.dumps(figure, ensure_ascii=False, sort_keys=True) + "\n")
        tally.add(scanned)
    _report(runtime, tally.summary(), summary_file)
    return ExitCode.OK


def _run(
    store: Store, parts: list[Partition], workers: int | None, scheduler: str | None
) -> Iterator[Scanned]:
    """Each partition scanned, in order: in this process, on `workers` processes (every
    core by default), or on the Dask cluster at `scheduler`."""
    from lcnet.scanning import scan_partition

    if scheduler is not None:
        try:
            from dask.distributed import Client
        except ImportError:
            raise UsageError("--scheduler needs Dask: pip install 'lcnet[dask]'") from None
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            window = 2 * max(1, len(client.scheduler_info()["workers"]))

            def remote(part: Partition) -> Any:
                return client.submit(scan_partition, store, part, pure=False)

            yield from _in_order(remote, parts, window)
        return
    count = min(workers or os.cpu_count() or 1, len(parts))
    if count <= 1:
        yield from (scan_partition(store, part) for part in parts)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=count) as pool:

        def local(part: Partition) -> Any:
            return pool.submit(scan_partition, store, part)

        yield from _in_order(local, parts, 2 * count)


def _in_order(
    submit: Callable[[Partition], Any], parts: list[Partition], window: int
) -> Iterator[Scanned]:
    """The partitions' results in their order, with at most `window` of them submitted
    and not yet taken: memory stays flat however many partitions there are."""
    pending: deque[Any] = deque()
    for part in parts:
        pending.append(submit(part))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _report(runtime: Runtime, totals: dict[str, Any], summary_file: str | None) -> None:
    runtime.message(
        f"scanned {totals['articles']} articles: {totals['figures']} GNLC figures, "
        f"{totals['bad_record_count']} bad records"
    )
    for bad in totals["bad_records"][:20]:
        runtime.message(f"{bad['path']}:{bad['line']}: skipped: {bad['reason']}")
    for item in totals["most_repeated_stale"][:5]:
        runtime.message(
            f"repeated after it went stale: {item['value']} ({item['metric']}), "
            f"{item['times']} times"
        )
    if summary_file:
        from lcnet.atomic import write_text_atomic

        write_text_atomic(Path(summary_file), json.dumps(totals, indent=2, sort_keys=True) + "\n")
