"""The label format: where a labelled number is, and what a label file must hold.

These tests never run lcnet's engine; the last one validates every label file of the
corpus, blind pages included.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.eval.labels import (
    PAGES,
    LabelError,
    check_labels,
    load_page,
    locate,
    occurrences,
    page_files,
    stray_labels,
)


def test_a_number_is_found_only_as_a_whole() -> None:
    assert list(occurrences("42", "425 cities, 42 schools, 1,42 and 42.5")) == [12]
    assert list(occurrences("1,000", "about 1,000 people")) == [6]
    assert list(occurrences("six", "sixty-six cities; six members")) == [18]
    assert list(occurrences("three", "a three-day event")) == [2]
    assert list(occurrences("356", "**356** cities")) == [2]
    assert list(occurrences("38", "23개국 38개 도시")) == [5]


def test_a_number_glued_to_ideographs_is_still_found() -> None:
    assert list(occurrences("三百五十六", "共有三百五十六个城市")) == [2]


def test_locate_gives_columns_one_based_end_exclusive() -> None:
    assert locate("91", "425 cities in 91 countries", None) == (15, 17)
    assert locate("425", "425 and 425", 2) == (9, 12)


def test_locate_says_why_a_number_cannot_be_placed() -> None:
    assert locate("425", "no figure here", None) == '"425" is not written on the line'
    assert locate("425", "425 and 425", None) == (
        '"425" is written 2 times on the line; add "occurrence"'
    )
    assert locate("425", "425 and 425", 3) == '"425" is written 2 times on the line, not 3'


def _write(folder: Path, labels: dict[str, Any], text: str = "x\nThe network has 425 cities.\n"):
    page = folder / "page.md"
    page.write_text(text, encoding="utf-8")
    (folder / "page.md.labels.json").write_text(json.dumps(labels), encoding="utf-8")
    return page


def _labels(**changes: Any) -> dict[str, Any]:
    figure = {
        "line": 2, "number": "425", "metric": "total_cities", "value": 425,
        "qualifier": "exact", "country": None, "region": None, "as_of": None,
        "verdict": "current", "why": "the total",
    }  # fmt: skip
    figure.update(changes)
    return {
        "language": "en", "date": "2026-01", "date_in_page": False, "notes": "",
        "figures": [figure], "distractors": [],
    }  # fmt: skip


def test_a_valid_label_file_loads(tmp_path: Path) -> None:
    page = load_page(_write(tmp_path, _labels()))
    assert (page.language, page.date, page.date_in_page) == ("en", "2026-01", False)
    (figure,) = page.figures
    assert (figure.spot, figure.metric, figure.value, figure.verdict_class) == (
        (2, 17, 20), "total_cities", 425, "fine",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"metric": "cities"}, '"metric": one of total_cities'),
        ({"value": "425"}, '"value": a whole number'),
        ({"qualifier": "over"}, '"qualifier": one of exact'),
        ({"verdict": "ok"}, '"verdict": one of'),
        ({"line": 9}, '"line" must be a line of the page (1 to 3)'),
        ({"number": "426"}, '"426" is not written on the line'),
        ({"metric": "country_cities"}, 'a country_cities figure names its "country"'),
        ({"verdict": "historic"}, 'a "historic" figure says when it held ("as_of")'),
        ({"as_of": "2020-9"}, '"as_of": YYYY[-MM[-DD]] or null'),
        ({"colour": "red"}, 'unknown field "colour"'),
    ],
)
def test_a_label_out_of_format_is_a_problem_with_its_file(
    tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    page = _write(tmp_path, _labels(**change))
    with pytest.raises(LabelError) as raised:
        load_page(page)
    assert str(page) + ".labels.json: figures[1]" in str(raised.value)
    assert message in str(raised.value)


def test_a_number_labelled_twice_is_a_problem(tmp_path: Path) -> None:
    labels = _labels()
    labels["distractors"] = [{"line": 2, "number": "425", "why": "also a distractor"}]
    problems = check_labels([_write(tmp_path, labels)])
    assert problems == [
        f"{tmp_path / 'page.md.labels.json'}: line 2: the number at column 17 is labelled twice"
    ]


def test_a_page_without_labels_is_a_problem(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("text\n", encoding="utf-8")
    assert check_labels([page]) == [f"{page}.labels.json: missing (every page has a label file)"]


def test_every_label_file_of_the_corpus_is_valid() -> None:
    pages = list(page_files())
    assert pages, "the corpus has pages"
    assert check_labels(pages) == []
    assert stray_labels(PAGES) == []


def test_another_root_is_scored_as_the_corpus_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.eval.__main__ import main

    folder = tmp_path / "en" / "dev"
    folder.mkdir(parents=True)
    text = (
        "# The UNESCO Global Network of Learning Cities\n\n"
        "The network has 356 cities.\nOur town has 12 schools.\n"
    )
    labels = _labels(value=356, number="356", line=3)
    labels["date"] = "2024-03-01"
    # A label no engine should meet (12 schools), so that one figure is lost by name.
    labels["figures"].append(dict(labels["figures"][0], line=4, number="12", value=12))
    _write(folder, labels, text)
    assert main(["--root", str(tmp_path), "--check-labels"]) == 0
    assert capsys.readouterr().out == "1 pages, 2 figures, 0 distractors: 0 problems\n"
    assert main(["--root", str(tmp_path), "--why", "--verbose"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "where lcnet loses figures (dev, today 2026-12-05)"
    assert out[2:] == [
        "stage                              en  all",
        "figures                             2    2",
        "phrase: no figure phrase            1    1",
        "lost                                1    1",
        "",
        "en/dev/page.md:4:14: phrase: no figure phrase: '12' total_cities 12; read as en: "
        "'he network has 356 cities. Our town has 12 schools.'",
    ]
    assert main(["--root", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err == f"--root {tmp_path / 'nowhere'}: no such directory\n"
