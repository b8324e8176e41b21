"""A cache of the validated store, so that a query does not re-read and re-validate it.

One cache file per store directory. It holds the store's signature (the size and
modification time of every file), so any edit is seen, and the "today" it was
validated for: a store valid on one day stays valid on any later day (no date moves
past today by time passing), so the cache is used only when today is that day or later.
"""

from __future__ import annotations

import _pickle  # the C pickler: `import pickle` costs start-up time for nothing here
import contextlib
import os
import zlib
from datetime import date
from pathlib import Path
from typing import Any

from lcnet import __version__


def signature(root: Path) -> str:
    """Names, sizes and modification times of the store's files: any edit changes it."""
    from lcnet.store.files import FOLDERS

    parts = [f"lcnet {__version__}", str(root.resolve())]
    for folder in FOLDERS:
        try:
            entries = sorted(os.scandir(root / folder), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.endswith(".toml"):
                stat = entry.stat()
                parts.append(f"{entry.path}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)


def cache_path(cache_dir: Path, root: Path) -> Path:
    name = zlib.crc32(str(root.resolve()).encode("utf-8"))
    return cache_dir / f"store-{name:08x}.pickle"


def read_cache(cache_dir: Path, root: Path, key: str, today: date) -> Any | None:
    try:
        with cache_path(cache_dir, root).open("rb") as file:
            stored_key, validated_for, payload = _pickle.load(file)
    except (OSError, EOFError, ValueError, TypeError, AttributeError, _pickle.UnpicklingError):
        return None
    if stored_key != key or not isinstance(validated_for, date) or validated_for > today:
        return None
    return payload


def write_cache(cache_dir: Path, root: Path, key: str, today: date, payload: Any) -> None:
    """Best effort: a cache that cannot be written is simply not used."""
    from lcnet.atomic import write_atomic

    with contextlib.suppress(OSError):
        cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = _pickle.dumps((key, today, payload), protocol=5)
        write_atomic(cache_path(cache_dir, root), data)
