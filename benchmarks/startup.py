"""Start-up benchmark: four lcnet commands against `python -c "import typer"`.

Run: python benchmarks/startup.py [--runs N] [--instructions]

Every command runs as a fresh process, N times each, interleaved with the baseline so
that both see the same machine load, after a warm-up run (which also fills lcnet's store
cache, as any second run of lcnet would find it). Python writes bytecode as in any
installed package (PYTHONDONTWRITEBYTECODE is unset for the runs; with it set, every run
would compile lcnet's modules again, while typer's installed wheel is already compiled).
The script prints each command's median, its ratio to the baseline and the target of
issue 14, and the ratio of median CPU times (user + system), which a busy machine
disturbs less than wall time. hyperfine, when installed, gives the same comparison with
more statistics:

    hyperfine -N --warmup 3 'python -c "import typer"' \
        'lcnet cities --country VN --format json'

To see where the time goes: python -X importtime -m lcnet cities --country VN --format json

On a machine other people load, wall and CPU times of runs this short move by tens of
percent from one run to the next. `--instructions` also counts, once per command, the
instructions each executes (valgrind's callgrind, when installed), which load does not
change: its ratio leaves out the time the kernel spends (the stat and read calls of
imports and of the store cache's key), so it is a second opinion, not the verdict.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = [sys.executable, "-c", "import typer"]

# (arguments, target ratio to the baseline)
COMMANDS: list[tuple[list[str], float]] = [
    (["cities", "--country", "VN", "--format", "json"], 1.2),
    (["--version"], 1.05),
    (["--help"], 1.5),
    (["validate"], 2.0),
]


def lcnet_command(args: list[str]) -> list[str]:
    """The installed `lcnet` script next to this Python, else `python -m lcnet`."""
    script = Path(sys.executable).with_name("lcnet")
    return [str(script), *args] if script.exists() else [sys.executable, "-m", "lcnet", *args]


def once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """The command's wall time and CPU time (user + system), in seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(
    commands: list[list[str]], runs: int, env: dict[str, str]
) -> list[list[tuple[float, float]]]:
    """Each command's (wall, CPU) times, the commands interleaved run by run."""
    for command in commands:
        once(command, env)  # warm-up
    times: list[list[tuple[float, float]]] = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            times[index].append(once(command, env))
    return times


def instructions(command: list[str], env: dict[str, str]) -> int | None:
    """The instructions `command` executes (callgrind), or None without valgrind."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    tool = [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    done = subprocess.run([*tool, *command], env=env, capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    return int(found.group(1)) if found else None


def print_instructions(commands: list[list[str]], env: dict[str, str]) -> None:
    counts = [instructions(command, env) for command in commands]
    if counts[0] is None:
        print("(--instructions: valgrind is not installed)")
        return
    print(f"{'instructions (callgrind)':45} baseline {counts[0] / 1e6:7.1f} M")
    for (arguments, _), count in zip(COMMANDS, counts[1:], strict=True):
        if count is not None:
            name = " ".join(["lcnet", *arguments])
            print(f"{name:45} {count / 1e6:7.1f} M  ratio {count / counts[0]:4.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument(
        "--instructions", action="store_true", help="also count instructions (valgrind)"
    )
    args = parser.parse_args()
    env = {**os.environ, "LCNET_CACHE_DIR": tempfile.mkdtemp(prefix="lcnet-bench-")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    commands = [BASELINE] + [lcnet_command(arguments) for arguments, _ in COMMANDS]
    baseline, *results = measure(commands, args.runs, env)
    base = statistics.median(wall for wall, _ in baseline)
    base_cpu = statistics.median(cpu for _, cpu in baseline)
    fastest = min(wall for wall, _ in baseline)
    label = 'python -c "import typer"'
    print(f"{label:45} median {base * 1000:6.1f} ms  min {fastest * 1000:6.1f} ms")
    for (arguments, target), times in zip(COMMANDS, results, strict=True):
        median = statistics.median(wall for wall, _ in times)
        ratio = median / base
        cpu_ratio = statistics.median(cpu for _, cpu in times) / base_cpu
        verdict = "meets" if ratio <= target else "MISSES"
        name = " ".join(["lcnet", *arguments])
        print(
            f"{name:45} median {median * 1000:6.1f} ms  ratio {ratio:4.2f} "
            f"(of minimums {min(w for w, _ in times) / fastest:4.2f}, of CPU {cpu_ratio:4.2f})"
            f"  target <= {target:4.2f}  {verdict}"
        )
    print(f"({args.runs} runs each, interleaved; the verdict is on the ratio of medians)")
    if args.instructions:
        print_instructions(commands, env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
