"""The fact store's records: typed, immutable, and cheap to import.

The records are frozen standard-library dataclasses (see `record` below). pydantic
validates them when the store is read from TOML (lcnet.store.validate); the markers below
tell it how, without importing pydantic here, so that a run served from the cache never
pays for pydantic.
Fields marked ``derived`` are not written in the files: lcnet fills them in (an id from
a file name, the file and line a record was read from).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, FrozenInstanceError, dataclass, field, fields
from enum import StrEnum
from typing import Annotated, Any, TypeVar, dataclass_transform

from lcnet.dates import PartialDate, validate_partial_date

# ---------------------------------------------------------------------------- vocabularies


class Metric(StrEnum):
    TOTAL_CITIES = "total_cities"
    TOTAL_COUNTRIES = "total_countries"
    CITIZENS = "citizens"
    NEW_CITIES = "new_cities"
    NEW_COUNTRIES = "new_countries"
    FIRST_TIME_COUNTRIES = "first_time_countries"
    NEW_CAPITALS = "new_capitals"
    COUNTRY_CITIES = "country_cities"
    JOIN_YEAR = "join_year"
    CANDIDATE_CITIES = "candidate_cities"

    @property
    def is_intake_metric(self) -> bool:
        return self in INTAKE_METRICS

    @property
    def label(self) -> str:
        return METRIC_LABELS[self]


INTAKE_METRICS = frozenset(
    {Metric.NEW_CITIES, Metric.NEW_COUNTRIES, Metric.FIRST_TIME_COUNTRIES, Metric.NEW_CAPITALS}
)

METRIC_LABELS = {
    Metric.TOTAL_CITIES: "member cities",
    Metric.TOTAL_COUNTRIES: "countries",
    Metric.CITIZENS: "citizens covered",
    Metric.NEW_CITIES: "new member cities",
    Metric.NEW_COUNTRIES: "countries of new members",
    Metric.FIRST_TIME_COUNTRIES: "first-time countries",
    Metric.NEW_CAPITALS: "capitals among new members",
    Metric.COUNTRY_CITIES: "member cities of a country",
    Metric.JOIN_YEAR: "year a city joined",
    Metric.CANDIDATE_CITIES: "cities joining or interested",
}


class Qualifier(StrEnum):
    EXACT = "exact"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    ABOUT = "about"
    NEARLY = "nearly"
    FEWER_THAN = "fewer_than"
    AT_MOST = "at_most"


class SourceKind(StrEnum):
    PRIMARY = "primary"
    NEWS = "news"
    GOVERNMENT = "government"
    OTHER = "other"


class Region(StrEnum):
    AFRICA = "africa"
    ARAB_STATES = "arab-states"
    ASIA_PACIFIC = "asia-pacific"
    EUROPE_NORTH_AMERICA = "europe-north-america"
    LATIN_AMERICA_CARIBBEAN = "latin-america-caribbean"

    @property
    def label(self) -> str:
        return REGION_LABELS[self]


REGION_LABELS = {
    Region.AFRICA: "Africa",
    Region.ARAB_STATES: "Arab States",
    Region.ASIA_PACIFIC: "Asia and the Pacific",
    Region.EUROPE_NORTH_AMERICA: "Europe and North America",
    Region.LATIN_AMERICA_CARIBBEAN: "Latin America and the Caribbean",
}


class IntakeKind(StrEnum):
    INTAKE = "intake"
    MILESTONE = "milestone"
    CORRECTION = "correction"


UNKNOWN = "unknown"  # the value of `left` when a city left at a time nobody recorded

# ------------------------------------------------------------------- validation markers


class _Schema:
    """Base of the markers: each builds its pydantic-core schema lazily."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        raise NotImplementedError


class _Text(_Schema):
    """Non-empty text without control characters (it may reach a terminal)."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.str_schema(
            strict=True, min_length=1, pattern=r"^[^\x00-\x1f\x7f-\x9f]*$"
        )


class _Slug(_Schema):
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.str_schema(strict=True, pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")


class _Count(_Schema):
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.int_schema(strict=True, ge=0)


class _Flag(_Schema):
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.bool_schema(strict=True)


class _Url(_Schema):
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.str_schema(strict=True, pattern=r"^https?://[^\s\x00-\x1f\x7f]+$")


class _Departure(_Schema):
    """A date, or "unknown" for a city known to have left at an unrecorded time."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        def validate(value: object) -> PartialDate | str:
            if value == UNKNOWN:
                return UNKNOWN
            return validate_partial_date(value)

        return core_schema.no_info_plain_validator_function(
            validate,
            json_schema_input_schema=core_schema.str_schema(
                pattern=r"^(unknown|\d{4}(-\d{2}(-\d{2})?)?)$"
            ),
        )


