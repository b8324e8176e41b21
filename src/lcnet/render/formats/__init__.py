"""The output formats: one vocabulary for every command, one renderer interface, each
format a module of this package.

Every format is a Renderer (lcnet.render.formats.interface) written by its own module
(json, jsonl, csv, table, chart, svg, claimreview, github, sarif, html). A renderer
writes each kind of report it can: a read command's Listing, the store's findings, or
a check of texts as a Sink that writes as items come. What it cannot write it refuses
(NotOffered); no format stands in for another. `renderer()` is the one dispatch over
OutputFormat: a match ending in assert_never, so that a format added to the enum fails
mypy until it has its module. This package imports no format module until one is asked
for: the read commands import it at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, assert_never

if TYPE_CHECKING:
    from lcnet.render.formats.interface import Renderer


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
"""The formats every list of records offers."""

CHECK_FORMATS = (
    OutputFormat.TABLE,
    OutputFormat.JSON,
    OutputFormat.JSONL,
    OutputFormat.GITHUB,
    OutputFormat.SARIF,
    OutputFormat.HTML,
)
"""The formats of `lcnet check`, on the store and on texts."""

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


def renderer(output: OutputFormat) -> Renderer:
    """The renderer of `output`, its module imported now."""
    match output:
        case OutputFormat.TABLE:
            from lcnet.render.formats.table import Table

            return Table()
        case OutputFormat.CHART:
            from lcnet.render.formats.chart import Chart

            return Chart()
        case OutputFormat.JSON:
            from lcnet.render.formats.json import Json

            return Json()
        case OutputFormat.JSONL:
            from lcnet.render.formats.jsonl import Jsonl

            return Jsonl()
        case OutputFormat.CSV:
            from lcnet.render.formats.csv import Csv

            return Csv()
        case OutputFormat.GITHUB:
            from lcnet.render.formats.github import Github

            return Github()
        case OutputFormat.SARIF:
            from lcnet.render.formats.sarif import Sarif

            return Sarif()
        case OutputFormat.HTML:
            from lcnet.render.formats.html import Html

            return Html()
        case OutputFormat.SVG:
            from lcnet.render.formats.svg import Svg

            return Svg()
        case OutputFormat.CLAIMREVIEW:
            from lcnet.render.formats.claimreview import ClaimReview

            return ClaimReview()
        case _:
            assert_never(output)


__all__ = [
    "CHECK_FORMATS",
    "LISTING_FORMATS",
    "OFFERED",
    "SCHEMA_VERSION",
    "OutputFormat",
    "renderer",
]
