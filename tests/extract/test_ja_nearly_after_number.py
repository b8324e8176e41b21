"""Japanese "nearly N" said after the number, before the unit: a community centre's
newsletter wrote "現在は40か国余り、190\\n近い都市が名を連ねています" and both
figures were lost: "近い" (as "近く") was no qualifier after a number, so no phrase was
read for the cities, nor, beside it, the countries'."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

HEAD = "ユネスコ学習都市グローバルネットワーク（GNLC）の規模。"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("現在は４０か国余り、１９０近い都市が名を連ねています。",
         [("total_countries", 40, "more_than"), ("total_cities", 190, "nearly")]),
        ("現在は４０か国余り、１９０\n近い都市が名を連ねています。",
         [("total_countries", 40, "more_than"), ("total_cities", 190, "nearly")]),
        ("現在は１９０近い都市が加盟しています。", [("total_cities", 190, "nearly")]),
        ("加盟都市は今や３００に近い都市に増えた。", [("total_cities", 300, "nearly")]),
        ("現在は４０か国あまり、２００近い都市が加盟しています。",
         [("total_countries", 40, "more_than"), ("total_cities", 200, "nearly")]),
    ],
)  # fmt: skip
def test_nearly_after_the_number(sentence: str, expected: list[tuple[str, int, str]]) -> None:
    found = find_mentions(read_document(HEAD + sentence, "text"), "ja")
    assert [(m.metric.value, int(m.value), m.qualifier.value) for m in found] == expected
