"""lcnet.query.records: the record `lcnet show ID` finds, with its links, on the
reconcile store (a corrected intake, a copied and a superseded source, resolutions)."""

from __future__ import annotations

import pytest

from lcnet.check.findings import Finding
from lcnet.check.reconcile import reconcile
from lcnet.check.timeline import Timeline
from lcnet.check.verdicts import Verdict
from lcnet.errors import UsageError
from lcnet.query.records import (
    ClaimLinks,
    FindingLinks,
    IntakeLinks,
    ResolutionLinks,
    SourceLinks,
    linked_record,
    nearest_ids,
)
from lcnet.store.facts import FactStore
from lcnet.store.read import read_records
from tests.conftest import FIXTURES, TODAY


@pytest.fixture(scope="module")
def reconciled() -> tuple[Timeline, list[Finding]]:
    store = FactStore(read_records(FIXTURES / "stores" / "reconcile", "reconcile", TODAY), "r")
    return reconcile(store, TODAY)


def test_a_source_with_its_judged_claims_and_who_copies_or_supersedes_it(
    reconciled: tuple[Timeline, list[Finding]],
) -> None:
    found = linked_record(*reconciled, "uil-2020")
    assert isinstance(found, SourceLinks)
    assert [(row.claim.key, row.judgement.verdict) for row in found.claims] == [
        ("uil-2020#new", Verdict.SUPERSEDED),
        ("uil-2020#new-countries", Verdict.CURRENT),
        ("uil-2020#total", Verdict.SUPERSEDED),
        ("uil-2020#countries", Verdict.CURRENT),
    ]
    assert (found.copied_by, found.superseded_by) == ([], ["uil-fix-2020"])
    assert (found.cities, found.intakes) == (["vn/sa-dec"], ["2020-09"])
    assert linked_record(*reconciled, "wire-2024-03-01").copied_by == ["paper-2024-03-02"]  # type: ignore[union-attr]


def test_an_intake_with_its_corrections_its_cities_and_its_findings(
    reconciled: tuple[Timeline, list[Finding]],
) -> None:
    found = linked_record(*reconciled, "2020-09")
    assert isinstance(found, IntakeLinks)
    assert found.source.id == "uil-2020"
    assert [c.id for c in found.corrections] == ["2020-09-correction"]
    assert found.cities_listed == ["vn/sa-dec"]
    assert [f.key for f in found.findings] == ["unexplained-additions:total_cities:2020-09"]


def test_a_claim_with_its_judgement_and_source(
    reconciled: tuple[Timeline, list[Finding]],
) -> None:
    found = linked_record(*reconciled, "gazette-2020-10#total")
    assert isinstance(found, ClaimLinks)
    assert (found.judged.judgement.verdict, found.source.id) == (Verdict.STALE, "gazette-2020-10")


def test_a_resolution_finds_the_finding_it_resolves_or_none(
    reconciled: tuple[Timeline, list[Finding]],
) -> None:
    found = linked_record(*reconciled, "unexplained-additions:total_cities:2020-09")
    assert isinstance(found, ResolutionLinks)
    assert found.finding is not None
    assert found.finding.key == "unexplained-additions:total_cities:2020-09"
    gone = linked_record(*reconciled, "unexplained-departures:total_cities:2023-09")
    assert isinstance(gone, ResolutionLinks)
    assert gone.finding is None


def test_a_finding_by_its_key(reconciled: tuple[Timeline, list[Finding]]) -> None:
    found = linked_record(*reconciled, "stale-figure:gazette-2020-10#total")
    assert isinstance(found, FindingLinks)
    assert found.finding.code == "stale-figure"


def test_an_unknown_id_is_a_usage_error_naming_the_nearest(
    reconciled: tuple[Timeline, list[Finding]],
) -> None:
    with pytest.raises(UsageError) as raised:
        linked_record(*reconciled, "uil-2021")
    assert str(raised.value) == (
        'no record with id "uil-2021"; did you mean "uil-2016", "uil-2020" or "uil-2022"? '
        "Ids look like unesco-2024-02-14, unesco-2024-02-14#total, vn/hanoi, 2024-02."
    )


def test_nearest_ids_names_a_clear_best_alone_and_a_tie_in_full() -> None:
    assert nearest_ids("vn/hanoy", ["vn/hanoi", "fr/lille"]) == '; did you mean "vn/hanoi"?'
    assert nearest_ids("2024-0", ["2024-02", "2024-03", "2016-08"]) == (
        '; did you mean "2024-02" or "2024-03"?'
    )
    assert nearest_ids("zzz", ["vn/hanoi"]) == ""
