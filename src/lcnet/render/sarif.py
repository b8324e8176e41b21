"""SARIF 2.1.0: one rule per finding code, in a stable order; one result per finding."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from lcnet import __version__
from lcnet.check.baseline import fingerprint
from lcnet.check.findings import KINDS, Finding, Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "note"}
RULE_IDS = list(KINDS)  # the catalogue's order is the rule index: keep it stable


def sarif_log(findings: Iterable[Finding]) -> dict[str, Any]:
    log = _log()
    log["runs"][0]["results"] = [_result(item) for item in findings]
    return log


class SarifWriter:
    """The log written result by result (as write_json would write sarif_log's), so
    that memory stays flat however many findings there are."""

    def __init__(self, stream: TextIO, cwd: Path | None = None) -> None:
        from lcnet.render.jsonout import write_json

        self.stream, self.results = stream, 0
        buffer = io.StringIO()
        write_json(buffer, _log())
        head, _, self.tail = buffer.getvalue().partition('"results": []')
        stream.write(head + '"results": [')

    def result(self, item: Finding) -> None:
        from lcnet.render.jsonout import write_json

        buffer = io.StringIO()
        write_json(buffer, _result(item))
        text = "\n".join("        " + line for line in buffer.getvalue().rstrip("\n").split("\n"))
        self.stream.write(("\n" if not self.results else ",\n") + text)
        self.results += 1

    def close(self) -> None:
        self.stream.write(("\n      ]" if self.results else "]") + self.tail)


def _log() -> dict[str, Any]:
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "lcnet",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/lcnet/",
                        "rules": [_rule(code) for code in RULE_IDS],
                    }
                },
                "results": [],
            }
        ],
    }


def _rule(code: str) -> dict[str, Any]:
    kind = KINDS[code]
    return {
        "id": code,
        "name": "".join(part.capitalize() for part in code.split("-")),
        "shortDescription": {"text": kind.title},
        "fullDescription": {"text": f"{kind.title}: {kind.severity.label} because {kind.why}."},
        "defaultConfiguration": {"level": LEVELS[kind.severity]},
    }


def _result(item: Finding) -> dict[str, Any]:
    region: dict[str, int] = {"startLine": max(item.line, 1)}
    if item.column:
        region |= {
            "startColumn": item.column,
            "endLine": item.end_line,
            "endColumn": item.end_column,
        }
    result: dict[str, Any] = {
        "ruleId": item.code,
        "ruleIndex": RULE_IDS.index(item.code),
        "level": LEVELS[item.severity],
        "message": {"text": item.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": item.file},
                    "region": region,
                }
            }
        ],
        "partialFingerprints": {
            "lcnetFindingKey/v1": item.key,
            "lcnetFingerprint/v1": fingerprint(item),
        },
    }
    if item.evidence:
        result["properties"] = {"evidence": [e._asdict() for e in item.evidence]}
    if item.resolution is not None and not item.expired:
        result["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": item.resolution.reason}
        ]
    return result
