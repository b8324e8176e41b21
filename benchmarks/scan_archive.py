"""Throughput of `lcnet scan` on a generated JSONL archive: one process, every local
core, and a two-worker Dask LocalCluster, side by side in one run.

Run:  python benchmarks/scan_archive.py [--size-mb 1024] [--keep DIR]

Articles are built from our own template sentences (GNLC figures of several dates,
other numbers, page furniture), about 3 kB each, one in twenty about the GNLC, as in
general news. Prints MB/s for each mode and the speed-up over one process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GNLC = [
    "The UNESCO Global Network of Learning Cities now counts {n} member cities.",
    "Our city joined the Global Network of Learning Cities, which has {n} members in {c} "
    "countries.",
]
OTHER = [
    "The council approved a budget of {n} million for {c} new schools.",
    "More than {n} people attended the festival, organisers said on {d}.",
    "The library lends {n} books a month across {c} branches.",
]


def article(rng: random.Random, index: int) -> dict[str, str]:
    year = rng.choice([2020, 2022, 2024, 2025, 2026])
    body = []
    while sum(len(p) for p in body) < 3000:
        pool = GNLC if index % 20 == 0 and len(body) < 2 else OTHER
        body.append(
            rng.choice(pool).format(
                n=rng.choice([229, 294, 356, 425, 120]),
                c=rng.choice([64, 76, 79, 91, 12]),
                d="3 May",
            )
        )
    return {
        "url": f"https://news.example/{index}",
        "date": f"{year}-0{rng.randint(1, 9)}-15",
        "publisher": f"P{index % 7}",
        "text": " ".join(body),
    }


def generate(path: Path, size_mb: int) -> None:
    rng = random.Random(4)
    with path.open("w", encoding="utf-8") as stream:
        index = 0
        while stream.tell() < size_mb << 20:
            stream.write(json.dumps(article(rng, index)) + "\n")
            index += 1


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "lcnet", "scan", *args],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--keep", type=Path)
    options = parser.parse_args()
    folder = options.keep or Path(tempfile.mkdtemp())
    archive = folder / f"archive-{options.size_mb}mb.jsonl"
    if not archive.exists():
        generate(archive, options.size_mb)
    megabytes = archive.stat().st_size / (1 << 20)
    one = timed([str(archive), "--workers", "1"])
    cores = os.cpu_count() or 1
    every = timed([str(archive), "--workers", str(cores)])
    print(
        f"{megabytes:.0f} MB: one process {megabytes / one:.1f} MB/s; {cores} cores "
        f"{megabytes / every:.1f} MB/s ({one / every:.2f}x)"
    )
    try:
        from dask.distributed import LocalCluster
    except ImportError:
        print("two-worker cluster: skipped (pip install 'lcnet[dask]')")
        return
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0") as cluster:
        cluster_time = timed([str(archive), "--scheduler", cluster.scheduler_address])
    print(
        f"two-worker LocalCluster {megabytes / cluster_time:.1f} MB/s ({one / cluster_time:.2f}x)"
    )


if __name__ == "__main__":
    main()
