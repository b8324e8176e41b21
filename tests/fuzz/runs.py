"""Running lcnet on fuzzed input, in this process, and judging the outcome."""

from __future__ import annotations

import tempfile
from pathlib import Path
from random import Random
from typing import NamedTuple

from tests.conftest import run_cli
from tests.fuzz.invariants import output_problems, store_problems
from tests.fuzz.stores import mutate
from tests.fuzz.texts import hostile_text

STORE_COMMANDS = (
    ["validate"],
    ["check", "--format", "github"],
    ["cities", "--country", "VN", "--format", "json"],
)
TEXT_FORMATS = ("table", "github", "json", "jsonl", "sarif")
ENV = {"LCNET_TODAY": "2026-11-23", "LCNET_NO_CACHE": "1"}


class Failure(NamedTuple):
    what: str  # "store" or "text"
    seed: int
    command: list[str]
    reasons: list[str]
    detail: str  # the mutations, or the text's kind


def run(args: list[str], stdin: bytes | None = None) -> tuple[int, str, str]:
    outcome = run_cli(*args, env=ENV, stdin=stdin)  # through main's one error boundary
    return outcome.exit_code, outcome.stdout, outcome.stderr


def check_store(base: Path, seed: int, work: Path, rng: Random | None = None) -> list[Failure]:
    """validate, check and cities on one mutated store: each keeps lcnet's promises,
    and they agree on whether the store is valid."""
    store = work / f"store-{seed}"
    mutations = mutate(base, store, rng or seed)
    failures = []
    invalid = set()
    for command in STORE_COMMANDS:
        args = [*command, "--store", str(store)]
        code, out, err = run(args)
        reasons = output_problems(code, out, err) + store_problems(code, err)
        invalid.add(code == 3)
        if reasons:
            failures.append(Failure("store", seed, args, reasons, "; ".join(mutations)))
    if len(invalid) > 1:
        reason = "validate, check and cities disagree on whether the store is valid"
        failures.append(Failure("store", seed, ["(all three)"], [reason], "; ".join(mutations)))
    return failures


def check_text(store: Path, seed: int, work: Path) -> list[Failure]:
    return check_given_text(store, *hostile_text(seed), work / f"text-{seed}", seed)


def check_given_text(
    store: Path, text: bytes, kind: str, stem: Path, seed: int = 0
) -> list[Failure]:
    """lcnet check on one text in every format: each keeps lcnet's promises."""
    path = stem.with_name(f"{stem.name}.{kind}")
    path.write_bytes(text)
    failures = []
    for fmt in TEXT_FORMATS:
        args = ["check", "--store", str(store), "--format", fmt, str(path)]
        code, out, err = run(args)
        reasons = output_problems(code, out, err)
        if code not in (0, 1):
            reasons.append(f"exit {code} for a text")
        if reasons:
            failures.append(Failure("text", seed, args, reasons, kind))
    return failures


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="lcnet-fuzz-"))
