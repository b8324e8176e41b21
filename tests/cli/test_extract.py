"""`lcnet extract`: an article's figures proposed as claim records, written on request."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from lcnet.extract.lang import CODES
from lcnet.extract.langid import language_name
from tests.conftest import TINY, run_cli

ARTICLE = """\
Learning cities, one year on

The UNESCO Global Network of Learning Cities has grown to 425 member cities.
Back in 2020 the network had 229 members.
"""


@pytest.fixture
def store() -> Path:
    target = Path.cwd() / "facts"
    shutil.copytree(TINY, target)
    (Path.cwd() / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return target


def test_extract_prints_claim_records_to_review(store: Path) -> None:
    outcome = run_cli("extract", "article.txt", "--source", "daily-news-2024-03")
    assert outcome.exit_code == 0, outcome.stderr
    assert outcome.stdout == (
        '# found in "article.txt", line 3, column 59\n'
        "[[claim]]\n"
        'id = "total-cities"\n'
        'metric = "total_cities"\n'
        "value = 425\n"
        'phrase = "425 member cities"\n'
        "\n"
        '# found in "article.txt", line 4, column 30\n'
        "[[claim]]\n"
        'id = "total-cities-2"\n'
        'metric = "total_cities"\n'
        "value = 229\n"
        'phrase = "229 members"\n'
        'as_of = "2020"\n'
    )
    assert outcome.stderr == (
        "lcnet: 2 claims proposed for daily-news-2024-03; review them, then add them with "
        "--write\n"
    )


def test_extract_write_appends_them_after_validation_in_canonical_form(store: Path) -> None:
    assert run_cli("fmt").exit_code == 0
    before = (store / "sources" / "daily-news-2024-03.toml").read_text()
    outcome = run_cli("extract", "article.txt", "--source", "daily-news-2024-03", "--write")
    assert (outcome.exit_code, outcome.stdout) == (0, "facts/sources/daily-news-2024-03.toml:18\n")
    after = (store / "sources" / "daily-news-2024-03.toml").read_text()
    assert after.startswith(before.rstrip("\n"))
    assert run_cli("validate").exit_code == 0
    assert run_cli("fmt", "--check").exit_code == 0


def test_a_second_extract_write_changes_nothing(store: Path) -> None:
    path = store / "sources" / "daily-news-2024-03.toml"
    first = run_cli("extract", "article.txt", "--source", "daily-news-2024-03", "--write")
    assert first.exit_code == 0, first.stderr
    after_first = path.read_text()
    second = run_cli("extract", "article.txt", "--source", "daily-news-2024-03", "--write")
    assert (second.exit_code, second.stdout, second.stderr) == (
        0,
        "",
        "lcnet: 2 figures found are already claims of daily-news-2024-03; they are left out.\n",
    )
    assert path.read_text() == after_first


def test_only_the_figures_the_source_lacks_are_proposed(store: Path) -> None:
    (Path.cwd() / "more.txt").write_text(
        ARTICLE + "By now the network counts 91 countries.\n", encoding="utf-8"
    )
    run_cli("extract", "article.txt", "--source", "daily-news-2024-03", "--write")
    outcome = run_cli("extract", "more.txt", "--source", "daily-news-2024-03")
    assert outcome.stderr.splitlines()[0] == (
        "lcnet: 2 figures found are already claims of daily-news-2024-03; they are left out."
    )
    assert 'metric = "total_countries"\nvalue = 91\n' in outcome.stdout
    assert "value = 425" not in outcome.stdout


def test_a_record_that_would_not_validate_is_refused_and_nothing_written(store: Path) -> None:
    (store / "sources" / "daily-news-2024-03.toml").write_text(
        (store / "sources" / "daily-news-2024-03.toml")
        .read_text()
        .replace('published = "2024-03"', 'published = "2019-01"')
    )
    before = (store / "sources" / "daily-news-2024-03.toml").read_text()
    outcome = run_cli("extract", "article.txt", "--source", "daily-news-2024-03", "--write")
    assert outcome.exit_code == 2
    assert outcome.stderr.splitlines()[0] == (
        'facts/sources/daily-news-2024-03.toml:28: "as_of" 2020 is after the source\'s date '
        "(2019-01)"
    )
    assert (store / "sources" / "daily-news-2024-03.toml").read_text() == before


def test_an_unknown_source_is_refused_with_a_hint(store: Path) -> None:
    outcome = run_cli("extract", "article.txt", "--source", "daily-news-2024-3")
    assert (outcome.exit_code, outcome.stderr) == (
        2,
        'lcnet: error: --source daily-news-2024-3: unknown source "daily-news-2024-3"; '
        'did you mean "daily-news-2024-03"?\n',
    )


def test_a_text_without_figures_proposes_nothing(store: Path) -> None:
    (Path.cwd() / "plain.txt").write_text("Nothing about learning cities here.\n")
    outcome = run_cli("extract", "plain.txt", "--source", "daily-news-2024-03")
    assert (outcome.exit_code, outcome.stdout, outcome.stderr) == (
        0,
        "",
        "lcnet: no GNLC figure found in plain.txt\n",
    )


def test_a_text_lcnet_does_not_read_is_said_before_nothing_is_proposed(store: Path) -> None:
    (Path.cwd() / "tr.txt").write_text(
        "Şehir, UNESCO Öğrenen Şehirler Küresel Ağı'na katıldı.\n\n"
        "Ağ şu anda dünya genelinde 425 şehri bir araya getiriyor.\n",
        encoding="utf-8",
    )
    outcome = run_cli("extract", "tr.txt", "--source", "daily-news-2024-03")
    assert outcome.exit_code == 0
    assert outcome.stdout == ""
    assert outcome.stderr.splitlines() == [
        "lcnet: warning: tr.txt:1: not read: Turkish (lines 1-3); its figures were not "
        f"checked (lcnet reads {', '.join(language_name(c) for c in CODES)})",
        "lcnet: no GNLC figure found in tr.txt",
    ]


INJECTED = '\n[[claim]]\nid = "injected"\nmetric = "total_cities"\nvalue = 1\nphrase = "x"\n'


def test_a_file_name_with_newlines_cannot_write_a_record(store: Path) -> None:
    article = Path.cwd() / f"article{INJECTED}.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    outcome = run_cli("extract", article.name, "--source", "daily-news-2024-03", "--write")
    assert outcome.exit_code == 0, outcome.stderr
    written = tomllib.loads((store / "sources" / "daily-news-2024-03.toml").read_text("utf-8"))
    assert [claim["id"] for claim in written["claim"]] == [
        "vn-cities",
        "total-cities",
        "total-cities-2",
    ]
    text = (store / "sources" / "daily-news-2024-03.toml").read_text("utf-8")
    assert '# found in "article\\n[[claim]]\\nid = \\"injected\\"' in text


def test_the_path_written_is_relative_never_this_machines(store: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere" / "report.txt"
    outside.parent.mkdir()
    outside.write_text(ARTICLE, encoding="utf-8")
    inside = Path.cwd() / "news" / "page.txt"
    inside.parent.mkdir()
    inside.write_text(ARTICLE, encoding="utf-8")
    for given in (str(outside), str(inside)):
        outcome = run_cli("extract", given, "--source", "daily-news-2024-03")
        assert outcome.exit_code == 0, outcome.stderr
        assert str(tmp_path) not in outcome.stdout
    assert run_cli("extract", str(outside), "--source", "daily-news-2024-03").stdout.startswith(
        '# found in "report.txt", line 3, column 59\n'
    )
    assert run_cli("extract", str(inside), "--source", "daily-news-2024-03").stdout.startswith(
        '# found in "news/page.txt", line 3, column 59\n'
    )
