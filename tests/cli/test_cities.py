"""`lcnet cities`: selection, country names, dates, formats and completeness."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import TINY, run_cli
from tests.golden import assert_golden

VIETNAM = ["Sa Dec", "Vinh", "Cao Lãnh", "Ho Chi Minh City", "Son La", "Hanoi"]


def names(*args: str) -> list[str]:
    outcome = run_cli("cities", *args, "--format", "json")
    assert outcome.exit_code == 0, outcome.stderr
    return [city["name"] for city in json.loads(outcome.stdout)["cities"]]


def test_the_shipped_store_lists_the_six_vietnamese_members_in_order_of_joining() -> None:
    assert names("--country", "VN") == VIETNAM


@pytest.mark.parametrize("country", ["VN", "vnm", "Viet Nam", "Vietnam", "viet nam", "VIỆT NAM"])
def test_a_country_is_found_by_code_or_name_ignoring_case_and_diacritics(country: str) -> None:
    assert names("--country", country) == VIETNAM


def test_as_of_gives_membership_as_it_stood_then() -> None:
    assert names("--country", "VN", "--as-of", "2024-01-01") == ["Sa Dec", "Vinh", "Cao Lãnh"]


def test_a_partial_as_of_date_means_the_end_of_its_period() -> None:
    assert names("--country", "VN", "--as-of", "2024") == VIETNAM[:5]


def test_name_search_ignores_case_spaces_and_diacritics() -> None:
    assert names("ha noi") == ["Hanoi"]
    assert names("SƠN LA") == ["Son La"]


def test_joined_selects_the_year_of_admission() -> None:
    assert names("--country", "VN", "--joined", "2024") == ["Ho Chi Minh City", "Son La"]


def test_region_accepts_its_id_or_its_name() -> None:
    by_id = names("--region", "asia-pacific", "--country", "VN")
    by_name = names("--region", "Asia and the Pacific", "--country", "VN")
    assert by_id == by_name == VIETNAM


def test_an_unknown_country_is_a_usage_error_with_a_suggestion() -> None:
    outcome = run_cli("cities", "--country", "Vietnm")
    assert outcome.exit_code == 2
    assert outcome.stdout == ""
    assert outcome.stderr == (
        'lcnet: error: unknown country "Vietnm"; did you mean "Viet Nam" (VN)? '
        "Give an ISO 3166-1 code (VN, VNM) or a name.\n"
    )


def test_an_unknown_region_lists_the_regions() -> None:
    outcome = run_cli("cities", "--region", "Oceania")
    assert outcome.exit_code == 2
    assert outcome.stderr == (
        "lcnet: error: --region Oceania: unknown region; use one of africa, arab-states, "
        "asia-pacific, europe-north-america, latin-america-caribbean\n"
    )


def test_an_impossible_as_of_date_is_a_usage_error() -> None:
    outcome = run_cli("cities", "--as-of", "2025-02-30")
    assert (outcome.exit_code, outcome.stderr) == (
        2,
        'lcnet: error: --as-of 2025-02-30: invalid date "2025-02-30": '
        "day is out of range for month\n",
    )


def test_as_of_accepts_dates_as_people_type_them() -> None:
    assert names("--country", "VN", "--as-of", "14 Feb 2024") == VIETNAM[:5]


# ------------------------------------------------------------------ machine formats


@pytest.fixture
def tiny_in_cwd() -> Path:
    """The tiny store as ./facts, so that output names it "facts"."""
    target = Path.cwd() / "facts"
    shutil.copytree(TINY, target)
    return target


def test_json_output_is_pinned(tiny_in_cwd: Path) -> None:
    outcome = run_cli("cities", "--country", "VN", "--format", "json")
    assert outcome.exit_code == 0
    assert_golden("cities-vn.json", outcome.stdout)
    assert outcome.stderr == ""


def test_jsonl_output_is_pinned(tiny_in_cwd: Path) -> None:
    outcome = run_cli("cities", "--format", "jsonl")
    assert_golden("cities.jsonl", outcome.stdout)
    assert outcome.stderr == (
        "lcnet: store: facts (working directory)\n"
        "lcnet: note: the store lists 3 of 356 member cities of the network "
        "(356 per intake 2024-02 (unesco-2024-02-14)); the member list is incomplete\n"
    )


def test_csv_output_is_pinned(tiny_in_cwd: Path) -> None:
    outcome = run_cli("cities", "--format", "csv", "--as-of", "2023-01-01")
    assert_golden("cities-2023.csv", outcome.stdout)


def test_an_empty_result_is_an_empty_list(tiny_in_cwd: Path) -> None:
    outcome = run_cli("cities", "--country", "FR", "--format", "json")
    document = json.loads(outcome.stdout)
    assert document["cities"] == []
    assert document["coverage"]["listed"] == 0


def test_an_empty_csv_still_has_its_header(tiny_in_cwd: Path) -> None:
    outcome = run_cli("cities", "--country", "FR", "--format", "csv")
    assert outcome.stdout.startswith("id,name,local_name,country,")
    assert outcome.stdout.count("\n") == 1


def test_coverage_is_a_json_field_when_the_list_is_short(tiny_in_cwd: Path) -> None:
    outcome = run_cli("cities", "--format", "json")
    coverage = json.loads(outcome.stdout)["coverage"]
    assert coverage == {
        "scope": "member cities of the network",
        "listed": 3,
        "expected": 356,
        "basis": "intake 2024-02 (unesco-2024-02-14)",
        "complete": False,
        "undated_left_out": 0,
        "message": "the store lists 3 of 356 member cities of the network (356 per intake "
        "2024-02 (unesco-2024-02-14)); the member list is incomplete",
    }


def test_a_country_count_stated_by_a_source_is_the_expected_number(tiny_in_cwd: Path) -> None:
    outcome = run_cli("cities", "--country", "VN", "--format", "json", "--as-of", "2024-02-20")
    coverage = json.loads(outcome.stdout)["coverage"]
    assert (coverage["listed"], coverage["expected"]) == (3, None)
    outcome = run_cli("cities", "--country", "VN", "--format", "json")
    coverage = json.loads(outcome.stdout)["coverage"]
    assert (coverage["listed"], coverage["expected"], coverage["basis"]) == (
        3,
        3,
        "daily-news-2024-03, 2024-03",
    )


def test_the_table_names_its_store_on_stderr(tiny_in_cwd: Path) -> None:
    outcome = run_cli("cities", "--country", "VN")
    assert "3 member cities of Viet Nam as of 2026-11-23" in outcome.stdout
    assert "Cao Lanh" in outcome.stdout
    assert "Hà Nội" in outcome.stdout
    assert outcome.stderr == "lcnet: store: facts (working directory)\n"
