"""What every run of lcnet must keep, whatever it is given."""

from __future__ import annotations

import re

# Control characters but newline and tab; the bidirectional overrides and isolates.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A problem line of an invalid store: "path:line: message", line 1 or more.
PROBLEM = re.compile(r"^.+:[1-9]\d*: .+$")
ALLOWED_EXITS = {0, 1, 2, 3}


def output_problems(exit_code: int, stdout: str, stderr: str) -> list[str]:
    """Why this output breaks lcnet's promises (empty when it keeps them)."""
    found = []
    if exit_code not in ALLOWED_EXITS:
        found.append(f"exit {exit_code}")
    for name, text in (("stdout", stdout), ("stderr", stderr)):
        if "Traceback" in text or "internal error" in text:
            found.append(f"{name} shows a traceback or an internal error")
        control = CONTROL.search(text)
        if control is not None:
            found.append(f"{name} holds control character U+{ord(control.group()):04X}")
    return found


def store_problems(exit_code: int, stderr: str) -> list[str]:
    """For an invalid store (exit 3): every problem is "path:line: message"."""
    if exit_code != 3:
        return []
    lines = [line for line in stderr.splitlines() if not line.startswith("lcnet: ")]
    return [f"problem without path:line: {line!r}" for line in lines if not PROBLEM.match(line)]
