"""Print the checklist of every field of lcnet.extract.lang.Language, as Markdown.

The list is read from the dataclass's source (src/lcnet/extract/lang/__init__.py): each
field with whether a language must give it (no default) and the first sentence of the
comment that documents it (a comment above a group of fields documents the group). The
section "Every field" of docs/adding-a-language.md is this output; regenerate it after
adding a field:

    python tools/language_fields.py > /tmp/fields.md   # then paste it into the guide
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "lcnet" / "extract" / "lang" / "__init__.py"
_FIELD = re.compile(
    r"^    (?P<name>[a-z_]+): (?P<type>[^=#]+?)(?: = (?P<default>[^#]+?))?"
    r"\s*(?:#\s*(?P<note>.*))?$"
)
_SECTION = re.compile(r"^    # --- (?P<title>.+?) -*$")


def _first_sentence(text: str, limit: int = 170) -> str:
    text = " ".join(text.split())
    cut = re.search(r"(?<=[a-z\)\"'])\. ", text)
    if cut is not None:
        text = text[: cut.start() + 1]
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " ..."


def fields(source: str) -> list[tuple[str, list[tuple[str, bool, str]]]]:
    """[(section, [(field, required, what)])] in the order of the dataclass."""
    body = source[source.index("class Language(NamedTuple):") :]
    body = body[: body.index("\n\n\n")]
    sections: list[tuple[str, list[tuple[str, bool, str]]]] = [("the language", [])]
    comment: list[str] = []
    group = ""  # the comment block over the fields that follow it
    for line in body.splitlines()[1:]:
        section = _SECTION.match(line)
        if section is not None:
            sections.append((section["title"], []))
            comment, group = [], ""
            continue
        if line.startswith("    # "):
            comment.append(line[6:])
            continue
        found = _FIELD.match(line)
        if found is None:
            comment = []
            continue
        if comment:
            group = " ".join(comment)
            comment = []
        what = found["note"] or group
        sections[-1][1].append((found["name"], found["default"] is None, _first_sentence(what)))
    return [(title, rows) for title, rows in sections if rows]


def markdown(source: str) -> str:
    lines = []
    for title, rows in fields(source):
        lines.append(f"**{title[0].upper()}{title[1:]}**\n")
        merged: list[tuple[list[str], bool, str]] = []
        for name, required, what in rows:  # fields documented by one comment: one item
            if merged and what and merged[-1][2] == what and merged[-1][1] == required:
                merged[-1][0].append(name)
            else:
                merged.append(([name], required, what))
        for names, required, what in merged:
            need = "required" if required else "optional"
            named = ", ".join(f"`{name}`" for name in names)
            lines.append(f"- {named} ({need}): {what}".rstrip(": "))
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(markdown(SOURCE.read_text(encoding="utf-8")))
