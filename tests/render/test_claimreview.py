"""lcnet.render.claimreview: `lcnet claims --format claimreview`, schema.org ClaimReview."""

from __future__ import annotations

from lcnet.check.timeline import Timeline
from lcnet.check.verdicts import Verdict
from lcnet.query.claims import JudgedClaim
from lcnet.render.claimreview import RATINGS, claim_reviews
from tests.conftest import TODAY

REASON = (
    "230 was the figure 2020-09-23 to 2020-09-30; the figure was 229 2020-10-01 to "
    "2022-09-01 (intake 2020-09-correction)"
)


def test_every_verdict_has_a_rating() -> None:
    assert set(RATINGS) == set(Verdict)


def test_a_claimreview_rates_a_stale_figure_outdated_with_the_reason(
    timeline: Timeline, stale: JudgedClaim
) -> None:
    (review,) = claim_reviews(timeline, [stale])["@graph"]
    assert review["identifier"] == "gazette-2020-10#total"
    assert review["itemReviewed"]["datePublished"] == "2020-10"
    assert review["datePublished"] == TODAY.isoformat()
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Outdated",
        "ratingExplanation": REASON,
    }
