"""The output formats, as one vocabulary shared by every command."""

from __future__ import annotations

from enum import StrEnum


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    GITHUB = "github"
    SARIF = "sarif"
    CLAIMREVIEW = "claimreview"
    TOML = "toml"

    @property
    def is_machine(self) -> bool:
        return self is not OutputFormat.TABLE


SCHEMA_VERSION = 1
