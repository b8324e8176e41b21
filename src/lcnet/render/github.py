"""GitHub Actions workflow commands: one annotation per finding, as GitHub shows them.

GitHub displays at most 10 annotations of each level per step, so lcnet writes the first
10 of each and then one notice saying how many more there are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from lcnet.check.findings import Finding, Severity
from lcnet.render.findings import Summary

PER_LEVEL = 10
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}


def write_annotations(stream: TextIO, findings: Iterable[Finding], summary: Summary) -> None:
    annotations = Annotations(stream)
    for item in findings:
        annotations.add(item)
    annotations.close(summary)


class Annotations:
    """Annotations written as findings come, the first PER_LEVEL of each level."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.written = dict.fromkeys(Severity, 0)
        self.left_out = 0

    def add(self, item: Finding) -> None:
        if self.written[item.severity] >= PER_LEVEL:
            self.left_out += 1
            return
        self.written[item.severity] += 1
        self.stream.write(annotation(item) + "\n")

    def close(self, summary: Summary) -> None:
        if self.left_out:
            noun = "finding" if self.left_out == 1 else "findings"
            self.stream.write(
                f"::notice title=lcnet::{self.left_out} more {noun} not shown as annotations "
                "(GitHub shows 10 of each level); run lcnet check locally for all\n"
            )
        self.stream.write(f"lcnet: {summary.line()}\n")


def annotation(item: Finding) -> str:
    properties = [f"file={_property(item.file)}", f"line={item.line}"]
    if item.column:
        properties += [
            f"col={item.column}",
            f"endLine={item.end_line}",
            f"endColumn={item.end_column}",
        ]
    properties.append(f"title={_property(item.code)}")
    return f"::{LEVELS[item.severity]} {','.join(properties)}::{_data(item.message)}"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
