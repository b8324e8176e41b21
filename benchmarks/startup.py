"""Start-up benchmark: `lcnet cities --country VN --format json` against `import typer`.

Run: python benchmarks/startup.py [--runs N]

Both commands run as fresh processes, N times each after a warm-up run (which also
fills lcnet's store cache, as any second run of lcnet would find it). Python writes
bytecode as in any installed package (PYTHONDONTWRITEBYTECODE is unset for the runs;
with it set, every run would compile lcnet's modules again, while typer's installed
wheel is already compiled). The script prints the median and the ratio; the target
is 1.5 or less. hyperfine, when installed, gives
the same comparison with more statistics:

    hyperfine -N --warmup 3 'python -c "import typer"' \
        'python -m lcnet cities --country VN --format json'
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = [sys.executable, "-c", "import typer"]
QUERY = ["cities", "--country", "VN", "--format", "json"]
TARGET = 1.5


def lcnet_command() -> list[str]:
    """The installed `lcnet` script next to this Python, else `python -m lcnet`."""
    script = Path(sys.executable).with_name("lcnet")
    return [str(script), *QUERY] if script.exists() else [sys.executable, "-m", "lcnet", *QUERY]


def timed(command: list[str], runs: int, env: dict[str, str]) -> list[float]:
    subprocess.run(command, env=env, check=True, capture_output=True)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    env = {**os.environ, "LCNET_CACHE_DIR": tempfile.mkdtemp(prefix="lcnet-bench-")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    baseline = timed(BASELINE, args.runs, env)
    lcnet = timed(lcnet_command(), args.runs, env)
    for name, times in (
        ("python -c 'import typer'", baseline),
        (" ".join(["lcnet", *QUERY]), lcnet),
    ):
        print(
            f"{name:45} median {statistics.median(times) * 1000:6.1f} ms  "
            f"min {min(times) * 1000:6.1f} ms"
        )
    ratio = statistics.median(lcnet) / statistics.median(baseline)
    best = min(lcnet) / min(baseline)
    verdict = "meets" if ratio <= TARGET else "misses"
    print(
        f"ratio of medians {ratio:.2f}, of minimums {best:.2f} "
        f"({verdict} the {TARGET} target; {args.runs} runs each)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
