"""`lcnet figures`, `lcnet claims` and `lcnet growth` on the shipped store."""

from __future__ import annotations

import json

from tests.conftest import run_cli


def figures(*args: str) -> dict[str, str]:
    outcome = run_cli("figures", *args, "--format", "json")
    assert outcome.exit_code == 0, outcome.stderr
    periods = json.loads(outcome.stdout)["periods"]
    return {p["subject"]: p["figure"]["text"] for p in periods if p["figure"]}


def test_as_of_gives_the_figures_that_held_on_that_date() -> None:
    june_2025 = figures("--as-of", "2025-06-01")
    assert (june_2025["total_cities"], june_2025["total_countries"], june_2025["citizens"]) == (
        "356",
        "79",
        "390 million",
    )
    january_2021 = figures("--as-of", "2021-01-01")
    assert (january_2021["total_cities"], january_2021["total_countries"]) == ("229", "64")
    february_2026 = figures("--as-of", "2026-02-01")
    assert (february_2026["total_cities"], february_2026["total_countries"]) == ("425", "91")


def test_as_of_names_the_intake_that_established_the_figure() -> None:
    outcome = run_cli("figures", "--as-of", "2025-06-01", "--metric", "total_cities", "-f", "json")
    [period] = json.loads(outcome.stdout)["periods"]
    assert (period["from"], period["to"], period["basis"], period["sources"]) == (
        "2024-02-14",
        "2025-12-03",
        "intake 2024-02",
        ["unesco-2024-02-14"],
    )


def test_year_gives_every_period_that_overlaps_it() -> None:
    outcome = run_cli("figures", "--year", "2024", "--metric", "total_cities", "-f", "csv")
    rows = [line.split(",")[5:9] for line in outcome.stdout.splitlines()[1:]]
    assert rows == [
        ["2022-09", "2022-09-02", "2024-02-13", "294"],
        ["2024-02", "2024-02-14", "2025-12-03", "356"],
    ]


def test_an_unknown_metric_lists_the_known_ones() -> None:
    outcome = run_cli("figures", "--metric", "members")
    assert outcome.exit_code == 2
    assert outcome.stderr.startswith(
        "lcnet: error: --metric members: no such metric or subject; known: total_cities, "
    )


def test_as_of_and_year_together_are_refused() -> None:
    outcome = run_cli("figures", "--as-of", "2025", "--year", "2024")
    assert (outcome.exit_code, outcome.stderr) == (
        2,
        "lcnet: error: give --as-of or --year, not both\n",
    )


def claims(*args: str) -> list[dict[str, str]]:
    outcome = run_cli("claims", *args, "--format", "json")
    assert outcome.exit_code == 0, outcome.stderr
    result: list[dict[str, str]] = json.loads(outcome.stdout)["claims"]
    return result


def test_claims_filtered_by_verdict_show_the_stale_ones() -> None:
    stale = {c["claim"]: (c["value"], c["expected"]["text"]) for c in claims("-v", "stale")}
    assert stale["if-gov-ua-2025#total"] == (294, "425")  # 294 repeated in 2025
    assert stale["sejongtimes-2022-09-06#total"] == (229, "294")  # 229 after the 2022 intake
    assert {c["verdict"] for c in claims("--verdict", "stale", "--verdict", "wrong")} == {
        "stale",
        "wrong",
    }


def test_claims_filtered_by_source_and_metric() -> None:
    found = claims("--source", "baoquocte-2025-12", "--metric", "country_cities")
    assert [(c["claim"], c["value"], c["verdict"]) for c in found] == [
        ("baoquocte-2025-12#vn-cities", 6, "current")
    ]


def test_an_unknown_verdict_is_a_usage_error() -> None:
    outcome = run_cli("claims", "--verdict", "old")
    assert outcome.exit_code == 2
    assert outcome.stderr == (
        "lcnet: error: --verdict old: use one of current, stale, wrong, bound_ok, "
        "bound_violated, historic, superseded, unverifiable\n"
    )


def test_claims_as_of_leaves_out_later_claims() -> None:
    early = claims("--as-of", "2016-12-31")
    assert {c["claim"] for c in early} == {
        "uil-2016-08-23#total",
        "uil-2016-08-23#total-headline",
        "uil-2016-08-23#countries",
        "uil-fr-2016-08-23#total",
        "unesco-tr-natcom-2016-10-11#total",
        "unesco-lt-natcom-2016-05-27#kaunas-joined",
        "onu-brasil-2015-10#candidates",
        "dvv-international-ua-2016-11#total",
        "jeollailbo-gunsan#total",
        "jeollailbo-gunsan#countries",
        "chugoku-2016-03-30#jp-cities",
        "chugoku-2016-03-30#total",
        "chugoku-2016-03-30#countries",
        "vsopublications-2016-08#total",
        "vsopublications-2016-08#countries",
        "kyeonggi-2016-06-02#kr-cities",
        "ajunews-2016-08-11#seodaemun-joined",
        "uil-2016-07-14#kr-cities",
    }


def test_claimreview_export_rates_each_verdict() -> None:
    outcome = run_cli("claims", "--source", "if-gov-ua-2025", "-v", "stale", "-f", "claimreview")
    [review] = json.loads(outcome.stdout)["@graph"]
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Outdated",
        "ratingExplanation": review["reviewRating"]["ratingExplanation"],
    }
    assert review["itemReviewed"]["author"]["name"] == (
        "Ivano-Frankivsk Regional State Administration"
    )
    assert review["claimReviewed"] == "Усього до мережі входить 294 міста з 52 країн"


def test_growth_lists_each_announcement_as_corrected() -> None:
    outcome = run_cli("growth", "--format", "json")
    rows = json.loads(outcome.stdout)["announcements"]
    found = [(r["date"], r["total_cities"], r["total_countries"], r["new_cities"]) for r in rows]
    assert found == [
        ("2016-08-23", 115, 28, None),
        ("2019-07-17", None, None, 38),
        ("2020-09-23", 229, 64, 54),
        ("2022-09-02", 294, 76, 77),
        ("2024-02-14", 356, 79, 64),
        ("2025-12-04", 425, 91, 72),
    ]


def test_growth_chart_draws_bars() -> None:
    outcome = run_cli("growth")
    assert "2025-12-04" in outcome.stdout
    assert "█" * 30 + " 425" in outcome.stdout
