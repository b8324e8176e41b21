"""The store's write lock: one writer at a time, and a clear refusal after waiting."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from lcnet.curate.writing import StoreBusy, store_lock
from lcnet.errors import UsageError


def test_a_second_writer_is_refused_while_the_first_holds_the_lock(tmp_path: Path) -> None:
    with (
        store_lock(tmp_path, "facts"),
        pytest.raises(StoreBusy) as caught,
        store_lock(tmp_path, "facts", wait=0.1),
    ):
        pass  # pragma: no cover
    assert caught.value.message == (
        "another lcnet is writing to the store facts (it holds the store's lock); "
        "nothing was written, try again"
    )


def test_a_second_writer_waits_for_the_first_to_finish(tmp_path: Path) -> None:
    order: list[str] = []
    held = threading.Event()

    def first() -> None:
        with store_lock(tmp_path, "facts"):
            held.set()
            time.sleep(0.3)
            order.append("first done")

    thread = threading.Thread(target=first)
    thread.start()
    held.wait()
    with store_lock(tmp_path, "facts", wait=5):
        order.append("second in")
    thread.join()
    assert order == ["first done", "second in"]


def test_the_lock_leaves_no_file_and_is_released_after_the_block(tmp_path: Path) -> None:
    with store_lock(tmp_path, "facts"):
        assert list(tmp_path.iterdir()) == []
    with store_lock(tmp_path, "facts", wait=0):
        pass


def test_a_store_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(UsageError) as caught, store_lock(missing, "nowhere"):
        pass  # pragma: no cover
    assert caught.value.message == (
        f"cannot write to the store nowhere: No such file or directory ({missing})"
    )
