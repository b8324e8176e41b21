"""Where `lcnet check DIR` spends its time, stage by stage, on one process.

Run:  python benchmarks/check_stages.py DIR [--format json] [--repeat 1]
      python benchmarks/check_stages.py --pages 2000 --kind md

The real command runs in this process (`lcnet check DIR --format F --jobs 1`, its output
to /dev/null), with a timer around each stage of the pipeline (lcnet.check.judging and
the gate, lcnet.api.checking): finding the files, opening the store, reading and
decoding with Markdown or HTML made text (and the document's date and language as the
file declares them), the prefilter, the language parts, the figures' extraction,
judging against the store, and the gate with the output format's sink (rendering and
writing). What is left is start-up (imports, the command line) and the end. With
--pages, a corpus of benchmarks/check_pages.py is written first (to a temporary
directory). The times are CPU seconds of this process (time.process_time), so that
other work on a shared machine counts less; a stage's time holds the stages it calls.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

MB = 1_000_000
spent: Counter[str] = Counter()
calls: Counter[str] = Counter()


def _timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start
            calls[name] += 1

    return wrapper


def _timed_iterator(name: str, function: Callable[..., Iterator[Any]]) -> Callable[..., Any]:
    """A generator's time is spent as it is consumed: each step is timed."""

    def wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
        calls[name] += 1
        start = time.process_time()
        iterator = function(*args, **kwargs)
        spent[name] += time.process_time() - start
        while True:
            start = time.process_time()
            try:
                item = next(iterator)
            except StopIteration:
                spent[name] += time.process_time() - start
                return
            spent[name] += time.process_time() - start
            yield item

    return wrapper


def instrument() -> None:
    import lcnet.api.checking as checking
    import lcnet.check.judging as judging
    import lcnet.cli.check_texts as check_texts
    import lcnet.cli.runtime as runtime

    check_texts.text_files = _timed_iterator("discovery (walk)", check_texts.text_files)
    import lcnet.api.store as store

    runtime.Runtime.store = _timed("store (open, index)", runtime.Runtime.store)
    for name in ("timeline", "places"):  # made on first use
        made = getattr(store.Store, name)
        setattr(store.Store, name, property(_timed("store (open, index)", made.fget)))
    judging.text_documents = _timed_iterator(
        "reading, decoding, markup to text", judging.text_documents
    )
    if hasattr(judging, "may_hold_a_figure"):
        judging.may_hold_a_figure = _timed("prefilter", judging.may_hold_a_figure)
    judging.language_parts = _timed("language parts", judging.language_parts)
    judging.find_mentions = _timed_iterator("extraction (find_mentions)", judging.find_mentions)
    judging.judge_mention = _timed("judging against the store", judging.judge_mention)
    checking.TextCheck.take = _timed("gate, rendering, output", checking.TextCheck.take)
    checking.TextCheck.close = _timed("gate, rendering, output", checking.TextCheck.close)


def run(target: Path, output: str) -> float:
    from lcnet.cli import run_app

    start = time.process_time()
    with (
        Path(os.devnull).open("w") as null,
        contextlib.redirect_stdout(null),
        contextlib.redirect_stderr(null),
        contextlib.suppress(SystemExit),
    ):
        run_app(["check", str(target), "--format", output, "--jobs", "1"])
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", nargs="?", type=Path)
    parser.add_argument("--format", default="json")
    parser.add_argument("--pages", type=int, default=0)
    parser.add_argument("--kind", default="md", choices=["txt", "md", "html"])
    args = parser.parse_args()
    begun = time.process_time()
    with tempfile.TemporaryDirectory(prefix="lcnet-stages-") as scratch:
        target = args.target
        if args.pages:
            from check_pages import write_corpus

            target, _, _ = write_corpus(Path(scratch), args.kind, args.pages)
        if target is None:
            parser.error("give a directory, or --pages N")
        size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
        instrument()
        command = run(target, args.format)
    total = time.process_time() - begun
    rate = size / MB / command
    print(f"{target}: {size / MB:.2f} MB; the command {command:.2f} s CPU "
          f"({rate:.2f} MB per CPU-second), this process {total:.2f} s")  # fmt: skip
    for name, seconds in spent.most_common():
        print(f"  {name:36} {seconds:6.3f} s  {seconds / command:5.1%}  ({calls[name]} calls)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
