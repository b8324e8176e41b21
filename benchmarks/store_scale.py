"""Store-scale benchmark: do `lcnet validate` and `lcnet check` grow with the store, or faster?

Run:  python benchmarks/store_scale.py [--claims 1000 10000 100000] [--runs 3]

With LCNET_BENCH_CPU=1 the times are each process's CPU time (user + system) rather
than the wall time: on a machine shared with other work they vary much less.

It generates fact stores of the given numbers of claims (deterministic; see
`generate_store`: sources of ten claims each, in the shipped store's shape, with cities,
intakes and a few wrong, stale and conflicting claims so that every check has work), then
times `lcnet validate` and `lcnet check` on each, in fresh processes, cold (no cache) and
warm (the cache filled by a first run), and records each process's peak memory (maxrss).

It prints, for each command and state, the time and memory per size, and the ratio
between successive sizes next to the target: ten times the claims may cost at most
eleven times the time and memory. For 100,000 claims it also prints the absolute
targets: check warm at most 3 s and 300 MB, cold at most 10 s. Nothing here is asserted
by the test suite.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RATIO_TARGET = 11.0
WARM_SECONDS, WARM_MB, COLD_SECONDS = 3.0, 300, 10.0
COUNTRIES = ["VN", "KR", "CN", "FR", "ES", "DE", "IT", "BR", "MX", "JP", "EG", "NG"]
REGIONS = {
    "VN": "asia-pacific",
    "KR": "asia-pacific",
    "CN": "asia-pacific",
    "JP": "asia-pacific",
    "FR": "europe-north-america",
    "ES": "europe-north-america",
    "DE": "europe-north-america",
    "IT": "europe-north-america",
    "BR": "latin-america-caribbean",
    "MX": "latin-america-caribbean",
    "EG": "arab-states",
    "NG": "africa",
}
INTAKES = [
    ("2020-09", "2020-09-23", 55, 27, 230, 64),
    ("2022-09", "2022-09-02", 77, 44, 294, 76),
    ("2024-02", "2024-02-14", 64, 35, 356, 79),
    ("2025-12", "2025-12-04", 72, 46, 425, 91),
]
TOTALS = {"2020-09": 230, "2022-09": 294, "2024-02": 356, "2025-12": 425}


def generate_store(root: Path, claims: int, seed: int = 4) -> None:
    """A valid fact store with `claims` claims, ten per source."""
    rng = random.Random(seed)
    (root / "sources").mkdir(parents=True)
    (root / "cities").mkdir()
    (root / "store.toml").write_text('[store]\nformat = 1\nname = "generated"\n', "utf-8")
    intakes = []
    for ident, day, new, countries, total, total_countries in INTAKES:
        source = f"uil-{day}"
        intakes.append(
            f'[[intake]]\nid = "{ident}"\ndate = "{day}"\nsource = "{source}"\n'
            f"new_cities = {new}\nnew_countries = {countries}\ntotal_cities = {total}\n"
            f"total_countries = {total_countries}\n"
        )
        _write_source(root, source, day, "primary", [("total", "total_cities", total)])
    (root / "intakes.toml").write_text("\n".join(intakes), "utf-8")
    (root / "resolutions.toml").write_text("", "utf-8")
    cities_per_country = max(1, claims // 200)
    for code in COUNTRIES:
        lines = [f'region = "{REGIONS[code]}"\n']
        for n in range(cities_per_country):
            intake = INTAKES[n % len(INTAKES)][0]
            lines.append(
                f'[[city]]\nid = "city-{n}"\nname = "City {code} {n}"\n'
                f'intake = "{intake}"\nsources = ["uil-{INTAKES[n % len(INTAKES)][1]}"]\n'
            )
        (root / "cities" / f"{code.lower()}.toml").write_text("\n".join(lines), "utf-8")
    for index in range(max(0, claims - len(INTAKES)) // 10):
        year = rng.choice([2021, 2023, 2024, 2025, 2026])
        month = rng.randint(1, 10 if year == 2026 else 12)
        day = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
        period = max((i for i in INTAKES if i[1] <= day), key=lambda i: i[1])[0]
        rows = []
        for k in range(10):
            value = TOTALS[period] if rng.random() < 0.9 else rng.choice(list(TOTALS.values()))
            metric = "total_cities"
            if k % 3 == 1:
                metric, value = "country_cities", rng.randint(1, 9)
            rows.append((f"c{k}", metric, value))
        kind = "primary" if index % 97 == 0 else "news"
        _write_source(root, f"news-{index}", day, kind, rows)


def _write_source(
    root: Path, ident: str, day: str, kind: str, rows: list[tuple[str, str, int]]
) -> None:
    parts = [
        f'[source]\npublisher = "Outlet {ident}"\nurl = "https://example.org/{ident}"\n'
        f'language = "en"\nkind = "{kind}"\npublished = "{day}"\n'
    ]
    for claim_id, metric, value in rows:
        country = '\ncountry = "VN"' if metric == "country_cities" else ""
        parts.append(
            f'[[claim]]\nid = "{claim_id}"\nmetric = "{metric}"\nvalue = {value}\n'
            f'phrase = "{value} member cities"{country}\n'
        )
    (root / "sources" / f"{ident}.toml").write_text("\n".join(parts), "utf-8")


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak resident memory (MB) of one run in a fresh process."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, _, usage = os.wait4(process.pid, 0)  # this child's own peak, not all children's
    elapsed = time.perf_counter() - start
    if os.environ.get("LCNET_BENCH_CPU"):  # a shared machine: CPU time varies less
        elapsed = usage.ru_utime + usage.ru_stime
    return elapsed, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    lcnet = str(Path(sys.executable).with_name("lcnet"))
    results: dict[tuple[str, str], list[tuple[int, float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="lcnet-scale-") as work:
        for size in args.claims:
            store = Path(work) / f"store-{size}"
            generate_store(store, size)
            for command in ("validate", "check"):
                for state in ("cold", "warm"):
                    env = {**os.environ, "LCNET_TODAY": "2026-11-23"}
                    env.pop("PYTHONDONTWRITEBYTECODE", None)
                    env["LCNET_CACHE_DIR"] = tempfile.mkdtemp(dir=work)
                    if state == "cold":
                        env["LCNET_NO_CACHE"] = "1"
                    argv = [lcnet, command, "--store", str(store)]
                    if state == "warm":
                        subprocess.run(argv, env=env, capture_output=True, check=False)
                    runs = [measure(argv, env) for _ in range(args.runs)]
                    seconds = min(r[0] for r in runs)
                    memory = max(r[1] for r in runs)
                    results.setdefault((command, state), []).append((size, seconds, memory))
    _print(results)
    return 0


def _print(results: dict[tuple[str, str], list[tuple[int, float, float]]]) -> None:
    for (command, state), rows in sorted(results.items()):
        print(f"lcnet {command} ({state})")
        previous = None
        for size, seconds, memory in rows:
            line = f"  {size:>7} claims: {seconds:7.2f} s  {memory:7.0f} MB"
            if previous is not None and size == previous[0] * 10:
                time_ratio, memory_ratio = seconds / previous[1], memory / previous[2]
                ok = "meets" if max(time_ratio, memory_ratio) <= RATIO_TARGET else "misses"
                line += (
                    f"  x{time_ratio:.1f} time, x{memory_ratio:.1f} memory "
                    f"({ok} the {RATIO_TARGET:.0f}x target)"
                )
            if size == 100_000 and command == "check":
                limit = WARM_SECONDS if state == "warm" else COLD_SECONDS
                extra = f", {WARM_MB} MB" if state == "warm" else ""
                line += f"  [target {limit:.0f} s{extra}]"
            print(line)
            previous = (size, seconds, memory)


if __name__ == "__main__":
    sys.exit(main())
