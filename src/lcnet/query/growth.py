"""The network's size after each announcement, as corrected (`lcnet growth`)."""

from __future__ import annotations

from typing import NamedTuple

from lcnet.dates import PartialDate
from lcnet.model import IntakeKind, Metric
from lcnet.store.facts import FactStore


class GrowthPoint(NamedTuple):
    """An intake or milestone with its figures, each as the last correction of it states
    it (None where nothing states it)."""

    intake: str
    kind: IntakeKind
    date: PartialDate
    total_cities: int | None
    total_countries: int | None
    new_cities: int | None
    new_countries: int | None
    corrected: bool  # a correction mends this announcement


def network_growth(store: FactStore) -> list[GrowthPoint]:
    """Every announcement, oldest first."""
    mended = {i.corrects for i in store.intakes if i.corrects is not None}
    return [
        GrowthPoint(
            event.id,
            event.kind,
            event.date,
            store.effective_figure(event, Metric.TOTAL_CITIES),
            store.effective_figure(event, Metric.TOTAL_COUNTRIES),
            store.effective_figure(event, Metric.NEW_CITIES),
            store.effective_figure(event, Metric.NEW_COUNTRIES),
            event.id in mended,
        )
        for event in store.announcements()
    ]


__all__ = ["GrowthPoint", "network_growth"]
