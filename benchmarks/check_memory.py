"""Memory of `lcnet check PATH` as texts grow: does it stay flat in every format?

Run:  python benchmarks/check_memory.py [--sizes 5 25] [--formats json jsonl ...]

It writes texts of the given sizes in MB (prose with a stale GNLC figure every ten
paragraphs, so that a 25 MB text holds some 14,000 figures and findings), runs `lcnet
check TEXT --format F` on each in a fresh process, side by side, and records each
process's peak memory (maxrss). It prints, per format, the memory per size and the ratio
of the largest to the smallest next to the target: five times the text may cost at most
RATIO_TARGET times the memory (flat: the cost of the interpreter and the store does not
grow). Nothing here is asserted by the test suite.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

RATIO_TARGET = 1.3
FORMATS = ["json", "jsonl", "github", "sarif", "table"]
PARAGRAPH = (
    "The council met on Tuesday about the library, the bus routes and the pool. "
    "Residents asked about the park, the school meals and the opening hours.\n\n"
)
FIGURE = "The UNESCO Global Network of Learning Cities has 356 member cities.\n\n"


def write_text(path: Path, megabytes: int) -> None:
    block = PARAGRAPH * 9 + FIGURE
    with path.open("w", encoding="utf-8") as file:
        for _ in range(megabytes * 1_000_000 // len(block)):
            file.write(block)


def peak_mb(args: list[str]) -> float:
    """The peak resident memory of one process running lcnet, in MB."""
    process = subprocess.Popen(
        [sys.executable, "-m", "lcnet", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss / 1024  # kilobytes on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 25])
    parser.add_argument("--formats", nargs="+", default=FORMATS)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        texts = {}
        for size in options.sizes:
            texts[size] = Path(directory) / f"text-{size}mb.md"
            write_text(texts[size], size)
        print(f"{'format':8} " + " ".join(f"{s:>6} MB" for s in options.sizes) + "   ratio")
        for output in options.formats:
            peaks = [
                peak_mb(["check", str(texts[s]), "--date", "2026", "--format", output])
                for s in options.sizes
            ]
            ratio = peaks[-1] / peaks[0]
            verdict = "ok" if ratio <= RATIO_TARGET else f"over {RATIO_TARGET}"
            cells = " ".join(f"{p:6.0f} MB" for p in peaks)
            print(f"{output:8} {cells}   {ratio:.2f} ({verdict})")


if __name__ == "__main__":
    main()
