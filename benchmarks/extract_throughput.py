"""Throughput benchmark of the prose figure extractor (lcnet.extract).

Run:  python benchmarks/extract_throughput.py [--sizes 10 100] [--layout file|files]
                [--gnlc-share 1] [--typographic] [--seed 4] [--no-tracemalloc] [--keep DIR]
                [--profile MB] [--against REF [--rounds 3]]

For each size (in MB, default 10 and 100) it generates a deterministic corpus of
article-like English plain text (seeded; our own template sentences: GNLC figures,
other numbers, dates, percentages, prices, page furniture, another UNESCO network), then
streams it through lcnet.extract.read_stream / find_mentions (plain text kind), in a
fresh process per size, and reports:

- throughput in MB/s (UTF-8 bytes of the corpus over wall time, one core), without
  tracemalloc, which slows Python several-fold;
- the peak of traced Python memory (tracemalloc) in a second pass, and the process's
  peak resident set size (resource.getrusage maxrss) after the timed pass.

`--layout file` (the default) writes one big file; `--layout files` writes articles of
about 100 kB each and reads each with read_document. By default every article is about
the GNLC (one GNLC figure per ~3 kB, a name of the network every ~1.5 kB: the worst case
for speed); `--gnlc-share 0.05` makes 5 % of them so, like general news, where the
extractor skips text far from any name of the GNLC. Memory must not grow with the
size: the extractor reads a file in chunks of about a megabyte. The target is 20 MB/s
or more. Nothing here is asserted by the test suite. Each line says which build of
lcnet.extract it measured: pure Python (an editable install) or compiled with mypyc (see
the README, "The compiled build"); run the script with that environment's python.

`--against REF` measures a git ref (a commit, a branch, "main") side by side with the
working tree, in one run, on the same corpus: it checks the ref out in a temporary git
worktree, times both builds in alternating child processes (`--rounds` each, the best
kept, without tracemalloc, after a warm-up on the corpus's first 100 kB that compiles
each build's patterns), and prints the ratio of the working tree's throughput to the
ref's next to the target: no drop of more than 10 % (a ratio of at least 0.90, issue
10). The ratio is of CPU time, which other processes on a busy machine disturb less than
wall time (printed too). Both run with this script's python; the mentions each build
finds are printed too (they differ when the two builds read text differently).

`--profile MB` instead profiles one pass over a corpus of that size (cProfile, which
slows the run: the shares are what count), after the same warm-up as `--against`, and
prints where the time goes: reading the stream, finding figure phrases, judging them,
locating the mentions, and the functions that cost most.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

TARGET = 20.0  # MB/s
AGAINST_TARGET = 0.90  # the working tree's throughput over a ref's (issue 10)
ROOT = Path(__file__).resolve().parent.parent  # the checkout this script belongs to
MB = 1_000_000
ARTICLE_FILE_SIZE = 100_000

MONTHS = "January February March April May June July August September October November December"
MONTH_NAMES = MONTHS.split()
PLACES = [
    "Sa Dec",
    "Vinh",
    "Cao Lanh",
    "Son La",
    "Hanoi",
    "Hue",
    "Da Nang",
    "Can Tho",
    "Hai Phong",
]
NUMBER_WORDS = ["two", "three", "five", "six", "twelve", "sixty-four", "seventy-two"]

GNLC = [
    "The UNESCO Global Network of Learning Cities now counts {total} member cities"
    " in {countries} countries.",
    "With this intake the network welcomes {new} new members from {newc} countries.",
    "{place} joins {other} other cities in the GNLC this year.",
    "In {year} the network had {old} members, according to the institute.",
    "Member cities of the learning cities network are home to some {citizens} million citizens.",
    "Viet Nam now has {words} learning cities, officials said.",
    "The learning cities network has grown to more than {round} members.",
    "{place} became the {ordinal} Vietnamese member of the UNESCO learning cities network.",
]
NETWORK = [
    "{place} hopes to join the UNESCO Global Network of Learning Cities next year.",
    "Membership of the GNLC asks a city to report on its lifelong learning policies.",
    "The network lets member cities share ideas and good practice.",
]
OTHER_NUMBERS = [
    "The province opened {n} new schools for {m} students in the {year}-{year2} school year.",
    "Prices at the market rose {pct}% in {month}, while rents climbed {pct2} percent.",
    "The festival drew {m} visitors on {day} {month} {year}, organisers said.",
    "Tickets cost {n},000 dong, and the hotline is 024 3825 {n4}.",
    "The association has more than {n} thousand members across the province.",
    "{place} joined the UNESCO Creative Cities Network, which has {n} cities.",
    "Updated {day} {mon}, {hh}:{mm}",
    "About {pct} per cent of the {m} households now have broadband, up from {pct2}% in {year}.",
    "The committee met {n} times and approved {n2} projects worth {m} billion dong.",
    "Some {n} people attended the opening of the new library on {month} {day}.",
    "The bridge, {n2} metres long, will be finished by {year}.",
    "Exports grew {pct}.{n2}% year on year to {n} million US dollars.",
    "The ward has {n2} community learning centres and {n} clubs.",
    "Resolution No. {n2}-NQ/TU sets goals for the {year}-{year2} period.",
    "Temperatures reached {n2} degrees on {month} {day}, {year}.",
    "Around {n} teachers took part in the training, {pct}% of them women.",
]
PLAIN = [
    "The city has set up a steering committee to coordinate the plan.",
    "Officials said the effort would continue in the coming years.",
    "Residents took part in reading sessions held at the community centre.",
    "The department will advise the municipal authorities on concrete steps.",
    "Libraries and cultural houses extended their opening hours for the event.",
    "Teachers and volunteers organised classes for older people in the evenings.",
    "Local businesses were invited to support training programmes for workers.",
    "The forum discussed digital skills, inclusion and lifelong learning.",
    "Related news",
    "Most viewed",
    "Heavy rain disrupted traffic in several districts on Sunday morning.",
    "The museum reopened after a long renovation of its main hall.",
    "Farmers in the delta are switching to crops that need less water.",
    "A new bus line connects the university with the railway station.",
    "The provincial hospital added a wing for children and mothers.",
    "Organisers expect the book fair to draw families from nearby towns.",
    "Young volunteers cleaned the river banks over the weekend.",
    "The chairman called on departments to speed up administrative reform.",
    "Craft villages are promoting their products on online marketplaces.",
    "The exhibition presents photographs of the old quarter and its markets.",
    "Schools are encouraged to use digital tools in everyday teaching.",
    "The plan pays special attention to remote and mountainous communes.",
    "Several startups presented their ideas to investors at the event.",
    "Experts warned that air quality often worsens in the dry season.",
    "The park will get more trees, benches and a cycling path.",
    "Community leaders praised the residents for their initiative.",
    "The library lends books, e-readers and tablets to its readers.",
    "The city aims to make reading a daily habit for every family.",
    "Reporters could not reach the company for comment.",
    "The ceremony ended with a performance of traditional music.",
]


def sentence(rng: random.Random, *, about_gnlc: bool) -> str:
    """A sentence: in an article about the GNLC, a few GNLC figures among other numbers."""
    roll = rng.random()
    if roll < 0.02 and about_gnlc:
        template = rng.choice(GNLC)
    elif roll < 0.04 and about_gnlc:
        template = rng.choice(NETWORK)
    elif roll < 0.30:
        template = rng.choice(OTHER_NUMBERS)
    else:
        template = rng.choice(PLAIN)
    return template.format(**_values(rng))


def _values(rng: random.Random) -> dict[str, object]:
    year = rng.randint(2015, 2025)
    return {
        "total": rng.choice([229, 230, 294, 356, 425]),
        "countries": rng.choice([64, 76, 79, 91]),
        "new": rng.choice([38, 55, 64, 72, 77]),
        "newc": rng.choice([23, 27, 35, 44, 46]),
        "other": rng.choice([63, 71, 76]),
        "old": rng.choice([115, 174, 229, 230]),
        "citizens": rng.choice([310, 390, 500]),
        "words": rng.choice(NUMBER_WORDS),
        "round": rng.choice([200, 300, 400]),
        "ordinal": rng.choice(["fourth", "fifth", "sixth"]),
        "place": rng.choice(PLACES),
        "year": year,
        "year2": year + 1,
        "n": rng.randint(2, 999),
        "n2": rng.randint(2, 99),
        "n4": rng.randint(1000, 9999),
        "m": rng.randint(1000, 99999),
        "pct": rng.randint(1, 99),
        "pct2": rng.randint(1, 99),
        "day": rng.randint(1, 28),
        "month": rng.choice(MONTH_NAMES),
        "mon": rng.choice(MONTH_NAMES)[:3],
        "hh": f"{rng.randint(0, 23):02d}",
        "mm": f"{rng.randint(0, 59):02d}",
    }


def articles(rng: random.Random, gnlc_share: float, typographic: bool = False) -> Iterator[str]:
    """Articles: a headline, a dateline, paragraphs of two to five sentences.

    A share `gnlc_share` of them are about the GNLC (name it, state its figures).
    `typographic`: curly apostrophes and quotes, as real pages write English.
    """
    while True:
        about = rng.random() < gnlc_share
        place = rng.choice(PLACES)
        lines = [f"{place} steps up its lifelong learning plan", ""]
        lines += [f"{rng.choice(MONTH_NAMES)} {rng.randint(1, 28)}, {rng.randint(2016, 2026)}", ""]
        for _ in range(rng.randint(6, 14)):
            words = [sentence(rng, about_gnlc=about) for _ in range(rng.randint(2, 5))]
            if typographic:
                words[0] = f"\u201c{words[0]}\u201d the city\u2019s office said."
            lines += [" ".join(words), ""]
        yield "\n".join(lines) + "\n"


def write_corpus(
    directory: Path,
    size: int,
    seed: int,
    layout: str,
    gnlc_share: float,
    typographic: bool = False,
) -> list[Path]:
    """Write about `size` bytes of articles; one file, or files of ~100 kB each."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    written = 0
    stream = articles(rng, gnlc_share, typographic)
    while written < size:
        path = directory / (f"corpus-{len(paths):05d}.txt" if layout == "files" else "corpus.txt")
        limit = ARTICLE_FILE_SIZE if layout == "files" else size
        with path.open("w", encoding="utf-8") as out:
            file_size = 0
            while file_size < limit and written < size:
                article = next(stream)
                out.write(article)
                length = len(article.encode("utf-8"))
                file_size += length
                written += length
        paths.append(path)
    return paths


