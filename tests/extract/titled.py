"""A short Markdown page whose title names the GNLC, in each language lcnet reads: the
setting of most extraction tests (as of the store's round trip, tests/eval/roundtrip)."""

from __future__ import annotations

from lcnet.extract import Document, Mention, find_mentions, read_document
from tests.eval.roundtrip import TITLES  # the round trip's titles: one list of names


def titled(language: str, body: str, date: str | None = None) -> Document:
    """The page of `body` under the network's name in `language` (and a date)."""
    dated = f"date: {date}\n" if date else ""
    return read_document(f"---\ntitle: {TITLES[language]}\n{dated}---\n\n{body}\n", "markdown")


def mentions(language: str, body: str, date: str | None = None) -> list[Mention]:
    return list(find_mentions(titled(language, body, date), language))
