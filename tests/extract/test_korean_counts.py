"""Korean counts of the country's own members ("국내"), of a list closed by "등", of a
change ("35곳에서 44곳으로"), of a bound after the unit ("10곳을 넘어섰다")."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

TITLE = "유네스코 글로벌 학습도시 네트워크"
Row = tuple[str, str, int, str, str | None, str | None]


def read(body: str) -> list[Row]:
    page = f"---\ntitle: {TITLE}\n---\n\n{body}\n"
    return [
        (m.text, m.metric.value, m.value, m.qualifier.value,
         None if m.as_of is None else str(m.as_of), m.country)
        for m in find_mentions(read_document(page, "markdown"), "ko")
    ]  # fmt: skip


CASES: list[tuple[str, list[Row]]] = [
    (  # a native numeral before its counter
        "국내에서는 세 곳이 새로 가입했다.",
        [("세 곳", "new_cities", 3, "exact", None, "KR")],
    ),
    (  # "final approval": the country's new members
        "서울 도봉구·충북 진천군과 함께 국내 3곳 최종 승인",
        [("3곳", "new_cities", 3, "exact", None, "KR")],
    ),
    (  # a list of the country's cities, closed by "등", then the verb of the list
        "유네스코는 46개국 72개 도시를 신규 학습도시로 발표했으며, 국내에서는 안성시와 "
        "서울 강동구, 강원 양구군 등 3곳이 이름을 올렸다.",
        [
            ("46개국", "new_countries", 46, "exact", None, None),
            ("72개 도시", "new_cities", 72, "exact", None, None),
            ("3곳", "new_cities", 3, "exact", None, "KR"),
        ],
    ),
    (  # "including Gunpo", then a bound after the unit
        "국내 회원은 군포를 포함해 10곳을 넘어섰다.",
        [("10곳을 넘어섰다", "country_cities", 10, "more_than", None, "KR")],
    ),
    (  # the genitive counter "개의"
        "전 세계 28개국 126개의 회원도시가 가입돼 있으며 교류하고 있다.",
        [
            ("28개국", "total_countries", 28, "exact", None, None),
            ("126개의 회원도시", "total_cities", 126, "exact", None, None),
        ],
    ),
    (  # an undated start of a change is a figure of some earlier time (Mention.earlier, as
        # "grew from 229 to 294" is), not of the text's date; the end is the country's
        "국내 회원도시는 기존 35곳에서 44곳으로 늘어났다.",
        [
            ("35곳", "country_cities", 35, "exact", None, "KR"),
            ("44곳", "country_cities", 44, "exact", None, "KR"),
        ],
    ),
    (  # a dated start is a figure of its date; the end does not take that date
        "국내 회원도시는 2020년 35곳에서 44곳으로 늘어났다.",
        [
            ("35곳", "country_cities", 35, "exact", "2020", "KR"),
            ("44곳", "country_cities", 44, "exact", None, "KR"),
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_korean_counts(body: str, expected: list[Row]) -> None:
    assert read(body) == expected
