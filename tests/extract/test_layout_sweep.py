"""The layout sweep (tests/extract/layout_sweep.py): every case read on a titled page;
and HTML laid out as its source is wrapped and indented, read as a browser shows it."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.extract.layout_sweep import CASES
from tests.extract.sweep import Case, check, param

OPEN: frozenset[tuple[str, str]] = frozenset()


@pytest.mark.parametrize("case", [param(c, OPEN) for c in CASES])
def test_the_layout_sweep_reads_every_variant(case: Case) -> None:
    check(case)


def read_html(language: str, body: str) -> list[tuple[str, int, int, int]]:
    """(metric, value, line, column) of each mention of an HTML page around `body`."""
    page = f"<html><head><title>GNLC</title></head><body>\n{body}\n</body></html>"
    document = read_document(page, "html")
    found = find_mentions(document, language)
    return [(m.metric.value, m.value, m.line, m.column) for m in found]


# The same paragraph as a site's source wraps and indents it; the figures where written.
HTML_CASES = [
    (
        "en",
        "<p>The UNESCO Global Network of Learning Cities\n      now counts 425  cities\n"
        "      in  91 countries.</p>",
        [("total_cities", 425, 3, 18), ("total_countries", 91, 4, 11)],
    ),
    (
        "fr",
        "<p>Le  réseau mondial des villes  apprenantes compte désormais\n"
        "   425 villes  dans 91\n   pays.</p>",
        [("total_cities", 425, 3, 4), ("total_countries", 91, 3, 21)],
    ),
    (
        "vi",
        "<p>Mạng lưới  các thành phố học tập toàn cầu của UNESCO hiện có 425 thành\n"
        "    phố tại 91 quốc  gia.</p>",
        [("total_cities", 425, 2, 65), ("total_countries", 91, 3, 13)],
    ),
    (
        "ja",
        "<p>ユネスコ学習都市グローバルネットワークの加盟は91か国の425都\n市となった。</p>",
        [("total_countries", 91, 2, 27), ("total_cities", 425, 2, 32)],
    ),
    (
        "zh",
        "<p>联合国教科文组织全球学习型城市网络目前共有来自91个国家的425个成员\n城市。</p>",
        [("total_countries", 91, 2, 27), ("total_cities", 425, 2, 33)],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), HTML_CASES)
def test_html_white_space_is_read_as_a_browser_lays_it_out(
    language: str, body: str, expected: list[tuple[str, int, int, int]]
) -> None:
    assert read_html(language, body) == expected


def test_html_collapses_runs_keeps_preformatted_text_and_korean_line_breaks() -> None:
    page = (
        "<html><body><p>The  network  has\n      425 <b>cities</b> in\n  91 countries.</p>"
        "<p>加盟都\n市は２９\n４。한국\n도시</p><pre>a    b</pre></body></html>"
    )
    document = read_document(page, "html")
    assert document.text == (
        "The network has 425 cities in 91 countries.\n\n加盟都市は２９４。한국 도시\n\na    b\n\n"
    )
    assert document.source_map is not None
    at = document.text.index("91")
    assert document.source_map.start(at) == (3, 3)
    assert document.source_map.start(document.text.index("４")) == (5, 1)
