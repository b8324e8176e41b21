"""A part of the figure before, by its place and with no unit of its own: "294 villes
dans 76 pays, dont sept en France", "64 città in 35 Paesi (di cui 7 nel continente
africano)", "64 new members, including two from Viet Nam".

The number counts cities (the unit of the figure it is part of); its country or region
is named after it. Whether they are new or all members is the metric's question
(lcnet.extract.metric: a part of an intake is new).
"""

from __future__ import annotations

import re
from functools import cache

from lcnet.extract.grammar import Grammar
from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.numbers import alternation, as_count, number_pattern, read_number

Part = tuple[int, int, int, str | None, str | None]  # start, end, value, country, region


def subset_parts(low: str, start: int, end: int, grammar: Grammar) -> list[Part]:
    """Each part of a figure named by its place: (start, end, value, country, region)."""
    form = _form(grammar.language.code)
    if form is None:
        return []
    data = grammar.language
    found: list[Part] = []
    for match in form.finditer(low, start, end):
        value = read_number(match["number"], data.code)
        count = None if value is None else as_count(value)
        if count is None:
            continue
        place = " ".join(match["place"].split())
        country, region = data.country_names.get(place), data.regions.get(place)
        found.append((match.start("number"), match.end(), count, country, region))
    return found


@cache
def _form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.subset_words:
        return None
    places = alternation([*data.country_names, *data.regions])
    return re.compile(
        rf"(?<!\w)(?:{alternation(data.subset_words)})\s+(?P<number>{number_pattern(code)})\s+"
        rf"(?:{alternation(data.place_connectors)})\s+(?:(?:the|le|la|les|el|il|lo|o|a)\s+)?"
        rf"(?P<place>{places})(?!\w)"
    )


__all__ = ["Part", "subset_parts"]
