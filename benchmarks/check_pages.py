"""End-to-end benchmark of `lcnet check` on pages: plain text, Markdown and HTML.

Run:  python benchmarks/check_pages.py [--pages 5000] [--jobs N] [--kinds txt md html]
                [--keep DIR]

It writes a deterministic corpus (seeded; the template sentences of
benchmarks/extract_throughput.py, our own words) of `--pages` pages of about 3 kB in
each kind, as many small files and as one big file, then times the real command, a
fresh process each time, reading, extracting, judging and writing JSON to a file:

    lcnet check DIR --format json --jobs 1     (one process)
    lcnet check DIR --format json --jobs N     (N processes, default: every core)

and prints MB/s, MB/s per core, the speed-up, MB per CPU-second (which a machine
shared with other work changes less than the wall time), whether the two outputs are
byte for byte the same, and, when ripgrep (`rg`) is installed, the ratio to ripgrep's
time to scan the same files for the trigger words (a case-insensitive search for the
network's names).
Targets (issue 14): 30 MB/s per core or more on Markdown pages, within 10 times
ripgrep, and the Markdown reader no more than twice the plain-text reader's cost.

Which build is measured (pure Python, or lcnet.extract compiled with mypyc) follows the
python this script runs with (its `lcnet`): run it with each environment's python.
"""

from __future__ import annotations

import argparse
import html
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from extract_throughput import PLACES, sentence

MB = 1_000_000
PAGE_BYTES = 3_000
TRIGGERS = r"learning cit|GNLC|UNESCO"
TARGET_PER_CORE = 30.0
TARGET_RG = 10.0
TARGET_MARKDOWN = 2.0


def pages(rng: random.Random) -> Iterator[tuple[str, list[str]]]:
    """A title and paragraphs of about PAGE_BYTES in all, endlessly."""
    while True:
        title = f"{rng.choice(PLACES)} steps up its lifelong learning plan"
        paragraphs: list[str] = []
        size = len(title)
        while size < PAGE_BYTES:
            words = " ".join(sentence(rng, about_gnlc=True) for _ in range(rng.randint(2, 4)))
            paragraphs.append(words)
            size += len(words) + 2
        yield title, paragraphs


def as_text(title: str, paragraphs: list[str]) -> str:
    return "\n\n".join([title, *paragraphs]) + "\n"


def as_markdown(title: str, paragraphs: list[str]) -> str:
    first, *rest = paragraphs
    body = [
        f"# {title}",
        f"*{first}*",
        *(f"- {p}" if i % 3 == 1 else p for i, p in enumerate(rest)),
    ]
    body.append("[Read more](https://example.org/news) | **Related news**")
    return "---\ntitle: page\n---\n\n" + "\n\n".join(body) + "\n"


def as_html(title: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<!doctype html>\n<html><head><title>{html.escape(title)}</title></head>\n"
        f"<body><h1>{html.escape(title)}</h1>\n{body}\n</body></html>\n"
    )


WRITERS = {"txt": as_text, "md": as_markdown, "html": as_html}


def write_corpus(root: Path, kind: str, count: int) -> tuple[Path, Path, int]:
    """`count` pages as files in root/kind-pages, and all of them in one file."""
    rng = random.Random(14)
    many, one = root / f"{kind}-pages", root / f"{kind}-one"
    many.mkdir(parents=True)
    one.mkdir()
    texts = []
    for index, (title, paragraphs) in zip(range(count), pages(rng), strict=False):
        text = WRITERS[kind](title, paragraphs)
        (many / f"page-{index:05d}.{kind}").write_text(text, encoding="utf-8")
        texts.append(as_text(title, paragraphs) if kind == "html" else text)
    if kind == "html":  # one document: one head, every page's body
        (one / "all.html").write_text(
            as_html("All pages", [p for t in texts for p in t.split("\n\n")]), encoding="utf-8"
        )
    else:
        (one / f"all.{kind}").write_text("\n".join(texts), encoding="utf-8")
    size = sum(p.stat().st_size for p in many.iterdir())
    return many, one, size


