"""`lcnet add source|claim|city`: add a record to the fact store.

The record is validated with the whole store before anything is written, under the
store's lock, and written atomically; stdout gets where it went (`path:line`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from lcnet.cli.add_input import (
    Required,
    Values,
    figure_phrase,
    language_code,
    metric_name,
    region_id,
    resolved_country,
    source_kind,
    whole_number,
)
from lcnet.cli.options import StoreOption, finish
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.errors import UsageError
from lcnet.exitcodes import ExitCode

if TYPE_CHECKING:
    from lcnet.curate.adding import Addition


def register(app: typer.Typer) -> None:
    add = typer.Typer(
        name="add",
        help="Add a source, a claim or a city to the fact store.",
        no_args_is_help=True,
    )
    add.command("source")(source)
    add.command("claim")(claim)
    add.command("city")(city)
    app.add_typer(add, name="add")


def _option(name: str, text: str, metavar: str | None = None) -> Any:
    return typer.Option(name, help=text, metavar=metavar, show_default=False)


Text = str | None
Many = list[str] | None
DATE_HELP = "(2025-12-04, 4 Dec 2025, Dec 2025 or 2025)"
UncertainOption = Annotated[
    Many, _option("--uncertain", "A field whose value is uncertain (repeatable).", "FIELD")
]
NoteOption = Annotated[Text, _option("--note", "Anything a reviewer should know, in your words.")]

# -------------------------------------------------------------------------------- source

SOURCE_REQUIRED = [
    Required("id", "--id", "Source id (e.g. vnexpress-2025-12-05)"),
    Required("publisher", "--publisher", "Publisher"),
    Required("language", "--language", "Language (ISO 639-1 code, e.g. en)", check=language_code),
    Required("kind", "--kind", "Kind (primary, news, government, other)", check=source_kind),
]


def source(
    context: typer.Context,
    source_id: Annotated[
        Text, _option("--id", "The source's id and file name, e.g. vnexpress-2025-12-05.")
    ] = None,
    publisher: Annotated[Text, _option("--publisher", "Who published the document.")] = None,
    title: Annotated[Text, _option("--title", "The document's title as printed.")] = None,
    url: Annotated[Text, _option("--url", "Where the document was read.")] = None,
    language: Annotated[Text, _option("--language", "ISO 639-1 code: en, vi, fr...")] = None,
    kind: Annotated[Text, _option("--kind", "primary, news, government or other.")] = None,
    published: Annotated[Text, _option("--published", f"Publication date {DATE_HELP}.")] = None,
    retrieved: Annotated[Text, _option("--retrieved", f"When you read it {DATE_HELP}.")] = None,
    copies: Annotated[Text, _option("--copies", "Id of the source this one copies.")] = None,
    supersedes: Annotated[
        Text, _option("--supersedes", "Id of the release this one corrects.")
    ] = None,
    uncertain: UncertainOption = None,
    note: NoteOption = None,
    store: StoreOption = None,
) -> None:
    """Add a source: a new file sources/<id>.toml."""
    values: Values = {
        "id": source_id,
        "publisher": publisher,
        "title": title,
        "url": url,
        "language": language,
        "kind": kind,
        "published": published,
        "retrieved": retrieved,
        "copies": copies,
        "supersedes": supersedes,
        "uncertain": uncertain,
        "note": note,
    }
    finish(run_source(runtime_of(context), values, store))


def run_source(runtime: Runtime, values: Values, store_option: str | None) -> int:
    from lcnet.cli.add_input import convert, fill_required, stored_date
    from lcnet.cli.curating import target_store

    curation = target_store(runtime, store_option, "lcnet add")
    values = fill_required(values, SOURCE_REQUIRED, runtime.stderr)
    values = convert(values, {"published": stored_date, "retrieved": stored_date})
    source_id = str(values.pop("id"))
    return _added(runtime, curation.display, curation.add_source(source_id, values))


# --------------------------------------------------------------------------------- claim

CLAIM_REQUIRED = [
    Required("source", "--source", "Source id"),
    Required(
        "metric",
        "--metric",
        "Metric (total_cities, new_cities, country_cities, ...)",
        check=metric_name,
    ),
    Required("value", "--value", "Value (a whole number)", check=whole_number),
    Required(
        "phrase", "--phrase", "Figure phrase as printed (12 words or fewer)", check=figure_phrase
    ),
]


def claim(
    context: typer.Context,
    source_id: Annotated[
        Text, _option("--source", "Id of the source that states it.", "ID")
    ] = None,
    claim_id: Annotated[
        Text, _option("--id", "Id within the source (default: from the metric).")
    ] = None,
    metric: Annotated[
        Text, _option("--metric", "What is counted: total_cities, new_cities, citizens...")
    ] = None,
    value: Annotated[Text, _option("--value", "The figure: a whole number.", "N")] = None,
    qualifier: Annotated[
        Text, _option("--qualifier", "exact (default), more_than, about, nearly...")
    ] = None,
    phrase: Annotated[
        Text, _option("--phrase", "The figure phrase as printed, 12 words or fewer.")
    ] = None,
    as_of: Annotated[
        Text, _option("--as-of", f"Only for explicitly historic statements {DATE_HELP}.")
    ] = None,
    country: Annotated[
        Text, _option("--country", "Scope: the country counted (VN or Viet Nam).")
    ] = None,
    region: Annotated[Text, _option("--region", "Scope: the UNESCO region counted.")] = None,
    city: Annotated[Text, _option("--city", "Scope: the city, e.g. vn/son-la.")] = None,
    intake: Annotated[Text, _option("--intake", "For intake metrics: the intake id.")] = None,
    note: NoteOption = None,
    uncertain: UncertainOption = None,
    store: StoreOption = None,
) -> None:
    """Add a claim (a figure a source states) to the source's file."""
    values: Values = {
        "source": source_id,
        "id": claim_id,
        "metric": metric,
        "value": value,
        "qualifier": qualifier,
        "phrase": phrase,
        "as_of": as_of,
        "country": country,
        "region": region,
        "city": city,
        "intake": intake,
        "note": note,
        "uncertain": uncertain,
    }
    finish(run_claim(runtime_of(context), values, store))


