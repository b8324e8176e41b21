"""A headline statistic copied as text: a ">" opens the line of its number, the unit on
the next line ("> 390 million" / "inhabitants of UNESCO learning cities", as UIL's pages
lay their key figures out). The ">" is the figure's bound, not an e-mail's quote: the
number (and a word of scale) is all its line holds, and neither neighbouring line opens
with a quote mark (phrase._statistic_line). A quoted line of a sentence, or a block of
quoted lines, stays a quote."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document


def _read(text: str, kind: str = "text") -> list[tuple[int, str]]:
    return [(m.value, m.qualifier.value) for m in find_mentions(read_document(text, kind))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UNESCO Global Network of Learning Cities\n\n79 countries\nhost UNESCO learning"
            " cities\n\n> 390 million\ninhabitants of UNESCO learning cities\n",
            [(79, "exact"), (390_000_000, "more_than")],
        ),
        (
            "UNESCO Global Network of Learning Cities\n\n> 250 million\n"
            "inhabitants of learning cities benefit from it.\n",
            [(250_000_000, "more_than")],
        ),
        (
            "UNESCO Global Network of Learning Cities\n\n> 420\nmember cities worldwide\n",
            [(420, "more_than")],
        ),
        (
            "Globales Netzwerk der Learning Cities\n\n> 390 Millionen\n"
            "Menschen leben in den lernenden Städten des Netzwerks.\n",
            [(390_000_000, "more_than")],
        ),
        (
            "Globales Netzwerk der Learning Cities\n\n> 400\nStädte in 91 Ländern\n",
            [(400, "more_than"), (91, "exact")],
        ),
    ],
)
def test_a_headline_statistic_keeps_its_bound(text: str, expected: list[tuple[int, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted sentence, and a block of quoted lines
        ("UNESCO Global Network of Learning Cities:\n> 390 million inhabitants\n",
         [(390_000_000, "exact")]),
        ("The GNLC, as she wrote:\n> the network has\n> 425\nmember cities.\n",
         [(425, "exact")]),
    ],
)  # fmt: skip
def test_a_quote_stays_a_quote(text: str, expected: list[tuple[int, str]]) -> None:
    assert _read(text) == expected


def test_more_without_its_than() -> None:
    text = "The UNESCO Global Network of Learning Cities has 225 cities in more 60 countries.\n"
    assert _read(text) == [(225, "exact"), (60, "more_than")]
