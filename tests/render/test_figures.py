"""lcnet.render.figures: the records of `lcnet figures` on the tiny store (intakes 2022-09,
2024-02)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lcnet.check.timeline import Timeline
from lcnet.query.figures import select_figures
from lcnet.render import figures
from lcnet.store.facts import FactStore
from lcnet.store.read import read_records
from tests.check.test_timeline import _announcing_store
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
        "official": [],
    }
    row = figures.csv_row(record)
    assert (row["figure"], row["value"], row["agree"]) == ("294", 294, ["uil-2022-09-02#total"])
    assert row["official"] == []


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


def test_a_second_figure_official_for_the_period_is_listed_with_its_sources(
    tmp_path: Path,
) -> None:
    # Ha Noi announced its own membership on 2023-12-20, before UIL's release of
    # 2024-02-14: from then, 2 is official for Viet Nam beside UIL's 1 (issue 9 (b)).
    store = FactStore(read_records(_announcing_store(tmp_path), "announcing", TODAY), "x")
    timeline = Timeline(store, TODAY)
    (entry,) = select_figures(timeline, ["country_cities:VN"], date(2024, 1, 5), None)
    record = figures.entry_record(timeline, entry)
    assert (record["from"], record["to"], record["figure"]["text"]) == (
        "2023-12-20",
        "2024-01-30",
        "1",
    )
    assert record["official"] == [
        {"value": 2, "qualifier": "exact", "text": "2", "sources": ["hanoi-2023-12-20"]}
    ]
    assert figures.csv_row(record)["official"] == ["2"]
