"""The output formats: one vocabulary for every command (each offers some of them)."""

from __future__ import annotations

from enum import StrEnum


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

    @property
    def is_machine(self) -> bool:
        return self not in (OutputFormat.TABLE, OutputFormat.CHART)


LISTING_FORMATS = (OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.JSONL, OutputFormat.CSV)
"""The formats every read command offers (lcnet.render.listing)."""

CHECK_FORMATS = (
    OutputFormat.TABLE,
    OutputFormat.JSON,
    OutputFormat.JSONL,
    OutputFormat.GITHUB,
    OutputFormat.SARIF,
    OutputFormat.HTML,
)
"""The formats of `lcnet check` (lcnet.render.check_report)."""

SCHEMA_VERSION = 1
