"""The stores the query tests read: the reconcile fixture store (a milestone, a corrected
intake, news and blogs that went stale) and the tiny one (three Vietnamese cities;
intakes of 2022-09 and 2024-02), each with its timeline."""

from __future__ import annotations

import pytest

from lcnet.check.timeline import Timeline
from lcnet.store.facts import FactStore
from lcnet.store.read import read_records
from tests.conftest import FIXTURES, TINY, TODAY


@pytest.fixture(scope="package")
def reconcile() -> FactStore:
    return FactStore(read_records(FIXTURES / "stores" / "reconcile", "reconcile", TODAY), "r")


@pytest.fixture(scope="package")
def reconcile_timeline(reconcile: FactStore) -> Timeline:
    return Timeline(reconcile, TODAY)


@pytest.fixture(scope="package")
def tiny() -> FactStore:
    return FactStore(read_records(TINY, "tiny", TODAY), "tiny")


@pytest.fixture(scope="package")
def tiny_timeline(tiny: FactStore) -> Timeline:
    return Timeline(tiny, TODAY)
