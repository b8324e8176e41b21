"""A headline or a standfirst that repeats a placed figure without its place.

"UNESCO Welcomes 13 Cities to Global Learning Network" over a story of "64 cities from 35
countries, including 13 new African cities": the headline's 13 are the African ones, not
the intake (which the story gives apart, as 64). Read alone it would be a wrong intake.
"학습도시 59곳 시대" over a story of an intake of 72 after which "국내 가입 도시는 59곳이
됐다": the headline's 59 are the country's members, told again further down.
"""

from __future__ import annotations

from lcnet.extract.engine import Found
from lcnet.model import Metric


def placed_repeats(found: list[Found]) -> list[Found]:
    """The figures, each plain intake figure that repeats the value of one placed intake
    figure (a country's or a region's new cities) given the place, or of one country's
    count of members given after it, where the text also gives a plain intake of another
    value (the intake itself)."""
    places: dict[int, set[tuple[str | None, str | None]]] = {}
    members: dict[int, set[str]] = {}  # value -> the countries counted with it
    first_member: dict[int, int] = {}  # value -> where the first such count starts
    plain: set[int] = set()
    for f in found:
        if f.metric is Metric.COUNTRY_CITIES and f.country is not None:
            members.setdefault(f.value, set()).add(f.country)
            first_member.setdefault(f.value, f.start)
        if f.metric is not Metric.NEW_CITIES:
            continue
        if f.country is None and f.region is None:
            plain.add(f.value)
        else:
            places.setdefault(f.value, set()).add((f.country, f.region))
    repeated = {value for value in plain & places.keys() if len(places[value]) == 1}
    counted = {v for v in plain & members.keys() - places.keys() if len(members[v]) == 1}
    if not (repeated or counted) or not plain - repeated - counted:
        return found  # the common case; or no intake apart: the plain figure may be it
    return [_placed(f, places, members, first_member, repeated, counted) for f in found]


def _placed(
    f: Found,
    places: dict[int, set[tuple[str | None, str | None]]],
    members: dict[int, set[str]],
    first_member: dict[int, int],
    repeated: set[int],
    counted: set[int],
) -> Found:
    if f.metric is not Metric.NEW_CITIES or f.country or f.region:
        return f
    if f.value in repeated:
        ((country, region),) = places[f.value]
        return f._replace(country=country, region=region)
    if f.value in counted and f.start < first_member[f.value]:
        # a headline's or a standfirst's: the story tells the count again, placed
        (country,) = members[f.value]
        return f._replace(metric=Metric.COUNTRY_CITIES, country=country, unsure=False)
    return f
