"""JSON and JSON Lines: the data contract (see README, "Machine output")."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from lcnet.render.formats import SCHEMA_VERSION
from lcnet.text import json_safe

if TYPE_CHECKING:
    from lcnet.store import OpenedStore


def envelope(kind: str, store: dict[str, Any], today: str) -> dict[str, Any]:
    """The fields every JSON document starts with."""
    return {
        "schema": f"lcnet/{kind}",
        "schema_version": SCHEMA_VERSION,
        "today": today,
        "store": store,
    }


def store_record(opened: OpenedStore) -> dict[str, str | None]:
    """The store a command used, as its JSON documents name it ("store")."""
    return {
        "path": opened.facts.root,
        "origin": str(opened.location.origin),
        "name": opened.facts.records.info.name,
    }


def write_json(stream: TextIO, document: Any) -> None:
    stream.write(json_safe(json.dumps(document, ensure_ascii=False, indent=2)))
    stream.write("\n")


def write_jsonl(stream: TextIO, rows: Iterable[Any]) -> None:
    for row in rows:
        stream.write(json_safe(json.dumps(row, ensure_ascii=False, separators=(",", ":"))))
        stream.write("\n")


class StreamedDocument:
    """A JSON object written member by member, an array of it item by item, byte for
    byte as write_json would write the whole: memory stays flat however long it is."""

    def __init__(self, stream: TextIO, head: dict[str, Any]) -> None:
        self.stream = stream
        self.stream.write(_dumps(head)[:-2])  # without its closing "\n}"
        self.items = 0

    def member(self, key: str, value: Any) -> None:
        self.stream.write(f",\n  {_dumps(key)}: {_indent(_dumps(value), '  ', first=False)}")

    def open_array(self, key: str) -> None:
        self.stream.write(f",\n  {_dumps(key)}: [")
        self.items = 0

    def item(self, value: Any) -> None:
        self.stream.write(("\n    " if not self.items else ",\n    ") + _item(value))
        self.items += 1

    def close_array(self) -> None:
        self.stream.write("\n  ]" if self.items else "]")

    def spool(self) -> Spool:
        return Spool()

    def spooled_member(self, key: str, spool: Spool) -> None:
        """An array whose items were written to `spool` meanwhile."""
        self.open_array(key)
        spool.file.seek(0)
        while chunk := spool.file.read(1 << 16):
            self.stream.write(chunk)
        self.items = spool.items
        spool.file.close()
        self.close_array()

    def close(self) -> None:
        self.stream.write("\n}\n")


class Spool:
    """Items of an array kept on disk (in memory up to 1 MB) until their turn comes."""

    def __init__(self) -> None:
        import tempfile

        # closed by StreamedDocument.spooled_member, when its items are copied out
        self.file = tempfile.SpooledTemporaryFile(1 << 20, mode="w+", encoding="utf-8")  # noqa: SIM115
        self.items = 0

    def item(self, value: Any) -> None:
        self.file.write(("\n    " if not self.items else ",\n    ") + _item(value))
        self.items += 1


def _dumps(value: Any) -> str:
    return json_safe(_indented(value, "\n"))


_encoded = json.encoder.encode_basestring  # in C; ensure_ascii=False's encoder
_FLOATS = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}  # as json writes them


def _indented(value: Any, newline: str) -> str:
    """json.dumps(value, ensure_ascii=False, indent=2), character for character, each
    line break followed by `newline`'s indent: json's own indenting encoder is written in
    Python, in generators, and costs about as much as judging the figures it writes."""
    if isinstance(value, str):
        return _encoded(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _FLOATS.get(float.__repr__(value)) or float.__repr__(value)
    inner = newline + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        if not all(isinstance(key, str) for key in value):
            return _fallback(value, newline)
        members = [_encoded(k) + ": " + _indented(v, inner) for k, v in value.items()]
        return "{" + inner + ("," + inner).join(members) + newline + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        return (
            "[" + inner + ("," + inner).join([_indented(v, inner) for v in value]) + newline + "]"
        )
    return _fallback(value, newline)


def _fallback(value: Any, newline: str) -> str:
    """json's own: keys that are no strings, and its errors."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", newline)


def _item(value: Any) -> str:
    """An array's item, as _indent(_dumps(value), "    ") less its first indent."""
    return json_safe(_indented(value, "\n    "))


def _indent(text: str, prefix: str, *, first: bool = True) -> str:
    lines = text.split("\n")
    head = prefix + lines[0] if first else lines[0]
    return "\n".join([head, *(prefix + line for line in lines[1:])])