Text = Annotated[str, _Text]
Slug = Annotated[str, _Slug]
Count = Annotated[int, _Count]
Flag = Annotated[bool, _Flag]
Url = Annotated[str, _Url]
Departure = Annotated[PartialDate | str, _Departure]

_CONFIG = {"extra": "forbid"}

# The records below are dataclasses that behave as frozen ones without generated
# __eq__/__hash__: a record is one entry of the store, compared by identity (its id names
# it). The methods a frozen dataclass generates are compiled from source by `dataclass`
# at import, ~0.3 ms a class, most of this module's import time and paid by every run
# (benchmarks/startup.py, #14); a run served from the cache never calls them. So
# `record` makes a plain dataclass with none of them, and _Record supplies them: the
# frozen __setattr__/__delattr__ and __repr__ as plain methods, and __init__ built for
# the class the first time one is constructed (the same code dataclass would generate).

_T = TypeVar("_T")


class _Record:
    """Base of the records: frozen, a dataclass-style repr, an __init__ made on first use."""

    __slots__ = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        init = _init_for(type(self))
        type.__setattr__(type(self), "__init__", init)
        init(self, *args, **kwargs)

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self))  # type: ignore[arg-type]
        return f"{type(self).__qualname__}({shown})"


def _init_for(kind: type) -> Callable[..., None]:
    """The __init__ a frozen dataclass of `kind`'s fields has (no factories, no
    __post_init__ here): every argument set with object.__setattr__."""
    names: dict[str, Any] = {"__set": object.__setattr__}
    parameters, body = [], []
    for item in fields(kind):
        if item.default_factory is not MISSING:
            raise TypeError(f"{kind.__name__}.{item.name}: default factories are not supported")
        if item.default is MISSING:
            parameters.append(item.name)
        else:
            names[f"__default_{item.name}"] = item.default
            parameters.append(f"{item.name}=__default_{item.name}")
        body.append(f"    __set(self, {item.name!r}, {item.name})\n")
    source = f"def __init__(self, {', '.join(parameters)}):\n{''.join(body) or '    pass'}"
    exec(source, names)
    init: Callable[..., None] = names["__init__"]
    init.__qualname__ = f"{kind.__qualname__}.__init__"
    return init


@dataclass_transform(frozen_default=True, eq_default=False, field_specifiers=(field,))
def record(kind: type[_T]) -> type[_T]:
    """A record type: to type checkers a frozen dataclass (eq=False); at run time a
    dataclass whose methods come from _Record."""
    return dataclass(init=False, repr=False, eq=False)(kind)


def derived(default: Any = None) -> Any:
    """A field lcnet fills in; it is not written in the fact files."""
    return field(default=default, metadata={"derived": True})


# -------------------------------------------------------------------------------- records


@record
class StoreInfo(_Record):
    """What store.toml says of the store.

    Attributes:
        format: The fact-store format version the files are written in.
        name: The store's name, shown by lcnet.
        note: Anything a reviewer should know, in our own words.
    """

    __pydantic_config__ = _CONFIG

    format: Count
    name: Text | None = None
    note: Text | None = None
    file: str = derived("")
    line: int = derived(0)


