"""A departure bounded to one intake's period (`left_by`): who was a member when, and the
sum of that intake."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from lcnet.check.reconcile import reconcile
from lcnet.errors import InvalidStore
from lcnet.store.facts import FactStore
from lcnet.store.membership import Status, departure_window, membership
from lcnet.store.read import read_records
from tests.check.conftest import RECONCILE
from tests.conftest import TODAY

LYON = """
[[city]]
id = "lyon"
name = "Lyon"
joined = "2016"
left = "unknown"
{extra}sources = ["uil-2016"]
"""


def store_with_lyon(tmp_path: Path, extra: str = 'left_by = "2022-09"\n') -> Path:
    root = tmp_path / "facts"
    shutil.copytree(RECONCILE, root)
    with (root / "cities" / "fr.toml").open("a", encoding="utf-8") as cities:
        cities.write(LYON.format(extra=extra))
    return root


def loaded(root: Path) -> FactStore:
    return FactStore(read_records(root, "facts", TODAY), "facts")


def test_a_bounded_departure_is_counted_in_its_intake_sum(tmp_path: Path) -> None:
    _, findings = reconcile(loaded(store_with_lyon(tmp_path)), TODAY)
    [gap] = [f for f in findings if f.key == "unexplained-departures:total_cities:2022-09"]
    assert gap.message == (
        "229 + 77 new member cities - 1 recorded departure = 305, but the member cities "
        "after intake 2022-09 are 294: 11 members left with no recorded explanation"
    )


def test_an_unbounded_departure_is_not_counted(tmp_path: Path) -> None:
    _, findings = reconcile(loaded(store_with_lyon(tmp_path, extra="")), TODAY)
    [gap] = [f for f in findings if f.key == "unexplained-departures:total_cities:2022-09"]
    assert gap.message.startswith("229 + 77 new member cities = 306, but")


@pytest.mark.parametrize(
    ("day", "status"),
    [
        (date(2020, 9, 23), Status.MEMBER),  # the intake before: still a member
        (date(2021, 6, 1), Status.UNCERTAIN),  # it left some day in between
        (date(2022, 9, 1), Status.UNCERTAIN),
        (date(2022, 9, 2), Status.NOT_MEMBER),  # gone by the intake of left_by
    ],
)
def test_membership_around_a_bounded_departure(tmp_path: Path, day: date, status: Status) -> None:
    store = loaded(store_with_lyon(tmp_path))
    lyon = store.city_by_key["fr/lyon"]
    assert departure_window(store, lyon) == (date(2020, 9, 23), date(2022, 9, 2))
    assert membership(store, lyon, day, known_now=False) is status


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            'left_by = "2023-09"\n',
            'facts/cities/fr.toml:14: "left_by": unknown intake "2023-09"; did you mean '
            '"2022-09"?',
        ),
    ],
)
def test_left_by_must_name_an_intake(tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(InvalidStore) as caught:
        read_records(store_with_lyon(tmp_path, extra), "facts", TODAY)
    assert [str(p) for p in caught.value.problems] == [message]


def test_left_by_needs_an_unrecorded_departure(tmp_path: Path) -> None:
    root = store_with_lyon(tmp_path)
    path = root / "cities" / "fr.toml"
    path.write_text(path.read_text().replace('left = "unknown"', 'left = "2021"'))
    with pytest.raises(InvalidStore) as caught:
        read_records(root, "facts", TODAY)
    assert [str(p) for p in caught.value.problems] == [
        'facts/cities/fr.toml:14: "left_by" needs left = "unknown" (it bounds an '
        "unrecorded departure)"
    ]
