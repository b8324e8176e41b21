"""python -m tests.eval [--lang xx] [--split dev|blind|all] [--pages GLOB] [--why] [--verbose]

Scores `lcnet check` on the evaluation corpus (tests/eval/pages) or, with --roundtrip, on
the store's own claim phrases; --why names the engine's stage that lost or misjudged
each figure (tests/eval/why.py). --update regenerates tests/eval/results.json (the dev split
and the round trip, which tests/eval/test_results.py pins); --check-labels validates
every label file without running lcnet (for blind pages while they are written).
--root scores another corpus laid out the same way (LANG/dev|blind/PAGE with its
.labels.json), e.g. real pages kept outside the repository. See tests/eval/README.md.
"""

from __future__ import annotations

import argparse
import sys
from fnmatch import fnmatch
from pathlib import Path

from tests.eval.engine import TODAY
from tests.eval.labels import PAGES, SPLITS, check_labels, load_page, page_files, stray_labels
from tests.eval.results import RESULTS, current_results, write_results


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    languages = tuple(arguments.lang) if arguments.lang else None
    root = arguments.root if arguments.root is not None else PAGES
    if not root.is_dir():
        sys.stderr.write(f"--root {root}: no such directory\n")
        return 2
    if arguments.check_labels:
        return _check_labels(languages, root)
    if arguments.update:
        if languages or arguments.split != "dev" or arguments.roundtrip or arguments.root:
            sys.stderr.write("--update runs the dev split and the round trip, every language\n")
            return 2
        write_results(current_results())
        print(f"wrote {RESULTS}")
        return 0
    if arguments.perturb is not None:
        if arguments.split != "dev" or arguments.root or arguments.roundtrip:
            sys.stderr.write("--perturb lays out the dev split's pages only\n")
            return 2
        return _print_perturbed(languages, arguments.pages, arguments.perturb, arguments.why)
    if arguments.roundtrip:
        _print_roundtrip(languages, arguments.verbose)
        return 0
    splits = SPLITS if arguments.split == "all" else (arguments.split,)
    if arguments.why:
        return _print_why(languages, splits, arguments.pages, arguments.verbose, root)
    return _print_corpus(languages, splits, arguments.verbose, arguments.pages, root)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.eval", description=__doc__.split("\n\n")[1]
    )
    parser.add_argument(
        "--lang", action="append", metavar="XX", help="only this language (repeatable)"
    )
    parser.add_argument("--split", choices=("dev", "blind", "all"), default="dev")
    parser.add_argument("--roundtrip", action="store_true", help="the store's round trip instead")
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="list every miss and false positive"
    )
    parser.add_argument(
        "--pages",
        action="append",
        metavar="GLOB",
        help="only the pages whose file name matches (b10-*; repeatable)",
    )
    parser.add_argument(
        "--why", action="store_true", help="the stage that lost each missed or misjudged figure"
    )
    parser.add_argument(
        "--perturb",
        nargs="*",
        metavar="NAME",
        help="score other layouts of the dev pages (every transformation, or those named)",
    )
    parser.add_argument("--update", action="store_true", help="rewrite tests/eval/results.json")
    parser.add_argument(
        "--check-labels", action="store_true", help="validate the label files only"
    )
    parser.add_argument(
        "--root",
        type=Path,
        metavar="DIR",
        help="another corpus laid out as tests/eval/pages (LANG/dev|blind/PAGE + labels)",
    )
    return parser


def _check_labels(languages: tuple[str, ...] | None, root: Path) -> int:
    pages = list(page_files(languages, root=root))
    problems = check_labels(pages)
    problems += [f"{path}: a label file without its page" for path in stray_labels(root)]
    for problem in problems:
        print(problem)
    figures = distractors = 0
    if not problems:
        for path in pages:
            page = load_page(path)
            figures, distractors = figures + len(page.figures), distractors + len(page.distractors)
    print(
        f"{len(pages)} pages, {figures} figures, {distractors} distractors: "
        f"{len(problems)} problems"
    )
    return 1 if problems else 0


