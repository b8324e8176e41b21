"""lcnet fmt's canonical form of a file: order, spelling, blank lines, and comments kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from lcnet.curate.formatting import (
    Change,
    canonical_text,
    check_same_records,
    store_changes,
    unified_diff,
)
from lcnet.curate.reading import CannotFormat
from lcnet.store.read import read_records
from tests.conftest import REPO, TODAY

MESSY_SOURCE = """\
# A source written carelessly, for the fmt tests.
# The first comment block, set apart by a blank line, is the preamble.

[[claim]]
phrase = "some 390 million people"   # as printed
value = 390000000
qualifier = 'about'
metric = "citizens"
id = "citizens"

# The source itself.
[source]
kind = "news"
language = "en"
published = 2024-02-14
publisher = "Example Daily"
url = "https://news.example/learning-cities-2024"
uncertain = []



[[claim]]
id = "total"
metric = "total_cities"
value = 356
qualifier = "exact"
phrase = "356 member cities"
# checked against the release twice
"""

CANONICAL_SOURCE = """\
#:schema ../schema/sources.schema.json

# A source written carelessly, for the fmt tests.
# The first comment block, set apart by a blank line, is the preamble.

# The source itself.
[source]
publisher = "Example Daily"
url = "https://news.example/learning-cities-2024"
language = "en"
kind = "news"
published = "2024-02-14"

[[claim]]
id = "citizens"
metric = "citizens"
value = 390_000_000
qualifier = "about"
phrase = "some 390 million people"  # as printed

[[claim]]
id = "total"
metric = "total_cities"
value = 356
phrase = "356 member cities"
# checked against the release twice
"""

MESSY_CITIES = """\
#:schema ./wrong/place.json
# Cities of Viet Nam for the fmt tests.

complete = false
region = "asia-pacific"  # UNESCO's grouping
[[city]]  # admitted in 2024
name = "Hanoi"
# the id is the file's key for the city
id = "hanoi"
sources = [
  "unesco-2024-02-14", # the release
  # a second source would go here
]
other_names = ["Ha Noi"]
intake = "2024-02"
"""

CANONICAL_CITIES = """\
#:schema ../schema/cities.schema.json

# Cities of Viet Nam for the fmt tests.

region = "asia-pacific"  # UNESCO's grouping

[[city]]  # admitted in 2024
# the id is the file's key for the city
id = "hanoi"
name = "Hanoi"
other_names = ["Ha Noi"]
intake = "2024-02"
sources = [
    "unesco-2024-02-14",  # the release
    # a second source would go here
]
"""


def test_a_source_file_is_ordered_quoted_and_spaced_with_its_comments_kept() -> None:
    assert canonical_text(MESSY_SOURCE, "sources/example-2024.toml") == CANONICAL_SOURCE


def test_a_cities_file_gets_its_directive_and_keeps_comments_in_arrays() -> None:
    assert canonical_text(MESSY_CITIES, "cities/vn.toml") == CANONICAL_CITIES


def test_a_comment_attached_to_a_default_value_keeps_the_value() -> None:
    text = '[[claim]]\nid = "a"\n# as the source says\nqualifier = "exact"\n'
    assert canonical_text(text, "sources/x.toml").endswith(
        '[[claim]]\nid = "a"\n# as the source says\nqualifier = "exact"\n'
    )


def test_a_comment_directly_above_the_first_table_belongs_to_it() -> None:
    text = "# about the store\n[store]\nformat = 1\n"
    assert canonical_text(text, "store.toml") == (
        "#:schema ./schema/store.schema.json\n\n# about the store\n[store]\nformat = 1\n"
    )


def test_a_file_of_comments_only_keeps_them() -> None:
    text = "# no resolutions yet\n\n\n# reviewed findings go here\n"
    assert canonical_text(text, "resolutions.toml") == (
        "#:schema ./schema/resolutions.schema.json\n\n"
        "# no resolutions yet\n\n# reviewed findings go here\n"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('source.publisher = "X"\n', '"source" is a dotted key'),
        ('source = { publisher = "X" }\n', '"source" is an inline table or a table in a table'),
        ("[source]\nextra.a = 1\n", '"extra" is a dotted key'),
    ],
)
def test_shapes_fmt_does_not_rewrite_are_refused(text: str, message: str) -> None:
    with pytest.raises(CannotFormat) as caught:
        canonical_text(text, "sources/x.toml")
    assert caught.value.message == (
        f"{message}: write each record as a [table] or [[table]] of plain keys"
    )


@pytest.mark.parametrize("text", [MESSY_SOURCE, CANONICAL_SOURCE])
def test_formatting_twice_changes_nothing_more(text: str) -> None:
    once = canonical_text(text, "sources/example-2024.toml")
    assert canonical_text(once, "sources/example-2024.toml") == once


SHIPPED = REPO / "facts"
SHIPPED_FILES = sorted(
    p.relative_to(SHIPPED).as_posix() for p in SHIPPED.rglob("*.toml") if "schema" not in p.parts
)


@pytest.mark.parametrize("relative", SHIPPED_FILES)
def test_every_shipped_file_is_a_fixed_point_once_formatted(relative: str) -> None:
    once = canonical_text((SHIPPED / relative).read_text(encoding="utf-8"), relative)
    assert canonical_text(once, relative) == once


@pytest.mark.parametrize("relative", SHIPPED_FILES)
def test_formatting_keeps_every_comment_line_of_the_shipped_files(relative: str) -> None:
    text = (SHIPPED / relative).read_text(encoding="utf-8")
    comments = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    formatted = canonical_text(text, relative).splitlines()
    assert [line for line in comments if not line.startswith("#:schema")] == [
        line for line in formatted if line.startswith("#") and not line.startswith("#:schema")
    ]


def test_the_shipped_store_formatted_holds_the_same_records() -> None:
    changes = store_changes(SHIPPED, "facts")
    before = read_records(SHIPPED, "facts", TODAY)
    check_same_records(SHIPPED, "facts", TODAY, changes, before)  # raises on any difference


def test_a_formatting_that_changed_a_record_is_caught_before_writing(tiny_store: Path) -> None:
    path = tiny_store / "sources" / "daily-news-2024-03.toml"
    old = path.read_text(encoding="utf-8")
    wrong = Change("sources/daily-news-2024-03.toml", old, old.replace("value = 3", "value = 4"))
    with pytest.raises(RuntimeError, match="would change the store's records"):
        check_same_records(
            tiny_store, "facts", TODAY, [wrong], read_records(tiny_store, "facts", TODAY)
        )


def test_the_diff_names_the_file_and_marks_a_missing_final_newline() -> None:
    change = Change("store.toml", "[store]\nformat = 1", "[store]\nformat = 1\n")
    assert unified_diff(change, "facts") == (
        "--- facts/store.toml\tcurrent\n"
        "+++ facts/store.toml\tcanonical\n"
        "@@ -1,2 +1,2 @@\n"
        " [store]\n"
        "-format = 1\n"
        "\\ No newline at end of file\n"
        "+format = 1\n"
    )
