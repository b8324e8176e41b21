"""`lcnet cities` as a table for people."""

from __future__ import annotations

from typing import Any, TextIO

from lcnet.countries import CountryIndex
from lcnet.query.cities import CityQuery, CitySelection
from lcnet.render.table import print_table


def print_cities(
    stream: TextIO,
    selection: CitySelection,
    records: list[dict[str, Any]],
    query: CityQuery,
    countries: CountryIndex,
) -> None:
    show_country = query.country is None
    columns = ["City", "Local name", "Subdivision", "Joined", "Sources"]
    if show_country:
        columns.insert(1, "Country")
    rows = []
    for record in records:
        joined = _joined(record)
        row = [record["name"], record["local_name"] or "", record["subdivision"] or "", joined]
        row.append(", ".join(source["id"] for source in record["sources"]))
        if show_country:
            row.insert(1, record["country_name"])
        rows.append(row)
    print_table(stream, _title(selection, query, countries, len(records)), columns, rows)


def _joined(record: dict[str, Any]) -> str:
    intake = record["intake"]
    text = f"{intake['date']} (intake {intake['id']})" if intake else record["joined"] or "unknown"
    if record["readmitted"]:
        text += f"; left, readmitted {record['readmitted']['date']}"
    if record["status"] == "uncertain":
        text += " [membership uncertain on this date]"
    return text


def _title(selection: CitySelection, query: CityQuery, countries: CountryIndex, count: int) -> str:
    scope = f" of {countries.name(query.country)}" if query.country else ""
    noun = "member city" if count == 1 else "member cities"
    return f"{count} {noun}{scope} as of {selection.day.isoformat()}"
