"""`lcnet scan`: an archive's figures, the same in one process, on every core and on a
Dask cluster; bad records counted, never fatal."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

ARTICLES = [
    {
        "url": "https://a.example/1",
        "date": "2025-12-20",
        "publisher": "A",
        "text": "The UNESCO Global Network of Learning Cities now counts 356 member cities.",
    },
    {
        "url": "https://a.example/2",
        "date": "2024-03-01",
        "publisher": "A",
        "text": "The UNESCO Global Network of Learning Cities now counts 356 member cities.",
    },
    {
        "url": "https://b.example/1",
        "date": "2026-01-15",
        "publisher": "B",
        "html": "<p>The UNESCO Global Network of Learning Cities has 425 members in 91 "
        "countries.</p>",
    },
    {
        "url": "https://b.example/2",
        "date": "2026-02-01",
        "publisher": "B",
        "language": "es",
        "text": "La Red Mundial de Ciudades del Aprendizaje suma 356 ciudades.",
    },
]
BAD = [b"{not json\n", b'{"url": "x", "text": "no date here"}\n', b"\xff\xfe\x00bin\n"]


@pytest.fixture
def archive() -> list[str]:
    lines = [json.dumps(a).encode() + b"\n" for a in ARTICLES * 5]
    lines[3:3] = BAD
    Path("news.jsonl").write_bytes(b"".join(lines))
    with gzip.open("more.jsonl.gz", "wb") as stream:
        stream.write(b"".join(json.dumps(a).encode() + b"\n" for a in ARTICLES[:2]))
    return ["news.jsonl", "more.jsonl.gz"]


def scanned(*args: str) -> tuple[list[dict[str, object]], str]:
    outcome = run_cli("scan", *args)
    assert outcome.exit_code == 0, outcome.stderr
    return [json.loads(line) for line in outcome.stdout.splitlines()], outcome.stderr


def test_one_process_finds_every_figure_and_counts_the_bad_records(archive: list[str]) -> None:
    figures, messages = scanned(*archive, "--workers", "1", "--summary", "summary.json")
    assert len(figures) == 5 * 5 + 2
    first = figures[0]
    assert (first["url"], first["record"], first["text"], first["verdict"]) == (
        "https://a.example/1",
        1,
        "356 member cities",
        "stale",
    )
    summary = json.loads(Path("summary.json").read_text(encoding="utf-8"))
    assert summary["articles"] == 22
    assert [(b["line"], b["reason"]) for b in summary["bad_records"]] == [
        (4, "not JSON (Expecting property name enclosed in double quotes)"),
        (5, "no date"),
        (6, "not UTF-8 text"),
    ]
    assert summary["most_repeated_stale"][0] == {
        "metric": "total_cities",
        "value": 356,
        "times": 11,
    }
    assert summary["by_publisher"]["B"] == {"figures": 15, "flagged": 5}
    assert "news.jsonl:4: skipped: not JSON" in messages


def test_every_core_gives_the_same_records_as_one_process(archive: list[str]) -> None:
    alone, _ = scanned(*archive, "--workers", "1")
    spread, _ = scanned(*archive, "--workers", "2", "--partition-size", "300")
    assert spread == alone


def test_a_dask_cluster_gives_the_same_records(archive: list[str]) -> None:
    distributed = pytest.importorskip("dask.distributed", reason="pip install 'lcnet[dask]'")
    alone, _ = scanned(*archive, "--workers", "1")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        remote, _ = scanned(
            *archive, "--scheduler", cluster.scheduler_address, "--partition-size", "300"
        )
    assert remote == alone


def test_a_missing_archive_is_a_usage_error() -> None:
    outcome = run_cli("scan", "nowhere.jsonl")
    assert outcome.exit_code == 2
    assert "nowhere.jsonl: no such file" in outcome.stderr


def write_warc(path: str, pages: list[tuple[str, str, str, bytes]]) -> None:
    """A WARC file of responses (url, capture date, Content-Type, body), each after the
    request that fetched it, as crawlers write them."""
    warcio = pytest.importorskip("warcio", reason="pip install 'lcnet[warc]'")
    from warcio.statusandheaders import StatusAndHeaders

    with Path(path).open("wb") as stream:
        writer = warcio.warcwriter.WARCWriter(stream, gzip=True)
        for url, captured, content_type, body in pages:
            dated = {"WARC-Date": f"{captured}T08:00:00Z"}
            request = StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(
                    url, "request", http_headers=request, warc_headers_dict=dated
                )
            )
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=http,
                    warc_headers_dict=dated,
                )
            )


NETWORK = "the UNESCO Global Network of Learning Cities"


def test_a_warc_files_pages_are_read_in_their_charset_and_the_rest_counted() -> None:
    write_warc(
        "crawl.warc.gz",
        [
            (
                "https://c.example/hanoi",
                "2025-12-20",
                "text/html; charset=utf-8",
                f"<p>Hà Nội joined {NETWORK}, which counts 356 member cities.</p>".encode(),
            ),
            (
                "https://c.example/cork",
                "2026-01-10",
                'text/html; charset="ISO-8859-1"',
                f"<p>Cork café news: {NETWORK} has 425 members.</p>".encode("latin-1"),
            ),
            ("https://c.example/logo.png", "2026-01-10", "image/png", b"\x89PNG\r\n"),
            (
                "https://c.example/broken",
                "2026-01-10",
                "text/html",
                f"<p>Caf\xe9: {NETWORK} has 425 members.</p>".encode("latin-1"),
            ),
        ],
    )
    figures, _ = scanned("crawl.warc.gz", "--workers", "1", "--summary", "summary.json")
    assert [(f["url"], f["record"], f["value"], f["verdict"]) for f in figures] == [
        ("https://c.example/hanoi", 2, 356, "stale"),
        ("https://c.example/cork", 4, 425, "current"),
    ]
    assert figures[0]["article_date"] == "2025-12-20"
    summary = json.loads(Path("summary.json").read_text(encoding="utf-8"))
    assert [(b["line"], b["reason"]) for b in summary["bad_records"]] == [
        (6, "not HTML (image/png)"),
        (8, "not utf-8 text"),
    ]
    assert summary["articles"] == 2


def test_the_output_is_sorted_by_file_whatever_the_order_given(archive: list[str]) -> None:
    given, _ = scanned(*archive, "--workers", "1")
    reversed_order, _ = scanned(*reversed(archive), "--workers", "2")
    assert reversed_order == given
    assert [f["file"] for f in given] == sorted(f["file"] for f in given)


def test_no_more_partitions_are_in_flight_than_the_window_so_memory_stays_flat() -> None:
    from lcnet.cli.scan import _in_order
    from lcnet.scanning import Partition

    in_flight: list[Partition] = []
    most = 0

    class Future:
        def __init__(self, part: Partition) -> None:
            self.part = part

        def result(self) -> Partition:
            in_flight.remove(self.part)
            return self.part

    def submit(part: Partition) -> Future:
        nonlocal most
        in_flight.append(part)
        most = max(most, len(in_flight))
        return Future(part)

    parts = [Partition("a.jsonl", at, at + 10) for at in range(0, 1000, 10)]
    assert list(_in_order(submit, parts, 4)) == parts  # in order, every one
    assert (most, in_flight) == (4, [])
