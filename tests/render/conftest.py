"""Fixtures the render tests share: the reconcile fixture store, its growth, its timeline
and one stale claim of it. A test module that needs another store (the tiny one)
defines its own `store`, which overrides this one."""

from __future__ import annotations

import pytest

from lcnet.check.timeline import Timeline
from lcnet.query.claims import ClaimQuery, JudgedClaim, judged_claims
from lcnet.query.growth import GrowthPoint, network_growth
from lcnet.store.facts import FactStore
from lcnet.store.read import read_records
from tests.conftest import FIXTURES, TODAY


@pytest.fixture(scope="module")
def store() -> FactStore:
    return FactStore(read_records(FIXTURES / "stores" / "reconcile", "reconcile", TODAY), "r")


@pytest.fixture(scope="module")
def points(store: FactStore) -> list[GrowthPoint]:
    return network_growth(store)


@pytest.fixture(scope="module")
def timeline(store: FactStore) -> Timeline:
    return Timeline(store, TODAY)


@pytest.fixture(scope="module")
def stale(timeline: Timeline) -> JudgedClaim:
    (row,) = judged_claims(timeline, ClaimQuery(source="gazette-2020-10"))
    return row


@pytest.fixture
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal 200 columns wide: no table cell is folded, each shows whole on its line."""
    monkeypatch.setenv("COLUMNS", "200")
