"""A country's count derived from an anchor and complete intakes, without its full list.

The store below is the reconcile fixture with a Korean file that lists only the cities
of two intakes (2022-09 and 2024-02) in full, one of 2020-09 (not all of them) and one
older member, and a national commission's count of 40 in May 2023 as the anchor."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from lcnet.check.figures import Figure, Subject
from lcnet.check.timeline import Timeline
from lcnet.check.verdicts import judge_claim
from lcnet.errors import InvalidStore
from lcnet.model import Metric
from lcnet.store.facts import FactStore
from lcnet.store.read import read_records
from tests.check.conftest import RECONCILE
from tests.conftest import TODAY

KR = Subject(Metric.COUNTRY_CITIES, "KR")
KR_NEW = Subject(Metric.NEW_CITIES, "KR")

COUNTRY = """#:schema ../schema/cities.schema.json

region = "asia-pacific"
anchors = [{anchors}]
complete_intakes = [{complete}]
"""

CITY = """
[[city]]
id = "{id}"
name = "{id}"
{when}
sources = ["{source}"]
"""

CITIES = [
    ("old-town", 'joined = "2016"', "uil-2016"),
    ("autumn-one", 'intake = "2020-09"', "uil-2020"),
    ("paris-one", 'intake = "2022-09"', "uil-2022"),
    ("paris-two", 'intake = "2022-09"', "uil-2022"),
    ("online-one", 'intake = "2024-02"', "unesco-2024"),
    ("online-two", 'intake = "2024-02"', "unesco-2024"),
    ("online-three", 'intake = "2024-02"', "unesco-2024"),
]

NATCOM = """[source]
publisher = "National Commission for UNESCO"
language = "ko"
kind = "government"
published = "{published}"

[[claim]]
id = "kr-cities"
metric = "country_cities"
value = {value}
{qualifier}phrase = "{value} member cities in the country"
country = "KR"
"""

NEWS = """[source]
publisher = "A newspaper"
language = "ko"
kind = "news"
published = "{published}"

