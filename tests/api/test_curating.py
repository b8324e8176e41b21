"""lcnet.api.curating: the library calls behind lcnet add, extract, fmt and schema, with
typed results, and the command line's output made from them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import lcnet
from lcnet.curate.kinds import FileKind
from tests.conftest import TINY, TODAY, run_cli

ARTICLE = (
    "The UNESCO Global Network of Learning Cities has grown to 425 member cities.\n"
    "Back in 2020 the network had 229 members.\n"
)


@pytest.fixture
def curation() -> lcnet.Curation:
    shutil.copytree(TINY, "facts")
    Path("article.txt").write_text(ARTICLE, encoding="utf-8")
    return lcnet.open_curation("facts", today=TODAY)


def test_a_source_and_a_claim_are_added_and_the_store_counts_them(
    curation: lcnet.Curation,
) -> None:
    values: dict[str, object] = {"publisher": "Gazette", "language": "en", "kind": "news"}
    source = curation.add_source("gazette-2025-01", values | {"published": "2025-01"})
    assert (source.relative, source.line, source.record) == (
        "sources/gazette-2025-01.toml",
        3,
        'source "gazette-2025-01"',
    )
    claim = {"metric": "total_cities", "value": 356, "phrase": "356 cities"}
    added = curation.add_claim("gazette-2025-01", claim)
    assert added.record == 'claim "gazette-2025-01#total-cities"'
    contents = lcnet.open_store("facts", today=TODAY).contents()
    assert contents == lcnet.StoreContents(4, 6, 2, 3, 1, 0)
    assert str(contents) == (
        "4 sources, 6 claims, 2 intakes, 3 cities in 1 countries, 0 resolutions"
    )


def test_an_articles_figures_are_proposed_then_known_once_added(
    curation: lcnet.Curation,
) -> None:
    found = curation.propose_claims("daily-news-2024-03", "article.txt", "article.txt")
    assert (found.source, found.known, found.unread) == ("daily-news-2024-03", 0, [])
    assert [
        (p.values["metric"], p.values["value"], p.values["as_of"]) for p in found.proposed
    ] == [
        ("total_cities", 425, None),
        ("total_cities", 229, "2020"),
    ]
    assert found.proposed[0].comments == ['found in "article.txt", line 1, column 59']
    curation.add_claims(found)
    again = curation.propose_claims("daily-news-2024-03", "article.txt", "article.txt")
    assert (again.proposed, again.known) == ([], 2)


def test_a_store_in_canonical_form_has_no_change_and_a_reordered_file_one(
    curation: lcnet.Curation,
) -> None:
    first = curation.format()  # the fixture is not all in canonical form: now it is
    assert (len(first.changes), first.files) == (6, 6)
    assert curation.format_check().changes == []
    path = Path("facts/sources/daily-news-2024-03.toml")
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('kind = "news"\n', "").replace("[source]\n", '[source]\nkind = "news"\n')
    )
    report = curation.format_check()
    assert [c.relative for c in report.changes] == ["sources/daily-news-2024-03.toml"]
    assert report.files == 6
    assert report.diff("facts").splitlines()[:2] == [
        "--- facts/sources/daily-news-2024-03.toml\tcurrent",
        "+++ facts/sources/daily-news-2024-03.toml\tcanonical",
    ]
    assert [c.relative for c in curation.format().changes] == ["sources/daily-news-2024-03.toml"]
    assert curation.format_check().changes == []


def test_schemas_are_written_once_and_equal_what_lcnet_schema_prints(
    curation: lcnet.Curation,
) -> None:
    written = curation.write_schemas()
    assert written == [kind.schema_file for kind in FileKind]
    assert curation.write_schemas() == []
    source = lcnet.schema_texts([FileKind.SOURCES])[FileKind.SOURCES]
    assert run_cli("schema", "sources").stdout == source
    assert json.loads(run_cli("schema").stdout)["sources"] == json.loads(source)


def test_validate_prints_the_stores_contents() -> None:
    store = lcnet.open_store(TINY, today=TODAY)
    outcome = run_cli("validate", "--store", str(TINY))
    assert outcome.stdout == f"the fact store is valid: {store.contents()}\n"
    assert store.contents().to_dict() == {
        "sources": 3,
        "claims": 5,
        "intakes": 2,
        "cities": 3,
        "countries": 1,
        "resolutions": 0,
    }


def test_only_a_fact_store_opens_for_curation() -> None:
    Path("notes").mkdir()
    with pytest.raises(lcnet.LcnetUsageError, match="notes: not a fact store"):
        lcnet.open_curation("notes", today=TODAY)
