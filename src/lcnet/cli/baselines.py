"""`--baseline FILE` and `--write-baseline FILE`: the files; the rules are
lcnet.check.baseline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from lcnet.check.baseline import Baseline, read_baseline
from lcnet.check.findings import Finding
from lcnet.errors import UsageError

if TYPE_CHECKING:
    from lcnet.cli.runtime import Runtime


def load_baseline(runtime: Runtime, name: str) -> Baseline:
    path = runtime.cwd / name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise UsageError(f"--baseline {name}: cannot read it: {reason}") from None
    return read_baseline(text, name)


def write_baseline(runtime: Runtime, name: str, findings: list[Finding]) -> None:
    from lcnet.atomic import write_text_atomic
    from lcnet.render.baseline import baseline_document

    counted = [f for f in findings if not f.resolved]
    document = baseline_document(counted)
    text = json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    try:
        write_text_atomic(runtime.cwd / Path(name), text)
    except OSError as error:
        raise UsageError(f"--write-baseline {name}: cannot write it: {error.strerror}") from None
    count = len(counted)
    runtime.message(f"wrote {count} finding{'s' * (count != 1)} to the baseline {name}")
