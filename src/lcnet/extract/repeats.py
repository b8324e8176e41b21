"""A headline or a standfirst that repeats a placed figure without its place.

"UNESCO Welcomes 13 Cities to Global Learning Network" over a story of "64 cities from 35
countries, including 13 new African cities": the headline's 13 are the African ones, not
the intake (which the story gives apart, as 64). Read alone it would be a wrong intake.
"""

from __future__ import annotations

from lcnet.extract.engine import Found
from lcnet.model import Metric


def placed_repeats(found: list[Found]) -> list[Found]:
    """The figures, each plain intake figure that repeats the value of one placed intake
    figure (a country's or a region's new cities) given the place, where the text also
    gives a plain intake of another value (the intake itself)."""
    places: dict[int, set[tuple[str | None, str | None]]] = {}
    plain: set[int] = set()
    for f in found:
        if f.metric is not Metric.NEW_CITIES:
            continue
        if f.country is None and f.region is None:
            plain.add(f.value)
        else:
            places.setdefault(f.value, set()).add((f.country, f.region))
    repeated = {value for value in plain & places.keys() if len(places[value]) == 1}
    if not repeated or not plain - repeated:
        return found  # the common case; or no intake apart: the plain figure may be it
    out = []
    for f in found:
        if f.metric is Metric.NEW_CITIES and f.value in repeated and not (f.country or f.region):
            ((country, region),) = places[f.value]
            f = f._replace(country=country, region=region)
        out.append(f)
    return out
