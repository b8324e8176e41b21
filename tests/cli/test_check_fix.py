"""`lcnet check --fix` and `--diff`: flagged figures rewritten in the text's own style."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

FRONT = "---\ntitle: {title}\ndate: {date}\n---\n\n"
EN = "UNESCO Global Network of Learning Cities"

CASES = [
    pytest.param(
        "en.md",
        FRONT.format(title=EN, date="2026-03-01")
        + "The network now counts 356 member cities in 79 countries.\n",
        FRONT.format(title=EN, date="2026-03-01")
        + "The network now counts 425 member cities in 91 countries.\n",
        id="english digits",
    ),
    pytest.param(
        "vi.txt",
        "Mạng lưới các thành phố học tập toàn cầu của UNESCO hiện có 356 thành viên "
        "tại 79 quốc gia.\n",
        "Mạng lưới các thành phố học tập toàn cầu của UNESCO hiện có 425 thành viên "
        "tại 91 quốc gia.\n",
        id="vietnamese",
    ),
    pytest.param(
        "words.md",
        FRONT.format(title=EN, date="2026-03-01") + "Viet Nam has five learning cities.\n",
        FRONT.format(title=EN, date="2026-03-01") + "Viet Nam has six learning cities.\n",
        id="an english number word",
    ),
    pytest.param(
        "mots.md",
        FRONT.format(title="Réseau mondial des villes apprenantes", date="2026-03-01")
        + "Le Viet Nam compte cinq villes membres du réseau.\n",
        FRONT.format(title="Réseau mondial des villes apprenantes", date="2026-03-01")
        + "Le Viet Nam compte six villes membres du réseau.\n",
        id="a french number word",
    ),
    pytest.param(
        "scale.md",
        FRONT.format(title=EN, date="2026-03-01")
        + "The network's cities are home to 390 million people.\n",
        FRONT.format(title=EN, date="2026-03-01")
        + "The network's cities are home to nearly 500 million people.\n",
        id="a scale word and the accepted figure's qualifier",
    ),
    pytest.param(
        "bound.md",
        FRONT.format(title=EN, date="2026-03-01") + "It counts more than 500 member cities.\n",
        FRONT.format(title=EN, date="2026-03-01") + "It counts 425 member cities.\n",
        id="a violated bound loses its qualifier",
    ),
    pytest.param(
        "markup.md",
        FRONT.format(title=EN, date="2026-03-01")
        + "The network now counts **356** member cities (`356 cities` is code).\n",
        FRONT.format(title=EN, date="2026-03-01")
        + "The network now counts **425** member cities (`356 cities` is code).\n",
        id="markdown markup kept, code untouched",
    ),
    pytest.param(
        "page.html",
        "<html><head><title>UNESCO Global Network of Learning Cities</title>\n"
        '<meta name="date" content="2026-03-01"></head>\n'
        '<body><p data-count="356">The network counts <b>356</b> member cities.</p>'
        "</body></html>\n",
        "<html><head><title>UNESCO Global Network of Learning Cities</title>\n"
        '<meta name="date" content="2026-03-01"></head>\n'
        '<body><p data-count="356">The network counts <b>425</b> member cities.</p>'
        "</body></html>\n",
        id="html attributes untouched",
    ),
]


@pytest.mark.parametrize(("name", "before", "after"), CASES)
def test_fix_rewrites_each_flagged_figure_in_the_texts_style(
    name: str, before: str, after: str
) -> None:
    path = Path(name)
    path.write_text(before, encoding="utf-8")
    outcome = run_cli("check", "--fix", name)
    assert path.read_text(encoding="utf-8") == after
    assert outcome.exit_code == 0, outcome.stderr
    assert "lcnet: fixed " in outcome.stderr


def test_a_second_fix_changes_nothing() -> None:
    path = Path("en.md")
    path.write_text(
        FRONT.format(title=EN, date="2026-03-01") + "It now counts 356 member cities.\n",
        encoding="utf-8",
    )
    run_cli("check", "--fix", "en.md")
    fixed = path.read_text(encoding="utf-8")
    outcome = run_cli("check", "--fix", "en.md")
    assert path.read_text(encoding="utf-8") == fixed
    assert "fixed" not in outcome.stderr
    assert outcome.exit_code == 0


def test_diff_prints_the_change_and_writes_nothing() -> None:
    before = FRONT.format(title=EN, date="2026-03-01") + "It now counts 356 member cities.\n"
    Path("en.md").write_text(before, encoding="utf-8")
    outcome = run_cli("check", "--diff", "en.md")
    assert outcome.exit_code == 1
    assert outcome.stdout == (
        "--- a/en.md\n+++ b/en.md\n@@ -3,4 +3,4 @@\n date: 2026-03-01\n ---\n \n"
        "-It now counts 356 member cities.\n+It now counts 425 member cities.\n"
    )
    assert Path("en.md").read_text(encoding="utf-8") == before


def test_diff_of_a_current_text_is_empty_and_passes() -> None:
    Path("en.md").write_text(
        FRONT.format(title=EN, date="2026-03-01") + "It now counts 425 member cities.\n",
        encoding="utf-8",
    )
    outcome = run_cli("check", "--diff", "en.md")
    assert (outcome.exit_code, outcome.stdout) == (0, "")


def test_historic_current_and_suppressed_figures_are_never_touched() -> None:
    text = (
        FRONT.format(title=EN, date="2026-03-01")
        + "In 2020 the network had 230 member cities. Today it counts 425 member cities.\n"
        + "<!-- lcnet: ignore stale-figure -- quoting the old brochure -->\n"
        + "The brochure said 356 member cities.\n"
    )
    Path("en.md").write_text(text, encoding="utf-8")
    run_cli("check", "--fix", "en.md")
    assert Path("en.md").read_text(encoding="utf-8") == text


def test_a_count_given_as_a_list_is_reported_as_not_fixable() -> None:
    text = (
        FRONT.format(title=EN, date="2026-03-01")
        + "Viet Nam's learning cities are Sa Dec, Vinh and Hanoi.\n"
    )
    Path("list.md").write_text(text, encoding="utf-8")
    outcome = run_cli("check", "--fix", "list.md")
    assert Path("list.md").read_text(encoding="utf-8") == text
    assert (
        'lcnet: list.md:6:32: not fixed, "Sa Dec, Vinh and Hanoi": a count given as a list of '
        "cities: edit the list" in outcome.stderr
    )


@pytest.mark.parametrize(
    ("date", "sentence", "message"),
    [
        (
            "2020-10-15",
            "Viet Nam has one learning city in the network.",
            '6:14: not fixed, "one learning city": the accepted figure (2)',
        ),
        (
            "2024-03-01",
            "In February 2024 four Portuguese cities joined the network.",
            '6:18: not fixed, "four Portuguese cities": the accepted figure (1)',
        ),
        (
            "2024-03-01",
            "In February 2024, 4 Portuguese cities joined the network.",
            '6:19: not fixed, "4 Portuguese cities": the accepted figure (1)',
        ),
    ],
)
def test_a_figure_across_one_is_left_to_a_person(date: str, sentence: str, message: str) -> None:
    """ "one city" -> "two city" (or "four cities" -> "one cities") would be bad English:
    the noun's form changes across one, and lcnet rewrites numbers only."""
    text = FRONT.format(title=EN, date=date) + sentence + "\n"
    Path("en.md").write_text(text, encoding="utf-8")
    outcome = run_cli("check", "--fix", "en.md")
    assert Path("en.md").read_text(encoding="utf-8") == text
    assert f"lcnet: en.md:{message} needs the noun in another form: edit it by hand" in (
        outcome.stderr
    )
    figures = json.loads(run_cli("check", "en.md", "--format", "json").stdout)["figures"]
    assert [(f["verdict"], f["replacement"]) for f in figures] == [("wrong", None)]


