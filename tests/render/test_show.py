"""lcnet.render.show: `lcnet show`'s JSON view of each kind of record and its links, on
the reconcile store."""

from __future__ import annotations

from typing import Any

import pytest

from lcnet.check.findings import Finding
from lcnet.check.reconcile import reconcile
from lcnet.check.timeline import Timeline
from lcnet.query.records import linked_record
from lcnet.render.show import record_view
from lcnet.store.facts import FactStore
from lcnet.store.read import read_records
from tests.conftest import FIXTURES, TODAY


@pytest.fixture(scope="module")
def reconciled() -> tuple[Timeline, list[Finding]]:
    store = FactStore(read_records(FIXTURES / "stores" / "reconcile", "reconcile", TODAY), "r")
    return reconcile(store, TODAY)


def view(reconciled: tuple[Timeline, list[Finding]], wanted: str) -> dict[str, Any]:
    timeline, findings = reconciled
    return record_view(timeline, linked_record(timeline, findings, wanted))


def test_a_resolution_whose_finding_is_gone_shows_its_record_and_none(
    reconciled: tuple[Timeline, list[Finding]],
) -> None:
    assert view(reconciled, "unexplained-departures:total_cities:2023-09") == {
        "kind": "resolution",
        "id": "unexplained-departures:total_cities:2023-09",
        "record": {
            "finding": "unexplained-departures:total_cities:2023-09",
            "reason": "A key with a typo: it matches nothing.",
            "reviewed": "2026-01-10",
            "until": None,
            "file": "resolutions.toml",
            "line": 12,
        },
        "finding": None,
    }


def test_an_intake_shows_its_fields_its_source_and_its_links(
    reconciled: tuple[Timeline, list[Finding]],
) -> None:
    shown = view(reconciled, "2020-09")
    assert list(shown) == [
        "kind", "id", "record", "source", "corrections", "cities_listed", "findings"
    ]  # fmt: skip
    record, corrections = shown["record"], shown["corrections"]
    assert (record["date"], record["total_cities"], record["uncertain"]) == ("2020-09-23", 230, [])
    assert [(c["id"], c["date"], c["total_cities"]) for c in corrections] == [
        ("2020-09-correction", "2020-09", 229)
    ]
    assert shown["cities_listed"] == ["vn/sa-dec"]


def test_a_source_shows_its_judged_claims_as_lcnet_claims_records_them(
    reconciled: tuple[Timeline, list[Finding]],
) -> None:
    shown = view(reconciled, "uil-2020")
    assert [(c["claim"], c["verdict"]) for c in shown["claims"]] == [
        ("uil-2020#new", "superseded"),
        ("uil-2020#new-countries", "current"),
        ("uil-2020#total", "superseded"),
        ("uil-2020#countries", "current"),
    ]
    assert (shown["superseded_by"], shown["intakes"]) == (["uil-fix-2020"], ["2020-09"])


def test_a_finding_shows_its_record(reconciled: tuple[Timeline, list[Finding]]) -> None:
    shown = view(reconciled, "stale-figure:gazette-2020-10#total")
    assert (shown["kind"], shown["id"]) == ("finding", "stale-figure:gazette-2020-10#total")
    assert (shown["finding"]["code"], shown["finding"]["severity"]) == ("stale-figure", "warning")