def lcnet() -> list[str]:
    script = Path(sys.executable).with_name("lcnet")
    return [str(script)] if script.exists() else [sys.executable, "-m", "lcnet"]


def timed_check(target: Path, jobs: int, output: Path) -> tuple[float, float]:
    """Wall time and CPU time (user and system, of every process of the run)."""
    command = [*lcnet(), "check", str(target), "--format", "json", "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with output.open("wb") as out:
        subprocess.run(command, stdout=out, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def timed_rg(target: Path) -> float | None:
    rg = shutil.which("rg")
    if rg is None:
        return None
    start = time.perf_counter()
    subprocess.run([rg, "-i", "-c", TRIGGERS, str(target)], capture_output=True, check=False)
    return time.perf_counter() - start


def build() -> str:
    done = subprocess.run(
        [sys.executable, "-c", "import lcnet.extract.grammar as g; print(g.__file__)"],
        capture_output=True,
        text=True,
        check=False,
    )
    return "compiled" if done.stdout.strip().endswith((".so", ".pyd")) else "pure"


def byte_compile() -> None:
    """lcnet's modules byte-compiled, as an installed lcnet's are: where none were yet (a
    fresh checkout, PYTHONDONTWRITEBYTECODE set) every timed process would otherwise compile
    them from source: 0.13 s of CPU each, what 80 pages cost to check."""
    import lcnet

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(lcnet.__file__).parent)],
        capture_output=True,
        check=False,
    )


def measure(root: Path, kind: str, layout: str, target: Path, size: int, jobs: int) -> float:
    one, one_cpu = timed_check(target, 1, root / "one.json")
    many, many_cpu = timed_check(target, jobs, root / "many.json")
    same = (root / "one.json").read_bytes() == (root / "many.json").read_bytes()
    rg = timed_rg(target)
    per_core = size / MB / many / jobs
    mb = size / MB
    line = (
        f"{kind:4} {layout:5} {size / MB:5.1f} MB  -j1 {size / MB / one:5.2f} MB/s  "
        f"-j{jobs} {size / MB / many:5.2f} MB/s  per core {per_core:5.2f} MB/s "
        f"(target >= {TARGET_PER_CORE:.0f}: {_verdict(per_core >= TARGET_PER_CORE)})  "
        f"speed-up {one / many:4.2f} on {jobs} cores ({one / many / jobs:4.2f} of all)  "
        f"identical: {'yes' if same else 'NO'}"
        f"  CPU: -j1 {mb / one_cpu:5.2f}, -j{jobs} {mb / many_cpu:5.2f} MB per CPU-second"
    )
    if rg is not None:
        line += (
            f"  vs rg {many / rg:6.1f}x (target <= {TARGET_RG:.0f}: "
            f"{_verdict(many / rg <= TARGET_RG)})"
        )
    print(line, flush=True)
    return one_cpu / size


def _verdict(met: bool) -> str:
    return "meets" if met else "MISSES"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--kinds", nargs="+", default=list(WRITERS), choices=list(WRITERS))
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args()
    from lcnet.cli.parallel import default_jobs

    jobs = args.jobs or default_jobs()
    byte_compile()
    root = args.keep or Path(tempfile.mkdtemp(prefix="lcnet-pages-"))
    print(f"build: {build()}; {args.pages} pages of ~{PAGE_BYTES} bytes; {jobs} jobs")
    cost: dict[str, float] = {}
    try:
        for kind in args.kinds:
            many, one, size = write_corpus(root, kind, args.pages)
            cost[kind] = measure(root, kind, "pages", many, size, jobs)
            measure(
                root, kind, "one", one, one.joinpath(next(one.iterdir()).name).stat().st_size, jobs
            )
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    if "txt" in cost and "md" in cost:
        ratio = cost["md"] / cost["txt"]
        print(
            f"Markdown pages cost {ratio:.2f} times plain text in CPU time per byte "
            f"(target <= {TARGET_MARKDOWN:.0f}: {_verdict(ratio <= TARGET_MARKDOWN)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