def _paths(
    languages: tuple[str, ...] | None,
    splits: tuple[str, ...],
    patterns: list[str] | None,
    root: Path,
) -> list[Path]:
    paths = page_files(languages, splits, root)
    return [p for p in paths if not patterns or any(fnmatch(p.name, g) for g in patterns)]


def _print_corpus(
    languages: tuple[str, ...] | None,
    splits: tuple[str, ...],
    verbose: bool,
    pattern: list[str] | None = None,
    root: Path = PAGES,
) -> int:
    from tests.eval.corpus import counts_by_group, run_pages
    from tests.eval.report import TARGETS, counts_table, date_notes, page_issues

    paths = _paths(languages, splits, pattern, root)
    if not paths:
        print("no pages")
        return 1
    results = run_pages(load_page(p) for p in paths)
    corpus = "the evaluation corpus" if root == PAGES else str(root)
    print(f"lcnet check on {corpus} (store facts/, today {TODAY})")
    print()
    for line in counts_table(counts_by_group(results)):
        print(line)
    print(TARGETS)
    notes = date_notes(results)
    if notes:
        print(f"{len(notes)} pages judged at another date than labelled:")
        print("\n".join(notes))
    if verbose:
        for result in results:
            issues = page_issues(result)
            if issues:
                print()
                print("\n".join(issues))
    return 0


def _print_why(
    languages: tuple[str, ...] | None,
    splits: tuple[str, ...],
    pattern: list[str] | None,
    verbose: bool,
    root: Path = PAGES,
) -> int:
    from tests.eval.corpus import run_pages
    from tests.eval.why import lost_figures, stage_table

    paths = _paths(languages, splits, pattern, root)
    if not paths:
        print("no pages")
        return 1
    pages = [load_page(p) for p in paths]
    figures: dict[str, int] = {}
    for page in pages:
        figures[page.language] = figures.get(page.language, 0) + len(page.figures)
    lost = lost_figures(run_pages(pages))
    shown = f", pages {' '.join(pattern)}" if pattern else ""
    print(f"where lcnet loses figures ({'+'.join(splits)}{shown}, today {TODAY})")
    print()
    print("\n".join(stage_table(lost, figures)))
    if verbose:
        print()
        for each in lost:
            figure = each.figure
            print(
                f"{each.page}:{figure.spot.line}:{figure.spot.column}: {each.stage}: "
                f"{figure.number!r} {figure.metric} {figure.value}; {each.detail}"
            )
    return 0


def _print_perturbed(
    languages: tuple[str, ...] | None,
    patterns: list[str] | None,
    names: list[str],
    why: bool,
) -> int:
    from tests.eval.corpus import run_pages
    from tests.eval.perturb import TRANSFORMATIONS
    from tests.eval.perturbed import HEADER, report, run_transformation, scratch

    unknown = [n for n in names if n not in TRANSFORMATIONS]
    if unknown:
        known = ", ".join(TRANSFORMATIONS)
        sys.stderr.write(f"--perturb: no transformation {', '.join(unknown)}; known: {known}\n")
        return 2
    paths = _paths(languages, ("dev",), patterns, PAGES)
    if not paths:
        print("no pages")
        return 1
    originals = run_pages(load_page(p) for p in paths)
    print(f"other layouts of the dev pages (today {TODAY}): original -> variant, same labels")
    print()
    print(HEADER)
    details: list[str] = []
    with scratch() as folder:
        for name in names or TRANSFORMATIONS:
            row, changed = report(name, run_transformation(name, originals, Path(folder)), why)
            print(row, flush=True)
            details += changed
    if details:
        print()
        print("\n".join(details))
    return 0


def _print_roundtrip(languages: tuple[str, ...] | None, verbose: bool) -> None:
    from tests.eval.report import roundtrip_table, trip_issues
    from tests.eval.roundtrip import counts_by_language, run_trips, store_trips

    trips, skipped = store_trips()
    if languages:
        trips = [t for t in trips if t.language in languages]
    results = run_trips(trips)
    print(f"lcnet check on the store's claim phrases (store facts/, today {TODAY})")
    print()
    print("\n".join(roundtrip_table(counts_by_language(results), skipped)))
    if verbose:
        print()
        print("\n".join(trip_issues(results)))


if __name__ == "__main__":
    sys.exit(main())
