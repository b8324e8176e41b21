"""Writes killed half-way: the store must always be left valid, old or new."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from lcnet.errors import InvalidStore
from lcnet.store.read import read_records
from tests.conftest import TODAY

ADD_CLAIM = [
    "add", "claim", "--source", "uil-2022-09-02", "--metric", "total_countries",
    "--value", "76", "--phrase", "76 countries",
]  # fmt: skip


def killed_write(base: Path, seed: int, work: Path) -> list[str]:
    """One `lcnet add` or `lcnet fmt` killed at a random moment; why the store is now
    broken (empty when it validates)."""
    rng = random.Random(seed)
    store = work / f"killed-{seed}"
    shutil.copytree(base, store)
    args = ADD_CLAIM if rng.random() < 0.7 else ["fmt"]
    env = {**os.environ, "LCNET_TODAY": TODAY.isoformat(), "LCNET_NO_CACHE": "1"}
    command = [sys.executable, "-m", "lcnet", *args, "--store", str(store)]
    with subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    ) as process:
        time.sleep(rng.uniform(0.05, 0.6))
        process.send_signal(signal.SIGKILL)
        process.wait()
    try:
        read_records(store, "facts", TODAY)
    except InvalidStore as error:
        return [f"{' '.join(args)} killed: {p}" for p in error.problems]
    finally:
        shutil.rmtree(store, ignore_errors=True)
    return []
