"""Which fact store a command reads: --store, $LCNET_STORE, ./facts, or the shipped one."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from lcnet.errors import UsageError

STORE_MARKER = "store.toml"


class Origin(StrEnum):
    OPTION = "--store"
    ENVIRONMENT = "LCNET_STORE"
    WORKING_DIRECTORY = "working directory"
    SHIPPED = "shipped with lcnet"


class StoreLocation:
    __slots__ = ("origin", "path")

    def __init__(self, path: Path, origin: Origin) -> None:
        self.path = path
        self.origin = origin

    def display(self, cwd: Path) -> str:
        """The store's path as the user would write it: relative when under cwd."""
        try:
            return self.path.resolve().relative_to(cwd.resolve()).as_posix() or "."
        except ValueError:
            return str(self.path)


def locate_store(option: str | None, environment: str | None, cwd: Path) -> StoreLocation:
    if option:
        return StoreLocation(_directory(option, "--store"), Origin.OPTION)
    if environment:
        return StoreLocation(_directory(environment, "LCNET_STORE"), Origin.ENVIRONMENT)
    local = cwd / "facts"
    if (local / STORE_MARKER).is_file():
        return StoreLocation(local, Origin.WORKING_DIRECTORY)
    return StoreLocation(shipped_store(), Origin.SHIPPED)


def shipped_store() -> Path:
    """The store inside the installed package (or, in a source checkout, the repo's)."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "facts"
    if installed.is_dir():
        return installed
    return package.parent.parent / "facts"  # src/lcnet -> repository root


def _directory(value: str, name: str) -> Path:
    path = Path(value).expanduser()
    if not path.is_dir():
        raise UsageError(f"{name} {value}: no such directory; point it at a fact store")
    return path
