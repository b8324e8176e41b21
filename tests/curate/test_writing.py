"""The store's write lock: one writer at a time, and a clear refusal after waiting."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from lcnet.curate.writing import StoreBusy, store_lock
from lcnet.errors import UsageError
from tests.conftest import run_cli


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


def test_what_a_killed_write_left_is_ignored_and_cleaned_up_by_the_next_write(
    tiny_store: Path,
) -> None:
    strays = [
        tiny_store / "sources" / ".uil-2022-09-02.toml.k3j2h1.tmp",
        tiny_store / "cities" / ".vn.toml.a1b2c3.tmp",
        tiny_store / ".intakes.toml.zz9.tmp",
    ]
    for stray in strays:
        stray.write_text("[source]\nhalf a reco", encoding="utf-8")
    keep = tiny_store / "sources" / ".notes.tmp"  # not one of lcnet's: left alone
    keep.write_text("mine", encoding="utf-8")
    assert run_cli("validate", "--store", str(tiny_store)).exit_code == 0
    assert run_cli("fmt", "--store", str(tiny_store)).exit_code == 0
    assert [s.exists() for s in strays] == [False, False, False]
    assert keep.exists()
