"""lcnet as a library: the same answers as the command line, typed, and picklable."""

from __future__ import annotations

import doctest
import json
import pickle
import re
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

import pytest

import lcnet
from tests.conftest import REPO, TODAY, run_cli

PAGE = (
    "---\ntitle: Hanoi joins a global network\ndate: 2025-12-20\n---\n\n"
    "Hanoi is now a member of the UNESCO Global Network of Learning Cities.\n"
    "The network counts 356 member cities in 79 countries.\n"
    "Back in 2020 the network had 229 members.\n"
)


@pytest.fixture(scope="module")
def store() -> lcnet.Store:
    return lcnet.open_store(today=TODAY)


def test_the_api_is_listed_and_cheap_to_import() -> None:
    listed = {"open_store", "Store", "TextReport", "TextFigure", "LcnetUsageError"}
    assert listed | {"RecordedClaim", "SourceTally"} <= set(lcnet.__all__)
    assert lcnet.API_VERSION == 1


def test_the_api_version_is_the_json_documents_schema_version() -> None:
    document = json.loads(run_cli("growth", "--format", "json").stdout)
    assert document["schema_version"] == lcnet.API_VERSION


def test_a_texts_report_equals_its_part_of_the_cli_json(store: lcnet.Store) -> None:
    Path("article.md").write_text(PAGE, encoding="utf-8")
    document = json.loads(run_cli("check", "article.md", "--format", "json").stdout)
    report = store.check_file("article.md")
    assert report.to_dict() == {"text": document["texts"][0], "figures": document["figures"]}
    assert [(f.text, f.verdict, f.expected) for f in report.figures] == [
        ("356 member cities", "stale", 425),
        ("79 countries", "stale", 91),
        ("229 members", "historic", 229),
    ]
    assert [f.text for f in report.flagged] == ["356 member cities", "79 countries"]


def test_check_text_takes_a_date_a_kind_and_a_language(store: lcnet.Store) -> None:
    report = store.check_text(
        "<p>La Red Mundial de Ciudades del Aprendizaje suma 294 ciudades.</p>",
        date="2023-05",
        kind="html",
        language="es",
    )
    figure = report.figures[0]
    assert (report.date, figure.metric, figure.value, figure.verdict) == (
        "2023-05",
        "total_cities",
        294,
        "current",
    )
    assert (figure.line, figure.column) == (1, 52)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.check_text("x", kind="pdf"), "kind 'pdf': expected one of"),
        (lambda s: s.check_text("x", language="xx"), "language 'xx': lcnet reads"),
        (lambda s: s.check_text("x", date="20th May"), 'invalid date "20th May"'),
    ],
)
def test_a_call_it_cannot_answer_is_a_clear_error(
    store: lcnet.Store, call: object, message: str
) -> None:
    with pytest.raises(lcnet.LcnetUsageError, match=re.escape(message)):
        call(store)  # type: ignore[operator]


def test_cities_and_figures_equal_the_cli_records(store: lcnet.Store) -> None:
    cities = json.loads(run_cli("cities", "--country", "VN", "--format", "json").stdout)
    assert [city.to_dict() for city in store.cities(country="VN")] == cities["cities"]
    figures = json.loads(
        run_cli(
            "figures", "--as-of", "2024-03-01", "--metric", "total_cities", "--format", "json"
        ).stdout
    )
    periods = store.figures(as_of="2024-03-01", metric="total_cities")
    assert [period.to_dict() for period in periods] == figures["periods"]


def test_claims_and_sources_equal_the_cli_records(store: lcnet.Store) -> None:
    claims = json.loads(
        run_cli("claims", "--metric", "total_cities", "--as-of", "2024", "--format", "json").stdout
    )
    recorded = store.claims(metric="total_cities", as_of="2024")
    assert [claim.to_dict() for claim in recorded] == claims["claims"]
    stale = json.loads(run_cli("claims", "--verdict", "stale", "--format", "json").stdout)
    assert [claim.to_dict() for claim in store.claims(verdict="stale")] == stale["claims"]
    sources = json.loads(
        run_cli("sources", "--kind", "news", "--to", "2024-06", "--format", "json").stdout
    )
    tallies = store.sources(kind="news", published_to="2024-06")
    assert [source.to_dict() for source in tallies] == sources["sources"]


def test_claims_and_sources_are_typed(store: lcnet.Store) -> None:
    (claim,) = store.claims(source="unesco-2024-02-14", metric="total_cities")
    assert (claim.key, claim.value, claim.qualifier, claim.verdict, claim.expected) == (
        "unesco-2024-02-14#total",
        356,
        "exact",
        "current",
        356,
    )
    (source,) = [s for s in store.sources(publisher="unesco") if s.id == "unesco-2024-02-14"]
    assert (source.kind, source.published, source.stale, source.wrong) == (
        "primary",
        "2024-02-14",
        0,
        0,
    )
    assert source.claims == sum(source.verdicts.values())


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.claims(verdict="fresh"), "verdict 'fresh': use one of current, stale,"),
        (lambda s: s.claims(metric="membres"), "metric 'membres': use one of total_cities,"),
        (lambda s: s.claims(source="nope"), "source 'nope': no such source in the store"),
        (lambda s: s.sources(kind="blog"), "kind 'blog': use one of primary, news,"),
        (lambda s: s.sources(published_to="June"), "June"),
    ],
)
def test_a_claims_or_sources_filter_it_cannot_read_is_a_usage_error(
    store: lcnet.Store, call: object, message: str
) -> None:
    with pytest.raises(lcnet.LcnetUsageError, match=re.escape(message)):
        call(store)  # type: ignore[operator]


