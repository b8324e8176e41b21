"""Japanese (lcnet.extract.lang.ja): numbers, counters, qualifiers and statements, exactly.

Rows are (text, metric, value, qualifier, as_of, country), as in test_statements.py.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.extract.titled import Row, number_value, read_plain

GNLC = "ユネスコ学習都市グローバルネットワーク"

_DIGITS = "〇一二三四五六七八九"


def kanji(n: int) -> str:
    """n (1 to 10**12) in kanji numerals, as Japanese writes them: 百七十三, 千二百, no zero
    inside ("千五" is 1005), 一 before 万 and 億."""
    if n >= 10**8:
        high, low = divmod(n, 10**8)
        return kanji(high) + "億" + (kanji(low) if low else "")
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        return _below_10000(high) + "万" + (_below_10000(low) if low else "")
    return _below_10000(n)


def _below_10000(n: int) -> str:
    words = []
    for size, name in ((1000, "千"), (100, "百"), (10, "十")):
        digit, n = divmod(n, size)
        if digit:
            words.append(("" if digit == 1 else _DIGITS[digit]) + name)
    if n:
        words.append(_DIGITS[n])
    return "".join(words)


def value(text: str) -> int | None:
    return number_value(text, "ja")


def read(text: str) -> list[Row]:
    return read_plain(text, "ja")


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_kanji_numerals_have_their_exact_values(n: int) -> None:
    assert value(kanji(n)) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三百五十六", 356),
        ("百七十三", 173),
        ("千二百", 1200),
        ("千万", 10_000_000),
        ("3億9000万", 390_000_000),
        ("3億9千万", 390_000_000),
        ("３億９０００万", 390_000_000),
        ("1万", 10_000),
        ("４２５", 425),
    ],
)
def test_mixed_and_written_numbers(text: str, expected: int) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param(
            f"{GNLC}(GNLC)は世界356都市、3億9000万人以上の人口をカバーするネットワーク。",
            [
                ("356都市", "total_cities", 356, "exact", None, None),
                ("3億9000万人以上", "citizens", 390_000_000, "more_than", None, None),
            ],
            id="cities-and-citizens",
        ),
        pytest.param(
            "世界64か国の230都市がGNLCに加盟しており、",
            [
                ("64か国", "total_countries", 64, "exact", None, None),
                ("230都市", "total_cities", 230, "exact", None, None),
            ],
            id="countries-before-their-cities",
        ),
        pytest.param(
            "GNLCには42か国188都市がメンバー。",
            [
                ("42か国", "total_countries", 42, "exact", None, None),
                ("188都市", "total_cities", 188, "exact", None, None),
            ],
            id="counters-side-by-side",
        ),
        pytest.param(
            "GNLCには79ヶ国・地域の356都市が加盟。",
            [
                ("79ヶ国・地域", "total_countries", 79, "exact", None, None),
                ("356都市", "total_cities", 356, "exact", None, None),
            ],
            id="countries-and-regions",
        ),
        pytest.param(
            "GNLCには300余りの都市が加盟している。",
            [("300余りの都市", "total_cities", 300, "more_than", None, None)],
            id="amari-between-number-and-noun",
        ),
        pytest.param(
            f"{GNLC}には約425都市が加盟している。",
            [("約425都市", "total_cities", 425, "about", None, None)],
            id="yaku-before-the-number",
        ),
        pytest.param(
            f"{GNLC}に、岡山市を含む64都市が新たに加盟した。",
            [("64都市", "new_cities", 64, "exact", None, None)],
            id="an-intake",
        ),
        pytest.param(
            f"{GNLC}の加盟都市は三百五十六都市に達した。",
            [("三百五十六都市", "total_cities", 356, "exact", None, None)],
            id="kanji-numerals",
        ),
        pytest.param(
            "2020年時点でGNLCには64カ国230都市が加盟していた。",
            [
                ("64カ国", "total_countries", 64, "exact", "2020", None),
                ("230都市", "total_cities", 230, "exact", "2020", None),
            ],
            id="a-year-dates-the-figures",
        ),
        pytest.param(
            "令和2年6月時点でGNLCには55か国173都市が加盟していた。",
            [
                ("55か国", "total_countries", 55, "exact", "2020-06", None),
                ("173都市", "total_cities", 173, "exact", "2020-06", None),
            ],
            id="an-era-date-dates-the-figures",
        ),
        pytest.param(
            "GNLCの加盟都市は令和元年に200都市を超えた。",
            [("200都市を超えた", "total_cities", 200, "more_than", "2019", None)],
            id="the-first-year-of-an-era",
        ),
        pytest.param(
            f"{GNLC}は2013年に設立された。同ネットワークには現在425都市が加盟している。",
            [("425都市", "total_cities", 425, "exact", None, None)],
            id="the-same-network-refers-back",
        ),
        pytest.param(
            "日本の6都市がGNLCに加盟している。",
            [("6都市", "country_cities", 6, "exact", None, "JP")],
            id="a-country-s-members",
        ),
        pytest.param(
            "UNESCO Global Network of Learning Citiesには現在425都市が加盟している。",
            [("425都市", "total_cities", 425, "exact", None, None)],
            id="the-english-name",
        ),
    ],
)
def test_japanese_statements(text: str, rows: list[Row]) -> None:
    assert read(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param(
            "全国で約200の自治体が生涯学習都市を宣言している。GNLCの加盟都市は356都市。",
            [("356都市", "total_cities", 356, "exact", None, None)],
            id="lifelong-learning-city-declarations",
        ),
        pytest.param(
            f"{GNLC}に加盟する市は、生涯学習都市200都市とは別である。",
            [],
            id="lifelong-learning-cities-after-the-network",
        ),
        pytest.param("千葉市はGNLCへの加盟を目指している。", [], id="numerals-in-place-names"),
        pytest.param(
            f"ユネスコ創造都市ネットワークには350都市が加盟し、{GNLC}とは別だ。",
            [],
            id="creative-cities",
        ),
        pytest.param(
            f"{GNLC}の加盟都市である岡山市は、35か国の72都市と姉妹都市提携を結んでいる。",
            [],
            id="sister-cities",
        ),
    ],
)
def test_other_programmes_counts_are_never_gnlc_figures(text: str, rows: list[Row]) -> None:
    assert read(text) == rows
