"""Baselines: the findings a project has accepted for now, so that a run reports only
new ones.

A finding is identified by a fingerprint that survives line shifts and reformatting: for
a figure in a text, the path, the metric, the value and the sentence it is in
(normalised: case, spacing and markup left out), never the line. The same fingerprint is
SARIF's partialFingerprints, so that code scanning tracks an alert across commits.

The baseline file is JSON, sorted, one finding per entry, for review in a diff (written
by lcnet.render.baseline, read here):

    {"lcnet_baseline": 1, "findings": [{"fingerprint": "...", "code": "stale-figure",
      "path": "content/about.md", "message": "..."}]}
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import PurePath
from typing import NamedTuple

from lcnet.check.findings import Finding
from lcnet.errors import UsageError

VERSION = 1
_DIGITS = re.compile(r"\d+")
_NOT_WORDS = re.compile(r"[^\w]+")


@lru_cache(maxsize=4096)  # every finding asks; a store's findings share their files
def normal_path(path: str) -> str:
    """The same file however it was named: "./content\\a.md" is "content/a.md"."""
    return PurePath(path).as_posix().removeprefix("./")


def normal_sentence(sentence: str) -> str:
    """A sentence as its words, lower case: reflowing and re-punctuating change nothing."""
    return " ".join(_NOT_WORDS.sub(" ", sentence.casefold()).split())


def figure_fingerprint(path: str, metric: str, value: int, sentence: str) -> str:
    return _digest("figure", normal_path(path), metric, str(value), normal_sentence(sentence))


def fingerprint(finding: Finding) -> str:
    """The finding's own fingerprint, or one from its code, file and message with its
    numbers left out (lines move; a store finding's key is already stable)."""
    if finding.fingerprint:
        return finding.fingerprint
    message = _DIGITS.sub("#", normal_sentence(finding.message))
    return _digest(finding.code, normal_path(finding.file), message)


def numbered(findings: Iterable[Finding]) -> Iterator[Finding]:
    """The findings with their fingerprints, the second of two identical ones (the same
    sentence twice in a page) told apart by its rank."""
    seen: Counter[str] = Counter()
    for item in findings:
        mark = fingerprint(item)
        seen[mark] += 1
        rank = seen[mark]
        yield item._replace(fingerprint=mark if rank == 1 else f"{mark}-{rank}")


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


class Baseline(NamedTuple):
    fingerprints: frozenset[str]

    def is_new(self, finding: Finding) -> bool:
        return fingerprint(finding) not in self.fingerprints


def read_baseline(text: str, where: str) -> Baseline:
    """The baseline a file holds; a UsageError says what is wrong with it."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        message = f"--baseline {where}: not JSON ({error.msg}, line {error.lineno})"
        raise UsageError(message) from None
    if not isinstance(document, dict) or document.get("lcnet_baseline") != VERSION:
        raise UsageError(
            f"--baseline {where}: not an lcnet baseline (version {VERSION}); "
            "write one with --write-baseline"
        )
    entries = document.get("findings")
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in entries
    ):
        raise UsageError(f'--baseline {where}: "findings" must list objects with a fingerprint')
    return Baseline(frozenset(e["fingerprint"] for e in entries))


__all__ = [
    "Baseline",
    "figure_fingerprint",
    "fingerprint",
    "normal_path",
    "normal_sentence",
    "numbered",
    "read_baseline",
]
