"""SARIF 2.1.0: one rule per finding code, in a stable order; one result per finding."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from lcnet import __version__
from lcnet.check.baseline import fingerprint
from lcnet.check.findings import Finding
from lcnet.render.sarif_rules import LEVELS, RULE_IDS, rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
BASE = "SRCROOT"  # paths are relative to the directory lcnet ran in


def sarif_log(findings: Iterable[Finding], cwd: Path | None = None) -> dict[str, Any]:
    log = _log(cwd)
    log["runs"][0]["results"] = [_result(item, cwd) for item in findings]
    return log


class SarifWriter:
    """The log written result by result (as write_json would write sarif_log's), so
    that memory stays flat however many findings there are."""

    def __init__(self, stream: TextIO, cwd: Path | None = None) -> None:
        from lcnet.render.jsonout import write_json

        self.stream, self.cwd, self.results = stream, cwd, 0
        buffer = io.StringIO()
        write_json(buffer, _log(cwd))
        head, _, self.tail = buffer.getvalue().partition('"results": []')
        stream.write(head + '"results": [')

    def result(self, item: Finding) -> None:
        from lcnet.render.jsonout import write_json

        buffer = io.StringIO()
        write_json(buffer, _result(item, self.cwd))
        text = "\n".join("        " + line for line in buffer.getvalue().rstrip("\n").split("\n"))
        self.stream.write(("\n" if not self.results else ",\n") + text)
        self.results += 1

    def close(self) -> None:
        self.stream.write(("\n      ]" if self.results else "]") + self.tail)


def _log(cwd: Path | None) -> dict[str, Any]:
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "lcnet",
                "version": __version__,
                "informationUri": "https://pypi.org/project/lcnet/",
                "rules": [rule(code) for code in RULE_IDS],
            }
        },
    }
    if cwd is not None:
        run["originalUriBaseIds"] = {BASE: {"uri": cwd.absolute().as_uri().rstrip("/") + "/"}}
    run["results"] = []
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _location(path: str, cwd: Path | None) -> dict[str, Any]:
    """A path relative to the directory lcnet ran in, with its base; another absolute
    path as a file URI; "<stdin>" as it is."""
    if path.startswith("<"):
        return {"uri": quote(path)}
    given = Path(path)
    if cwd is None:
        return {"uri": quote(given.as_posix())}
    absolute = given if given.is_absolute() else cwd / given
    try:
        relative = absolute.relative_to(cwd.absolute())
    except ValueError:
        return {"uri": absolute.as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": BASE}


def _result(item: Finding, cwd: Path | None = None) -> dict[str, Any]:
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
                    "artifactLocation": _location(item.file, cwd),
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
        result["suppressions"] = [_suppression(item)]
    return result


INLINE = "inline suppression: "


def _suppression(item: Finding) -> dict[str, Any]:
    """An `lcnet: ignore` marker in the text is "inSource"; a resolution in the store
    is "external"."""
    assert item.resolution is not None
    reason = item.resolution.reason
    if item.resolution.file == item.file and reason.startswith(INLINE):
        return {"kind": "inSource", "status": "accepted", "justification": reason[len(INLINE) :]}
    return {"kind": "external", "status": "accepted", "justification": reason}