def run_claim(runtime: Runtime, values: Values, store_option: str | None) -> int:
    from lcnet.cli.add_input import (
        convert,
        country_code,
        fill_required,
        region_id,
        stored_date,
        whole_number,
    )
    from lcnet.cli.curating import target_store

    curation = target_store(runtime, store_option, "lcnet add")
    values = fill_required(values, CLAIM_REQUIRED, runtime.stderr)
    converters = {
        "value": whole_number,
        "as_of": stored_date,
        "country": country_code,
        "region": region_id,
    }
    values = convert(values, converters)
    source_id = str(values.pop("source"))
    return _added(runtime, curation.display, curation.add_claim(source_id, values))


# ---------------------------------------------------------------------------------- city

CITY_REQUIRED = [
    Required("name", "--name", "Name, as UNESCO writes it"),
    Required("country", "--country", "Country (code or name)", check=resolved_country),
    Required("sources", "--source", "Source ids (separated by spaces)", many=True),
]
REGION_REQUIRED = Required(
    "region",
    "--region",
    "UNESCO region (africa, arab-states, asia-pacific, europe-north-america, "
    "latin-america-caribbean)",
    check=region_id,
)


def city(
    context: typer.Context,
    name: Annotated[Text, _option("--name", "The city's name as UNESCO writes it.")] = None,
    country: Annotated[Text, _option("--country", "Its country: VN, VNM, Viet Nam...")] = None,
    sources: Annotated[
        Many, _option("--source", "Id of a source for the membership (repeatable).", "ID")
    ] = None,
    city_id: Annotated[
        Text, _option("--id", "Id in the country's file (default: from the name).")
    ] = None,
    local_name: Annotated[Text, _option("--local-name", "The name in the local script.")] = None,
    script: Annotated[
        Text, _option("--script", "ISO 15924 code of the local name's script, e.g. Latn.")
    ] = None,
    other_names: Annotated[
        Many, _option("--other-name", "Another spelling people use (repeatable).")
    ] = None,
    subdivision: Annotated[Text, _option("--subdivision", "Province, state or region.")] = None,
    intake: Annotated[
        Text, _option("--intake", "Id of the intake it joined with, or 'unknown'.")
    ] = None,
    joined: Annotated[
        Text, _option("--joined", f"When it joined, if not with an intake {DATE_HELP}.")
    ] = None,
    left: Annotated[Text, _option("--left", f"When it left {DATE_HELP}, or 'unknown'.")] = None,
    readmitted: Annotated[
        Text, _option("--readmitted", "Id of the intake it was admitted again with.")
    ] = None,
    note: NoteOption = None,
    uncertain: UncertainOption = None,
    region: Annotated[
        Text, _option("--region", "UNESCO region; needed for a country's first city.")
    ] = None,
    store: StoreOption = None,
) -> None:
    """Add a member city to its country's file cities/<cc>.toml."""
    values: Values = {
        "id": city_id,
        "name": name,
        "local_name": local_name,
        "script": script,
        "other_names": other_names,
        "subdivision": subdivision,
        "intake": intake,
        "joined": joined,
        "left": left,
        "readmitted": readmitted,
        "sources": sources,
        "note": note,
        "uncertain": uncertain,
        "country": country,
        "region": region,
    }
    finish(run_city(runtime_of(context), values, store))


