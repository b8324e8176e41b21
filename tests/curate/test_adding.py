"""Where a new record goes and the text it is written as (lcnet add, below the CLI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lcnet.curate.adding import (
    Addition,
    RecordRefused,
    check_addition,
    new_city,
    new_claim,
    new_source,
    slug,
)
from lcnet.errors import InvalidStore, UsageError
from lcnet.exitcodes import ExitCode
from tests.conftest import TODAY


@pytest.mark.parametrize(
    ("name", "made"),
    [("Huế", "hue"), ("Ho Chi Minh City", "ho-chi-minh-city"), ("Đà Lạt", "da-lat")],
)
def test_ids_are_made_from_names_without_diacritics(name: str, made: str) -> None:
    assert slug(name) == made


def test_a_new_source_is_a_new_file_in_canonical_form(tiny_store: Path) -> None:
    values: dict[str, object] = {"publisher": "Example Daily", "language": "en", "kind": "news"}
    addition = new_source(tiny_store, "facts", "example-2025-12-05", values)
    assert addition == Addition(
        "sources/example-2025-12-05.toml",
        "#:schema ../schema/sources.schema.json\n\n"
        '[source]\npublisher = "Example Daily"\nlanguage = "en"\nkind = "news"\n',
        3,
        'source "example-2025-12-05"',
    )


def test_a_claim_is_appended_with_an_id_made_from_its_metric(tiny_store: Path) -> None:
    old = (tiny_store / "sources" / "uil-2022-09-02.toml").read_text(encoding="utf-8")
    values: dict[str, object] = {"metric": "new_cities", "value": 77, "phrase": "77 more"}
    addition = new_claim(tiny_store, "uil-2022-09-02", values)
    assert addition.text == (
        old + '\n[[claim]]\nid = "new-cities"\nmetric = "new_cities"\nvalue = 77\n'
        'phrase = "77 more"\n'
    )
    assert addition.line == old.count("\n") + 2
    assert addition.text.splitlines()[addition.line - 1] == "[[claim]]"


def test_a_claim_id_taken_in_the_source_gets_a_number(tiny_store: Path) -> None:
    values: dict[str, object] = {"metric": "total-cities", "value": 1, "phrase": "x"}
    first = new_claim(tiny_store, "uil-2022-09-02", values)
    (tiny_store / "sources" / "uil-2022-09-02.toml").write_text(first.text, encoding="utf-8")
    assert 'id = "total-cities-2"' in new_claim(tiny_store, "uil-2022-09-02", values).text


def test_a_city_of_a_new_country_starts_the_country_file_with_its_region(
    tiny_store: Path,
) -> None:
    values: dict[str, object] = {"name": "Suwon", "sources": ["unesco-2024-02-14"]}
    addition = new_city(tiny_store, "facts", "KR", "asia-pacific", values)
    assert addition == Addition(
        "cities/kr.toml",
        '#:schema ../schema/cities.schema.json\n\nregion = "asia-pacific"\n\n'
        '[[city]]\nid = "suwon"\nname = "Suwon"\nsources = ["unesco-2024-02-14"]\n',
        5,
        'city "kr/suwon"',
    )


def test_a_city_of_a_new_country_needs_its_region(tiny_store: Path) -> None:
    with pytest.raises(UsageError) as caught:
        new_city(tiny_store, "facts", "KR", None, {"name": "Suwon"})
    assert caught.value.message == (
        "--region is needed: facts/cities/kr.toml does not exist yet, and a country's file "
        "starts with its UNESCO region"
    )


def test_a_region_other_than_the_country_files_is_refused(tiny_store: Path) -> None:
    with pytest.raises(UsageError) as caught:
        new_city(tiny_store, "facts", "VN", "africa", {"name": "Hue", "sources": ["x"]})
    assert caught.value.message == (
        '--region africa: facts/cities/vn.toml gives the region "asia-pacific"'
    )


@pytest.mark.parametrize(
    ("name", "made"),
    [
        ("Київ", "kiiv"),  # Cyrillic
        ("Мелітополь", "melitopol"),  # the soft sign's apostrophe is dropped
        ("北京", "beijing"),  # Han
        ("西安", "xian"),
        ("군산시", "gunsansi"),  # Hangul
        ("Ελληνικό", "elliniko"),  # Greek
        ("Sa Đéc 沙瀝", "sa-dec-shali"),  # mixed scripts
    ],
)
def test_names_in_other_scripts_get_an_id_by_transliteration(name: str, made: str) -> None:
    assert slug(name) == made


def test_a_city_named_in_han_gets_its_id_from_the_transliteration(tiny_store: Path) -> None:
    addition = new_city(
        tiny_store, "facts", "CN", "asia-pacific", {"name": "北京", "sources": ["x"]}
    )
    assert 'id = "beijing"\nname = "北京"\n' in addition.text
    assert addition.record == 'city "cn/beijing"'


def test_a_name_of_symbols_only_still_needs_an_id(tiny_store: Path) -> None:
    with pytest.raises(UsageError) as caught:
        new_city(tiny_store, "facts", "CN", "asia-pacific", {"name": "★ ☆"})
    assert caught.value.message == "--name ★ ☆: no id can be made from this name; give --id"


@pytest.mark.parametrize(
    ("source_id", "message"),
    [
        (
            "unesco-2024-02-41",
            '--source unesco-2024-02-41: unknown source "unesco-2024-02-41"; '
            'did you mean "unesco-2024-02-14"?',
        ),
        ("../store", '--source ../store: unknown source "../store"'),
    ],
)
def test_a_claim_for_an_unknown_source_is_refused(
    tiny_store: Path, source_id: str, message: str
) -> None:
    with pytest.raises(UsageError) as caught:
        new_claim(tiny_store, source_id, {"metric": "total_cities"})
    assert caught.value.message == message


def test_a_source_id_that_is_not_a_file_name_is_refused(tiny_store: Path) -> None:
    with pytest.raises(UsageError) as caught:
        new_source(tiny_store, "facts", "../escape", {})
    assert caught.value.message == (
        '--id ../escape: "../escape" is not a source id: use lower-case letters, digits '
        'and "-" (e.g. vnexpress-2025-12-05)'
    )


def test_the_check_names_the_problems_of_the_new_record_only(tiny_store: Path) -> None:
    values: dict[str, object] = {"metric": "membres", "value": 3, "phrase": "x", "id": "m"}
    addition = new_claim(tiny_store, "uil-2022-09-02", values)
    with pytest.raises(RecordRefused) as caught:
        check_addition(tiny_store, "facts", TODAY, addition)
    assert caught.value.exit_code is ExitCode.USAGE
    assert caught.value.lines() == [
        f'facts/sources/uil-2022-09-02.toml:{addition.line + 2}: unknown metric "membres" '
        "(expected one of: total_cities, total_countries, citizens, new_cities, new_countries, "
        "first_time_countries, new_capitals, country_cities, join_year, candidate_cities)",
        'the claim "uil-2022-09-02#m" was not added (1 problem); nothing was written',
    ]


def test_a_store_invalid_before_the_record_is_reported_as_such(tiny_store: Path) -> None:
    path = tiny_store / "sources" / "daily-news-2024-03.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('"news"', '"blog"'))
    values: dict[str, object] = {"metric": "total_cities", "value": 3, "phrase": "x"}
    addition = new_claim(tiny_store, "uil-2022-09-02", values)
    with pytest.raises(InvalidStore) as caught:
        check_addition(tiny_store, "facts", TODAY, addition)
    assert not isinstance(caught.value, RecordRefused)
    assert caught.value.exit_code is ExitCode.INVALID_DATA
