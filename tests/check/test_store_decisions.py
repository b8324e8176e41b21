"""Decisions about the shipped store's facts, as a reader of a text meets them.

Each test pins what the store says about one question a curator settled from public
sources (facts helper, session 10); the sources are named in the store's records."""

from __future__ import annotations

import pytest

import lcnet
from tests.conftest import REPO, TODAY


@pytest.fixture(scope="module")
def store() -> lcnet.Store:
    return lcnet.open_store(REPO / "facts", today=TODAY)


def verdicts(store: lcnet.Store, text: str, day: str) -> list[tuple[str, str, int | None]]:
    return [(f.text, f.verdict, f.expected) for f in store.check_text(text, date=day).figures]


def test_fifty_five_countries_in_spring_2020_has_no_official_source(store: lcnet.Store) -> None:
    """UIL's pages between the 2019 and 2020 intakes count 53 countries and no other
    number; two national commissions and a Walloon association wrote 55. UIL's member
    counts of the time (170, 173, 174) are all official."""
    text = (
        "Our leaflet: the UNESCO Global Network of Learning Cities has 173 cities in 55 countries."
    )
    assert verdicts(store, text, "2020-05-11") == [
        ("173 cities", "current", 170),
        ("55 countries", "wrong", 53),
    ]
    japanese = "ユネスコ学習都市グローバルネットワークには55か国173都市が加盟している。"
    assert verdicts(store, japanese, "2020-06-20") == [
        ("55か国", "wrong", 53),
        ("173都市", "current", 170),
    ]


def test_uils_june_2020_count_is_official_until_the_intake(store: lcnet.Store) -> None:
    text = "The UNESCO Global Network of Learning Cities now has 174 members."
    assert verdicts(store, text, "2020-06-20") == [("174 members", "current", 170)]
    assert verdicts(store, text, "2020-10-20") == [("174 members", "stale", 229)]


def test_belgium_had_no_member_before_charleroi_joined_in_september_2020(
    store: lcnet.Store,
) -> None:
    def belgian(as_of: str) -> list[str]:
        return [c.name for c in store.cities(country="BE", as_of=as_of)]

    assert belgian("2020-05") == []
    assert belgian("2020-10") == ["Charleroi"]
    assert belgian("2024-03") == ["Charleroi", "Liège"]
    assert [c.joined for c in store.cities(country="BE")] == ["2020-09-23", "2024-02-14"]


def test_thirteen_first_time_countries_in_december_2025(store: lcnet.Store) -> None:
    """UNESCO's release counts 13 (Lithuania again, its 2016 member having lapsed);
    outlets that count 12 leave Lithuania out, and no UNESCO or UIL text gives 12."""
    said = "countries joined the UNESCO Global Network of Learning Cities for the first time."
    assert verdicts(store, f"Thirteen {said}", "2025-12-10") == [
        ("Thirteen countries", "current", 13)
    ]
    assert verdicts(store, f"Twelve {said}", "2025-12-10") == [("Twelve countries", "wrong", 13)]


@pytest.mark.parametrize(
    ("country", "count", "verdict", "expected"),
    [
        ("Germany", "four", "unverifiable", None),  # no source on the 2025 intake
        ("Italy", "eight", "current", 8),  # complete: two Dec 2025 sources name all eight
        ("Japan", "two", "unverifiable", None),  # none after June 2020
        ("Belgium", "two", "unverifiable", None),  # none lists every member
        ("Portugal", "seventeen", "current", 17),  # complete
    ],
)
def test_a_countrys_count_is_judged_only_against_a_complete_list(
    store: lcnet.Store, country: str, count: str, verdict: str, expected: int | None
) -> None:
    text = f"{country} has {count} member cities in the UNESCO Global Network of Learning Cities."
    assert verdicts(store, text, "2026-01-10") == [(f"{count} member cities", verdict, expected)]


def test_koreas_first_eight_hold_from_uils_july_2016_release_and_bound_the_days_before(
    store: lcnet.Store,
) -> None:
    """UIL counted eight Korean members on 14 July 2016; the network had opened in
    September 2015 and only admitted members until its first announcement, so before
    that day the count was at most eight (a 2015 text of eight is loose, not current)."""
    english = "The UNESCO Global Network of Learning Cities counts eight Korean cities."
    assert verdicts(store, english, "2015-11-02") == [("eight Korean cities", "bound_ok", 8)]
    assert verdicts(store, english, "2016-07-20") == [("eight Korean cities", "current", 8)]
    korean = "유네스코 글로벌 학습도시 네트워크에는 국내 20여 개 도시가 가입해 있다."
    [figure] = store.check_text(korean, date="2016-06-10").figures
    assert (figure.text, figure.verdict, figure.reason) == (
        "20여 개 도시",
        "bound_violated",
        "more than 20 does not hold on 2016-06-10: the figure was at most 8 until 2016-07-13 "
        "(no more than uil-2016-07-14 counted on 2016-07-14)",
    )


def test_bouake_counts_from_its_own_announcement_before_uils_release(store: lcnet.Store) -> None:
    """Bouaké's city hall called it Côte d'Ivoire's first member in May 2022 and UNESCO's
    office in the country said so on 25 July; UIL's release came on 2 September. From
    the end of May (the announcement's month) a count with Bouaké is right beside the
    count without it; before, and for any other count, the release's dates hold."""
    french = (
        "Bouaké est la seule ville ivoirienne membre du Réseau mondial des villes "
        "apprenantes de l'UNESCO."
    )
    english = (
        "Côte d'Ivoire has two member cities in the UNESCO Global Network of Learning Cities."
    )
    announced = (
        "1 counts a member whose admission was announced before the release "
        "(mairiedebouake-2022-05), beside the figure was 0 2022-05-31 to 2022-09-01 "
        "(complete list cities/ci.toml)"
    )
    august = store.check_text(french, date="2022-08-25").figures
    assert [(f.verdict, f.expected, f.reason) for f in august] == [("current", 0, announced)]
    assert verdicts(store, french, "2022-06-01") == [("Bouaké est la seule", "current", 0)]
    may = store.check_text(french, date="2022-05-20").figures
    assert [(f.verdict, f.reason) for f in may] == [
        ("wrong", "Bouaké joined on 2022-09-02, not a member on 2022-05-20")
    ]
    assert verdicts(store, french, "2022-09-05") == [("Bouaké est la seule", "current", 1)]
    assert verdicts(store, english, "2022-08-25") == [("two member cities", "wrong", 0)]
    # the network's own counts are not moved by a city's word
    assert [c.name for c in store.cities(country="CI", as_of="2022-08-25")] == []


def test_japans_two_members_are_anchored_by_its_national_commission_in_june_2020(
    store: lcnet.Store,
) -> None:
    """The Japanese National Commission's paper of June 2020 (run by MEXT) lists Okayama
    and Taku as Japan's members: the count for the period between the July 2019 and
    September 2020 intakes. No Japanese intake is listed in full, so no other period
    has a figure (before July 2019, admissions were rolling)."""
    text = "Japan has two member cities in the UNESCO Global Network of Learning Cities."
    assert verdicts(store, text, "2019-11-10") == [("two member cities", "current", 2)]
    assert verdicts(store, text, "2019-06-01") == [("two member cities", "unverifiable", None)]
    assert verdicts(store, text, "2020-10-01") == [("two member cities", "unverifiable", None)]
