"""Same-output check for refactors and speed work: every figure `lcnet check` reports.

Run:  python benchmarks/same_output.py dump OUT.json [--tree DIR]
      python benchmarks/same_output.py compare BEFORE.json AFTER.json

`dump` runs `lcnet check --format json` (one process, pinned today, a fresh cache) over
the evaluation's DEV pages (tests/eval/pages/*/dev: never the blind ones), the
extractor's corpus (tests/extract/corpus) and the 50 files (5 MB) of the throughput
benchmark's generated English (benchmarks/extract_throughput.py --layout files, seed 4,
kept under the system's temporary directory), and writes each text's path, date and
language and every figure as JSON with sorted keys: two dumps of the same output are
byte for byte the same. `--tree` measures another checkout (its src/ is imported): dump
main, then your tree.

`compare` says "identical" for the texts and the figures, or how many records each
side holds that the other does not, and the first ten of each: a figure at the same
place on both sides by the fields that changed ("~ path:line:column: value 72 -> 64"),
others whole ("-" before only, "+" after only). Its exit code is 0 only when both are
identical.

A change that must not move any figure (a refactor, a speed-up) is checked so: dump
before the first change, dump after each, compare. Nothing here is asserted by the test
suite; the evaluation's own scores (python -m tests.eval) are the other half.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the checkout this script belongs to
TODAY = "2026-12-05"  # pinned: a figure's verdict depends on the day
GENERATED_FILES = 50  # of the throughput corpus (100 kB each)
SHOWN = 10  # differences printed per side


def _generated() -> list[Path]:
    """The throughput benchmark's English, written once (the same seed every time)."""
    keep = Path(tempfile.gettempdir()) / "lcnet-same-output"
    directory = keep / "files-5mb-seed4-gnlc1"
    if not directory.exists():
        command = [sys.executable, str(Path(__file__).parent / "extract_throughput.py")]
        command += ["--sizes", "5", "--layout", "files", "--no-tracemalloc", "--keep", str(keep)]
        subprocess.run(command, check=True, capture_output=True)
    return sorted(directory.glob("corpus*.txt"))[:GENERATED_FILES]


def _files(tree: Path) -> list[str]:
    pages = tree / "tests" / "eval" / "pages"
    found = [p for kind in ("md", "html", "txt") for p in pages.glob(f"*/dev/*.{kind}")]
    corpus = tree / "tests" / "extract" / "corpus"
    found += [p for kind in ("txt", "md") for p in corpus.glob(f"*.{kind}")]
    # relative to the tree, so that two trees' dumps compare; the generated files apart
    return sorted(str(p.relative_to(tree)) for p in found) + [str(p) for p in _generated()]


def dump(tree: Path, out: Path) -> int:
    files = _files(tree)
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "LCNET_TODAY": TODAY, "LCNET_CACHE_DIR": cache}
        env["PYTHONPATH"] = os.pathsep.join([str(tree / "src"), str(tree)])
        command = [sys.executable, "-m", "lcnet", "check", "--format", "json"]
        command += ["--fail-on", "never", "--store", "facts", *files]
        done = subprocess.run(
            command, cwd=tree, env=env, capture_output=True, text=True, check=False
        )
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return done.returncode
    report = json.loads(done.stdout)
    kept = ("path", "date", "date_origin", "language")
    texts = [{key: text.get(key) for key in kept} for text in report["texts"]]
    dumped = {"texts": texts, "figures": report["figures"]}
    out.write_text(json.dumps(dumped, indent=0, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(report['figures'])} figures from {len(files)} files -> {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (before, after))
    same = True
    for key in ("texts", "figures"):
        one, other = first[key], second[key]
        if one == other:
            print(f"{key}: identical ({len(one)})")
            continue
        same = False
        left = {json.dumps(r, sort_keys=True, ensure_ascii=False) for r in one}
        right = {json.dumps(r, sort_keys=True, ensure_ascii=False) for r in other}
        print(
            f"{key}: DIFFER ({len(one)} against {len(other)}); only before: "
            f"{len(left - right)}, only after: {len(right - left)}"
            + ("; the same records in another order" if left == right else "")
        )
        _show(
            [json.loads(r) for r in sorted(left - right)],
            [json.loads(r) for r in sorted(right - left)],
        )
    return 0 if same else 1


def _show(gone: list[dict[str, object]], new: list[dict[str, object]]) -> None:
    """The records only one side holds: those at the same place on both sides by the
    fields that differ, the others whole (cut at 300 characters)."""
    place = ("path", "line", "column")
    later = {tuple(r.get(k) for k in place): r for r in new}
    for record in gone[:SHOWN]:
        other = later.pop(tuple(record.get(k) for k in place), None)
        if other is None:
            print(f"  - {json.dumps(record, sort_keys=True, ensure_ascii=False)[:300]}")
            continue
        changed = sorted(k for k in {*record, *other} if record.get(k) != other.get(k))
        where = ":".join(str(record.get(k)) for k in place)
        print(
            f"  ~ {where}: "
            + "; ".join(f"{k} {record.get(k)!r} -> {other.get(k)!r}" for k in changed)
        )
    for record in list(later.values())[:SHOWN]:
        print(f"  + {json.dumps(record, sort_keys=True, ensure_ascii=False)[:300]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="write every figure lcnet reports")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--tree", type=Path, default=ROOT, help="the checkout to measure")
    comparing = commands.add_parser("compare", help="compare two dumps")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        return dump(args.tree.resolve(), args.out)
    return compare(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
