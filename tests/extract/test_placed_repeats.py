"""A headline that repeats a placed intake figure without its place ("UNESCO welcomes 13
cities" over "64 cities ..., including 13 new African cities") speaks of that place."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

STORY = (
    "Sixty-four cities from 35 countries, including 13 new African cities, have joined the"
    " Global Network of Learning Cities.\n"
)


def _rows(page: str, code: str = "en") -> list[tuple[str, str, int, str | None, str | None]]:
    document = read_document(page, "markdown")
    return [(m.text, m.metric.value, m.value, m.country, m.region)
            for m in find_mentions(document, code)]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "first"),
    [
        ("UNESCO welcomes 13 cities to its learning network", ("13 cities", "new_cities", 13,
                                                                None, "africa")),
        ("13 more cities in the learning cities network", ("13 more cities", "new_cities", 13,
                                                           None, "africa")),
    ],
)  # fmt: skip
def test_a_headline_repeating_a_placed_figure_takes_its_place(
    title: str, first: tuple[str, str, int, str | None, str | None]
) -> None:
    rows = _rows(f"---\ntitle: {title}\n---\n\n{STORY}")
    assert rows[0] == first
    assert rows[1:] == [
        ("Sixty-four cities", "new_cities", 64, None, None),
        ("35 countries", "new_countries", 35, None, None),
        ("13 new African cities", "new_cities", 13, None, "africa"),
    ]


def test_without_an_intake_apart_the_plain_figure_stays_the_intake() -> None:
    page = (
        "---\ntitle: UNESCO welcomes 13 cities to its learning network\n---\n\n"
        "The learning cities network admitted 13 cities this year, all of them African.\n"
        "The 13 new African cities are listed below.\n"
    )
    assert next(r[3:] for r in _rows(page) if r[1] == "new_cities") == (None, None)


def test_two_places_with_the_same_value_leave_the_plain_figure_alone() -> None:
    page = (
        "---\ntitle: UNESCO welcomes 13 cities to its learning network\n---\n\n"
        "Sixty-four cities joined the learning cities network, 13 new Thai cities and"
        " 13 new Korean cities among them.\n"
    )
    assert _rows(page)[0] == ("13 cities", "new_cities", 13, None, None)
