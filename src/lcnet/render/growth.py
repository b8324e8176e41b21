"""`lcnet growth`'s record of an announcement, in JSON (the chart and the SVG are
lcnet.render.chart and lcnet.render.svg)."""

from __future__ import annotations

from typing import Any

from lcnet.query.growth import GrowthPoint


def growth_record(point: GrowthPoint) -> dict[str, Any]:
    return {
        "intake": point.intake,
        "kind": str(point.kind),
        "date": str(point.date),
        "total_cities": point.total_cities,
        "total_countries": point.total_countries,
        "new_cities": point.new_cities,
        "new_countries": point.new_countries,
    }


__all__ = ["growth_record"]
