"""python -m tests.fuzz: the long fuzz run, on demand (see tests/fuzz/__init__.py)."""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from types import FrameType

from tests.conftest import TINY
from tests.fuzz.kills import killed_write
from tests.fuzz.runs import Failure, check_store, check_text, scratch
from tests.fuzz.stores import mutate
from tests.fuzz.texts import hostile_text

HANG_SECONDS = 30


class Hang(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__)
    parser.add_argument("--minutes", type=float, default=None, help="stop after this long")
    parser.add_argument("--stores", type=int, default=3000)
    parser.add_argument("--texts", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0, help="the first seed")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    args = parser.parse_args()
    deadline = time.monotonic() + args.minutes * 60 if args.minutes else float("inf")
    work = scratch()
    signal.signal(signal.SIGALRM, _alarm)
    counts: Counter[str] = Counter()
    failures: list[Failure] = []
    try:
        for n in range(args.stores):
            if time.monotonic() > deadline:
                break
            failures += _guarded("store", args.seed + n, lambda s: check_store(TINY, s, work))
            counts["stores"] += 1
            shutil.rmtree(work / f"store-{args.seed + n}", ignore_errors=True)
        for n in range(args.texts):
            if time.monotonic() > deadline:
                break
            failures += _guarded("text", args.seed + n, lambda s: check_text(TINY, s, work))
            counts["texts"] += 1
        for n in range(args.kills):
            if time.monotonic() > deadline:
                break
            broken = killed_write(TINY, args.seed + n, work)
            failures += [Failure("kill", args.seed + n, [], broken, "")] if broken else []
            counts["kills"] += 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _record(failures, args.out)
    _summary(counts, failures)
    return 1 if failures else 0


def _guarded(what: str, seed: int, body: object) -> list[Failure]:
    assert callable(body)
    signal.alarm(HANG_SECONDS)
    try:
        found: list[Failure] = body(seed)
    except Hang:
        found = [Failure(what, seed, [], [f"no answer in {HANG_SECONDS} s (a hang)"], "")]
    finally:
        signal.alarm(0)
    return found


def _record(failures: list[Failure], out: Path) -> None:
    """Each failure with what reproduces it: the mutated store or the text, and the
    command to run on it."""
    if not failures:
        return
    out.mkdir(parents=True, exist_ok=True)
    for failure in failures:
        case = out / f"{failure.what}-{failure.seed}"
        if failure.what == "store" and not case.exists():
            mutate(TINY, case / "store", failure.seed)
        elif failure.what == "text":
            text, kind = hostile_text(failure.seed)
            case.mkdir(exist_ok=True)
            (case / f"text.{kind}").write_bytes(text)
        case.mkdir(exist_ok=True)
        with (case / "failures.jsonl").open("a", encoding="utf-8") as file:
            file.write(json.dumps(failure._asdict(), ensure_ascii=True) + "\n")


def _summary(counts: Counter[str], failures: list[Failure]) -> None:
    by_kind = Counter(f.what for f in failures)
    reasons = Counter(r.split(":")[0] for f in failures for r in f.reasons)
    print(
        f"fuzz: {counts['stores']} mutated stores x validate/check/cities, "
        f"{counts['texts']} hostile texts x 5 formats, {counts['kills']} killed writes"
    )
    print(f"failures: {by_kind['store']} store, {by_kind['text']} text, {by_kind['kill']} kill")
    for reason, count in reasons.most_common():
        print(f"  {count:5} {reason}")


if __name__ == "__main__":
    sys.exit(main())
