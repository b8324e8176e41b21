"""`lcnet add source|claim|city`: validated, comment-keeping, atomic, one writer at a time."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lcnet.exitcodes import ExitCode
from tests.conftest import TINY, Outcome, run_cli

UIL = "sources/uil-2022-09-02.toml"
CLAIM = "add claim --store facts --source uil-2022-09-02"
A_CLAIM = f"{CLAIM} --metric total_cities --value 3 --phrase x"


def lcnet(command: str, stdin: str | None = None) -> Outcome:
    """Run `lcnet COMMAND`, the command written as in a shell."""
    return run_cli(*shlex.split(command), stdin=stdin)


@pytest.fixture
def store() -> Path:
    """A copy of the tiny store as ./facts, so that messages show it as "facts"."""
    root = Path.cwd() / "facts"
    shutil.copytree(TINY, root)
    return root


def files(root: Path) -> dict[str, bytes]:
    found = sorted(p for p in root.rglob("*") if p.is_file())
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in found}


# ---------------------------------------------------------------------------- writing


def test_add_source_writes_a_new_canonical_file_and_says_where(store: Path) -> None:
    outcome = lcnet(
        "add source --store facts --id example-2025-12-05 --publisher 'Example Daily' "
        "--url https://news.example/gnlc --language en --kind news --published '5 Dec 2025' "
        "--retrieved 'Jan 2026' --uncertain published"
    )
    assert (outcome.exit_code, outcome.stdout, outcome.stderr) == (
        0,
        "facts/sources/example-2025-12-05.toml:3\n",
        'lcnet: added the source "example-2025-12-05"\n',
    )
    assert (store / "sources" / "example-2025-12-05.toml").read_text() == (
        "#:schema ../schema/sources.schema.json\n"
        "\n"
        "[source]\n"
        'publisher = "Example Daily"\n'
        'url = "https://news.example/gnlc"\n'
        'language = "en"\n'
        'kind = "news"\n'
        'published = "2025-12-05"\n'
        'retrieved = "2026-01"\n'
        'uncertain = ["published"]\n'
    )


def test_add_claim_appends_to_the_source_and_keeps_its_comments_byte_for_byte(
    store: Path,
) -> None:
    path = store / UIL
    old = "# Read twice.   \n" + path.read_text().replace(
        "value = 294\n", "value = 294  # as printed\n# the headline figure\n"
    )
    path.write_text(old)
    outcome = lcnet(
        f"{CLAIM} --metric total_countries --value 76 --qualifier exact "
        "--phrase 'cities in 76 countries' --note 'Our own words.'"
    )
    line = old.count("\n") + 2
    assert (outcome.exit_code, outcome.stdout, outcome.stderr) == (
        0,
        f"facts/{UIL}:{line}\n",
        'lcnet: added the claim "uil-2022-09-02#total-countries"\n',
    )
    assert path.read_text() == old + (
        "\n"
        "[[claim]]\n"
        'id = "total-countries"\n'
        'metric = "total_countries"\n'
        "value = 76\n"
        'phrase = "cities in 76 countries"\n'
        'note = "Our own words."\n'
    )
    assert path.read_text().splitlines()[line - 1] == "[[claim]]"


def test_add_claim_resolves_a_country_name_and_groups_a_big_value(store: Path) -> None:
    first = lcnet(
        f"{CLAIM} --id vn --metric country_cities --value 3 "
        "--phrase 'three cities in Viet Nam' --country Vietnam"
    )
    second = lcnet(
        f"{CLAIM} --metric citizens --value 390,000,000 --phrase '390 million' --qualifier about"
    )
    assert (first.exit_code, second.exit_code) == (0, 0)
    text = (store / UIL).read_text()
    assert 'value = 3\nphrase = "three cities in Viet Nam"\ncountry = "VN"\n' in text
    assert 'value = 390_000_000\nqualifier = "about"\n' in text


def test_add_city_appends_to_the_country_with_an_id_from_its_name(store: Path) -> None:
    old = (store / "cities" / "vn.toml").read_text()
    outcome = lcnet(
        "add city --store facts --name Huế --country 'Viet Nam' --intake 2024-02 "
        "--source unesco-2024-02-14 --other-name Hue"
    )
    assert (outcome.exit_code, outcome.stdout, outcome.stderr) == (
        0,
        "facts/cities/vn.toml:31\n",
        'lcnet: added the city "vn/hue"\n',
    )
    assert (store / "cities" / "vn.toml").read_text() == old + (
        '\n[[city]]\nid = "hue"\nname = "Huế"\nother_names = ["Hue"]\nintake = "2024-02"\n'
        'sources = ["unesco-2024-02-14"]\n'
    )


def test_the_first_city_of_a_country_creates_its_file_with_the_region(store: Path) -> None:
    outcome = lcnet(
        "add city --store facts --name Suwon --country KR --region 'Asia and the Pacific' "
        "--joined 2016 --source unesco-2024-02-14"
    )
    assert (outcome.exit_code, outcome.stdout) == (0, "facts/cities/kr.toml:5\n")
    assert (store / "cities" / "kr.toml").read_text() == (
        "#:schema ../schema/cities.schema.json\n\n"
        'region = "asia-pacific"\n\n'
        '[[city]]\nid = "suwon"\nname = "Suwon"\njoined = "2016"\n'
        'sources = ["unesco-2024-02-14"]\n'
    )


def test_what_add_writes_passes_validate_and_fmt_check(store: Path) -> None:
    assert lcnet("fmt --store facts").exit_code == 0
    lcnet(f"{CLAIM} --metric total_countries --value 76 --phrase '76 countries'")
    lcnet(
        "add city --store facts --name Suwon --country KR --region asia-pacific "
        "--joined 2016 --source unesco-2024-02-14"
    )
    assert lcnet("validate --store facts").exit_code == 0
    assert lcnet("fmt --check --store facts").stdout == ""


# ---------------------------------------------------------------------------- refusals


REFUSALS = [
    (
        "add city --store facts --name Hue --country VN --intake unknown "
        "--source unesco-2024-02-41",
        'facts/cities/vn.toml:34: "sources": unknown source "unesco-2024-02-41"; did you '
        'mean "unesco-2024-02-14"?\n'
        'lcnet: error: the city "vn/hue" was not added (1 problem); nothing was written\n',
    ),
    (
        "add city --store facts --name Hanoi --country VN --intake 2024-02 "
        "--source unesco-2024-02-14",
        'facts/cities/vn.toml:31: duplicate city id "hanoi" (first defined at line 22)\n'
        'lcnet: error: the city "vn/hanoi" was not added (1 problem); nothing was written\n',
    ),
    (
        f"{CLAIM} --metric country_cities --value 3 --phrase x --country XX",
        'facts/sources/uil-2022-09-02.toml:26: "country": unknown country code "XX" '
        '(ISO 3166-1 alpha-2, e.g. "VN")\n'
        'lcnet: error: the claim "uil-2022-09-02#country-cities" was not added (1 problem); '
        "nothing was written\n",
    ),
    (
        "add source --store facts --id example-2025 --publisher X --language en --kind news "
        "--published 2025-02-30",
        'facts/sources/example-2025.toml:7: "published": invalid date "2025-02-30": day is '
        "out of range for month\n"
        'lcnet: error: the source "example-2025" was not added (1 problem); nothing was '
        "written\n",
    ),
    (
        "add city --store facts --name Hue --country VN --joined 2027 --source unesco-2024-02-14",
        'facts/cities/vn.toml:34: "joined" 2027 is after today (2026-11-23)\n'
        'lcnet: error: the city "vn/hue" was not added (1 problem); nothing was written\n',
    ),
    (
        f"{CLAIM} --metric total-cities --value 3 --phrase x --id t",
        'facts/sources/uil-2022-09-02.toml:23: unknown metric "total-cities"; did you mean '
        '"total_cities"?\n'
        'lcnet: error: the claim "uil-2022-09-02#t" was not added (1 problem); nothing was '
        "written\n",
    ),
    (
        "add source --store facts --id uil-2022-09-02 --publisher X --language en --kind news",
        'lcnet: error: source "uil-2022-09-02" already exists: '
        "facts/sources/uil-2022-09-02.toml\n",
    ),
    (
        f"{CLAIM} --metric total_cities --value many --phrase x",
        "lcnet: error: --value many: not a whole number\n",
    ),
    (
        f"{CLAIM} --metric join_year --value 2016 --phrase x --as-of 'sometime soon'",
        'lcnet: error: --as-of sometime soon: invalid date "sometime soon": write YYYY, '
        "YYYY-MM or YYYY-MM-DD; or write it as 4 Dec 2025\n",
    ),
    (
        "add city --store facts --name Hue --country Vietnm --source x",
        'lcnet: error: unknown country "Vietnm"; did you mean "Viet Nam" (VN)? Give an '
        "ISO 3166-1 code (VN, VNM) or a name.\n",
    ),
]


@pytest.mark.parametrize(("command", "stderr"), REFUSALS)
def test_a_refused_record_writes_nothing_and_says_why(
    store: Path, command: str, stderr: str
) -> None:
    before = files(store)
    outcome = lcnet(command)
    assert (outcome.exit_code, outcome.stdout, outcome.stderr) == (ExitCode.USAGE, "", stderr)
    assert files(store) == before


def test_nothing_is_added_to_a_store_that_does_not_validate(store: Path) -> None:
    path = store / "sources" / "daily-news-2024-03.toml"
    path.write_text(path.read_text().replace('kind = "news"', 'kind = "blog"'))
    before = files(store)
    outcome = lcnet(A_CLAIM)
    assert (outcome.exit_code, outcome.stderr) == (
        ExitCode.INVALID_DATA,
        'facts/sources/daily-news-2024-03.toml:5: unknown source kind "blog" (expected one '
        "of: primary, news, government, other)\n"
        "lcnet: error: the fact store does not validate (1 problem)\n",
    )
    assert files(store) == before


def test_add_does_not_write_to_the_store_shipped_with_lcnet() -> None:
    outcome = lcnet("add source --id x --publisher X")
    assert (outcome.exit_code, outcome.stderr) == (
        ExitCode.USAGE,
        "lcnet: error: lcnet add writes to the fact store: run it in the directory that holds "
        "facts/, or give --store DIR (the store shipped with lcnet is not written to)\n",
    )


def test_a_folder_that_is_not_a_store_gets_no_lock_file() -> None:
    (Path.cwd() / "notes").mkdir()
    outcome = lcnet(
        "add claim --store notes --source x --metric total_cities --value 1 --phrase x"
    )
    assert (outcome.exit_code, outcome.stderr) == (
        ExitCode.INVALID_DATA,
        "notes: not a fact store: it has no store.toml\n"
        "lcnet: error: the fact store does not validate (1 problem)\n",
    )
    assert list((Path.cwd() / "notes").iterdir()) == []


# ------------------------------------------------------------------------------ asking


def test_missing_values_are_an_error_when_stdin_is_not_a_terminal(store: Path) -> None:
    before = files(store)
    outcome = lcnet("add source --store facts --id x-2025", stdin="")
    assert (outcome.exit_code, outcome.stdout, outcome.stderr) == (
        ExitCode.USAGE,
        "",
        "lcnet: error: missing --publisher, --language, --kind: give them as options (lcnet "
        "asks for missing values only when run at a terminal)\n",
    )
    assert files(store) == before


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("lcnet.cli.add_input.stdin_is_terminal", lambda: True)


@pytest.mark.usefixtures("terminal")
def test_missing_values_are_asked_for_at_a_terminal_on_stderr(store: Path) -> None:
    outcome = lcnet(
        "add city --store facts --intake 2024-02",
        stdin="Huế\nViet Nam\nunesco-2024-02-14, daily-news-2024-03\n",
    )
    assert (outcome.exit_code, outcome.stdout) == (0, "facts/cities/vn.toml:31\n")
    assert outcome.stderr == (
        "Name, as UNESCO writes it: Country (code or name): "
        "Source ids (separated by spaces): "
        'lcnet: added the city "vn/hue"\n'
    )
    text = (store / "cities" / "vn.toml").read_text()
    assert text.endswith(
        '[[city]]\nid = "hue"\nname = "Huế"\nintake = "2024-02"\n'
        'sources = ["unesco-2024-02-14", "daily-news-2024-03"]\n'
    )


@pytest.mark.usefixtures("terminal")
def test_an_empty_answer_is_asked_again_and_no_answer_is_an_error(store: Path) -> None:
    before = files(store)
    outcome = lcnet("add source --store facts --id x-2025", stdin="\n  \nX\n")
    assert (outcome.exit_code, outcome.stderr) == (
        ExitCode.USAGE,
        "Publisher: Publisher: Publisher: Language (ISO 639-1 code, e.g. en): "
        "lcnet: error: no value for --language\n",
    )
    assert files(store) == before


@pytest.mark.usefixtures("terminal")
def test_the_region_is_asked_for_only_for_a_new_country(store: Path) -> None:
    outcome = lcnet(
        "add city --store facts --name Suwon --country KR --source unesco-2024-02-14",
        stdin="asia-pacific\nunknown\n",
    )
    assert outcome.exit_code == 0, outcome.stderr
    assert outcome.stderr.startswith("UNESCO region (africa, arab-states, asia-pacific, ")
    assert (store / "cities" / "kr.toml").is_file()


# ------------------------------------------------------------- atomicity and concurrency


def test_an_interrupted_write_leaves_the_old_file_and_no_temporary_file(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = files(store)

    def interrupted(self: Path, target: Path) -> Path:
        raise KeyboardInterrupt

    monkeypatch.setattr(Path, "replace", interrupted)
    outcome = lcnet(A_CLAIM)
    assert (outcome.exit_code, outcome.stdout, outcome.stderr) == (
        ExitCode.INTERRUPTED,
        "",
        "lcnet: interrupted\n",
    )
    assert files(store) == before


def test_a_write_that_fails_is_reported_and_leaves_the_old_file(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = files(store)

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    outcome = lcnet(A_CLAIM)
    assert (outcome.exit_code, outcome.stderr) == (
        ExitCode.USAGE,
        f"lcnet: error: cannot write facts/{UIL}: No space left on device; the file was left "
        "as it was\n",
    )
    assert files(store) == before


def test_a_writer_that_cannot_get_the_lock_in_time_is_refused(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lcnet.curate.writing import store_lock

    monkeypatch.setattr("lcnet.curate.writing.WAIT_SECONDS", 0.1)
    before = files(store)
    with store_lock(store, "facts"):
        outcome = lcnet(A_CLAIM)
    assert (outcome.exit_code, outcome.stderr) == (
        ExitCode.USAGE,
        "lcnet: error: another lcnet is writing to the store facts (it holds "
        "the store's lock); nothing was written, try again\n",
    )
    assert files(store) == before


def test_writers_at_the_same_time_all_land(store: Path) -> None:
    def writer(n: int) -> subprocess.Popen[str]:
        command = f"{CLAIM} --id c{n} --metric total_cities --value {n} --phrase x"
        return subprocess.Popen(
            [sys.executable, "-m", "lcnet", *shlex.split(command)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    writers = [writer(n) for n in range(4)]
    results = [(*w.communicate(timeout=60), w.returncode) for w in writers]
    assert [code for _, _, code in results] == [0, 0, 0, 0], results
    text = (store / UIL).read_text()
    assert [f'id = "c{n}"' in text for n in range(4)] == [True] * 4
    assert lcnet("validate --store facts").exit_code == 0


def test_add_reports_every_problem_of_the_record_not_only_the_first(store: Path) -> None:
    before = files(store)
    outcome = lcnet("add source --store facts --id x-2025 --publisher X --language zz --kind blog")
    assert (outcome.exit_code, outcome.stderr) == (
        ExitCode.USAGE,
        'facts/sources/x-2025.toml:5: "language": unknown language code "zz" (ISO 639-1, '
        'e.g. "en", "vi")\n'
        'facts/sources/x-2025.toml:6: unknown source kind "blog" (expected one of: primary, '
        "news, government, other)\n"
        'lcnet: error: the source "x-2025" was not added (2 problems); nothing was written\n',
    )
    assert files(store) == before


@pytest.mark.usefixtures("terminal")
def test_an_invalid_answer_is_refused_with_its_reason_and_asked_again(store: Path) -> None:
    outcome = lcnet(
        "add source --store facts --id x-2025", stdin="Example Daily\nzz\nen\nblog\nnews\n"
    )
    assert (outcome.exit_code, outcome.stdout) == (0, "facts/sources/x-2025.toml:3\n")
    assert outcome.stderr == (
        "Publisher: Language (ISO 639-1 code, e.g. en): "
        '--language zz: unknown language code "zz" (ISO 639-1, e.g. "en", "vi").\n'
        "Language (ISO 639-1 code, e.g. en): Kind (primary, news, government, other): "
        "--kind blog: use one of primary, news, government, other.\n"
        "Kind (primary, news, government, other): "
        'lcnet: added the source "x-2025"\n'
    )
    assert (
        (store / "sources" / "x-2025.toml")
        .read_text()
        .endswith('publisher = "Example Daily"\nlanguage = "en"\nkind = "news"\n')
    )


@pytest.mark.usefixtures("terminal")
def test_answers_to_a_claim_are_checked_as_given(store: Path) -> None:
    outcome = lcnet(
        "add claim --store facts --source uil-2022-09-02",
        stdin="total_citys\ntotal_cities\nmany\n294\n294 cities\n",
    )
    assert outcome.exit_code == 0, outcome.stderr
    assert outcome.stderr.splitlines()[:2] == [
        "Metric (total_cities, new_cities, country_cities, ...): --metric total_citys: "
        'did you mean "total_cities"?',
        "Metric (total_cities, new_cities, country_cities, ...): Value (a whole number): "
        "--value many: not a whole number.",
    ]
    assert 'metric = "total_cities"\nvalue = 294\nphrase = "294 cities"\n' in (
        (store / UIL).read_text()
    )


# ------------------------------------------------------------- intake and completeness


@pytest.mark.usefixtures("terminal")
def test_add_city_asks_for_the_intake_and_takes_an_explicit_unknown(store: Path) -> None:
    outcome = lcnet(
        "add city --store facts --name Hue --country VN --source unesco-2024-02-14",
        stdin="2024\nunknown\n",
    )
    assert (outcome.exit_code, outcome.stdout) == (0, "facts/cities/vn.toml:31\n")
    assert outcome.stderr == (
        "Intake it joined with (an id such as 2024-02, or unknown): --intake 2024: give an "
        "intake id such as 2024-02, or unknown when no source says which intake.\n"
        "Intake it joined with (an id such as 2024-02, or unknown): "
        'lcnet: added the city "vn/hue"\n'
    )
    assert (
        (store / "cities" / "vn.toml")
        .read_text()
        .endswith('[[city]]\nid = "hue"\nname = "Hue"\nsources = ["unesco-2024-02-14"]\n')
    )


def test_add_city_without_an_intake_is_an_error_when_no_one_can_be_asked(store: Path) -> None:
    outcome = lcnet("add city --store facts --name Hue --country VN --source x", stdin="")
    assert (outcome.exit_code, outcome.stderr) == (
        ExitCode.USAGE,
        "lcnet: error: missing --intake: give it as an option (lcnet asks for missing values "
        "only when run at a terminal)\n",
    )


def mark_complete(store: Path) -> Path:
    assert lcnet("fmt --store facts").exit_code == 0
    path = store / "cities" / "vn.toml"
    text = path.read_text()
    path.write_text(
        text.replace('region = "asia-pacific"\n', 'region = "asia-pacific"\ncomplete = true\n')
    )
    return path


def test_a_city_added_without_a_source_for_the_new_count_ends_the_complete_mark(
    store: Path,
) -> None:
    path = mark_complete(store)
    outcome = lcnet(
        "add city --store facts --name Hue --country VN --intake 2024-02 "
        "--source unesco-2024-02-14"
    )
    assert (outcome.exit_code, outcome.stdout) == (0, "facts/cities/vn.toml:33\n")
    assert outcome.stderr == (
        'lcnet: added the city "vn/hue"\n'
        "lcnet: note: facts/cities/vn.toml is no longer marked complete; its note says why\n"
    )
    text = path.read_text()
    assert text.splitlines()[32:34] == ["[[city]]", 'id = "hue"']
    assert "complete" not in text.split("[[city]]")[0].replace("No longer marked complete", "")
    assert (
        'note = "Only part of the list, for tests. No longer marked complete: Hue was added '
        'on 2026-11-23 without a source for the new count of 4 members."\n'
    ) in text
    assert lcnet("validate --store facts").exit_code == 0
    assert lcnet("fmt --check --store facts").stdout == ""


def test_a_city_whose_source_counts_the_new_total_keeps_the_complete_mark(store: Path) -> None:
    path = mark_complete(store)
    added = lcnet(
        "add claim --store facts --source unesco-2024-02-14 --id vn --metric country_cities "
        "--value 4 --country VN --phrase 'four cities in Viet Nam'"
    )
    assert added.exit_code == 0, added.stderr
    outcome = lcnet(
        "add city --store facts --name Hue --country VN --intake 2024-02 "
        "--source unesco-2024-02-14"
    )
    assert (outcome.exit_code, outcome.stderr) == (0, 'lcnet: added the city "vn/hue"\n')
    assert "complete = true\n" in path.read_text()


def mark_complete_intakes(store: Path) -> Path:
    intakes = store / "intakes.toml"
    text = intakes.read_text()
    for source in ("uil-2022-09-02", "unesco-2024-02-14"):
        text = text.replace(
            f'source = "{source}"\n', f'source = "{source}"\nmembers_listed_by = "{source}"\n'
        )
    intakes.write_text(text)
    path = store / "cities" / "vn.toml"
    path.write_text(
        path.read_text().replace(
            'region = "asia-pacific"\n',
            'region = "asia-pacific"\ncomplete_intakes = ["2022-09", "2024-02"]\n',
        )
    )
    assert lcnet("fmt --store facts").exit_code == 0
    assert lcnet("validate --store facts").exit_code == 0
    return path


def test_a_city_added_with_a_complete_intake_without_a_source_for_it_ends_that_mark(
    store: Path,
) -> None:
    path = mark_complete_intakes(store)
    outcome = lcnet(
        "add city --store facts --name Hue --country VN --intake 2024-02 "
        "--source unesco-2024-02-14"
    )
    assert outcome.exit_code == 0, outcome.stderr
    assert outcome.stderr == (
        'lcnet: added the city "vn/hue"\n'
        "lcnet: note: facts/cities/vn.toml no longer lists intake 2024-02 as complete; its "
        "note says why\n"
    )
    top = path.read_text().split("[[city]]")[0]
    assert top.splitlines()[2:5] == [
        'region = "asia-pacific"',
        'complete_intakes = ["2022-09"]',
        'note = "Only part of the list, for tests. Intake 2024-02 no longer listed as '
        "complete: Hue was added on 2026-11-23 without a source for the new count of 3 "
        'cities of that intake."',
    ]
    header = path.read_text().splitlines().index('id = "hue"')  # the line before, 1-based
    assert outcome.stdout == f"facts/cities/vn.toml:{header}\n"
    assert lcnet("validate --store facts").exit_code == 0
    assert lcnet("fmt --check --store facts").stdout == ""


def test_a_city_whose_source_counts_the_intakes_new_cities_keeps_it_complete(
    store: Path,
) -> None:
    path = mark_complete_intakes(store)
    added = lcnet(
        "add claim --store facts --source unesco-2024-02-14 --id vn-new --metric new_cities "
        "--value 3 --country VN --intake 2024-02 --phrase 'three Vietnamese cities'"
    )
    assert added.exit_code == 0, added.stderr
    outcome = lcnet(
        "add city --store facts --name Hue --country VN --intake 2024-02 "
        "--source unesco-2024-02-14"
    )
    assert (outcome.exit_code, outcome.stderr) == (0, 'lcnet: added the city "vn/hue"\n')
    assert 'complete_intakes = ["2022-09", "2024-02"]\n' in path.read_text()