def test_the_stores_findings_equal_the_cli_records(store: lcnet.Store) -> None:
    document = json.loads(run_cli("check", "--format", "json", "--show", "note").stdout)
    unresolved = [f.to_dict() for f in store.findings() if not f.resolved]
    assert unresolved == document["findings"]


def test_a_store_checks_records_are_the_json_findings_in_every_view(store: lcnet.Store) -> None:
    """The records are made from the findings when asked (the command line never asks):
    listed, counted, indexed and sliced, they are the JSON document's findings."""
    document = json.loads(run_cli("check", "--format", "json", "--show", "note").stdout)
    report = store.store_check(None, _severity("note"))
    findings = document["findings"]
    assert len(findings) > 2
    assert report.records == findings
    assert len(report.listing.records) == len(findings)
    assert report.listing.records[1] == findings[1]
    assert report.listing.records[-2:] == findings[-2:]
    assert repr(report) == f"<lcnet check report: {len(findings)} records>"


def _check(pair: tuple[lcnet.Store, str]) -> dict[str, object]:
    store, text = pair
    return store.check_text(text, date="2025-12-20").to_dict()


def test_an_opened_store_travels_to_worker_processes(store: lcnet.Store) -> None:
    copy = pickle.loads(pickle.dumps(store))
    assert (copy.path, copy.today) == (store.path, store.today)
    assert pickle.loads(pickle.dumps(store)) is copy  # read once per process, not per task
    texts = [PAGE, PAGE.replace("356", "425")]
    with ProcessPoolExecutor(max_workers=1) as pool:
        remote = list(pool.map(_check, [(store, t) for t in texts]))
    assert remote == [_check((store, t)) for t in texts]


