"""lcnet.render.github: GitHub Actions annotations."""

from __future__ import annotations

import io

from lcnet.check.findings import Finding, Severity
from lcnet.render.findings import Summary
from lcnet.render.github import PER_LEVEL, annotation, write_annotations

FINDING = Finding(
    "stale-figure", Severity.WARNING, "356: 100% stale\nsee", "k", "dir,a:b.md", 3, column=5
)


def test_an_annotation_escapes_its_properties_and_message() -> None:
    assert annotation(FINDING._replace(end_line=3, end_column=8)) == (
        "::warning file=dir%2Ca%3Ab.md,line=3,col=5,endLine=3,endColumn=8,"
        "title=stale-figure::356: 100%25 stale%0Asee"
    )


def test_annotations_stop_at_githubs_limit_per_level_and_say_how_many_more() -> None:
    stream = io.StringIO()
    findings = [FINDING._replace(column=0)] * (PER_LEVEL + 2)
    write_annotations(stream, findings, Summary(0, PER_LEVEL + 2, 0, 0, False))
    lines = stream.getvalue().splitlines()
    assert len(lines) == PER_LEVEL + 2
    assert lines[PER_LEVEL] == (
        "::notice title=lcnet::2 more findings not shown as annotations "
        "(GitHub shows 10 of each level); run lcnet check locally for all"
    )
    assert lines[-1].startswith("lcnet: ")
