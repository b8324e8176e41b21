"""lcnet.query.growth: every announcement of the reconcile store with the network's size
after it, as corrected."""

from __future__ import annotations

from lcnet.dates import PartialDate
from lcnet.model import IntakeKind
from lcnet.query.growth import GrowthPoint, network_growth
from lcnet.store.facts import FactStore


def test_growth_is_every_announcement_with_its_figures_as_corrected(reconcile: FactStore) -> None:
    assert network_growth(reconcile) == [
        GrowthPoint(
            "2016-08", IntakeKind.MILESTONE, PartialDate(2016, 8, 23), 115, 28, None, None, False
        ),
        GrowthPoint("2020-09", IntakeKind.INTAKE, PartialDate(2020, 9, 23), 229, 64, 54, 27, True),
        GrowthPoint("2022-09", IntakeKind.INTAKE, PartialDate(2022, 9, 2), 294, 76, 77, 44, False),
        GrowthPoint(
            "2024-02", IntakeKind.INTAKE, PartialDate(2024, 2, 14), 356, 78, 64, 35, False
        ),
    ]
