"""`lcnet show ID` and `lcnet sources` on the shipped store."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import run_cli


def show(record_id: str) -> dict[str, Any]:
    outcome = run_cli("show", record_id, "--format", "json")
    assert outcome.exit_code == 0, outcome.stderr
    result: dict[str, Any] = json.loads(outcome.stdout)
    return result


def test_a_source_shows_its_claims_with_verdicts_and_its_correction() -> None:
    view = show("uil-2020-09-23")
    assert view["kind"] == "source"
    assert [(c["claim"], c["verdict"]) for c in view["claims"]] == [
        ("uil-2020-09-23#new", "superseded"),
        ("uil-2020-09-23#new-countries", "current"),
        ("uil-2020-09-23#total", "superseded"),
        ("uil-2020-09-23#countries", "current"),
    ]
    assert view["superseded_by"] == ["uil-corrigendum-2020-09"]
    assert view["intakes"] == ["2020-09"]


def test_a_source_shows_who_copies_it() -> None:
    view = show("vietnamtimes-2024-02-17")
    assert (view["copies"], view["copied_by"]) == ("vietnamplus-2024-02", ["vietexplorer-2024-02"])


def test_a_claim_shows_its_verdict_and_reason() -> None:
    view = show("if-gov-ua-2025#total")
    judgement = view["judgement"]
    assert (judgement["verdict"], judgement["expected"]["text"]) == ("stale", "425")
    assert judgement["reason"].startswith("294 was the figure 2022-09-02 to 2024-02-13")


def test_a_city_shows_its_intake_and_sources() -> None:
    view = show("vn/hanoi")
    assert view["intake"]["date"] == "2025-12-04"
    assert [s["id"] for s in view["sources"]] == [
        "vgp-hanoi-2025-12-05",
        "vnexpress-2025-12-05",
        "happyvietnam-2025-12",
        "dantri-2026-01-30",
    ]


def test_an_intake_shows_its_correction_and_findings() -> None:
    view = show("2020-09")
    assert [c["id"] for c in view["corrections"]] == ["2020-09-correction"]
    assert "vn/sa-dec" in view["cities_listed"]
    assert [f["key"] for f in view["findings"]] == ["unexplained-additions:total_cities:2020-09"]


def test_a_resolution_shows_the_finding_it_settles() -> None:
    view = show("unexplained-departures:total_cities:2022-09")
    assert view["kind"] == "resolution"
    assert view["finding"]["resolved"] is True
    assert view["finding"]["message"].startswith("229 + 77 new member cities = 306")


def test_an_unknown_id_suggests_the_closest() -> None:
    outcome = run_cli("show", "unesco-2024-02-41")
    assert (outcome.exit_code, outcome.stderr) == (
        2,
        'lcnet: error: no record with id "unesco-2024-02-41"; did you mean '
        '"unesco-2024-02-14"? Ids look like unesco-2024-02-14, unesco-2024-02-14#total, '
        "vn/hanoi, 2024-02.\n",
    )


def sources(*args: str) -> list[dict[str, Any]]:
    outcome = run_cli("sources", *args, "--format", "json")
    assert outcome.exit_code == 0, outcome.stderr
    result: list[dict[str, Any]] = json.loads(outcome.stdout)["sources"]
    return result


def test_sources_count_claims_and_stale_or_wrong_ones() -> None:
    [ukraine] = sources("--publisher", "ivano-frankivsk")
    assert (ukraine["claims"], ukraine["stale"], ukraine["wrong"]) == (3, 1, 1)


def test_sources_filter_by_kind_language_and_date() -> None:
    found = sources("--kind", "news", "--language", "vi", "--from", "2025-12", "--to", "2026-01")
    assert [s["id"] for s in found] == ["vnexpress-2025-12-05", "dantri-2026-01-30"]


def test_an_unknown_kind_is_a_usage_error() -> None:
    outcome = run_cli("sources", "--kind", "blog")
    assert (outcome.exit_code, outcome.stderr) == (
        2,
        "lcnet: error: --kind blog: use primary, news, government or other\n",
    )


FINDING = "unexplained-departures:total_cities:2025-12"


def test_a_finding_shows_its_evidence_as_records_in_json() -> None:
    view = show("bound-violated:lookmagazine-2025-12#citizens")
    assert (view["kind"], view["id"]) == (
        "finding",
        "bound-violated:lookmagazine-2025-12#citizens",
    )
    assert [e["source"] for e in view["finding"]["evidence"]] == [
        "lookmagazine-2025-12",
        "unesco-sufe-2025-12-04",
    ]


def test_a_finding_shows_its_evidence_as_a_readable_table() -> None:
    outcome = run_cli("show", "bound-violated:lookmagazine-2025-12#citizens")
    assert outcome.exit_code == 0, outcome.stderr
    lines = outcome.stdout.splitlines()
    assert lines[0] == "finding bound-violated:lookmagazine-2025-12#citizens"
    evidence = next(line for line in lines if "│ evidence" in line)
    assert evidence.split("│")[2].split() == ["source", "┃", "url", "┃", "claim"]
    assert "{'source'" not in outcome.stdout
    assert "│ resolved │ no" in outcome.stdout


def test_a_resolved_finding_shows_its_resolution_as_fields() -> None:
    outcome = run_cli("show", FINDING)
    assert outcome.exit_code == 0, outcome.stderr
    assert "{'" not in outcome.stdout
    assert "│ resolved   │ yes" in outcome.stdout
    assert "│ reviewed │ 2026-11-23" in outcome.stdout


def test_an_unknown_id_suggests_the_nearest_ids_findings_included() -> None:
    outcome = run_cli("show", "bound-violated:lookmagazine-2025#citizens")
    assert outcome.stderr.startswith(
        'lcnet: error: no record with id "bound-violated:lookmagazine-2025#citizens"; did '
        'you mean "bound-violated:lookmagazine-2025-12#citizens"? Ids look like '
    )


def test_ids_as_near_as_the_nearest_are_all_suggested() -> None:
    outcome = run_cli("show", "unesco-2024")
    assert outcome.stderr.startswith(
        'lcnet: error: no record with id "unesco-2024"; did you mean "unesco-2021-10", '
        '"unesco-2024-02-14" or "unesco-vn-2024-02"? Ids look like '
    )


def test_an_id_in_the_wrong_case_is_found_as_a_suggestion() -> None:
    outcome = run_cli("show", "VN/HANOI")
    assert outcome.stderr.startswith(
        'lcnet: error: no record with id "VN/HANOI"; did you mean "vn/hanoi"'
    )


def test_the_messages_of_a_finding_end_as_sentences_in_the_table() -> None:
    outcome = run_cli("show", "bound-violated:lookmagazine-2025-12#citizens")
    cells = [line.split("│")[2].strip() for line in outcome.stdout.splitlines() if "│" in line]
    assert "sources)." in cells  # the message's last line, now a sentence


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "3 members left with no recorded explanation",
            "3 members left with no recorded explanation.",
        ),
        ("Already a sentence.", "Already a sentence."),
        ("Is it?", "Is it?"),
        ("then 91 (intake 2025-12)", "then 91 (intake 2025-12)."),
    ],
)
def test_prose_fields_are_shown_as_sentences(text: str, shown: str) -> None:
    from lcnet.render.table_show import sentence

    assert sentence(text) == shown