def test_a_figure_across_one_is_rewritten_where_nouns_do_not_change() -> None:
    title = "Mạng lưới các thành phố học tập toàn cầu của UNESCO"
    before = FRONT.format(title=title, date="2020-10-15")
    Path("vi.md").write_text(
        before + "Việt Nam hiện có một thành phố thành viên của mạng lưới.\n", encoding="utf-8"
    )
    run_cli("check", "--fix", "vi.md")
    assert Path("vi.md").read_text(encoding="utf-8") == (
        before + "Việt Nam hiện có hai thành phố thành viên của mạng lưới.\n"
    )


def test_line_endings_and_the_rest_of_the_file_are_kept() -> None:
    before = (
        "---\r\ntitle: "
        + EN
        + "\r\ndate: 2026-03-01\r\n---\r\n\r\nIt counts 356 member cities.\r\n"
    )
    Path("crlf.md").write_bytes(before.encode("utf-8"))
    run_cli("check", "--fix", "crlf.md")
    assert Path("crlf.md").read_bytes() == before.replace("356", "425").encode("utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--fix",), "--fix and --diff rewrite texts: give the files or directories"),
        (("--fix", "--diff", "x.md"), "--fix writes the files, --diff only shows the change"),
    ],
)
def test_fix_and_diff_misused_are_usage_errors(args: tuple[str, ...], message: str) -> None:
    outcome = run_cli("check", *args)
    assert outcome.exit_code == 2
    assert message in outcome.stderr
