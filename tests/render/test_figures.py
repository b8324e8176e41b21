"""lcnet.render.figures: the records of `lcnet figures` on the tiny store (intakes 2022-09,
2024-02)."""

from __future__ import annotations

from datetime import date

import pytest

from lcnet.check.timeline import Timeline
from lcnet.query.figures import select_figures
from lcnet.render import figures
from lcnet.store.facts import FactStore
from lcnet.store.read import read_records
from tests.conftest import TINY, TODAY


@pytest.fixture(scope="module")
def store() -> FactStore:
    return FactStore(read_records(TINY, "tiny", TODAY), "tiny")


def test_an_accepted_period_with_its_figure_basis_and_agreeing_claims(store: FactStore) -> None:
    timeline = Timeline(store, TODAY)
    (entry,) = select_figures(timeline, ["total_cities"], date(2023, 6, 1), None)
    record = figures.entry_record(timeline, entry)
    assert record == {
        "subject": "total_cities",
        "metric": "total_cities",
        "country": None,
        "region": None,
        "city": None,
        "period": "2022-09",
        "from": "2022-09-02",
        "to": "2024-02-13",
        "figure": {"value": 294, "qualifier": "exact", "text": "294"},
        "basis": "intake 2022-09",
        "sources": ["uil-2022-09-02"],
        "agree": [
            {
                "claim": "uil-2022-09-02#total",
                "source": "uil-2022-09-02",
                "kind": "primary",
                "copies": None,
                "value": 294,
                "qualifier": "exact",
            }
        ],
        "disagree": [],
    }
    row = figures.csv_row(record)
    assert (row["figure"], row["value"], row["agree"]) == ("294", 294, ["uil-2022-09-02#total"])


def test_a_period_without_an_accepted_figure_lists_the_claim_that_disagrees(
    store: FactStore,
) -> None:
    timeline = Timeline(store, TODAY)
    (entry,) = select_figures(timeline, ["country_cities"], None, None)
    record = figures.entry_record(timeline, entry)
    assert (record["figure"], record["basis"], record["sources"]) == (None, None, [])
    row = figures.csv_row(record)
    assert (row["figure"], row["value"]) == (None, None)
    assert row["disagree"] == ["daily-news-2024-03#vn-cities=3"]
