"""lcnet.render.svg: the charts lcnet draws as SVG documents."""

from __future__ import annotations

from lcnet.query.growth import GrowthPoint
from lcnet.render.svg import growth_chart


def test_the_svg_rings_the_corrected_intake_and_describes_each_total(
    points: list[GrowthPoint],
) -> None:
    chart = growth_chart(points)
    svg = chart.svg()
    assert svg.count(">corrected</text>") == 1
    assert "2020-09 (2020-09-23): corrected to 229" in svg
    assert "2024-02 (2024-02-14): 356 cities" in svg


def test_a_growth_chart_without_totals_says_so() -> None:
    assert "No intake states a total." in growth_chart([]).svg()
