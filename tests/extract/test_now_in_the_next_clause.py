"""A date before a figure sets its clause; a word of "now" past a comma after the figure
is the next clause's: "In 2020 the network had 229 members, before this year's intake
raised it by a third" is a figure of 2020 (historic), not one said as current (a false
"stale"). Without a date before the figure, "now" after it still makes it current."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

DATED_THEN_NOW_AFTER = [
    ("en", "In 2020 the network had 229 members, before this year's intake raised it by a "
           "third."),
    ("en", "In 2020 the network had 229 members, and today it has more."),
    ("fr", "En 2020, le réseau comptait 229 villes, avant que l'admission de cette année ne "
           "l'augmente d'un tiers."),
    ("es", "En 2020 la red tenía 229 miembros, antes de que la convocatoria de este año la "
           "ampliara en un tercio."),
    ("it", "Nel 2020 la rete contava 229 città, prima che le ammissioni di quest'anno la "
           "ampliassero di un terzo."),
    ("vi", "Năm 2020, mạng lưới có 229 thành viên, trước khi đợt kết nạp năm nay tăng thêm "
           "một phần ba."),
    ("de", "Im Jahr 2020 hatte das Netzwerk 229 Mitglieder, bevor die Aufnahme in diesem Jahr "
           "es um ein Drittel vergrößerte."),
]  # fmt: skip


def _dated(code: str, line: str) -> list[tuple[str, int, str | None]]:
    found = mentions(code, line, "2022-10-06")
    return [(m.metric.value, int(m.value), m.as_of and str(m.as_of)) for m in found]


@pytest.mark.parametrize(("code", "line"), DATED_THEN_NOW_AFTER)
def test_a_date_before_the_figure_outweighs_now_in_the_next_clause(code: str, line: str) -> None:
    assert _dated(code, line) == [("total_cities", 229, "2020")]


def test_now_after_the_figure_without_a_date_before_it_keeps_it_current() -> None:
    line = "The network has 425 members, now in 91 countries."
    assert _dated("en", line) == [("total_cities", 425, None), ("total_countries", 91, None)]


def test_since_a_year_with_now_after_the_figure_stays_current() -> None:
    line = "Since 2016, the network has grown to 425 members, now in 91 countries."
    assert _dated("en", line) == [("total_cities", 425, None), ("total_countries", 91, None)]
