"""Writing to the store: one writer at a time, each file replaced atomically.

An exclusive flock on the store directory itself is held around read, check and write:
no lock file is left in the store (nor shipped with it). A second writer waits for the
first (up to a time limit) and then reads the store as the first one left it, so neither
record is lost.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lcnet.errors import UsageError

WAIT_SECONDS = 10.0
_POLL_SECONDS = 0.05


class StoreBusy(UsageError):
    """Another lcnet kept the store locked for longer than we wait."""


@contextmanager
def store_lock(root: Path, display_root: str, wait: float | None = None) -> Iterator[None]:
    """Hold the store's write lock for the duration of the block (waiting for it at most
    `wait` seconds, WAIT_SECONDS by default)."""
    import fcntl

    try:
        handle = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as error:
        raise UsageError(
            f"cannot write to the store {display_root}: {error.strerror} ({root})"
        ) from None
    try:
        deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StoreBusy(
                        f"another lcnet is writing to the store {display_root} (it holds "
                        "the store's lock); nothing was written, try again"
                    ) from None
                time.sleep(_POLL_SECONDS)
        remove_stray_temporaries(root)
        yield
    finally:
        os.close(handle)  # closing the file releases the lock


def remove_stray_temporaries(root: Path) -> None:
    """Delete what a killed write left (".vn.toml.x1y2.tmp", lcnet.atomic's names).

    Called with the store's lock held: no other lcnet is writing, so every such file is
    stray. Readers ignore them by name anyway; this keeps them from piling up.
    """
    from lcnet.store.files import FOLDERS

    for folder in FOLDERS:
        for stray in (root / folder).glob(".*.toml.*.tmp"):
            with contextlib.suppress(OSError):
                stray.unlink()


def write_store_file(root: Path, display_root: str, relative: str, text: str) -> None:
    """Write one file of the store atomically; a failure is the user's to fix, not a bug."""
    from lcnet.atomic import write_text_atomic

    path = root / relative
    try:
        path.parent.mkdir(exist_ok=True)
        write_text_atomic(path, text)
    except OSError as error:
        raise UsageError(
            f"cannot write {display_root}/{relative}: {error.strerror or error}; "
            "the file was left as it was"
        ) from None
