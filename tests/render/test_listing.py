"""lcnet.render.listing: the read commands' renderer interface, one dispatch over the enum;
every format is written by its own view or refused, never replaced by another."""

from __future__ import annotations

import io
import json

import pytest

from lcnet.render.formats import CHECK_FORMATS, LISTING_FORMATS, OFFERED, OutputFormat
from lcnet.render.listing import Listing, NotAListingFormat, write_listing

HEAD = {"schema": "lcnet/things", "schema_version": 1}
RECORDS = [{"id": "a", "tags": ["x", "y"]}, {"id": "b", "tags": []}]
OWN_VIEWS = (OutputFormat.TABLE, OutputFormat.CHART, OutputFormat.SVG, OutputFormat.CLAIMREVIEW)


def written(output: OutputFormat, *, views: bool = True, field: str | None = "items") -> str:
    stream = io.StringIO()

    def table() -> None:
        stream.write("a table\n")

    def chart() -> None:
        stream.write("a chart\n")

    listing = Listing(
        "things",
        RECORDS,
        HEAD,
        field,
        table if views else None,
        ("id", "tags"),
        lambda r: r | {"tags": ";".join(r["tags"])},
        chart if views else None,
        (lambda: "<svg/>\n") if views else None,
        (lambda: {"@graph": [r["id"] for r in RECORDS]}) if views else None,
    )
    write_listing(stream, output, listing)
    return stream.getvalue()


def test_json_is_the_envelope_and_the_list_in_its_field() -> None:
    assert json.loads(written(OutputFormat.JSON)) == HEAD | {"items": RECORDS}


def test_json_without_a_list_is_the_head_alone() -> None:
    assert json.loads(written(OutputFormat.JSON, field=None)) == HEAD


def test_jsonl_is_one_record_a_line() -> None:
    assert [json.loads(line) for line in written(OutputFormat.JSONL).splitlines()] == RECORDS


def test_csv_is_a_header_and_a_row_a_record() -> None:
    assert written(OutputFormat.CSV).splitlines() == ["id,tags", "a,x;y", "b,"]


def test_the_table_and_the_chart_are_the_commands_own() -> None:
    assert written(OutputFormat.TABLE) == "a table\n"
    assert written(OutputFormat.CHART) == "a chart\n"


def test_the_svg_is_the_document_the_command_draws() -> None:
    assert written(OutputFormat.SVG) == "<svg/>\n"


def test_claimreview_is_the_commands_document_as_json() -> None:
    assert json.loads(written(OutputFormat.CLAIMREVIEW)) == {"@graph": ["a", "b"]}


@pytest.mark.parametrize("output", OWN_VIEWS)
def test_a_view_the_command_lacks_is_refused_not_replaced(output: OutputFormat) -> None:
    with pytest.raises(NotAListingFormat, match=f"^{output}: not a format of lcnet things$"):
        written(output, views=False)


@pytest.mark.parametrize("output", [f for f in CHECK_FORMATS if f not in LISTING_FORMATS])
def test_lcnet_checks_own_formats_are_refused(output: OutputFormat) -> None:
    with pytest.raises(NotAListingFormat, match=f"^{output}: not a format of lcnet things$"):
        written(output)


def test_every_format_is_a_listings_or_checks() -> None:
    assert set(LISTING_FORMATS) | set(OWN_VIEWS) | set(CHECK_FORMATS) == set(OutputFormat)


def test_every_command_but_check_offers_only_what_a_listing_can_write() -> None:
    for command, offered in OFFERED.items():
        if command != "check":
            assert set(offered) <= set(LISTING_FORMATS) | set(OWN_VIEWS), command
