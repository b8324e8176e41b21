"""lcnet.render.growth: `lcnet growth`'s record of each announcement."""

from __future__ import annotations

from lcnet.query.growth import GrowthPoint
from lcnet.render.growth import growth_record


def test_a_growth_record_is_the_announcement_and_its_figures_as_corrected(
    points: list[GrowthPoint],
) -> None:
    assert [growth_record(p) for p in points[:2]] == [
        {
            "intake": "2016-08",
            "kind": "milestone",
            "date": "2016-08-23",
            "total_cities": 115,
            "total_countries": 28,
            "new_cities": None,
            "new_countries": None,
        },
        {
            "intake": "2020-09",
            "kind": "intake",
            "date": "2020-09-23",
            "total_cities": 229,
            "total_countries": 64,
            "new_cities": 54,
            "new_countries": 27,
        },
    ]