@record
class Source(_Record):
    """One source document: a release, an article, a web page.

    Attributes:
        publisher: The organisation that published the document. For a mirror or a
            syndicated copy, the publisher of the page read, with the original in `copies`.
        language: Language of the document: an ISO 639-1 code (en, vi, fr) or an ISO 639-3
            code.
        kind: primary: a UNESCO or UIL release or page; news: a news outlet; government: a
            government body (national commissions for UNESCO and city halls included);
            other: anything else. Only primary sources establish accepted figures.
        title: The document's title as printed (keep it short).
        url: Where the document was read. Leave it out only when no address is known, and
            say so in `note`.
        published: Publication date with its precision (YYYY, YYYY-MM or YYYY-MM-DD).
            Leave it out when unknown.
        retrieved: When the document was read (YYYY, YYYY-MM or YYYY-MM-DD).
        copies: Id of the source this one copies or syndicates: a copy counts once, with
            its original.
        supersedes: Id of a release this one corrects: the corrected release's claims on
            the metrics this one restates are superseded.
        uncertain: Names of the fields whose values are uncertain (say why in `note`).
        note: Anything a reviewer should know, in our own words.
    """

    __pydantic_config__ = _CONFIG

    publisher: Text
    language: Text
    kind: SourceKind
    title: Text | None = None
    url: Url | None = None
    published: PartialDate | None = None
    retrieved: PartialDate | None = None
    copies: Slug | None = None
    supersedes: Slug | None = None
    uncertain: tuple[Text, ...] = ()
    note: Text | None = None
    id: str = derived("")
    file: str = derived("")
    line: int = derived(0)

    @property
    def is_primary(self) -> bool:
        return self.kind is SourceKind.PRIMARY


@record
class Claim(_Record):
    """One figure a source states.

    Attributes:
        id: Unique within the source's file; the claim's full id is `<source id>#<id>`.
        metric: What the figure counts (see the metric table in facts/README.md).
        value: The figure: a whole number, 0 or more (390_000_000 is fine).
        phrase: The figure phrase as printed, 12 words or fewer.
        qualifier: How the source qualifies the value: exact (the default), more_than,
            at_least, about, nearly, fewer_than or at_most.
        as_of: Only for a statement explicitly about an earlier time: the date it
            describes. Otherwise the claim holds for the source's date.
        country: Scope: the country counted, as an ISO 3166-1 alpha-2 code (VN); for
            country_cities (required) and new_cities.
        region: Scope: the UNESCO region counted; for new_cities.
        city: Scope: the city, as <cc>/<id> (vn/son-la); for join_year (required).
        intake: For intake metrics: the id of the intake meant (default: the latest one).
        note: Anything a reviewer should know, in our own words.
        uncertain: Names of the fields whose values are uncertain (say why in `note`).
    """

    __pydantic_config__ = _CONFIG

    id: Slug
    metric: Metric
    value: Count
    phrase: Text
    qualifier: Qualifier = Qualifier.EXACT
    as_of: PartialDate | None = None
    country: Text | None = None
    region: Region | None = None
    city: Text | None = None
    intake: Text | None = None
    note: Text | None = None
    uncertain: tuple[Text, ...] = ()
    source: str = derived("")
    file: str = derived("")
    line: int = derived(0)

    @property
    def key(self) -> str:
        return f"{self.source}#{self.id}"


@record
class Intake(_Record):
    """A membership announcement, a milestone total, or a correction of an intake.

    Attributes:
        id: YYYY-MM of the announcement (a correction: any id not used yet).
        date: The announcement date with its precision.
        source: Id of the primary source that announced it.
        kind: intake (the default): an announcement of new members; milestone: a stated
            total with no intake; correction: a later release that mends the figures of
            the intake it `corrects`.
        new_cities: Cities admitted.
        new_countries: Countries of the cities admitted.
        first_time_countries: Countries that got their first member city.
        new_capitals: Capital cities among those admitted.
        total_cities: Member cities of the network after the intake.
        total_countries: Countries with a member city after the intake.
        first_time_country_codes: ISO 3166-1 alpha-2 codes of the countries that got their
            first member city.
        rolling: true when cities kept being admitted one at a time after this
            announcement, until the next one: its figures then hold on its date only.
        members_listed_by: Id of a source that names every city the intake admitted (a
            release with the full list of new members): what a country's
            `complete_intakes` rests on.
        corrects: For a correction only: the id of the intake it corrects.
        note: Anything a reviewer should know, in our own words.
        uncertain: Names of the fields whose values are uncertain (say why in `note`).
    """

    __pydantic_config__ = _CONFIG

    id: Text
    date: PartialDate
    source: Slug
    kind: IntakeKind = IntakeKind.INTAKE
    new_cities: Count | None = None
    new_countries: Count | None = None
    first_time_countries: Count | None = None
    new_capitals: Count | None = None
    total_cities: Count | None = None
    total_countries: Count | None = None
    first_time_country_codes: tuple[Text, ...] = ()
    rolling: Flag = False
    members_listed_by: Slug | None = None
    corrects: Text | None = None
    note: Text | None = None
    uncertain: tuple[Text, ...] = ()
    file: str = derived("")
    line: int = derived(0)

    def figure(self, metric: Metric) -> int | None:
        value: int | None = getattr(self, metric.value, None)
        return value


