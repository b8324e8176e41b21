"""Claims proposed from an article: the extractor's figures as claim records to review.

Nothing is guessed silently: a figure whose metric or value rests on an inference is
marked `uncertain`, and every proposal says where in the article it was found.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from lcnet.curate.tomltext import basic_string
from lcnet.extract import Mention
from lcnet.model import Qualifier
from lcnet.store.checks import MAX_PHRASE_WORDS


class Proposal(NamedTuple):
    values: dict[str, object]  # the claim's fields, as lcnet add takes them
    comments: list[str]  # for the reviewer, above the record


def proposals(mentions: Iterable[Mention], path: str) -> list[Proposal]:
    return [_proposal(mention, path) for mention in mentions]


def _proposal(mention: Mention, path: str) -> Proposal:
    values: dict[str, object] = {
        "metric": str(mention.metric),
        "value": mention.value,
        "qualifier": None if mention.qualifier is Qualifier.EXACT else str(mention.qualifier),
        "phrase": mention.text,
        "as_of": str(mention.as_of) if mention.as_of else None,
        "country": mention.country,
        "region": mention.region,
    }
    # The path comes from outside: quoted as a TOML string, it cannot end the comment.
    where = f"line {mention.line}, column {mention.column}"
    comments = [f"found in {basic_string(path)}, {where}"]
    if mention.review:
        values["uncertain"] = ["metric"]
        comments.append("review: the metric or value rests on an inference")
    words = len(mention.text.split())
    if words > MAX_PHRASE_WORDS:
        comments.append(f"shorten the phrase: {words} words, at most {MAX_PHRASE_WORDS}")
    return Proposal(values, comments)


ClaimKey = tuple[object, ...]
_SCOPE = ("country", "region", "city", "intake")


def claim_key(values: dict[str, object]) -> ClaimKey:
    """What makes two claims of one source the same: metric, value and subject."""
    scope = tuple(str(values[k]).upper() if values.get(k) else None for k in _SCOPE)
    return (values.get("metric"), values.get("value"), *scope)


def unrecorded(
    proposed: list[Proposal], recorded: Iterable[dict[str, object]]
) -> tuple[list[Proposal], int]:
    """The proposals the source's file does not already hold (nor an earlier proposal of
    the same run), and how many were left out: a second `extract --write` adds nothing."""
    seen = {claim_key(table) for table in recorded}
    fresh = []
    for proposal in proposed:
        key = claim_key(proposal.values)
        if key not in seen:
            seen.add(key)
            fresh.append(proposal)
    return fresh, len(proposed) - len(fresh)