def extract(paths: list[Path], layout: str) -> dict[str, int]:
    """Run the extractor over the corpus; count the mentions by metric."""
    from lcnet.extract import find_mentions, read_document, read_stream

    counts: dict[str, int] = {}
    for path in paths:
        with path.open(encoding="utf-8") as source:
            if layout == "files":
                documents = iter([read_document(source.read(), "text")])
            else:
                documents = read_stream(source, "text")
            for document in documents:
                for mention in find_mentions(document, language="en"):
                    counts[mention.metric.value] = counts.get(mention.metric.value, 0) + 1
    return counts


# The stages of the extractor, each by the function that runs it: (file, name).
STAGES = {
    "read the stream": ("document.py", "read_stream"),
    "find figure phrases": ("phrase.py", "phrases_in"),
    "  of which unit nouns": ("candidates.py", "candidates"),
    "judge them": ("engine.py", "_judged"),
    "  of which sentences": ("sentence.py", "__init__"),
    "locate the mentions": ("__init__.py", "_mention"),
}


def profile(size_mb: float, args: argparse.Namespace) -> None:
    """Where the time goes, by stage and by function (cProfile, one pass)."""
    import cProfile
    import pstats

    with tempfile.TemporaryDirectory() as scratch:
        paths = write_corpus(
            Path(scratch), int(size_mb * MB), args.seed, args.layout, args.gnlc_share
        )
        # the grammar and the patterns cached on first use are compiled once per process:
        # not part of the split (they were its top entries: numbers._branches, ...)
        _warm_up(paths[0])
        profiler = cProfile.Profile()
        profiler.runcall(extract, paths, args.layout)
    stats = pstats.Stats(profiler)
    timings = stats.stats  # type: ignore[attr-defined]  # (file, line, name) -> times
    total = sum(own for _, _, own, _, _ in timings.values())
    print(f"profile of {size_mb:g} MB: {total:.2f} s under cProfile")
    for label, (file, name) in STAGES.items():
        spent = sum(
            times[3]
            for (path, _, function), times in timings.items()
            if path.endswith(f"extract/{file}") and function == name
        )
        print(f"  {label:24s} {spent:6.2f} s  {spent / total:4.0%}")
    stats.sort_stats("tottime").print_stats(r"lcnet/extract", 15)


