"""A count stated as the object of a verb of stating: "a regional news site had put the
number of first-time countries at 12" (a Gulf daily; wrong, the round had 13), "set the
number of member countries at 91". Before, the figure was lost, and a wrong one went
unflagged."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A regional news site had put the number of first-time countries at 12 on Thursday.",
            ("first_time_countries", 12),
        ),
        ("The release put the number of new members at 72.", ("new_cities", 72)),
        ("UNESCO put the number of member cities at 425.", ("total_cities", 425)),
        ("The ministry set the number of member countries at 91.", ("total_countries", 91)),
    ],
)
def test_a_number_put_at_a_value(sentence: str, expected: tuple[str, int]) -> None:
    assert [(r[1], r[2]) for r in read_titled("en", sentence)] == [expected]


def test_a_place_after_the_head_is_no_value() -> None:
    assert read_titled("en", "The number of cities at 12 universities is unknown.") == []