INTAKE_FIGURES = (
    Metric.NEW_CITIES,
    Metric.NEW_COUNTRIES,
    Metric.FIRST_TIME_COUNTRIES,
    Metric.NEW_CAPITALS,
    Metric.TOTAL_CITIES,
    Metric.TOTAL_COUNTRIES,
)


@record
class City(_Record):
    """A member city.

    Attributes:
        id: Unique in the country's file; the city's full id is <cc>/<id> (vn/hanoi).
        name: The city's name as UNESCO writes it.
        sources: Ids of the sources that establish the membership (at least one).
        local_name: The name in the local language and script.
        script: ISO 15924 code of the script of `local_name` (Latn, Hang); required with
            it.
        other_names: Other spellings people use.
        subdivision: The province, state or region the city is in.
        intake: Id of the intake the city joined with.
        announced_by: Id of a source (the city, its country, or UNESCO's office there)
            that announced the admission before the intake's release: from that
            source's date (its last day, when the date is a month or a year) to the day
            before the release, the country's count with the city is right too.
        joined: For a city admitted on its own before 2019: when it joined. Give `intake`
            or `joined`, or neither when not known.
        left: When the city stopped being a member: a date, or "unknown" when it is known
            to have left but not when.
        left_by: With `left = "unknown"`: the intake by which it had left, when a source
            shows that it left after the intake before that one (an id in intakes.toml).
            The departure then counts in that intake's arithmetic.
        readmitted: Id of the intake the city was admitted again with.
        note: Anything a reviewer should know, in our own words.
        uncertain: Names of the fields whose values are uncertain (say why in `note`).
    """

    __pydantic_config__ = _CONFIG

    id: Slug
    name: Text
    sources: tuple[Slug, ...]
    local_name: Text | None = None
    script: Text | None = None
    other_names: tuple[Text, ...] = ()
    subdivision: Text | None = None
    intake: Text | None = None
    announced_by: Slug | None = None
    joined: PartialDate | None = None
    left: Departure | None = None
    left_by: Text | None = None
    readmitted: Text | None = None
    note: Text | None = None
    uncertain: tuple[Text, ...] = ()
    country: str = derived("")
    region: Region = derived(Region.AFRICA)
    file: str = derived("")
    line: int = derived(0)

    @property
    def key(self) -> str:
        return f"{self.country.lower()}/{self.id}"


@record
class CountryList(_Record):
    """The top of a cities/<cc>.toml file: what is known of the country's list.

    Attributes:
        region: The UNESCO region of the country.
        complete: true when the file lists every member the country has had, each with
            the intake it joined with; leave it out when in doubt.
        anchors: Claims (<source id>#<claim id>) that count the country's members at a
            date, stated by an authoritative source: UNESCO or UIL, or the country's
            National Commission for UNESCO or education ministry. With
            `complete_intakes`, lcnet derives the country's count in other periods.
        complete_intakes: Ids of intakes whose admissions of this country the file lists
            in full, each city with that intake; only for intakes with
            `members_listed_by` (a source naming all their new members).
        note: Anything a reviewer should know, in our own words.
    """

    __pydantic_config__ = _CONFIG

    region: Region
    complete: Flag = False
    anchors: tuple[Text, ...] = ()
    complete_intakes: tuple[Text, ...] = ()
    note: Text | None = None
    code: str = derived("")
    file: str = derived("")
    line: int = derived(0)


@record
class Resolution(_Record):
    """A curator's review of a finding: it no longer fails CI, until it expires.

    Attributes:
        finding: The finding's key, as lcnet check prints it.
        reason: Why the finding stands as it is, in our own words.
        reviewed: When the finding was reviewed.
        until: The date after which the resolution expires.
    """

    __pydantic_config__ = _CONFIG

    finding: Text
    reason: Text
    reviewed: PartialDate
    until: PartialDate | None = None
    file: str = derived("")
    line: int = derived(0)


def derived_fields(record_type: type) -> frozenset[str]:
    """Names of the fields lcnet fills in itself."""
    return frozenset(f.name for f in fields(record_type) if f.metadata.get("derived"))
