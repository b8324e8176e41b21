"""Mutated fact stores: what a careless or hostile edit can make of the files."""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from pathlib import Path

HOSTILE_STRINGS = [
    "\x1b[31mred\x1b[0m",
    "\x1b]52;c;SGVsbG8=\x07",
    "\x1b]8;;http://evil\x1b\\link",
    "\x9b2J",
    "\u202etxt.exe",
    "[bold]markup[/bold]",
    "line\nbreak",
    "%0A::error::forged",
    "tab\there",
    "\x00nul",
    "é" * 50,
    "",
]
HOSTILE_VALUES = [
    "1" + "0" * 30,
    "-" + "9" * 25,
    "9223372036854775807",
    "9223372036854775808",
    "[" * 200 + "]" * 200,
    "[" * 3000 + "]" * 3000,
    "[1, 2, 3]",
    "{a = 1}",
    "[[1]]",
    "true",
    "1979-05-27T07:32:00Z",
    "3.14",
    "nan",
    '"2025-02-30"',
    '"unknown"',
    "'''multi\nline'''",
    '"\\u0000"',
]
TABLES = ["[source]", "[[claim]]", "[[city]]", "[[intake]]", "[[resolution]]", "[store]"]


def toml_string(text: str) -> str:
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.toml") if p.is_file() and not p.is_symlink())


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8", errors="replace").split("\n")


def _write(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")


def replace_value(root: Path, rng: random.Random) -> str:
    path = rng.choice(_files(root))
    lines = _lines(path)
    candidates = [i for i, line in enumerate(lines) if " = " in line]
    if not candidates:
        return "nothing to replace"
    index = rng.choice(candidates)
    key = lines[index].split(" = ", 1)[0]
    value = (
        rng.choice(HOSTILE_VALUES)
        if rng.random() < 0.6
        else toml_string(rng.choice(HOSTILE_STRINGS))
    )
    lines[index] = f"{key} = {value}"
    _write(path, lines)
    return f"{path.relative_to(root)}:{index + 1}: {key} = {value[:40]!r}"


def rename_key(root: Path, rng: random.Random) -> str:
    path = rng.choice(_files(root))
    lines = _lines(path)
    candidates = [i for i, line in enumerate(lines) if " = " in line]
    if not candidates:
        return "nothing to rename"
    index = rng.choice(candidates)
    key, value = lines[index].split(" = ", 1)
    new = rng.choice(
        [key + "x", toml_string(key), toml_string("k\x1b[31m"), '"a.b"', "claim", "source"]
    )
    lines[index] = f"{new} = {value}"
    _write(path, lines)
    return f"{path.relative_to(root)}:{index + 1}: key {key!r} -> {new!r}"


def edit_lines(root: Path, rng: random.Random) -> str:
    path = rng.choice(_files(root))
    lines = _lines(path)
    index = rng.randrange(len(lines))
    action = rng.choice(["delete", "duplicate", "header", "truncate", "garbage", "swap"])
    if action == "delete":
        del lines[index]
    elif action == "duplicate":
        lines.insert(index, lines[index])
    elif action == "header":
        lines.insert(index, rng.choice(TABLES))
    elif action == "truncate":
        lines = [*lines[:index], lines[index][: rng.randrange(len(lines[index]) + 1)]]
    elif action == "garbage":
        lines.insert(index, rng.choice(["= =", "[", "]]", '"', "x = ", "claim = [1]", "\x00"]))
    else:
        other = rng.randrange(len(lines))
        lines[index], lines[other] = lines[other], lines[index]
    _write(path, lines)
    return f"{path.relative_to(root)}:{index + 1}: {action}"


def raw_bytes(root: Path, rng: random.Random) -> str:
    path = rng.choice(_files(root))
    data = bytearray(path.read_bytes())
    at = rng.randrange(len(data) + 1)
    data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 8)))
    path.write_bytes(bytes(data))
    return f"{path.relative_to(root)}: bytes inserted at {at}"


def special_file(root: Path, rng: random.Random) -> str:
    folder = root / rng.choice(["sources", "cities", ""])
    name = rng.choice(["x.toml", "vn.toml", "loop.toml", "dir.toml", "zz.toml"])
    target = folder / name
    if target.exists() or target.is_symlink():
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        else:
            target.unlink()
    kind = rng.choice(["dangling", "loop", "directory", "empty", "tmp"])
    if kind == "dangling":
        target.symlink_to("nowhere.toml")
    elif kind == "loop":
        target.symlink_to(name)
    elif kind == "directory":
        target.mkdir()
    elif kind == "empty":
        target.write_text("")
    else:
        (folder / f".{name}.abc123.tmp").write_text("[source]\nhalf")
    return f"{target.relative_to(root)}: {kind}"


MUTATIONS: list[Callable[[Path, random.Random], str]] = [
    replace_value,
    rename_key,
    edit_lines,
    raw_bytes,
    special_file,
]


def mutate(source: Path, target: Path, seed: int | random.Random) -> list[str]:
    """A copy of the store at `source`, mutated one to four times; what was done."""
    rng = seed if isinstance(seed, random.Random) else random.Random(seed)
    shutil.copytree(source, target, symlinks=True)
    target.chmod(0o755)
    done = []
    for _ in range(rng.randrange(1, 5)):
        done.append(rng.choice(MUTATIONS)(target, rng))
    return done
