"""`lcnet scan`: the GNLC figures of a news archive, judged at each article's date.

An archive is JSONL (one article per line: `text` or `html`, `date`, `url`, and
optionally `language`, `title`, `publisher`), gzip-compressed or not, or WARC (Common
Crawl News; read with warcio, an optional extra). It is cut into partitions (byte ranges
of a plain JSONL file, whole compressed or WARC files), each scanned by one function,
`scan_partition`, in this process, in worker processes, or on a Dask cluster: the same
function over the same partitions, so the records, once sorted, are the same.

A bad record (not JSON, no date, no text, binary) is counted with its file and line and
never stops the scan. Memory per worker stays flat: a partition is read line by line and
only its judged figures are kept.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from lcnet.api import Store

PARTITION_BYTES = 16 << 20  # a plain JSONL file is cut into ranges of about this size
_WARC = (".warc", ".warc.gz")


class Partition(NamedTuple):
    path: str
    start: int  # byte offsets of a plain JSONL file; 0, -1 for a whole file
    end: int


class BadRecord(NamedTuple):
    path: str
    line: int  # the record's line (JSONL) or its number (WARC)
    reason: str


class Scanned(NamedTuple):
    figures: list[dict[str, Any]]
    bad: list[BadRecord]
    articles: int


def partitions(paths: Sequence[str], size: int = PARTITION_BYTES) -> list[Partition]:
    """The archive's partitions, in order."""
    found: list[Partition] = []
    for path in paths:
        if path.endswith((".gz", *_WARC)):
            found.append(Partition(path, 0, -1))
            continue
        total = Path(path).stat().st_size
        found += [Partition(path, at, min(total, at + size)) for at in range(0, total or 1, size)]
    return found


def scan_partition(store: Store, partition: Partition) -> Scanned:
    """The judged figures of a partition's articles (each with the article's url, date,
    publisher, file and line), and its bad records."""
    figures: list[dict[str, Any]] = []
    bad: list[BadRecord] = []
    articles = 0
    for line, record in _records(partition):
        if isinstance(record, str):
            bad.append(BadRecord(partition.path, line, record))
            continue
        article = _article(record)
        if isinstance(article, str):
            bad.append(BadRecord(partition.path, line, article))
            continue
        articles += 1
        text, kind, date = article
        try:
            report = store.check_text(text, date=date, kind=kind, language=_language(record))
        except ValueError as error:  # an unreadable date or an unread language
            bad.append(BadRecord(partition.path, line, str(error)))
            continue
        where = {
            "url": record.get("url"),
            "article_date": date,
            "publisher": record.get("publisher"),
            "title": record.get("title"),
            "file": partition.path,
            "record": line,
        }
        figures += [where | f.to_dict() for f in report.figures]
    return Scanned(figures, bad, articles)


def summary(
    figures: Sequence[dict[str, Any]], bad: Sequence[BadRecord], articles: int
) -> dict[str, Any]:
    """Per month and per publisher: GNLC figures, stale or wrong ones; the figures most
    repeated after they went stale."""
    months: dict[str, Counter[str]] = {}
    publishers: dict[str, Counter[str]] = {}
    stale: Counter[tuple[str, int]] = Counter()
    for figure in figures:
        flagged = figure["verdict"] in ("stale", "wrong", "bound_violated")
        for table, key in (
            (months, str(figure["article_date"])[:7]),
            (publishers, figure.get("publisher") or "(unknown)"),
        ):
            counts = table.setdefault(key, Counter())
            counts["figures"] += 1
            counts["flagged"] += flagged
        if figure["verdict"] == "stale":
            stale[(figure["metric"], figure["value"])] += 1
    return {
        "articles": articles,
        "figures": len(figures),
        "bad_records": [b._asdict() for b in bad],
        "by_month": {k: dict(v) for k, v in sorted(months.items())},
        "by_publisher": {k: dict(v) for k, v in sorted(publishers.items())},
        "most_repeated_stale": [
            {"metric": metric, "value": value, "times": times}
            for (metric, value), times in sorted(stale.items(), key=lambda p: (-p[1], p[0]))[:20]
        ],
    }


def sort_key(figure: dict[str, Any]) -> tuple[str, int, int, int]:
    return figure["file"], figure["record"], figure["line"], figure["column"]


def _records(partition: Partition) -> Iterator[tuple[int, dict[str, Any] | str]]:
    if partition.path.endswith(_WARC):
        yield from _warc_records(partition.path)
        return
    if partition.path.endswith(".gz"):
        with gzip.open(partition.path, "rb") as stream:
            for number, raw in enumerate(stream, 1):
                yield number, _json(raw)
        return
    yield from _range_records(partition)


def _range_records(partition: Partition) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """The lines that start in [start, end) of a plain JSONL file, with their numbers."""
    with Path(partition.path).open("rb") as stream:
        number = 1
        if partition.start > 0:
            number += _newlines_before(stream, partition.start)
            stream.seek(partition.start - 1)
            if stream.read(1) != b"\n":
                stream.readline()  # the line that started before belongs to the range before
                number += 1
        while stream.tell() < partition.end:
            raw = stream.readline()
            if not raw:
                break
            yield number, _json(raw)
            number += 1


def _newlines_before(stream: Any, offset: int, chunk: int = 1 << 20) -> int:
    """The line breaks in the first `offset` bytes, read a chunk at a time."""
    count, done = 0, 0
    stream.seek(0)
    while done < offset:
        block = stream.read(min(chunk, offset - done))
        if not block:
            break
        count += block.count(b"\n")
        done += len(block)
    return count


def _json(raw: bytes) -> dict[str, Any] | str:
    if not raw.strip():
        return "an empty line"
    try:
        value = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return "not UTF-8 text"
    except json.JSONDecodeError as error:
        return f"not JSON ({error.msg})"
    return value if isinstance(value, dict) else "not a JSON object"


def _article(record: dict[str, Any]) -> tuple[str, str, str] | str:
    date = record.get("date")
    if not isinstance(date, str) or not date.strip():
        return "no date"
    for field, kind in (("text", "text"), ("html", "html")):
        value = record.get(field)
        if isinstance(value, str) and value.strip():
            if "\x00" in value:
                return "binary content"
            return value, kind, date.strip()[:10]
    return "no text or html"


def _language(record: dict[str, Any]) -> str | None:
    from lcnet.extract.lang import CODES

    code = record.get("language")
    return code if isinstance(code, str) and code in CODES else None


def _warc_records(path: str) -> Iterator[tuple[int, dict[str, Any] | str]]:
    try:
        from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    except ImportError:
        yield 0, "WARC needs warcio: pip install 'lcnet[warc]'"
        return
    with Path(path).open("rb") as stream:
        for number, item in enumerate(ArchiveIterator(stream), 1):
            if item.rec_type != "response":
                continue
            body = item.content_stream().read()
            try:
                html = body.decode("utf-8")
            except UnicodeDecodeError:
                yield number, "not UTF-8 text"
                continue
            headers = item.rec_headers
            yield (
                number,
                {
                    "html": html,
                    "url": headers.get_header("WARC-Target-URI"),
                    "date": (headers.get_header("WARC-Date") or "")[:10],
                },
            )


__all__ = [
    "BadRecord",
    "Partition",
    "Scanned",
    "partitions",
    "scan_partition",
    "sort_key",
    "summary",
]
