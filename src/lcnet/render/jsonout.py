"""JSON and JSON Lines: the data contract (see README, "Machine output")."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from lcnet.render.formats import SCHEMA_VERSION
from lcnet.text import json_safe


def envelope(kind: str, store: dict[str, Any], today: str) -> dict[str, Any]:
    """The fields every JSON document starts with."""
    return {
        "schema": f"lcnet/{kind}",
        "schema_version": SCHEMA_VERSION,
        "today": today,
        "store": store,
    }


def write_json(stream: TextIO, document: Any) -> None:
    stream.write(json_safe(json.dumps(document, ensure_ascii=False, indent=2)))
    stream.write("\n")


def write_jsonl(stream: TextIO, rows: Iterable[Any]) -> None:
    for row in rows:
        stream.write(json_safe(json.dumps(row, ensure_ascii=False, separators=(",", ":"))))
        stream.write("\n")
