"""Which files `lcnet check DIR` reads: the text kinds, less what the project ignores.

A directory is walked for the text kinds (TEXT_SUFFIXES), in a stable order, leaving out
hidden files and directories, dependency folders, what .gitignore and .lcnetignore files
ignore (each read as git reads it, from the directory up to the repository's root, a
deeper file winning), and what --exclude names. Files given one by one are read unless
--exclude names them: pre-commit passes only the files git tracks.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

TEXT_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".html", ".htm", ".xhtml", ".txt", ".text")
SKIPPED_DIRECTORIES = frozenset({"node_modules", "__pycache__", "site-packages", "venv"})
IGNORE_FILES = (".gitignore", ".lcnetignore")
STDIN = "-"


class Ignore(NamedTuple):
    """The patterns of one directory's ignore files, matched relative to it."""

    base: str  # absolute
    spec: GitIgnoreSpec

    def verdict(self, path: Path, directory: bool) -> bool | None:
        """True: ignored; False: kept by a "!" pattern; None: no pattern speaks of it."""
        relative = os.path.relpath(Path(path).absolute(), self.base)
        relative = PurePath(relative).as_posix() + ("/" if directory else "")
        return self.spec.check_file(relative).include


def text_files(paths: Iterable[str], excluded: Iterable[str] = ()) -> Iterator[str]:
    """The files to check: as given, directories walked; none that --exclude names."""
    exclude = _spec(list(excluded))
    for given in paths:
        if given == STDIN:
            yield STDIN
        elif Path(given).is_dir():
            yield from (f for f in _walk(Path(given)) if not _excluded(exclude, f))
        elif not _excluded(exclude, given):
            yield given


def is_ignored(path: Path, root: Path | None = None) -> bool:
    """Whether the ignore files of its directory and those above (up to `root`, the
    editor's workspace, or the repository's root) leave the file out, as a walk of its
    project would: an editor asks this of the document it shows."""
    file = path.absolute()
    if root is not None and file.is_relative_to(root.absolute()):
        top = root.absolute()
        ignores = _ancestors_ignores(top)
        below = [top / part for part in _prefixes(file.parent.relative_to(top))]
        for directory in [top, *below]:
            ignores += _ignores_in(directory)
    else:
        ignores = [*_ancestors_ignores(file.parent), *_ignores_in(file.parent)]
    return _ignored(ignores, file, False)


def _prefixes(relative: PurePath) -> list[PurePath]:
    """ "a/b/c" -> a, a/b, a/b/c."""
    parts = relative.parts
    return [PurePath(*parts[: i + 1]) for i in range(len(parts))]


def _walk(top: Path) -> Iterator[str]:
    scopes: dict[Path, list[Ignore]] = {top: [*_ancestors_ignores(top), *_ignores_in(top)]}
    for root, directories, files in os.walk(top):
        here = Path(root)
        ignores = scopes.pop(here)
        kept = []
        for name in sorted(directories):
            path = here / name
            if _visible(name, SKIPPED_DIRECTORIES) and not _ignored(ignores, path, True):
                kept.append(name)
                scopes[path] = [*ignores, *_ignores_in(path)]
        directories[:] = kept
        for name in sorted(files):
            path = here / name
            if _is_text(name) and not _ignored(ignores, path, False):
                yield str(path)


def _visible(name: str, skipped: frozenset[str]) -> bool:
    return not name.startswith(".") and name not in skipped


def _is_text(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(TEXT_SUFFIXES)


def _ignored(ignores: list[Ignore], path: Path, directory: bool) -> bool:
    for ignore in reversed(ignores):  # the deepest file that speaks of it decides
        verdict = ignore.verdict(path, directory)
        if verdict is not None:
            return verdict
    return False


def _ignores_in(directory: Path) -> list[Ignore]:
    lines = []
    for name in IGNORE_FILES:
        try:
            lines += (directory / name).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
    spec = _spec(lines)
    return [Ignore(str(directory.absolute()), spec)] if spec is not None else []


def _ancestors_ignores(top: Path) -> list[Ignore]:
    """The ignore files above `top`, up to the repository's root (a directory holding
    .git); none when `top` is in no repository."""
    above: list[Ignore] = []
    if (top / ".git").exists():
        return above
    for directory in top.absolute().parents:
        above = _ignores_in(directory) + above
        if (directory / ".git").exists():
            return above
    return []


def _spec(lines: list[str]) -> GitIgnoreSpec | None:
    if not any(line.strip() and not line.startswith("#") for line in lines):
        return None
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(lines)


def _excluded(spec: GitIgnoreSpec | None, path: str) -> bool:
    if spec is None:
        return False
    posix = PurePath(path).as_posix().removeprefix("./")
    return spec.match_file(posix)
