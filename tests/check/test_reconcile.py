"""Findings about the store: each kind pinned on the reconcile store, and resolutions."""

from __future__ import annotations

from datetime import date

from lcnet.check.findings import KINDS, Finding, Severity
from lcnet.check.reconcile import reconcile
from lcnet.store.facts import FactStore
from tests.conftest import TODAY


def by_key(store: FactStore, today: date = TODAY) -> dict[str, Finding]:
    _, findings = reconcile(store, today)
    return {f.key: f for f in findings}


def test_every_finding_of_the_reconcile_store(store: FactStore) -> None:
    found = by_key(store)
    assert {key: (f.severity.label, f.file, f.line) for key, f in found.items()} == {
        "conflicting-primary-sources:total_cities:2022-09": (
            "error",
            "facts/sources/uil-page-2023.toml",
            8,
        ),
        "first-time-count-mismatch:2024-02": ("error", "facts/intakes.toml", 36),
        "first-time-country-had-members:2024-02:LT": ("error", "facts/intakes.toml", 36),
        "unexplained-additions:total_cities:2020-09": ("error", "facts/intakes.toml", 18),
        "unexplained-departures:total_cities:2022-09": ("error", "facts/intakes.toml", 27),
        "unexplained-departures:total_cities:2024-02": ("error", "facts/intakes.toml", 36),
        "bound-violated:blog-2024-06-10#too-many": (
            "warning",
            "facts/sources/blog-2024-06-10.toml",
            27,
        ),
        "intake-figure-unsupported:total_countries:2022-09": ("warning", "facts/intakes.toml", 27),
        "member-list-exceeds-count:blog-2024-06-10#vn-cities": (
            "warning",
            "facts/sources/blog-2024-06-10.toml",
            55,
        ),
        "stale-figure:blog-2024-06-10#stale": ("warning", "facts/sources/blog-2024-06-10.toml", 8),
        "stale-figure:blog-2024-06-10#vn-cities": (
            "warning",
            "facts/sources/blog-2024-06-10.toml",
            55,
        ),
        "wrong-figure:blog-2024-06-10#wrong": (
            "warning",
            "facts/sources/blog-2024-06-10.toml",
            14,
        ),
        "stale-figure:gazette-2020-10#total": ("warning", "facts/sources/gazette-2020-10.toml", 8),
        "unknown-resolution:unexplained-departures:total_cities:2023-09": (
            "warning",
            "facts/resolutions.toml",
            12,
        ),
        "incomplete-member-list:FR": ("note", "facts/cities/fr.toml", 1),
        "incomplete-member-list:network": ("note", "facts/intakes.toml", 36),
        "superseded-figure:uil-2020#new": ("note", "facts/sources/uil-2020.toml", 8),
        "superseded-figure:uil-2020#total": ("note", "facts/sources/uil-2020.toml", 22),
        "unverifiable-figure:almanac-2015-06#total": (
            "note",
            "facts/sources/almanac-2015-06.toml",
            8,
        ),
        "unverifiable-figure:blog-2024-06-10#fr-cities": (
            "note",
            "facts/sources/blog-2024-06-10.toml",
            48,
        ),
        "unverifiable-figure:forum-undated#total": (
            "note",
            "facts/sources/forum-undated.toml",
            7,
        ),
    }


def test_arithmetic_gaps_say_what_does_not_add_up(store: FactStore) -> None:
    found = by_key(store)
    assert found["unexplained-departures:total_cities:2022-09"].message == (
        "229 + 77 new member cities = 306, but the member cities after intake 2022-09 are "
        "294: 12 members left with no recorded explanation"
    )
    assert found["unexplained-additions:total_cities:2020-09"].message == (
        "115 + 54 new member cities = 169, but the member cities after intake 2020-09 are "
        "229: 60 more members than the intakes explain"
    )


def test_a_conflict_names_both_sides_and_its_evidence(store: FactStore) -> None:
    conflict = by_key(store)["conflicting-primary-sources:total_cities:2022-09"]
    assert conflict.message == (
        "member cities 2022-09-02 to 2024-02-13: the accepted figure is 294 (intake 2022-09), "
        "but uil-page-2023 says 292"
    )
    assert [(e.source, e.url, e.claim) for e in conflict.evidence] == [
        ("uil-2022", "https://uil.example/2022", None),
        ("uil-page-2023", "https://uil.example/anniversary", "uil-page-2023#total"),
    ]


def test_first_time_countries_are_checked_against_the_member_list(store: FactStore) -> None:
    found = by_key(store)
    assert found["first-time-country-had-members:2024-02:LT"].message == (
        "intake 2024-02 counts LT as a first-time country, but the member list has Kaunas "
        "(lt/kaunas, joined 2016-05-27) before it"
    )
    assert found["first-time-count-mismatch:2024-02"].message == (
        "intake 2024-02 counts 2 first-time countries but lists 1"
    )


def test_a_stated_country_count_is_checked_against_the_list(store: FactStore) -> None:
    found = by_key(store)
    assert found["member-list-exceeds-count:blog-2024-06-10#vn-cities"].message == (
        "blog-2024-06-10 counts 1 member in VN on 2024-06-10, but the member list has 3 then"
    )
    assert found["incomplete-member-list:FR"].message == (
        "the store lists 1 of the 8 members of FR that blog-2024-06-10 counts"
    )


def test_a_resolution_resolves_and_says_why(store: FactStore) -> None:
    resolved = by_key(store)["unexplained-departures:total_cities:2024-02"]
    assert resolved.resolved
    assert resolved.resolution is not None
    assert resolved.resolution.reason == "Two members left; the release does not say which."


def test_an_expired_resolution_fails_again(store: FactStore) -> None:
    item = by_key(store)["unexplained-additions:total_cities:2020-09"]
    assert (item.resolution is not None, item.expired, item.resolved) == (True, True, False)
    before_expiry = by_key(store, date(2025, 6, 1))["unexplained-additions:total_cities:2020-09"]
    assert before_expiry.resolved


def test_every_code_has_a_severity_title_and_reason() -> None:
    for code, kind in KINDS.items():
        assert kind.code == code
        assert kind.title
        assert kind.why
        assert isinstance(kind.severity, Severity)


def test_the_shipped_store_has_no_unresolved_error(real_timeline: object) -> None:
    from tests.check.conftest import load
    from tests.conftest import REPO

    store = load(REPO / "facts")
    _, findings = reconcile(store, TODAY)
    assert [f.key for f in findings if f.severity is Severity.ERROR and not f.resolved] == []
    # every resolution settles a real finding, and the documented conflicts are settled
    assert [f.key for f in findings if f.code == "unknown-resolution"] == []
    resolved = {f.key for f in findings if f.resolved}
    assert {r.finding for r in store.resolutions} == resolved
    assert {
        "conflicting-primary-sources:total_cities:2022-09",  # UIL's 292 against 294
        "first-time-country-had-members:2025-12:LT",  # Kaunas since 2016
        "unexplained-departures:total_cities:2022-09",  # 229 + 77 != 294
        "unexplained-departures:total_cities:2024-02",  # 294 + 64 != 356
        "unexplained-departures:total_cities:2025-12",  # 356 + 72 != 425
        "unexplained-departures:total_countries:2025-12",  # 79 + 13 != 91
    } <= resolved
