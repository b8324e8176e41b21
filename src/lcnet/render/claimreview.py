"""schema.org ClaimReview (JSON-LD), so that a newsroom can publish lcnet's verdicts.

Rating scale (reviewRating.ratingValue, worst 1, best 5):

| value | alternateName     | verdicts                |
|-------|-------------------|-------------------------|
| 5     | Correct           | current, historic       |
| 4     | Correct but loose | bound_ok                |
| 3     | Unverifiable      | unverifiable            |
| 2     | Outdated          | stale, superseded       |
| 1     | False             | wrong, bound_violated   |
"""

from __future__ import annotations

from typing import Any

from lcnet.check.timeline import Timeline
from lcnet.check.verdicts import Verdict
from lcnet.query.claims import JudgedClaim
from lcnet.version import __version__

RATINGS = {
    Verdict.CURRENT: (5, "Correct"),
    Verdict.HISTORIC: (5, "Correct"),
    Verdict.BOUND_OK: (4, "Correct but loose"),
    Verdict.UNVERIFIABLE: (3, "Unverifiable"),
    Verdict.STALE: (2, "Outdated"),
    Verdict.SUPERSEDED: (2, "Outdated"),
    Verdict.WRONG: (1, "False"),
    Verdict.BOUND_VIOLATED: (1, "False"),
}


def claim_reviews(timeline: Timeline, rows: list[JudgedClaim]) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@graph": [_review(timeline, row) for row in rows],
    }


def _review(timeline: Timeline, row: JudgedClaim) -> dict[str, Any]:
    claim, judgement = row
    source = timeline.store.source_by_id[claim.source]
    value, name = RATINGS[judgement.verdict]
    item: dict[str, Any] = {
        "@type": "Claim",
        "author": {"@type": "Organization", "name": source.publisher},
    }
    if source.published is not None:
        item["datePublished"] = str(source.published)
    if source.url is not None:
        item["appearance"] = {"@type": "CreativeWork", "url": source.url}
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "identifier": claim.key,
        "claimReviewed": claim.phrase,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": f"lcnet {__version__}"},
        "datePublished": timeline.today.isoformat(),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": name,
            "ratingExplanation": judgement.reason,
        },
    }
    if source.url is not None:
        review["url"] = source.url
    return review
