"""A cache of the validated store, so that a query does not re-read and re-validate it.

The key is the store's path and the size and modification time of every file, so any
edit is seen. A cache validated for one "today" holds for any later day (a date that was
not after today stays so), so it is reused only when today is the same or later.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from datetime import date
from pathlib import Path
from typing import Any

from lcnet import __version__


def cache_key(root: Path, files: list[Path]) -> str:
    digest = hashlib.sha256(f"lcnet {__version__}\0{root.resolve()}".encode())
    for path in files:
        stat = path.stat()
        digest.update(f"\0{path.relative_to(root)}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:32]


def read_cache(cache_dir: Path, key: str, today: date) -> Any | None:
    path = cache_dir / f"store-{key}.pickle"
    try:
        with path.open("rb") as file:
            validated_for, payload = pickle.load(file)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
        return None
    if not isinstance(validated_for, date) or validated_for > today:
        return None
    return payload


def write_cache(cache_dir: Path, key: str, today: date, payload: Any) -> None:
    """Best effort: a cache that cannot be written is simply not used."""
    from lcnet.atomic import write_atomic

    with contextlib.suppress(OSError):
        cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        _remove_older(cache_dir, key)
        data = pickle.dumps((today, payload), protocol=pickle.HIGHEST_PROTOCOL)
        write_atomic(cache_dir / f"store-{key}.pickle", data)


def _remove_older(cache_dir: Path, keep: str) -> None:
    entries = sorted(cache_dir.glob("store-*.pickle"), key=lambda p: p.stat().st_mtime)
    for old in entries[:-8]:  # a few stores (checkouts, --store) may be in use at once
        if keep not in old.name:
            with contextlib.suppress(OSError):
                os.unlink(old)
