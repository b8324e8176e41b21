"""Re-check time of `lcnet lsp` for a 20 kB document after warm-up (target: 100 ms).

Run:  python benchmarks/lsp_recheck.py [--kb 20] [--runs 20]

Times the server's own check of a changed buffer (what runs, in a worker thread, after
the debounce): extraction, judging and diagnostics, with the store already loaded.
"""

from __future__ import annotations

import argparse
import statistics
import time

from lcnet.lsp import build

PARAGRAPH = (
    "The UNESCO Global Network of Learning Cities now counts 356 member cities in 79 "
    "countries. Our city council approved 12 new libraries and 3,400 course places. "
    "Back in 2020 the network had 229 members. Schools: 41; students: 18,000.\n\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kb", type=int, default=20)
    parser.add_argument("--runs", type=int, default=20)
    options = parser.parse_args()
    text = "---\ntitle: Learning city news\ndate: 2025-12-20\n---\n\n"
    while len(text.encode()) < options.kb * 1024:
        text += PARAGRAPH
    server = build()
    uri = "file:///tmp/lcnet-benchmark.md"
    server.diagnostics(uri, server.check(uri, text))  # warm-up: the store, the grammars
    times = []
    for run in range(options.runs):
        changed = text.replace("356", str(300 + run), 1)
        start = time.perf_counter()
        server.diagnostics(uri, server.check(uri, changed))
        times.append(time.perf_counter() - start)
    median = statistics.median(times) * 1000
    verdict = "meets" if median <= 100 else "misses"
    print(
        f"{options.kb} kB document re-checked in {median:.1f} ms (median of {options.runs}; "
        f"{verdict} the 100 ms target)"
    )


if __name__ == "__main__":
    main()
