"""Stores for reconciliation tests, loaded once per module."""

from __future__ import annotations

from pathlib import Path

import pytest

from lcnet.check.timeline import Timeline
from lcnet.store.facts import FactStore
from lcnet.store.read import read_records
from tests.conftest import FIXTURES, REPO, TODAY

RECONCILE = FIXTURES / "stores" / "reconcile"


def load(root: Path) -> FactStore:
    return FactStore(read_records(root, "facts", TODAY), "facts")


@pytest.fixture(scope="module")
def store() -> FactStore:
    return load(RECONCILE)


@pytest.fixture(scope="module")
def timeline(store: FactStore) -> Timeline:
    return Timeline(store, TODAY)


@pytest.fixture(scope="module")
def real_timeline() -> Timeline:
    return Timeline(load(REPO / "facts"), TODAY)