def run_city(runtime: Runtime, values: Values, store_option: str | None) -> int:
    from lcnet.cli.add_input import convert, fill_required, region_id, stored_date
    from lcnet.cli.curating import target_store
    from lcnet.countries import build_index

    curation = target_store(runtime, store_option, "lcnet add")
    values = fill_required(values, CITY_REQUIRED, runtime.stderr)
    code = build_index().resolve(str(values.pop("country")))
    if not curation.has_country(code):
        values = fill_required(values, [REGION_REQUIRED], runtime.stderr)
    if values.get("intake") is None and values.get("joined") is None:
        values = fill_required(values, [INTAKE_REQUIRED], runtime.stderr)
    if values.get("intake") == UNKNOWN_INTAKE:
        values["intake"] = None
    converters = {"joined": stored_date, "left": _departure, "region": region_id}
    values = convert(values, converters)
    region = None if values.get("region") is None else str(values.pop("region"))
    values.pop("region", None)
    return _added(runtime, curation.display, curation.add_city(code, region, values))


UNKNOWN_INTAKE = "unknown"


def _intake_answer(option: str, text: str) -> str:
    import re

    answer = text.strip()
    if answer == UNKNOWN_INTAKE or re.fullmatch(r"\d{4}-\d{2}(-correction)?", answer):
        return answer
    raise UsageError(
        f"{option} {answer}: give an intake id such as 2024-02, or unknown when no source "
        "says which intake"
    )


INTAKE_REQUIRED = Required(
    "intake",
    "--intake",
    "Intake it joined with (an id such as 2024-02, or unknown)",
    check=_intake_answer,
)


def _departure(option: str, text: str) -> str:
    from lcnet.cli.add_input import stored_date
    from lcnet.model import UNKNOWN

    return UNKNOWN if text.strip() == UNKNOWN else stored_date(option, text)


def _added(runtime: Runtime, display: str, addition: Addition) -> int:
    runtime.stdout.write(f"{display}/{addition.relative}:{addition.line}\n")
    runtime.message(f"added the {addition.record}")
    if addition.notice:
        runtime.message(f"note: {display}/{addition.notice}")
    return ExitCode.OK
