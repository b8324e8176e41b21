"""Golden files: machine output pinned byte for byte, regenerated only on purpose.

Set LCNET_REGENERATE_GOLDEN=1 to rewrite them after a deliberate change of a format,
and review the diff like any other change of a contract.
"""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden"


def assert_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("LCNET_REGENERATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"output differs from tests/golden/{name}"
