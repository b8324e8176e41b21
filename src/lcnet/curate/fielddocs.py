"""Field documentation, read from the "Attributes:" section of each record's docstring.

lcnet.model documents its fields in its docstrings (no import cost); the JSON Schemas
carry the same text as descriptions, for editors to show.
"""

from __future__ import annotations

import inspect
import re

_FIELD = re.compile(r"^    (\w+): (.+)$")
_CONTINUED = "        "


def summary(record: type) -> str:
    """The first paragraph of a record's docstring, on one line."""
    paragraph = inspect.cleandoc(record.__doc__ or "").split("\n\n", 1)[0]
    return " ".join(paragraph.split())


def field_docs(record: type) -> dict[str, str]:
    """Field name -> its documentation, from the docstring's "Attributes:" section."""
    lines = inspect.cleandoc(record.__doc__ or "").splitlines()
    if "Attributes:" not in lines:
        return {}
    docs: dict[str, str] = {}
    current = None
    for line in lines[lines.index("Attributes:") + 1 :]:
        match = _FIELD.match(line)
        if match:
            current = match.group(1)
            docs[current] = match.group(2).strip()
        elif current is not None and line.startswith(_CONTINUED):
            docs[current] += " " + line.strip()
        else:
            break
    return docs
