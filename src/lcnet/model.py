"""The fact store's records: typed, immutable, and cheap to import.

The records are frozen standard-library dataclasses. pydantic validates them when the
store is read from TOML (lcnet.store.validate); the markers below tell it how, without
importing pydantic here, so that a run served from the cache never pays for pydantic.
Fields marked ``derived`` are not written in the files: lcnet fills them in (an id from
a file name, the file and line a record was read from).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Annotated, Any

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


def derived(default: Any = None) -> Any:
    """A field lcnet fills in; it is not written in the fact files."""
    return field(default=default, metadata={"derived": True})


# -------------------------------------------------------------------------------- records


@dataclass(frozen=True)
class StoreInfo:
    __pydantic_config__ = _CONFIG

    format: Count
    name: Text | None = None
    note: Text | None = None
    file: str = derived("")
    line: int = derived(0)


@dataclass(frozen=True)
class Source:
    """One source document: a release, an article, a web page."""

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


@dataclass(frozen=True)
class Claim:
    """One figure a source states."""

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


@dataclass(frozen=True)
class Intake:
    """A membership announcement, a milestone total, or a correction of an intake."""

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


@dataclass(frozen=True)
class City:
    """A member city."""

    __pydantic_config__ = _CONFIG

    id: Slug
    name: Text
    sources: tuple[Slug, ...]
    local_name: Text | None = None
    script: Text | None = None
    other_names: tuple[Text, ...] = ()
    subdivision: Text | None = None
    intake: Text | None = None
    joined: PartialDate | None = None
    left: Departure | None = None
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


@dataclass(frozen=True)
class CountryList:
    """The top of a cities/<cc>.toml file: what is known of the country's list."""

    __pydantic_config__ = _CONFIG

    region: Region
    complete: Flag = False
    note: Text | None = None
    code: str = derived("")
    file: str = derived("")
    line: int = derived(0)


@dataclass(frozen=True)
class Resolution:
    """A curator's review of a finding: it no longer fails CI, until it expires."""

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
