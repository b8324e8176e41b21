"""Every way a fact store can be wrong is reported with its file, line and exact message."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from lcnet.errors import InvalidStore
from lcnet.store.read import read_records
from tests.conftest import FIXTURES, TODAY

INVALID = FIXTURES / "invalid"


def problems(root: Path) -> list[str]:
    """The problems of the store at `root`, as printed, with the store shown as "facts"."""
    with pytest.raises(InvalidStore) as caught:
        read_records(root, "facts", TODAY)
    return [str(p) for p in caught.value.problems]


def with_source(store: Path, case: str) -> Path:
    shutil.copy(INVALID / f"{case}.toml", store / "sources" / f"{case}.toml")
    return store


CASES = {
    "bad-language-and-kind": [
        'facts/sources/bad-language-and-kind.toml:3: "language": unknown language code "zz" '
        '(ISO 639-1, e.g. "en", "vi")',
        'facts/sources/bad-language-and-kind.toml:4: unknown source kind "newspaper"; '
        'did you mean "news"?',
    ],
    "claim-with-three-problems": [
        'facts/sources/claim-with-three-problems.toml:9: unknown metric "country_citys"; '
        'did you mean "country_cities"?',
        'facts/sources/claim-with-three-problems.toml:11: "phrase" has 14 words; quote at '
        "most 12 (the figure phrase only)",
        'facts/sources/claim-with-three-problems.toml:12: "country": unknown country code '
        '"XX" (ISO 3166-1 alpha-2, e.g. "VN")',
    ],
    "unknown-field": [
        'facts/sources/unknown-field.toml:7: [[claim]] "total" is missing the required '
        'field "value"',
        'facts/sources/unknown-field.toml:10: unknown field "vaule" in [[claim]] "total"; '
        'did you mean "value"?',
    ],
    "wrong-type": [
        'facts/sources/wrong-type.toml:10: "value" must be a whole number, not a string ("356")'
    ],
    "impossible-date": [
        'facts/sources/impossible-date.toml:5: "published": invalid date "2025-02-30": '
        "day is out of range for month"
    ],
    "unreadable-date": [
        'facts/sources/unreadable-date.toml:5: "published": invalid date "4 Dec 2025": '
        "write YYYY, YYYY-MM or YYYY-MM-DD"
    ],
    "unknown-metric": [
        'facts/sources/unknown-metric.toml:9: unknown metric "membres" (expected one of: '
        "total_cities, total_countries, citizens, new_cities, new_countries, "
        "first_time_countries, new_capitals, country_cities, join_year, candidate_cities)"
    ],
    "unknown-qualifier": [
        'facts/sources/unknown-qualifier.toml:11: unknown qualifier "more-than"; '
        'did you mean "more_than"?'
    ],
    "negative-count": ['facts/sources/negative-count.toml:10: "value" must be 0 or more, not -5'],
    "unknown-country": [
        'facts/sources/unknown-country.toml:12: "country": unknown country code "XX" '
        '(ISO 3166-1 alpha-2, e.g. "VN")'
    ],
    "duplicate-claim-id": [
        'facts/sources/duplicate-claim-id.toml:13: duplicate claim id "total" '
        "(first defined at line 7)"
    ],
    "unknown-source-reference": [
        'facts/sources/unknown-source-reference.toml:6: "copies": unknown source '
        '"unesco-2024-02-41"; did you mean "unesco-2024-02-14"?'
    ],
    "date-after-today": [
        'facts/sources/date-after-today.toml:5: "published" 2027-01-05 is after today (2026-11-23)'
    ],
    "copies-itself": ['facts/sources/copies-itself.toml:6: "copies": the source copies itself'],
    "invalid-toml": [
        "facts/sources/invalid-toml.toml:4: invalid TOML: Expected '=' after a key in a "
        "key/value pair (column 6)"
    ],
    "not-utf8": [
        "facts/sources/not-utf8.toml:2: not UTF-8 text (byte 0xe9 at column 17); "
        "save the file as UTF-8"
    ],
    "toml-error-at-end": [
        "facts/sources/toml-error-at-end.toml:5: invalid TOML: Unterminated string (at end "
        "of document)"
    ],
    "claim-array-of-scalars": [
        'facts/sources/claim-array-of-scalars.toml:1: "claim" must be [[claim]] tables; '
        "item 1 is an integer",
        'facts/sources/claim-array-of-scalars.toml:1: "claim" must be [[claim]] tables; '
        "item 2 is an integer",
    ],
    "nested-too-deep": [
        "facts/sources/nested-too-deep.toml:5: values nested more than 16 deep: a fact file "
        "holds tables of plain values"
    ],
    "integer-too-large": [
        'facts/sources/integer-too-large.toml:9: "value" is 123456789012345678901234567890: '
        "larger than TOML allows (64 bits)"
    ],
    "quoted-key-with-escapes": [
        'facts/sources/quoted-key-with-escapes.toml:11: unknown field "valu" in [[claim]] '
        '"total"; did you mean "value"?'
    ],
    "phrase-too-long": [
        'facts/sources/phrase-too-long.toml:11: "phrase" has 14 words; quote at most 12 '
        "(the figure phrase only)"
    ],
    "missing-scope": [
        'facts/sources/missing-scope.toml:7: metric "country_cities" needs "country" '
        "(the country counted)"
    ],
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_invalid_source_file_is_reported_with_its_line(case: str, tiny_store: Path) -> None:
    assert problems(with_source(tiny_store, case)) == CASES[case]


def test_the_tiny_store_is_valid(tiny_store: Path) -> None:
    records = read_records(tiny_store, "facts", TODAY)
    assert (len(records.sources), len(records.claims), len(records.cities)) == (3, 5, 3)


def test_every_problem_of_a_run_is_reported_not_just_the_first(tiny_store: Path) -> None:
    for case in ("wrong-type", "negative-count", "copies-itself"):
        with_source(tiny_store, case)
    assert len(problems(tiny_store)) == 3


def test_a_cycle_of_copies_is_reported_once(tiny_store: Path) -> None:
    source = '[source]\npublisher = "P"\nlanguage = "en"\nkind = "news"\ncopies = "{}"\n'
    (tiny_store / "sources" / "a.toml").write_text(source.format("b"))
    (tiny_store / "sources" / "b.toml").write_text(source.format("a"))
    assert problems(tiny_store) == ['facts/sources/a.toml:5: "copies" forms a cycle: a -> b -> a']


def test_a_correction_that_supersedes_itself_is_reported(tiny_store: Path) -> None:
    path = tiny_store / "sources" / "fix.toml"
    path.write_text('[source]\npublisher = "P"\nlanguage = "en"\nkind = "primary"\n')
    with path.open("a") as file:
        file.write('supersedes = "fix"\n')
    assert problems(tiny_store) == [
        'facts/sources/fix.toml:5: "supersedes": the source supersedes itself'
    ]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.mkdir(), "Is a directory"),
        (lambda p: p.symlink_to("nowhere.toml"), "No such file or directory"),
        (lambda p: p.symlink_to(p.name), "Too many levels of symbolic links"),
    ],
    ids=["directory", "dangling-symlink", "symlink-loop"],
)
def test_a_toml_name_that_is_no_readable_file_is_a_problem_at_line_1(
    tiny_store: Path, make: Callable[[Path], None], message: str
) -> None:
    make(tiny_store / "sources" / "odd.toml")
    assert problems(tiny_store) == [f"facts/sources/odd.toml:1: cannot read the file: {message}"]


def test_a_store_without_store_toml_is_not_a_store(tiny_store: Path) -> None:
    (tiny_store / "store.toml").unlink()
    assert problems(tiny_store) == ["facts: not a fact store: it has no store.toml"]


def test_a_newer_store_format_asks_for_a_newer_lcnet(tiny_store: Path) -> None:
    (tiny_store / "store.toml").write_text("[store]\nformat = 2\n")
    assert problems(tiny_store) == [
        "facts/store.toml:2: store format 2 is newer than this lcnet reads (1); upgrade lcnet"
    ]


def test_a_city_file_must_be_named_after_a_country_code(tiny_store: Path) -> None:
    shutil.copy(tiny_store / "cities" / "vn.toml", tiny_store / "cities" / "xx.toml")
    assert problems(tiny_store) == [
        'facts/cities/xx.toml:1: file name "xx" is not a country code: name the file after '
        "the country's ISO 3166-1 alpha-2 code in lower case (vn.toml)"
    ]


def test_city_references_and_rules(tiny_store: Path) -> None:
    path = tiny_store / "cities" / "vn.toml"
    path.write_text(
        path.read_text()
        + '\n[[city]]\nid = "vinh"\nname = "Vinh"\nlocal_name = "Vinh"\n'
        + 'intake = "2020-09"\nreadmitted = "2024-02"\nsources = ["uil-2020"]\n'
        + 'uncertain = ["countri"]\n'
    )
    assert problems(tiny_store) == [
        'facts/cities/vn.toml:34: "local_name" needs "script" (ISO 15924, e.g. "Latn")',
        'facts/cities/vn.toml:35: "intake": unknown intake "2020-09"; did you mean "2022-09"?',
        'facts/cities/vn.toml:36: "readmitted" needs "left" (when the city left, or "unknown")',
        'facts/cities/vn.toml:37: "sources": unknown source "uil-2020"; '
        'did you mean "uil-2022-09-02"?',
        'facts/cities/vn.toml:38: "uncertain" names "countri", which is not a field; '
        'did you mean "country"?',
    ]


def test_a_complete_list_needs_every_member_dated(tiny_store: Path) -> None:
    path = tiny_store / "cities" / "vn.toml"
    text = path.read_text().replace(
        'region = "asia-pacific"\n', 'region = "asia-pacific"\ncomplete = true\n'
    )
    path.write_text(text.replace('intake = "2022-09"\n', "", 1))
    assert problems(tiny_store) == [
        "facts/cities/vn.toml:6: the country's list is marked complete, so each city needs "
        '"intake" or "joined" (add the date, or take "complete = true" out of the file)'
    ]


def test_an_undated_member_of_an_incomplete_list_is_no_problem(tiny_store: Path) -> None:
    path = tiny_store / "cities" / "vn.toml"
    path.write_text(path.read_text().replace('intake = "2022-09"\n', "", 1))
    records = read_records(tiny_store, "facts", TODAY)
    assert [c.intake for c in records.cities if c.country == "VN"] == [None, "2024-02", "2024-02"]


def test_a_city_needs_a_source(tiny_store: Path) -> None:
    path = tiny_store / "cities" / "vn.toml"
    path.write_text(path.read_text().replace('sources = ["uil-2022-09-02"]', "sources = []"))
    assert problems(tiny_store) == [
        'facts/cities/vn.toml:11: "sources" needs at least one source id'
    ]


def test_an_intake_needs_a_primary_source(tiny_store: Path) -> None:
    path = tiny_store / "intakes.toml"
    path.write_text(path.read_text().replace('"unesco-2024-02-14"', '"daily-news-2024-03"'))
    assert problems(tiny_store) == [
        'facts/intakes.toml:13: "source": daily-news-2024-03 is a news source; use a primary one'
    ]


def test_a_field_that_lcnet_derives_cannot_be_written(tiny_store: Path) -> None:
    path = tiny_store / "sources" / "daily-news-2024-03.toml"
    path.write_text(path.read_text().replace("[source]\n", '[source]\nid = "other"\n'))
    assert problems(tiny_store) == [
        'facts/sources/daily-news-2024-03.toml:2: [source]: "id" is not written in the file; '
        "lcnet sets it"
    ]


def test_an_array_of_tables_written_as_a_table_is_explained(tiny_store: Path) -> None:
    path = tiny_store / "sources" / "daily-news-2024-03.toml"
    path.write_text(path.read_text().replace("[[claim]]", "[claim]"))
    assert problems(tiny_store) == [
        "facts/sources/daily-news-2024-03.toml:8: write [[claim]] (one per record), not [claim]"
    ]


def test_an_unknown_top_level_file_is_reported(tiny_store: Path) -> None:
    (tiny_store / "sources.toml").write_text("")
    assert problems(tiny_store) == [
        "facts/sources.toml:1: unknown file sources.toml: a store holds intakes.toml, "
        "resolutions.toml, store.toml, sources/ and cities/"
    ]


def test_a_control_character_in_text_is_refused(tiny_store: Path) -> None:
    path = tiny_store / "sources" / "daily-news-2024-03.toml"
    path.write_text(path.read_text().replace('"Daily News"', '"Daily \\u001b[31mNews"'))
    assert problems(tiny_store) == [
        'facts/sources/daily-news-2024-03.toml:2: "publisher": must not contain control characters'
    ]


def test_records_after_an_as_of_date_are_not_errors(tiny_store: Path) -> None:
    """`today` bounds the data; --as-of only selects what was in effect."""
    records = read_records(tiny_store, "facts", TODAY)
    assert max(str(s.published) for s in records.sources) == "2024-03"


def test_an_early_announcement_needs_an_intake_and_a_date_before_its_release(
    tiny_store: Path,
) -> None:
    path = tiny_store / "cities" / "vn.toml"
    text = path.read_text().replace(
        'intake = "2024-02"\nsources',
        'intake = "2024-02"\nannounced_by = "daily-news-2024-03"\nsources',
        1,
    )
    path.write_text(
        text
        + '\n[[city]]\nid = "vinh"\nname = "Vinh"\nannounced_by = "daily-news-2024-03"\n'
        + 'sources = ["daily-news-2024-03"]\n'
        + '\n[[city]]\nid = "sa-dec"\nname = "Sa Dec"\nintake = "2022-09"\n'
        + 'announced_by = "city-hall-2022"\nsources = ["uil-2022-09-02"]\n'
    )
    (tiny_store / "sources" / "city-hall-2022.toml").write_text(
        '[source]\npublisher = "Sa Dec city hall"\nlanguage = "vi"\nkind = "government"\n'
    )
    assert problems(tiny_store) == [
        'facts/cities/vn.toml:20: "announced_by": daily-news-2024-03 (2024-03) is not dated '
        'before the release of intake 2024-02 (2024-02-14); list it in "sources" instead',
        'facts/cities/vn.toml:35: "announced_by" needs "intake" (the intake whose release it '
        "came before)",
        'facts/cities/vn.toml:42: "announced_by": city-hall-2022 has no publication date, so '
        "it dates nothing",
    ]


def test_an_early_announcement_before_its_release_is_valid(tiny_store: Path) -> None:
    (tiny_store / "sources" / "city-hall-2024-01.toml").write_text(
        '[source]\npublisher = "Son La city hall"\nlanguage = "vi"\nkind = "government"\n'
        'published = "2024-01"\n'
    )
    path = tiny_store / "cities" / "vn.toml"
    path.write_text(
        path.read_text().replace(
            'intake = "2024-02"\nsources',
            'intake = "2024-02"\nannounced_by = "city-hall-2024-01"\nsources',
            1,
        )
    )
    records = read_records(tiny_store, "facts", TODAY)
    assert [c.announced_by for c in records.cities] == [None, "city-hall-2024-01", None]
