"""The canonical spelling of values and the order of keys."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lcnet.curate.canonical import (
    KEY_ORDER,
    canonical_value,
    date_fields,
    file_fields,
    is_default,
    key_order,
)
from lcnet.curate.kinds import FileKind, file_kind, schema_directive
from lcnet.curate.tomltext import basic_string, toml_value
from lcnet.model import City, Claim, CountryList, Intake, Resolution, Source, StoreInfo

RECORDS = [StoreInfo, Source, Claim, Intake, CountryList, City, Resolution]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_the_key_order_holds_every_field_of_the_file_once(record: type) -> None:
    assert sorted(key_order(record)) == sorted(file_fields(record))


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_the_key_order_table_names_only_real_fields(record: type) -> None:
    assert set(KEY_ORDER[record]) <= set(file_fields(record))


def test_the_source_keys_follow_the_readme_example() -> None:
    assert key_order(Source) == (
        "publisher",
        "title",
        "url",
        "language",
        "kind",
        "published",
        "retrieved",
        "copies",
        "supersedes",
        "uncertain",
        "note",
    )


def test_a_field_missing_from_the_table_goes_after_the_field_it_follows_in_the_model() -> None:
    model = file_fields(Intake)
    order = key_order(Intake)
    for name in set(model) - set(KEY_ORDER[Intake]):
        before = model[model.index(name) - 1]
        assert order.index(name) == order.index(before) + 1


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (356, "356"),
        (2016, "2016"),
        (9_999, "9999"),
        (10_000, "10_000"),
        (390_000_000, "390_000_000"),
        (True, "true"),
        (False, "false"),
        ("Hà Nội", '"Hà Nội"'),
        (["a", "b"], '["a", "b"]'),
        ([], "[]"),
    ],
)
def test_values_are_written_in_one_spelling(value: object, written: str) -> None:
    assert toml_value(value) == written


def test_strings_escape_quotes_backslashes_and_control_characters() -> None:
    assert basic_string('say "hi"\\ \t\n\x01\x7f') == '"say \\"hi\\"\\\\ \\t\\n\\u0001\\u007F"'


@pytest.mark.parametrize(
    ("value", "canonical"),
    [
        (date(2025, 12, 4), "2025-12-04"),
        (datetime(2025, 12, 4, 10, 30), "2025-12-04"),
        (" 2025-04 ", "2025-04"),
        ("2025", "2025"),
    ],
)
def test_dates_become_quoted_canonical_strings(value: object, canonical: str) -> None:
    assert canonical_value(Source, "published", value) == canonical


def test_unknown_stays_unknown_in_a_departure_date() -> None:
    assert canonical_value(City, "left", "unknown") == "unknown"


def test_date_fields_are_found_from_the_model() -> None:
    assert date_fields(City) == {"joined", "left"}
    assert date_fields(Source) == {"published", "retrieved"}


@pytest.mark.parametrize(
    ("record", "key", "value", "default"),
    [
        (Claim, "qualifier", "exact", True),
        (Claim, "qualifier", "about", False),
        (Intake, "kind", "intake", True),
        (CountryList, "complete", False, True),
        (CountryList, "complete", True, False),
        (City, "other_names", [], True),
        (City, "sources", [], False),
        (Claim, "value", 0, False),
        (Source, "unheard_of", "x", False),
    ],
)
def test_default_values(record: type, key: str, value: object, default: bool) -> None:
    assert is_default(record, key, value) is default


@pytest.mark.parametrize(
    ("relative", "kind", "directive"),
    [
        ("store.toml", FileKind.STORE, "#:schema ./schema/store.schema.json"),
        ("intakes.toml", FileKind.INTAKES, "#:schema ./schema/intakes.schema.json"),
        ("resolutions.toml", FileKind.RESOLUTIONS, "#:schema ./schema/resolutions.schema.json"),
        ("sources/x.toml", FileKind.SOURCES, "#:schema ../schema/sources.schema.json"),
        ("cities/vn.toml", FileKind.CITIES, "#:schema ../schema/cities.schema.json"),
    ],
)
def test_each_file_points_at_its_schema_relative_to_itself(
    relative: str, kind: FileKind, directive: str
) -> None:
    assert file_kind(relative) is kind
    assert schema_directive(relative) == directive
