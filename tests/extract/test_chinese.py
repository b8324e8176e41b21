"""Chinese (lcnet.extract.lang.zh), simplified and traditional: numbers, classifiers,
qualifiers and statements, exactly.

Rows are (text, metric, value, qualifier, as_of, country), as in test_statements.py.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.extract.titled import Row, number_value, read_plain

GNLC = "全球学习型城市网络"
GNLC_TRADITIONAL = "全球學習型城市網絡"

_DIGITS = "零一二三四五六七八九"


def chinese(n: int, *, traditional: bool = False) -> str:
    """n (1 to 10**12) in Chinese numerals, as people write them: 二百 but 两万."""
    wan, yi = ("萬", "億") if traditional else ("万", "亿")
    if n >= 10**8:
        high, low = divmod(n, 10**8)
        rest = (_DIGITS[0] if low < 10**7 else "") + chinese(low, traditional=traditional)
        return chinese(high, traditional=traditional) + yi + (rest if low else "")
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        rest = (_DIGITS[0] if low < 1000 else "") + _below_10000(low)
        return _below_10000(high, lead=True) + wan + (rest if low else "")
    return _below_10000(n, lead=True)


def _below_10000(n: int, *, lead: bool = False) -> str:
    words, zero = [], False
    for size, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, size)
        if digit:
            if zero and words:
                words.append(_DIGITS[0])
            word = _DIGITS[digit]
            if lead and not words and size == 10 and digit == 1:
                word = ""  # 十五, not 一十五, at the start
            words.append(word + name)
            zero = False
        else:
            zero = True
    return "".join(words)


def value(text: str) -> int | None:
    return number_value(text, "zh")


def read(text: str) -> list[Row]:
    return read_plain(text, "zh")


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_numerals_have_their_exact_values(n: int) -> None:
    assert value(chinese(n)) == n


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_traditional_numerals_have_their_exact_values(n: int) -> None:
    assert value(chinese(n, traditional=True)) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三百五十六", 356),
        ("两百", 200),
        ("兩百", 200),
        ("十五", 15),
        ("一千零二十四", 1024),
        ("1万", 10_000),
        ("１万", 10_000),
        ("４２５", 425),
        ("3.9亿", 390_000_000),
        ("3亿9千万", 390_000_000),
        ("3億9000萬", 390_000_000),
        ("14万2000", 142_000),
        ("三亿九千万", 390_000_000),
    ],
)
def test_mixed_and_written_numbers(text: str, expected: int) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param(
            f"{GNLC}现已覆盖全球356个城市。",
            [("356个城市", "total_cities", 356, "exact", None, None)],
            id="no-space-before-the-number",
        ),
        pytest.param(
            f"{GNLC_TRADITIONAL}現已覆蓋全球三百五十六個城市。",
            [("三百五十六個城市", "total_cities", 356, "exact", None, None)],
            id="traditional-numerals-and-classifier",
        ),
        pytest.param(
            f"{GNLC}现有来自91个国家的425座城市。",
            [
                ("91个国家", "total_countries", 91, "exact", None, None),
                ("425座城市", "total_cities", 425, "exact", None, None),
            ],
            id="countries-before-their-cities",
        ),
        pytest.param(
            f"{GNLC_TRADITIONAL}目前共有來自91個國家的425座城市。",
            [
                ("91個國家", "total_countries", 91, "exact", None, None),
                ("425座城市", "total_cities", 425, "exact", None, None),
            ],
            id="traditional-countries-before-their-cities",
        ),
        pytest.param(
            f"联合国教科文组织{GNLC}目前有400多个成员，覆盖约3.9亿人。",
            [
                ("400多个成员", "total_cities", 400, "more_than", None, None),
                ("约3.9亿人", "citizens", 390_000_000, "about", None, None),
            ],
            id="duo-after-the-number-and-yi",
        ),
        pytest.param(
            f"{GNLC}。该网络目前拥有超过四百个城市。",
            [("超过四百个城市", "total_cities", 400, "more_than", None, None)],
            id="that-network-refers-back",
        ),
        pytest.param(
            f"{GNLC}覆盖79国356城。",
            [
                ("79国", "total_countries", 79, "exact", None, None),
                ("356城", "total_cities", 356, "exact", None, None),
            ],
            id="headline-without-classifiers",
        ),
        pytest.param(
            f"{GNLC}新增64个城市，成员总数达到356个。",
            [
                ("64个城市", "new_cities", 64, "exact", None, None),
                ("成员总数达到356", "total_cities", 356, "exact", None, None),
            ],
            id="an-intake-and-the-total-after-its-noun",
        ),
        pytest.param(
            f"{GNLC_TRADITIONAL}新增64個成員，總數達到356個。",
            [
                ("64個成員", "new_cities", 64, "exact", None, None),
                ("總數達到356", "total_cities", 356, "exact", None, None),
            ],
            id="traditional-intake-and-total",
        ),
        pytest.param(
            f"中国已有12个城市加入{GNLC}。",
            [("12个城市", "country_cities", 12, "exact", None, "CN")],
            id="a-country-s-members",
        ),
        pytest.param(
            f"截至2020年，{GNLC}共有229个成员城市。",
            [("229个成员城市", "total_cities", 229, "exact", "2020", None)],
            id="as-of-a-year",
        ),
        pytest.param(
            f"{GNLC}最近64个城市加入。",
            [("最近64个城市", "new_cities", 64, "exact", None, None)],
            id="recently-is-not-nearly",
        ),
        pytest.param(
            f"南京与其他63个城市一道加入{GNLC}。",
            [("其他63个城市", "new_cities", 64, "exact", None, None)],
            id="other-cities-count-the-subject",
        ),
        pytest.param(
            "UNESCO Global Network of Learning Cities已有425个城市。",
            [("425个城市", "total_cities", 425, "exact", None, None)],
            id="the-english-name",
        ),
    ],
)
def test_chinese_statements(text: str, rows: list[Row]) -> None:
    assert read(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param(
            f"全国已有300多个城市开展学习型城市建设，{GNLC}则有356个城市。",
            [("356个城市", "total_cities", 356, "exact", None, None)],
            id="the-national-programme-in-the-same-sentence",
        ),
        pytest.param(
            f"中国已有30个城市获评全国学习型城市。{GNLC}成员城市则为356个。",
            [("成员城市则为356", "total_cities", 356, "exact", None, None)],
            id="national-learning-cities",
        ),
        pytest.param(
            f"{GNLC}。全國已有300多個城市開展學習型城市建設。",
            [],
            id="traditional-national-programme-after-the-network",
        ),
        pytest.param(
            f"联合国教科文组织创意城市网络有350个城市，{GNLC}有425个城市。",
            [("425个城市", "total_cities", 425, "exact", None, None)],
            id="creative-cities",
        ),
        pytest.param(
            f"{GNLC}成员杭州已与35个国家的72个城市结为友好城市。",
            [],
            id="sister-cities",
        ),
        pytest.param(
            f"中韩两国城市新加入{GNLC}。",
            [],
            id="both-countries-is-no-count",
        ),
        pytest.param(
            f"来自90个国家的1200名代表出席了{GNLC}的会议。",
            [],
            id="the-countries-of-participants",
        ),
    ],
)
def test_other_programmes_counts_are_never_gnlc_figures(text: str, rows: list[Row]) -> None:
    assert read(text) == rows
