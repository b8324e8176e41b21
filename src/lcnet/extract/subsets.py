"""A part of the figure before, by its place and with no unit of its own: "294 villes
dans 76 pays, dont sept en France", "64 città in 35 Paesi (di cui 7 in Africa)",
"64 new members, including two from Viet Nam".

The number counts cities (the unit of the figure it is part of); its country or region
is named after it. Whether they are new or all members is the metric's question
(lcnet.extract.metric: a part of an intake is new).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from lcnet.extract.grammar import Grammar
from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.numbers import alternation, as_count, number_pattern, read_number
from lcnet.extract.occurrences import occurrences

Part = tuple[int, int, int, str | None, str | None]  # start, end, value, country, region


def subset_parts(
    low: str, windows: list[tuple[int, int]], stretch: tuple[int, int], grammar: Grammar
) -> list[Part]:
    """Each part of a figure named by its place, starting in the windows after the
    figures and ending by the stretch's end (low[start:end], the windows in it): (start,
    end, value, country, region)."""
    form = _form(grammar.language.code)
    if form is None:
        return []
    data = grammar.language
    start, end = stretch
    # where each word stands in the stretch: its index (occurrences), no pass per window
    places = [(word, occurrences(low, start, end, word)) for word in data.subset_words]
    places = [(word, found) for word, found in places if found]  # most stretches: none
    if not places:
        return []
    found: list[Part] = []
    matches = [m for window in windows for m in _matches(form, low, window, end, places)]
    for match in {m.span(): m for m in matches}.values():  # windows may overlap
        value = read_number(match["number"], data.code)
        count = None if value is None else as_count(value)
        if count is None:
            continue
        place = " ".join(match["place"].split())
        country, region = data.country_names.get(place), data.regions.get(place)
        found.append((match.start("number"), match.end(), count, country, region))
    return found


def _matches(
    form: re.Pattern[str],
    low: str,
    window: tuple[int, int],
    end: int,
    places: list[tuple[str, list[int]]],
) -> list[re.Match[str]]:
    """The form's matches, tried only where one of its words is in the window (each
    word's places in the stretch, in order)."""
    start, stop = window
    found = []
    for word, at_places in places:
        for index in range(bisect_left(at_places, start), len(at_places)):
            at = at_places[index]
            if at + len(word) > stop:
                break  # past the window (str.find's end: the word ends in it)
            if at == 0 or not low[at - 1].isalnum():
                match = form.match(low, at, end)
                if match is not None:
                    found.append(match)
    return sorted(found, key=lambda m: m.start()) if len(found) > 1 else found


@cache
def _form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.subset_words:
        return None
    places = alternation([*data.country_names, *data.regions])
    articles = alternation(data.place_articles) or "(?!)"
    return re.compile(
        rf"(?:{alternation(data.subset_words)})\s+(?P<number>{number_pattern(code)})\s+"
        rf"(?:{alternation(data.place_connectors)})\s+(?:(?:{articles})\s+)?"
        rf"(?P<place>{places})(?!\w)"
    )


__all__ = ["Part", "subset_parts"]
