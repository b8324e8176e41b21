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
    columns = ["City", "Local name", "Subdivision", "Joined (intake)", "Sources"]
    if show_country:
        columns.insert(1, "Country")
    rows = []
    for record in records:
        joined = _joined(record)
        local = record["local_name"] if record["local_name"] != record["name"] else ""
        row = [record["name"], local or "", record["subdivision"] or "", joined]
        row.append("\n".join(source["id"] for source in record["sources"]))
        if show_country:
            row.insert(1, record["country_name"])
        rows.append(row)
    print_table(stream, _title(selection, query, countries, len(records)), columns, rows)


def _joined(record: dict[str, Any]) -> str:
    intake = record["intake"]
    text: str
    if intake:
        text = intake["date"]
    elif record["joined"]:
        text = f"{record['joined']} (admitted singly)"
    else:
        text = "unknown"
    if record["left"]:
        text += f"\nleft {record['left']}"
    if record["readmitted"]:
        text += f"\nreadmitted {record['readmitted']['date']}"
    if record["status"] == "uncertain":
        text += "\n(uncertain on this date)"
    return text


def _title(selection: CitySelection, query: CityQuery, countries: CountryIndex, count: int) -> str:
    scope = f" of {countries.name(query.country)}" if query.country else ""
    noun = "member city" if count == 1 else "member cities"
    return f"{count} {noun}{scope} as of {selection.day.isoformat()}"
