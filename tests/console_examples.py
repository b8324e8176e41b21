"""The `console` examples of the READMEs, run as a reader would run them.

Each ```console block is a sequence of commands (`$ ` lines, continued by a trailing
backslash) each followed by what it prints, stdout and stderr as they interleave. The
blocks of a file run in order in one directory holding a copy of the shipped store as
`facts/`, with "today" pinned, so that one example may build on another (a source
added, then formatted). A line `...` in an output stands for any lines.

A few examples need a file the README shows or describes: SETUP prepares it before the
command runs. LCNET_REGENERATE_GOLDEN=1 writes what the commands print back into the
README, like the golden files: regenerate on purpose, and review the diff.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "docs"
TODAY = "2026-11-23"
BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)
ELLIPSIS = "..."


@dataclass
class Example:
    command: str  # as written, continuation lines included
    expected: list[str]
    line: int  # of the command in the README
    actual: list[str] = field(default_factory=list)


@dataclass
class Block:
    line: int  # of the opening fence
    start: int  # offsets of the block's body in the README
    end: int
    examples: list[Example]


def blocks(text: str) -> list[Block]:
    found = []
    for match in BLOCK.finditer(text):
        first = text.count("\n", 0, match.start(1)) + 1
        found.append(
            Block(first - 1, match.start(1), match.end(1), _examples(match.group(1), first))
        )
    return found


def _examples(body: str, first: int) -> list[Example]:
    examples: list[Example] = []
    lines = body.splitlines()
    index = 0
    while index < len(lines):
        if not lines[index].startswith("$ "):
            raise ValueError(f"line {first + index}: a console block starts with a command")
        command = [lines[index][2:]]
        start = index
        while command[-1].endswith("\\") and index + 1 < len(lines):
            index += 1
            command.append(lines[index])
        index += 1
        output = []
        while index < len(lines) and not lines[index].startswith("$ "):
            output.append(lines[index])
            index += 1
        examples.append(Example("\n".join(command), output, first + start))
    return examples


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether `actual` is `expected`, each `...` line standing for any lines."""
    expected = [_shown(line) for line in expected]
    if ELLIPSIS not in expected:
        return expected == actual
    segments: list[list[str]] = [[]]
    for line in expected:
        if line == ELLIPSIS:
            segments.append([])
        else:
            segments[-1].append(line)
    first, *middle, last = segments
    if actual[: len(first)] != first or len(actual) < len(first) + len(last):
        return False
    at, end = len(first), len(actual) - len(last)
    if actual[end:] != last:
        return False
    for segment in middle:
        at = _find(actual, segment, at, end)
        if at < 0:
            return False
    return True


def _find(lines: list[str], segment: list[str], start: int, end: int) -> int:
    """Where `segment` ends in lines[start:end], searching from `start`; -1 if absent."""
    for at in range(start, end - len(segment) + 1):
        if lines[at : at + len(segment)] == segment:
            return at + len(segment)
    return -1


def _cat(example: Example, cwd: Path) -> None:
    """`$ cat FILE` shows the file: the example itself says what it holds."""
    name = example.command.split()[1]
    (cwd / name).write_text("\n".join(example.expected) + "\n", encoding="utf-8")


def _broken_store(example: Example, cwd: Path) -> None:
    shutil.copytree(FIXTURES / "broken", cwd / "broken")


def _hand_edited(example: Example, cwd: Path) -> None:
    """A curator wrote a date by hand, unquoted: what `lcnet fmt` puts right."""
    path = cwd / "facts" / "sources" / "example-news-2026-11-20.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('published = "2026-11-20"', "published = 2026-11-20"))


SETUP: dict[str, Callable[[Example, Path], None]] = {
    "cat article.md": _cat,
    'lcnet validate --store broken; echo "exit $?"': _broken_store,
    "lcnet fmt --check": _hand_edited,
}


MARK = "@@ lcnet example done @@"


def run(found: list[Block], cwd: Path) -> None:
    """Run the blocks in order in `cwd` (which holds `facts/`), each in one shell so
    that `$?` carries from one command to the next, recording what each prints."""
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("LCNET_")
    } | {
        "LCNET_TODAY": TODAY,
        "LCNET_CACHE_DIR": str(cwd / ".cache"),
        "PYTHONUNBUFFERED": "1",  # stdout and stderr in the order they are written
        "COLUMNS": "80",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    for block in found:
        for example in block.examples:
            setup = SETUP.get(example.command)
            if setup is not None:
                setup(example, cwd)
        script = "".join(
            f"{e.command}\nstatus=$?\necho '{MARK}'\n(exit $status)\n" for e in block.examples
        )
        done = subprocess.run(
            ["bash", "-c", script],
            cwd=cwd,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=600,
        )
        outputs = done.stdout.split(MARK + "\n")
        for example, output in zip(block.examples, outputs, strict=False):
            example.actual = [_shown(line) for line in output.splitlines()]


def _shown(line: str) -> str:
    """A line as a README shows it: without the spaces rich pads lines with (a diff's
    context line of one space keeps its space)."""
    return line.rstrip() or line[:1]


def _regenerated(example: Example) -> list[str]:
    """The output to show: as printed; where the README elides (`...`), the same number
    of lines before and after the elision, as printed."""
    expected, actual = example.expected, example.actual
    if matches(expected, actual):
        return expected
    if ELLIPSIS not in expected:
        return actual
    head = expected.index(ELLIPSIS)
    tail = len(expected) - 1 - max(i for i, line in enumerate(expected) if line == ELLIPSIS)
    if head + tail >= len(actual):
        return actual
    return [*actual[:head], ELLIPSIS, *actual[len(actual) - tail :]]


def regenerated(text: str, found: list[Block]) -> str:
    """The README with each example's output as the command printed it."""
    for block in reversed(found):
        body = []
        for example in block.examples:
            body.append("$ " + example.command)
            body.extend(_regenerated(example))
        text = text[: block.start] + "\n".join(body) + "\n" + text[block.end :]
    return text
