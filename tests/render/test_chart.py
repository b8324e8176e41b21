"""lcnet.render.chart: the growth of the network as bars in the terminal."""

from __future__ import annotations

import io

from lcnet.query.growth import GrowthPoint
from lcnet.render.chart import print_growth


def test_the_chart_draws_a_bar_per_announcement_scaled_to_the_largest(
    points: list[GrowthPoint],
) -> None:
    stream = io.StringIO()
    print_growth(stream, points)
    lines = [line.strip() for line in stream.getvalue().splitlines()]
    assert lines[2] == "2016-08-23  ██████████ 115                      █████ 28"
    assert lines[5] == "2024-02-14  ██████████████████████████████ 356  ███████████████ 78  +64"