def test_the_readme_examples_run() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### As a library", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    examples = "\n".join(re.findall(r"```pycon\n(.*?)```", section, re.DOTALL))
    assert examples.count(">>>") >= 5
    test = doctest.DocTestParser().get_doctest(examples, {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


def test_a_string_is_read_as_a_file_of_it_would_be(store: lcnet.Store) -> None:
    raw = "\ufeff" + PAGE.replace("\n", "\r\n")
    Path("windows.md").write_bytes(raw.encode("utf-8"))
    document = json.loads(run_cli("check", "windows.md", "--format", "json").stdout)
    report = store.check_text(raw, kind="markdown", path="windows.md")
    assert report.to_dict() == {"text": document["texts"][0], "figures": document["figures"]}
    assert (report.date, report.date_origin) == ("2025-12-20", "front matter date")


def test_a_file_that_is_not_utf8_gives_a_report_that_says_where(store: lcnet.Store) -> None:
    Path("latin1.txt").write_bytes("The network counts 356 cities.\nCaf\xe9\n".encode("latin-1"))
    report = store.check_file("latin1.txt")
    assert [(f["code"], f["line"]) for f in report.findings] == [("unreadable-text", 2)]
    assert "byte 0xe9 at line 2, column 4" in report.findings[0]["message"]


def test_figures_cities_and_findings_are_typed(store: lcnet.Store) -> None:
    (period,) = store.figures(as_of="2023-06-01", metric="total_cities")
    assert (period.subject, period.period, period.value, period.qualifier) == (
        "total_cities",
        "2022-09",
        294,
        "exact",
    )
    hanoi = next(c for c in store.cities(country="Viet Nam") if c.name == "Hanoi")
    assert (hanoi.id, hanoi.country, hanoi.region, hanoi.status) == (
        "vn/hanoi",
        "VN",
        "asia-pacific",
        "member",
    )
    key = "conflicting-primary-sources:total_cities:2022-09"
    finding = next(f for f in store.findings() if f.key == key)
    assert (finding.code, finding.severity, finding.resolved, finding.line) == (
        "conflicting-primary-sources",
        "error",
        True,
        12,
    )
    assert finding.path is not None
    assert finding.path.endswith("uil-2023-10-31.toml")


def test_an_unknown_metric_or_country_is_a_usage_error(store: lcnet.Store) -> None:
    with pytest.raises(lcnet.LcnetUsageError, match="metric membres: no such metric"):
        store.figures(metric="membres")
    with pytest.raises(lcnet.LcnetUsageError, match="Atlantis"):
        store.cities(country="Atlantis")


def test_importing_lcnet_imports_neither_the_library_nor_pydantic() -> None:
    probe = (
        "import sys, lcnet; "
        "print(sorted(m for m in sys.modules if m.startswith(('lcnet.', 'pydantic'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "['lcnet.version']"


# Each command with JSON output: its document is its report's to_dict(), whole (the
# envelope, the command's fields, its list), the CLI writing the report the API made.
def _region(name: str) -> object:
    from lcnet.model import Region

    return Region(name)


REPORTS = [
    (["cities", "--country", "VN"], lambda s: s.cities_report(country="VN")),
    (
        ["cities", "--region", "arab-states", "--as-of", "2020"],
        lambda s: s.cities_report(region=_region("arab-states"), as_of=date(2020, 12, 31)),
    ),
    (
        ["cities", "hanoi", "--joined", "2024"],
        lambda s: s.cities_report(name="hanoi", joined=2024),
    ),
    (
        ["figures", "--metric", "total_cities", "--as-of", "2024-03-01"],
        lambda s: s.figures_report(["total_cities"], date(2024, 3, 1)),
    ),
    (["figures", "--year", "2022"], lambda s: s.figures_report(year=2022)),
    (["figures"], lambda s: s.figures_report()),
    (["claims", "--verdict", "stale"], lambda s: s.claims_report(verdicts=[_verdict("stale")])),
    (
        ["claims", "--source", "unesco-2024-02-14"],
        lambda s: s.claims_report(source="unesco-2024-02-14"),
    ),
    (["sources", "--publisher", "unesco"], lambda s: s.sources_report(publisher="unesco")),
    (["sources"], lambda s: s.sources_report()),
    (["growth"], lambda s: s.growth_report()),
    (["show", "vn/hanoi"], lambda s: s.record_report("vn/hanoi")),
    (["show", "unesco-2024-02-14"], lambda s: s.record_report("unesco-2024-02-14")),
    (["show", "unesco-2024-02-14#total"], lambda s: s.record_report("unesco-2024-02-14#total")),
    (["show", "2024-02"], lambda s: s.record_report("2024-02")),
    (
        ["check", "--fail-on", "never"],
        lambda s: s.store_check(None, _severity("note")),
    ),
    (
        ["check", "--all", "--show", "warning"],
        lambda s: s.store_check(_severity("error"), _severity("warning"), show_all=True),
    ),
]


def _verdict(name: str) -> object:
    from lcnet.check.verdicts import Verdict

    return Verdict(name)


def _severity(name: str) -> object:
    from lcnet.check.findings import Severity

    return Severity.parse(name)


@pytest.mark.parametrize(("args", "call"), REPORTS, ids=[" ".join(a) for a, _ in REPORTS])
def test_each_commands_json_is_its_reports_to_dict(args: list[str], call: object) -> None:
    outcome = run_cli(*args, "--format", "json")
    assert outcome.exit_code in (0, 1), outcome.stderr
    store = lcnet.Store.of(_cli_store(), TODAY)
    report = call(store)  # type: ignore[operator]
    assert report.to_dict() == json.loads(outcome.stdout)


def _cli_store() -> object:
    """The store as the command line opens it here (found the same way, same today)."""
    from lcnet.cli.runtime import Runtime

    return Runtime.from_process().open_store(None)


def test_a_check_of_texts_through_the_librarys_gate_is_the_cli_json() -> None:
    import io

    from lcnet.check.findings import Severity
    from lcnet.render.formats import OutputFormat, renderer
    from lcnet.render.formats.checking import Destination
    from lcnet.render.jsonout import store_record

    Path("article.md").write_text(PAGE, encoding="utf-8")
    Path("older.md").write_text(PAGE.replace("2025-12-20", "2020-01-10"), encoding="utf-8")
    cli = run_cli("check", "article.md", "older.md", "--format", "json", "--fail-on", "never")
    store = lcnet.Store.of(_cli_store(), TODAY)  # type: ignore[arg-type]
    said: list[str] = []
    stdout = io.StringIO()
    to = Destination(
        stdout, said.append, store_record(store.opened), "store", TODAY.isoformat(), Path(), None
    )  # type: ignore[arg-type]  # no HTML here
    gate = store.text_check(renderer(OutputFormat.JSON).text_sink(to), None, Severity.NOTE)
    for event in store.judged_files(["article.md", "older.md"]):
        gate.take(event)
    summary = gate.close()
    assert json.loads(stdout.getvalue()) == json.loads(cli.stdout)
    assert (summary.failed, said) == (False, ["store", summary.line()])
    assert cli.stderr.endswith(f"lcnet: {summary.line()}\n")


def test_no_today_reads_the_clock_once_when_the_store_is_opened(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Clock(date):
        reads = 0

        @classmethod
        def today(cls) -> date:
            cls.reads += 1
            return date(2026, 11, 30)

    monkeypatch.setattr("lcnet.api.store.date", Clock)
    store = lcnet.open_store()
    report = store.check_text("The UNESCO Global Network of Learning Cities has 356 members.")
    assert (store.today, report.date, report.date_origin) == (
        date(2026, 11, 30),
        "2026-11-30",
        "today (the text gives no date)",
    )
    store.check_text("The network has 425 members.")
    assert Clock.reads == 1
