"""A figure whose sentence leaves its metric open is judged under the other reading
before it is called wrong (lcnet.check.texts): the metrics' ranges hardly overlap."""

from __future__ import annotations

import pytest

from lcnet.check.texts import TextDate, judge_mention
from lcnet.check.timeline import Timeline
from lcnet.dates import PartialDate
from lcnet.extract import Mention
from lcnet.model import Metric, Qualifier

WHEN = TextDate(PartialDate(2025, 12, 6), "--date")


def mention(metric: Metric, value: int, country: str | None = None) -> Mention:
    return Mention(
        1, 1, 1, 4, str(value), metric, value, Qualifier.EXACT, None, country, "en", False
    )


@pytest.mark.parametrize(
    ("metric", "value", "country", "read_as", "verdict"),
    [
        (Metric.NEW_CITIES, 425, None, Metric.TOTAL_CITIES, "current"),  # "joins 425 cities"
        (Metric.TOTAL_CITIES, 72, None, Metric.NEW_CITIES, "current"),
        (Metric.TOTAL_COUNTRIES, 46, None, Metric.NEW_COUNTRIES, "current"),
        (Metric.NEW_COUNTRIES, 91, None, Metric.TOTAL_COUNTRIES, "current"),
        (Metric.NEW_CITIES, 6, "VN", Metric.COUNTRY_CITIES, "current"),  # Viet Nam's members
        (Metric.TOTAL_CITIES, 356, None, Metric.TOTAL_CITIES, "stale"),  # no other reading fits
        (Metric.NEW_CITIES, 430, None, Metric.NEW_CITIES, "wrong"),
    ],
)
def test_the_other_reading_is_taken_only_when_it_is_right(
    real_timeline: Timeline,
    metric: Metric,
    value: int,
    country: str | None,
    read_as: Metric,
    verdict: str,
) -> None:
    judged = judge_mention(real_timeline, "news.txt", mention(metric, value, country), WHEN)
    assert (judged.mention.metric, judged.judgement.verdict.value) == (read_as, verdict)


def review_mention(value: int) -> Mention:
    return Mention(
        1,
        1,
        1,
        4,
        str(value),
        Metric.NEW_COUNTRIES,
        value,
        Qualifier.EXACT,
        None,
        None,
        "fr",
        True,
    )


@pytest.mark.parametrize(
    ("value", "read", "verdict", "said"),
    [
        (45, 46, "current", "one more"),  # "Tunis, aux côtés de 71 autres villes de 45 pays"
        (44, 46, "current", "two more"),  # "Liège et Lille ... 70 autres villes de 44 pays"
        (43, 43, "wrong", None),  # three more: no reading of two subjects gives it
    ],
)
def test_the_others_countries_take_their_subjects_countries(
    real_timeline: Timeline, value: int, read: int, verdict: str, said: str | None
) -> None:
    judged = judge_mention(real_timeline, "news.txt", review_mention(value), WHEN)
    assert (judged.mention.value, judged.judgement.verdict.value) == (read, verdict)
    if said is not None:
        assert said in judged.judgement.reason


def alongside(value: int, review: bool = True, sentence: str = "") -> Mention:
    """ "Culiacán se integra a la red junto a 71 nuevas ciudades": the new ones beside a
    subject, which the words may or may not count (a review mention, as extracted)."""
    said = f"{value} nuevas ciudades"
    sentence = sentence or f"Culiacán se integra a la red junto a {said} de 46 países."
    return Mention(
        1, 1, 1, 4, said, Metric.NEW_CITIES, value, Qualifier.EXACT, None, None, "es", review,
        sentence=sentence,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("value", "review", "read", "verdict", "said"),
    [
        (71, True, 72, "current", "one more"),  # "Culiacán ... junto a 71 nuevas ciudades"
        (70, True, 72, "current", "two more"),  # "Lisboa y Bisáu, junto a 70 nuevas"
        (72, True, 72, "current", None),  # "aux côtés de 72 nouveaux membres": as said
        (69, True, 69, "wrong", None),  # three more: no reading of two subjects gives it
        (71, False, 71, "wrong", None),  # a plain intake of 71 is wrong, no subject to add
    ],
)
def test_new_cities_alongside_a_subject_may_count_it(
    real_timeline: Timeline, value: int, review: bool, read: int, verdict: str, said: str | None
) -> None:
    judged = judge_mention(real_timeline, "news.txt", alongside(value, review), WHEN)
    assert (judged.mention.value, judged.judgement.verdict.value) == (read, verdict)
    if said is not None:
        assert said in judged.judgement.reason


def test_new_cities_for_review_without_a_subject_beside_them_are_as_said(
    real_timeline: Timeline,
) -> None:
    """Another inference marked the figure for review; no word of "alongside": 71 is wrong."""
    plain = alongside(71, True, "La UNESCO anunció la inclusión de 71 nuevas ciudades.")
    judged = judge_mention(real_timeline, "news.txt", plain, WHEN)
    assert (judged.mention.value, judged.judgement.verdict.value) == (71, "wrong")