[[claim]]
id = "kr-cities"
metric = "country_cities"
value = {value}
phrase = "{value} member cities in the country"
country = "KR"
"""

LISTED_BY = {"2020-09": "uil-2020", "2022-09": "uil-2022", "2024-02": "unesco-2024"}


def anchored_store(
    tmp_path: Path,
    anchors: tuple[str, ...] = ("natcom-2023-05-10#kr-cities",),
    complete: tuple[str, ...] = ("2022-09", "2024-02"),
    extra_cities: str = "",
    sources: dict[str, str] | None = None,
) -> Path:
    root = tmp_path / "facts"
    shutil.copytree(RECONCILE, root)
    intakes = (root / "intakes.toml").read_text(encoding="utf-8")
    for intake, source in LISTED_BY.items():
        line = f'id = "{intake}"\n'
        intakes = intakes.replace(line, f'{line}members_listed_by = "{source}"\n', 1)
    (root / "intakes.toml").write_text(intakes, encoding="utf-8")
    text = COUNTRY.format(
        anchors=", ".join(f'"{a}"' for a in anchors),
        complete=", ".join(f'"{i}"' for i in complete),
    )
    text += "".join(CITY.format(id=i, when=w, source=s) for i, w, s in CITIES) + extra_cities
    (root / "cities" / "kr.toml").write_text(text, encoding="utf-8")
    texts = {"natcom-2023-05-10": NATCOM.format(published="2023-05-10", value=40, qualifier="")}
    texts.update(sources or {})
    for name, body in texts.items():
        (root / "sources" / f"{name}.toml").write_text(body, encoding="utf-8")
    return root


def timeline_of(root: Path) -> Timeline:
    return Timeline(FactStore(read_records(root, "facts", TODAY), "facts"), TODAY)


def table(timeline: Timeline, subject: Subject) -> list[tuple[str, str | None, str]]:
    return [
        (e.period.id, str(e.figure) if e.figure else None, e.basis)
        for e in timeline.entries(subject)
    ]


def test_an_anchor_counts_forwards_and_backwards_through_complete_intakes(
    tmp_path: Path,
) -> None:
    timeline = timeline_of(anchored_store(tmp_path))
    assert table(timeline, KR) == [
        ("before", None, "no primary source"),
        # 2020-09 is not complete for KR: the chain stops there
        ("2016-08", None, "no primary source"),
        ("2020-09", "38", "anchor natcom-2023-05-10 - complete intakes 2022-09"),
        ("2022-09", "40", "anchor natcom-2023-05-10"),
        ("2024-02", "43", "anchor natcom-2023-05-10 + complete intakes 2024-02"),
    ]
    entry = timeline.at(KR, date(2025, 1, 1))
    assert entry.sources == ("natcom-2023-05-10", "unesco-2024")
    assert [c.key for c in entry.agree] == []
    assert timeline.at(KR, date(2023, 6, 1)).agree[0].key == "natcom-2023-05-10#kr-cities"


def test_new_cities_of_a_complete_intake_are_its_listed_admissions(tmp_path: Path) -> None:
    timeline = timeline_of(anchored_store(tmp_path))
    assert table(timeline, KR_NEW) == [
        ("before", None, "no primary source"),
        ("2020-09", None, "no primary source"),  # one listed, but the intake is not complete
        ("2022-09", "2", "complete intake 2022-09 (cities/kr.toml)"),
        ("2024-02", "3", "complete intake 2024-02 (cities/kr.toml)"),
    ]
    assert timeline.at(KR_NEW, date(2024, 3, 1)).sources == ("unesco-2024",)


def test_secondary_sources_are_judged_against_the_derived_count(tmp_path: Path) -> None:
    sources = {
        "news-2021-03-01": NEWS.format(published="2021-03-01", value=38),
        "news-2024-05-01": NEWS.format(published="2024-05-01", value=40),
        "news-2024-06-01": NEWS.format(published="2024-06-01", value=41),
    }
    timeline = timeline_of(anchored_store(tmp_path, sources=sources))
    judged = {
        key: judge_claim(timeline, timeline.store.claim_by_key[f"{key}#kr-cities"])
        for key in sources
    }
    assert {key: (j.verdict.value, j.reason) for key, j in judged.items()} == {
        "news-2021-03-01": (
            "current",
            "the figure was 38 2020-09-23 to 2022-09-01 "
            "(anchor natcom-2023-05-10 - complete intakes 2022-09)",
        ),
        "news-2024-05-01": (
            "stale",
            "40 was the figure 2022-09-02 to 2024-02-13; the figure was 43 since 2024-02-14 "
            "(anchor natcom-2023-05-10 + complete intakes 2024-02)",
        ),
        "news-2024-06-01": (
            "wrong",
            "41 was never the figure; the figure was 43 since 2024-02-14 "
            "(anchor natcom-2023-05-10 + complete intakes 2024-02)",
        ),
    }


def test_an_incomplete_intake_stops_the_derivation(tmp_path: Path) -> None:
    timeline = timeline_of(anchored_store(tmp_path, complete=("2022-09",)))
    assert [str(e.figure) for e in timeline.entries(KR)] == ["None", "None", "38", "40", "None"]


def test_a_member_that_left_stops_the_derivation_across_its_departure(tmp_path: Path) -> None:
    gone = CITY.format(id="gone", when='intake = "2022-09"\nleft = "2024-06"', source="uil-2022")
    timeline = timeline_of(anchored_store(tmp_path, extra_cities=gone))
    # three cities of 2022-09 listed now; the departure in June 2024 hides 2024-02's count
    assert [str(e.figure) for e in timeline.entries(KR)] == ["None", "None", "37", "40", "None"]


def test_anchors_that_disagree_give_no_figure(tmp_path: Path) -> None:
    later = {"natcom-2024-03-01": NATCOM.format(published="2024-03-01", value=44, qualifier="")}
    anchors = ("natcom-2023-05-10#kr-cities", "natcom-2024-03-01#kr-cities")
    timeline = timeline_of(anchored_store(tmp_path, anchors=anchors, sources=later))
    entry = timeline.at(KR, date(2024, 6, 1))
    assert (entry.figure, entry.basis) == (
        None,
        "anchors disagree: 43 (anchor natcom-2023-05-10 + complete intakes 2024-02), "
        "44 (anchor natcom-2024-03-01)",
    )


def test_two_anchors_that_agree_give_the_figure(tmp_path: Path) -> None:
    later = {"natcom-2024-03-01": NATCOM.format(published="2024-03-01", value=43, qualifier="")}
    anchors = ("natcom-2023-05-10#kr-cities", "natcom-2024-03-01#kr-cities")
    timeline = timeline_of(anchored_store(tmp_path, anchors=anchors, sources=later))
    entry = timeline.at(KR, date(2024, 6, 1))
    assert (entry.figure, entry.basis) == (
        Figure(43),
        "anchor natcom-2023-05-10 + complete intakes 2024-02",
    )


@pytest.mark.parametrize(
    ("anchors", "complete", "sources", "messages"),
    [
        (
            ("natcom-2023-05-11#kr-cities",),
            ("2022-09",),
            {},
            [
                'facts/cities/kr.toml:4: "anchors": unknown claim '
                '"natcom-2023-05-11#kr-cities"; did you mean "natcom-2023-05-10#kr-cities"?'
            ],
        ),
        (
            ("paper-2023#kr-cities",),
            ("2022-09",),
            {
                "paper-2023": NATCOM.format(
                    published="2023", value=40, qualifier='qualifier = "more_than"\n'
                ).replace('"government"', '"news"')
            },
            [
                'facts/cities/kr.toml:4: "anchors": paper-2023#kr-cities is a "more_than" '
                "figure; an anchor is an exact count",
                'facts/cities/kr.toml:4: "anchors": paper-2023#kr-cities is from a news '
                "source; an anchor's source is UNESCO or UIL (primary) or a national "
                "commission or ministry (government)",
            ],
        ),
        (
            ("natcom-2023-05-10#kr-cities",),
            ("2022-09", "2016-08", "2020-09-correction", "2024-03"),
            {},
            [
                'facts/cities/kr.toml:5: "complete_intakes": 2016-08 is a milestone, '
                "not an intake",
                'facts/cities/kr.toml:5: "complete_intakes": 2020-09-correction is a '
                "correction, not an intake",
                'facts/cities/kr.toml:5: "complete_intakes": unknown intake "2024-03"; '
                'did you mean "2024-02"?',
            ],
        ),
    ],
)
def test_anchors_and_complete_intakes_are_validated(
    tmp_path: Path,
    anchors: tuple[str, ...],
    complete: tuple[str, ...],
    sources: dict[str, str],
    messages: list[str],
) -> None:
    root = anchored_store(tmp_path, anchors=anchors, complete=complete, sources=sources)
    with pytest.raises(InvalidStore) as raised:
        read_records(root, "facts", TODAY)
    assert [str(p) for p in raised.value.problems] == messages


def test_a_complete_intake_needs_a_source_that_lists_its_members(tmp_path: Path) -> None:
    root = anchored_store(tmp_path)
    intakes = (root / "intakes.toml").read_text(encoding="utf-8")
    intakes = intakes.replace('members_listed_by = "unesco-2024"\n', "")
    (root / "intakes.toml").write_text(intakes, encoding="utf-8")
    with pytest.raises(InvalidStore) as raised:
        read_records(root, "facts", TODAY)
    assert [str(p) for p in raised.value.problems] == [
        'facts/cities/kr.toml:5: "complete_intakes": intake 2024-02 has no '
        '"members_listed_by" in intakes.toml: cite the source that names all its new members'
    ]