def _warm_up(path: Path) -> None:
    """Extract from the corpus's first 100 kB: what each build compiles once per process
    (its grammar, its cached patterns) is then not timed."""
    from lcnet.extract import find_mentions, read_document

    with path.open(encoding="utf-8") as source:
        sample = source.read(ARTICLE_FILE_SIZE)
    for _ in find_mentions(read_document(sample, "text"), language="en"):
        pass


def measure(size_mb: float, args: argparse.Namespace, traced: bool) -> dict[str, object]:
    """One size, in this process: generate, time one pass, trace memory in another."""
    layout, seed, share = args.layout, args.seed, args.gnlc_share
    with tempfile.TemporaryDirectory() as scratch:
        name = f"{layout}-{size_mb:g}mb-seed{seed}-gnlc{share:g}"
        name += "-typographic" if args.typographic else ""
        directory = (args.keep or Path(scratch)) / name
        if directory.exists():
            paths = sorted(directory.glob("corpus*.txt"))
        else:
            paths = write_corpus(
                directory, int(size_mb * MB), seed, layout, share, args.typographic
            )
        size = sum(p.stat().st_size for p in paths)
        import lcnet.extract.engine  # imported before the clock starts

        compiled = not str(lcnet.extract.engine.__file__).endswith(".py")
        if args.against is not None:  # compile the grammar and patterns before the clock
            _warm_up(paths[0])

        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started, cpu_started = time.perf_counter(), time.process_time()
        counts = extract(paths, layout)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak = None
        if traced:
            tracemalloc.start()
            extract(paths, layout)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    return {
        "size_mb": size / MB,
        "files": len(paths),
        "seconds": elapsed,
        "mb_per_s": size / MB / elapsed,
        "cpu_mb_per_s": size / MB / cpu,
        "traced_peak_mb": None if peak is None else peak / MB,
        "maxrss_mb": rss_after / 1024,
        "maxrss_before_mb": rss_before / 1024,
        "mentions": counts,
        "build": "compiled (mypyc)" if compiled else "pure Python",
        "source": str(Path(lcnet.extract.engine.__file__).parents[3]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[10, 100])
    parser.add_argument("--layout", choices=["file", "files"], default="file")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--no-tracemalloc", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the generated corpora in DIR")
    parser.add_argument(
        "--gnlc-share",
        type=float,
        default=1.0,
        help="share of articles about the GNLC (default 1: every article; 0.05: general news)",
    )
    parser.add_argument(
        "--typographic",
        action="store_true",
        help="curly quotes and apostrophes, as real English pages write them",
    )
    parser.add_argument("--profile", type=float, metavar="MB", help="profile a corpus of MB")
    parser.add_argument(
        "--against",
        metavar="REF",
        help="measure a git ref side by side with the working tree and print the ratio",
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="runs of each build with --against (best kept)"
    )
    parser.add_argument("--one", type=float, help=argparse.SUPPRESS)  # a child run
    args = parser.parse_args()
    if args.profile is not None:
        profile(args.profile, args)
        return 0
    if args.one is not None:
        result = measure(args.one, args, not args.no_tracemalloc)
        print(json.dumps(result))
        return 0
    if args.against is not None:
        return against(args)
    print(
        f"lcnet.extract throughput, layout={args.layout}, seed={args.seed}, "
        f"GNLC articles {args.gnlc_share:.0%}{', typographic' if args.typographic else ''}"
        f" (target {TARGET} MB/s)"
    )
    for size in args.sizes:
        result = _child(size, args, args.keep, None)
        traced = result["traced_peak_mb"]
        print(
            f"{result['size_mb']:7.1f} MB in {result['files']:4d} file(s): "
            f"{result['mb_per_s']:6.1f} MB/s ({result['seconds']:.1f} s), "
            f"tracemalloc peak {'-' if traced is None else f'{traced:.1f} MB'}, "
            f"maxrss {result['maxrss_mb']:.1f} MB; mentions {_mentions(result)}; "
            f"{result['build']}"
        )
    return 0


