"""lcnet.scanning: an archive cut into partitions, each read alone with the numbers of
its lines, and the summary counted as partitions come in."""

from __future__ import annotations

import json
from pathlib import Path

import lcnet
from lcnet.scanning import (
    BAD_RECORDS_KEPT,
    BadRecord,
    Partition,
    Scanned,
    Tally,
    _records,
    partitions,
    scan_partition,
)
from tests.conftest import TODAY

LINES = [b'{"n": 1}\n', b'{"n": 22}\n', b"\n", b'{"n": 333}\n', b'{"n": 4444}\n']


def numbered(partition: Partition) -> list[tuple[int, object]]:
    return list(_records(partition))


def test_a_plain_file_is_cut_into_ranges_each_knowing_its_first_line() -> None:
    Path("a.jsonl").write_bytes(b"".join(LINES))  # lines start at 0, 9, 19, 20, 31; 43 bytes
    assert partitions(["a.jsonl"], 10) == [
        Partition("a.jsonl", 0, 10, 1),
        Partition("a.jsonl", 10, 20, 3),  # the line of byte 9 goes on: the next is line 3
        Partition("a.jsonl", 20, 30, 4),  # byte 19 ends line 3: line 4 starts at 20
        Partition("a.jsonl", 30, 40, 5),  # line 5 starts at 31
        Partition("a.jsonl", 40, 43, 6),  # no line starts here: nothing is read
    ]


def test_each_line_is_read_once_by_the_range_it_starts_in_with_its_number() -> None:
    Path("a.jsonl").write_bytes(b"".join(LINES))
    whole = numbered(Partition("a.jsonl", 0, 43))
    assert whole == [(1, {"n": 1}), (2, {"n": 22}), (3, "an empty line"), (4, {"n": 333}),
                     (5, {"n": 4444})]  # fmt: skip
    for size in (1, 7, 10, 16, 45, 100):
        cut = [record for part in partitions(["a.jsonl"], size) for record in numbered(part)]
        assert cut == whole, size


def test_compressed_and_warc_files_are_whole_partitions_in_the_order_of_their_names() -> None:
    for name in ("b.jsonl.gz", "c.warc.gz", "a.jsonl"):
        Path(name).write_bytes(b"")
    assert partitions(["c.warc.gz", "b.jsonl.gz", "a.jsonl", "b.jsonl.gz"]) == [
        Partition("a.jsonl", 0, 0, 1),
        Partition("b.jsonl.gz", 0, -1),
        Partition("c.warc.gz", 0, -1),
    ]


def test_a_partitions_bad_records_are_counted_with_their_line_and_the_rest_judged() -> None:
    article = {"url": "u", "date": "2026-01-15", "publisher": "P"}
    text = "The UNESCO Global Network of Learning Cities now counts 356 member cities."
    lines = [
        json.dumps(article | {"text": text}).encode() + b"\n",
        b"[1, 2]\n",
        json.dumps({"url": "v", "text": text}).encode() + b"\n",
        b"\xff\xfe\n",
    ]
    Path("n.jsonl").write_bytes(b"".join(lines))
    store = lcnet.open_store(today=TODAY)
    scanned = scan_partition(store, partitions(["n.jsonl"])[0])
    assert scanned.bad == [
        BadRecord("n.jsonl", 2, "not a JSON object"),
        BadRecord("n.jsonl", 3, "no date"),
        BadRecord("n.jsonl", 4, "not UTF-8 text"),
    ]
    assert scanned.articles == 1
    assert [(f["record"], f["value"], f["verdict"], f["url"]) for f in scanned.figures] == [
        (1, 356, "stale", "u")
    ]


def test_the_tally_keeps_counts_and_the_first_bad_records_only() -> None:
    tally = Tally()
    bad = [BadRecord("a.jsonl", line, "no date") for line in range(1, 701)]
    figure = {"article_date": "2026-01-15", "publisher": "P", "verdict": "stale"}
    stale = figure | {"metric": "total_cities", "value": 356}
    for _ in range(2):
        tally.add(Scanned([stale], bad, 3))
    summary = tally.summary()
    assert (summary["articles"], summary["figures"], summary["bad_record_count"]) == (6, 2, 1400)
    assert len(summary["bad_records"]) == BAD_RECORDS_KEPT == 1000
    assert summary["bad_records"][-1] == {"path": "a.jsonl", "line": 300, "reason": "no date"}
    assert summary["by_month"] == {"2026-01": {"figures": 2, "flagged": 2}}
    assert summary["most_repeated_stale"] == [{"metric": "total_cities", "value": 356, "times": 2}]
