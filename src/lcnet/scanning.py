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
BAD_RECORDS_KEPT = 1000  # bad records listed with their place; all of them are counted
_WARC = (".warc", ".warc.gz")


class Partition(NamedTuple):
    path: str
    start: int  # byte offsets of a plain JSONL file; 0, -1 for a whole file
    end: int
    first_line: int = 1  # the number of the first line that starts in [start, end)


class BadRecord(NamedTuple):
    path: str
    line: int  # the record's line (JSONL) or its number (WARC)
    reason: str


class Scanned(NamedTuple):
    figures: list[dict[str, Any]]
    bad: list[BadRecord]
    articles: int


def partitions(paths: Sequence[str], size: int = PARTITION_BYTES) -> list[Partition]:
    """The archive's partitions, in the order of the output: by file name, then offset
    (each file once). A plain JSONL file is read once here, a chunk at a time, to number
    the first line of each range; a worker then reads its range alone (not the lines
    before it, which made the reading grow with the square of the file's size)."""
    found: list[Partition] = []
    for path in sorted(set(paths)):
        if path.endswith((".gz", *_WARC)):
            found.append(Partition(path, 0, -1))
            continue
        found += _ranges(path, size)
    return found


def _ranges(path: str, size: int, chunk: int = 1 << 20) -> list[Partition]:
    """A plain file's ranges of `size` bytes, each with the number of the first line
    that starts in it (a line belongs to the range it starts in)."""
    total = Path(path).stat().st_size
    ranges: list[Partition] = []
    newlines, done, last = 0, 0, b"\n"  # before byte `done`: its count, the byte before
    with Path(path).open("rb") as stream:
        for start in range(0, total or 1, size):
            while done < start:
                block = stream.read(min(chunk, start - done))
                if not block:
                    break
                newlines += block.count(b"\n")
                done += len(block)
                last = block[-1:]
            first = newlines + (1 if last == b"\n" else 2)  # else: a line goes on into it
            ranges.append(Partition(path, start, min(total, start + size), first))
    return ranges


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
    return Scanned(sorted(figures, key=sort_key), bad, articles)


class Tally:
    """The summary of a scan, counted as partitions come in (nothing kept but counts and
    the first bad records, so that its memory stays flat however big the archive): per
    month and per publisher, GNLC figures and stale or wrong ones; the figures most
    repeated after they went stale."""

    def __init__(self) -> None:
        self.articles = 0
        self.figures = 0
        self.bad_count = 0
        self.bad: list[BadRecord] = []  # the first BAD_RECORDS_KEPT, in the output's order
        self.months: dict[str, Counter[str]] = {}
        self.publishers: dict[str, Counter[str]] = {}
        self.stale: Counter[tuple[str, int]] = Counter()

    def add(self, scanned: Scanned) -> None:
        self.articles += scanned.articles
        self.bad_count += len(scanned.bad)
        self.bad += scanned.bad[: BAD_RECORDS_KEPT - len(self.bad)]
        for figure in scanned.figures:
            self._count(figure)

    def _count(self, figure: dict[str, Any]) -> None:
        self.figures += 1
        flagged = figure["verdict"] in ("stale", "wrong", "bound_violated")
        for table, key in (
            (self.months, str(figure["article_date"])[:7]),
            (self.publishers, figure.get("publisher") or "(unknown)"),
        ):
            counts = table.setdefault(key, Counter())
            counts["figures"] += 1
            counts["flagged"] += flagged
        if figure["verdict"] == "stale":
            self.stale[(figure["metric"], figure["value"])] += 1

    def summary(self) -> dict[str, Any]:
        repeated = sorted(self.stale.items(), key=lambda pair: (-pair[1], pair[0]))[:20]
        return {
            "articles": self.articles,
            "figures": self.figures,
            "bad_record_count": self.bad_count,
            "bad_records": [b._asdict() for b in self.bad],
            "by_month": {k: dict(v) for k, v in sorted(self.months.items())},
            "by_publisher": {k: dict(v) for k, v in sorted(self.publishers.items())},
            "most_repeated_stale": [
                {"metric": metric, "value": value, "times": times}
                for (metric, value), times in repeated
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
        number = partition.first_line
        if partition.start > 0:
            stream.seek(partition.start - 1)
            if stream.read(1) != b"\n":
                stream.readline()  # the line that started before belongs to the range before
        while stream.tell() < partition.end:
            raw = stream.readline()
            if not raw:
                break
            yield number, _json(raw)
            number += 1


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
    """The HTML pages of a WARC file's responses, by their number in the file, dated by
    their capture; a page that is not HTML or not in its charset is a bad record."""
    try:
        from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    except ImportError:
        yield 0, "WARC needs warcio: pip install 'lcnet[warc]'"
        return
    with Path(path).open("rb") as stream:
        for number, item in enumerate(ArchiveIterator(stream), 1):
            if item.rec_type != "response":
                continue  # requests, metadata, warcinfo: no article
            media, charset = _content_type(item.http_headers)
            if media not in ("text/html", "application/xhtml+xml"):
                yield number, f"not HTML ({media or 'no content type'})"
                continue
            page = _decoded(item.content_stream().read(), charset)
            if page is None:
                yield number, f"not {charset} text"
                continue
            headers = item.rec_headers
            yield (
                number,
                {
                    "html": page,
                    "url": headers.get_header("WARC-Target-URI"),
                    "date": (headers.get_header("WARC-Date") or "")[:10],
                },
            )


def _content_type(headers: Any) -> tuple[str, str]:
    """The media type and charset of an HTTP response (utf-8 when it names none)."""
    value = (headers.get_header("Content-Type") if headers is not None else None) or ""
    media, _, rest = value.partition(";")
    charset = "utf-8"
    for parameter in rest.split(";"):
        name, _, given = parameter.strip().partition("=")
        if name.lower() == "charset" and given.strip(" \"'"):
            charset = given.strip(" \"'").lower()
    return media.strip().lower(), charset


def _decoded(body: bytes, charset: str) -> str | None:
    try:
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


__all__ = [
    "BadRecord",
    "Partition",
    "Scanned",
    "Tally",
    "partitions",
    "scan_partition",
    "sort_key",
]
