"""A short Markdown page whose title names the GNLC, in each language lcnet reads: the
setting of most extraction tests (as of the store's round trip, tests/eval/roundtrip)."""

from __future__ import annotations

import re

from lcnet.extract import Document, Gazetteer, Mention, find_mentions, read_document
from lcnet.extract.numbers import as_count, number_pattern, read_number
from tests.eval.roundtrip import TITLES  # the round trip's titles: one list of names


def titled(language: str, body: str, date: str | None = None) -> Document:
    """The page of `body` under the network's name in `language` (and a date)."""
    dated = f"date: {date}\n" if date else ""
    return read_document(f"---\ntitle: {TITLES[language]}\n{dated}---\n\n{body}\n", "markdown")


def mentions(
    language: str, body: str, date: str | None = None, places: Gazetteer | None = None
) -> list[Mention]:
    """The mentions of `body` on its titled page (member cities from `places`, when given)."""
    return list(find_mentions(titled(language, body, date), language, places=places))


# A mention as the extraction tests compare it: (text, metric, value, qualifier, as_of,
# country).
Row = tuple[str, str, int, str, str | None, str | None]


def row(m: Mention) -> Row:
    as_of = None if m.as_of is None else str(m.as_of)
    return (m.text, m.metric.value, m.value, m.qualifier.value, as_of, m.country)


def read_plain(text: str, language: str | None = None) -> list[Row]:
    """The rows of `text` read as plain text, in `language` (or the one detected)."""
    return [row(m) for m in find_mentions(read_document(text, "text"), language)]


def read_titled(language: str, body: str, places: Gazetteer | None = None) -> list[Row]:
    """The rows of `body` on a page titled with the network's name in `language` (member
    cities from `places`, when given)."""
    return [row(m) for m in mentions(language, body, places=places)]


def number_value(text: str, language: str) -> int | None:
    """The count a whole number phrase gives, after checking the pattern matches it all."""
    assert re.fullmatch(number_pattern(language), text.lower()), text
    number = read_number(text.lower(), language)
    return None if number is None else as_count(number)
