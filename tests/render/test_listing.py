"""lcnet.render.listing: the read commands' shared formats, one dispatch over the enum."""

from __future__ import annotations

import io
import json

import pytest

from lcnet.render.formats import LISTING_FORMATS, OutputFormat
from lcnet.render.listing import Listing, NotAListingFormat, write_listing

HEAD = {"schema": "lcnet/things", "schema_version": 1}
RECORDS = [{"id": "a", "tags": ["x", "y"]}, {"id": "b", "tags": []}]


def written(output: OutputFormat) -> str:
    stream = io.StringIO()

    def table() -> None:
        stream.write("a table\n")

    listing = Listing(
        "things",
        RECORDS,
        HEAD,
        "items",
        table,
        ("id", "tags"),
        lambda r: r | {"tags": ";".join(r["tags"])},
    )
    write_listing(stream, output, listing)
    return stream.getvalue()


def test_json_is_the_envelope_and_the_list_in_its_field() -> None:
    assert json.loads(written(OutputFormat.JSON)) == HEAD | {"items": RECORDS}


def test_jsonl_is_one_record_a_line() -> None:
    assert [json.loads(line) for line in written(OutputFormat.JSONL).splitlines()] == RECORDS


def test_csv_is_a_header_and_a_row_a_record() -> None:
    assert written(OutputFormat.CSV).splitlines() == ["id,tags", "a,x;y", "b,"]


def test_the_table_is_the_commands_own() -> None:
    assert written(OutputFormat.TABLE) == "a table\n"


@pytest.mark.parametrize("output", [f for f in OutputFormat if f not in LISTING_FORMATS])
def test_a_format_no_list_offers_is_refused(output: OutputFormat) -> None:
    with pytest.raises(NotAListingFormat, match=f"{output}: not a format of lcnet things"):
        written(output)
