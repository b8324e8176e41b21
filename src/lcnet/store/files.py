"""Which files make up a store (kept light: no parsing here)."""

from __future__ import annotations

from pathlib import Path

FOLDERS = ("", "sources", "cities")  # the store's own files, then sources/, then cities/


def store_files(root: Path) -> list[Path]:
    """Every file of the store that lcnet reads, in a stable order."""
    return [path for folder in FOLDERS for path in sorted((root / folder).glob("*.toml"))]
