"""The output formats: one vocabulary for every command, each offering some of them.

Each format is written by its own module (jsonout, csvout, github, sarif, html, svg,
chart, claimreview, table_*). Commands hand their typed answer to one of two dispatchers
over OutputFormat, each a match ending in assert_never: lcnet.render.listing for the read
commands (a Listing of records and the command's own views) and lcnet.render.check_report
for `lcnet check` (a Sink that writes findings and figures as they are found).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class OutputFormat(StrEnum):
    TABLE = "table"
    CHART = "chart"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    GITHUB = "github"
    SARIF = "sarif"
    HTML = "html"
    SVG = "svg"
    CLAIMREVIEW = "claimreview"


LISTING_FORMATS = (OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.JSONL, OutputFormat.CSV)
"""The formats every list of records offers (lcnet.render.listing)."""

CHECK_FORMATS = (
    OutputFormat.TABLE,
    OutputFormat.JSON,
    OutputFormat.JSONL,
    OutputFormat.GITHUB,
    OutputFormat.SARIF,
    OutputFormat.HTML,
)
"""The formats of `lcnet check` (lcnet.render.check_report)."""

OFFERED: Mapping[str, tuple[OutputFormat, ...]] = MappingProxyType(
    {
        "check": CHECK_FORMATS,
        "cities": LISTING_FORMATS,
        "claims": (*LISTING_FORMATS, OutputFormat.CLAIMREVIEW),
        "figures": (*LISTING_FORMATS, OutputFormat.SVG),
        "growth": (OutputFormat.CHART, OutputFormat.JSON, OutputFormat.SVG),
        "show": (OutputFormat.TABLE, OutputFormat.JSON),
        "sources": LISTING_FORMATS,
    }
)
"""The formats each command offers for --format, in the order its help lists them; the
first is its default."""

SCHEMA_VERSION = 1