def _child(
    size: float, args: argparse.Namespace, keep: Path | None, source: Path | None
) -> dict[str, object]:
    """One size measured in a fresh process; `source`: the src/ directory of the build to
    import lcnet from (None: whatever this python imports)."""
    command = [sys.executable, __file__, "--one", str(size), "--layout", args.layout]
    command += ["--seed", str(args.seed), "--gnlc-share", str(args.gnlc_share)]
    command += ["--no-tracemalloc"] if args.no_tracemalloc or source else []
    command += ["--typographic"] if args.typographic else []
    command += ["--keep", str(keep)] if keep else []
    command += ["--against", args.against] if source is not None else []
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if source is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(source), env.get("PYTHONPATH", "")]).rstrip(
            os.pathsep
        )
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _rate(result: dict[str, object], kind: str = "") -> float:
    rate = result[f"{kind}mb_per_s"]
    assert isinstance(rate, float)
    return rate


def _mentions(result: dict[str, object]) -> int:
    counts = result["mentions"]
    assert isinstance(counts, dict)
    return sum(counts.values())


def against(args: argparse.Namespace) -> int:
    """The working tree and a git ref, side by side on the same corpus, alternating."""
    print(
        f"lcnet.extract throughput, working tree against {args.against}, layout={args.layout},"
        f" seed={args.seed}, GNLC articles {args.gnlc_share:.0%}"
        f"{', typographic' if args.typographic else ''}; best of {args.rounds} runs each"
    )
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / "ref"
        added = subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), args.against],
            capture_output=True,
            text=True,
        )
        if added.returncode != 0:
            print(f"cannot check out {args.against}: {added.stderr.strip()}", file=sys.stderr)
            return 2
        try:
            keep = args.keep or Path(scratch) / "corpus"
            builds = {args.against: tree / "src", "working tree": ROOT / "src"}
            for size in args.sizes:
                best: dict[str, dict[str, object]] = {}
                for _ in range(args.rounds):
                    for name, source in builds.items():
                        result = _child(size, args, keep, source)
                        if result["source"] != str(source.parent):
                            print(f"warning: {name} imported lcnet from {result['source']}")
                        if name not in best or _rate(result, "cpu_") > _rate(best[name], "cpu_"):
                            best[name] = result
                for name, result in best.items():
                    print(
                        f"{result['size_mb']:7.1f} MB  {name:>14.14}: "
                        f"{_rate(result, 'cpu_'):6.1f} MB/s of CPU time, {_rate(result):6.1f} MB/s"
                        f" wall; mentions {_mentions(result)}; "
                        f"{result['build']}"
                    )
                ratio = _rate(best["working tree"], "cpu_") / _rate(best[args.against], "cpu_")
                wall = _rate(best["working tree"]) / _rate(best[args.against])
                verdict = "ok" if ratio >= AGAINST_TARGET else "SLOWER than the target"
                print(
                    f"{'':18}ratio {ratio:.2f} of {args.against} by CPU time ({wall:.2f} by wall"
                    f" time; target >= {AGAINST_TARGET:.2f}: {verdict})"
                )
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
