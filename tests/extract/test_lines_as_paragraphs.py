"""A page saved as plain text often has one paragraph per line and no blank line between
them: each long line that ends a sentence is read as a paragraph of its own, so that
another network named in one does not hold the next. Wrapped text is left as it is."""

from __future__ import annotations

from lcnet.extract import read_document
from tests.extract.titled import read_plain

ONE_PER_LINE = (
    "Curitiba joins the UNESCO Global Network of Learning Cities\n"
    "Curitiba is one of 64 cities from 35 countries admitted to the UNESCO Global Network "
    "of Learning Cities this week, for its work on lifelong learning.\n"
    "As a member of the International Association of Educating Cities as well, the city "
    "keeps close ties with its partners across the continent, the mayor said.\n"
    "With the new admissions, the network now includes 356 cities around the world that "
    "share their know-how with one another, the Director-General said.\n"
)


def test_each_long_line_is_a_paragraph() -> None:
    rows = [(r[0], r[1], r[2]) for r in read_plain(ONE_PER_LINE, "en")]
    assert rows == [
        ("64 cities", "new_cities", 64),
        ("35 countries", "new_countries", 35),
        ("356 cities", "total_cities", 356),
    ]


def test_positions_stay_those_of_the_file() -> None:
    document = read_document(ONE_PER_LINE, "text")
    assert document.source_map is not None  # the lines as written, read as they flow
    assert document.text.count("\n\n") == 2  # after lines 2 and 3; the last ends the text


def test_a_wrapped_text_is_left_as_it_is() -> None:
    wrapped = (
        "The UNESCO Global Network of Learning Cities admitted 64 cities.\n"
        "It now counts 356 members. The mayor welcomed the news.\n"
    )
    document = read_document(wrapped, "text")
    assert document.text == wrapped.replace("cities.\nIt", "cities. It")  # as it flows
    assert document.layout is None
