"""A fact file as lcnet fmt sees it: tables of keys, each with the comments it carries.

Comments belong to what follows them: the comment lines above a key or a table header
move with it. Comments at the top of a file, set apart by a blank line, are the file's
preamble; comments after a table's last key stay at the end of that table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lcnet.curate.tomltext import array_lines, header, toml_value, with_comment


@dataclass
class Entry:
    """One `key = value` line, with the comment lines above it and the one after it."""

    key: str
    value: object
    comments: list[str] = field(default_factory=list)
    comment: str = ""
    # an array with comments inside: (value, comment) per line, value None for a comment
    commented_items: list[tuple[object | None, str]] | None = None

    def lines(self) -> list[str]:
        if self.commented_items is not None:
            body = array_lines(self.key, self.commented_items, self.comment)
        else:
            body = [with_comment(f"{self.key} = {toml_value(self.value)}", self.comment)]
        return [*self.comments, *body]

    @property
    def has_comments(self) -> bool:
        return bool(self.comments or self.comment or self.commented_items)


@dataclass
class Block:
    """A table (`[name]` or one `[[name]]`), or the file's top-level keys (name None)."""

    name: str | None
    array: bool = False
    entries: list[Entry] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    header_comment: str = ""
    closing: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        lines = list(self.comments)
        if self.name is not None:
            lines.append(with_comment(header(self.name, self.array), self.header_comment))
        for entry in self.entries:
            lines.extend(entry.lines())
        return lines + self.closing


@dataclass
class Document:
    blocks: list[Block] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)  # "" between comment paragraphs

    def render(self, directive: str) -> str:
        """The file's text: the schema directive, the preamble, then the tables."""
        lines = [directive, ""]
        if self.preamble:
            lines += [*self.preamble, ""]
        for block in self.blocks:
            lines += [*block.lines(), ""]
        while lines and not lines[-1]:
            lines.pop()
        return "\n".join(lines) + "\n"
