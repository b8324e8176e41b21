"""Which files make up a store (kept light: no parsing here)."""

from __future__ import annotations

from pathlib import Path


def store_files(root: Path) -> list[Path]:
    """Every file of the store that lcnet reads, in a stable order."""
    found = sorted(root.glob("*.toml"))
    for folder in ("sources", "cities"):
        found.extend(sorted((root / folder).glob("*.toml")))
    return found
