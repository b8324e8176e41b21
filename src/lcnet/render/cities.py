"""The cities query as data: the JSON contract, and rows for CSV and tables."""

from __future__ import annotations

from typing import Any

from lcnet.countries import CountryIndex
from lcnet.model import Intake
from lcnet.query.cities import CityRow, CitySelection, Coverage
from lcnet.store.facts import FactStore

CSV_COLUMNS = [
    "id",
    "name",
    "local_name",
    "country",
    "country_name",
    "subdivision",
    "region",
    "intake",
    "joined",
    "left",
    "readmitted",
    "status",
    "sources",
]


def city_record(store: FactStore, countries: CountryIndex, row: CityRow) -> dict[str, Any]:
    city = row.city
    return {
        "id": city.key,
        "name": city.name,
        "local_name": city.local_name,
        "script": city.script,
        "other_names": list(city.other_names),
        "country": city.country,
        "country_name": countries.name(city.country),
        "subdivision": city.subdivision,
        "region": str(city.region),
        "intake": _intake(row.intake),
        "joined": str(row.joined) if row.joined else None,
        "left": str(city.left) if city.left else None,
        "readmitted": _intake(row.readmitted),
        "status": str(row.status),
        "uncertain": list(city.uncertain),
        "note": city.note,
        "sources": [_source(store, source_id) for source_id in city.sources],
    }


def csv_row(record: dict[str, Any]) -> dict[str, Any]:
    return {
        **record,
        "intake": record["intake"]["id"] if record["intake"] else None,
        "readmitted": record["readmitted"]["id"] if record["readmitted"] else None,
        "sources": [s["id"] for s in record["sources"]],
    }


def coverage_record(coverage: Coverage | None) -> dict[str, Any] | None:
    if coverage is None:
        return None
    return {
        "scope": coverage.scope,
        "listed": coverage.listed,
        "expected": coverage.expected,
        "basis": coverage.basis,
        "complete": coverage.complete,
        "undated_left_out": coverage.undated,
        "message": coverage.message(),
    }


def query_record(selection: CitySelection, query: Any) -> dict[str, Any]:
    return {
        "country": query.country,
        "region": str(query.region) if query.region else None,
        "joined": query.joined,
        "name": query.name,
        "as_of": selection.day.isoformat(),
    }


def _intake(intake: Intake | None) -> dict[str, str] | None:
    if intake is None:
        return None
    return {"id": intake.id, "date": str(intake.date)}


def _source(store: FactStore, source_id: str) -> dict[str, Any]:
    source = store.source_by_id[source_id]
    return {
        "id": source.id,
        "publisher": source.publisher,
        "url": source.url,
        "published": str(source.published) if source.published else None,
    }
