"""Chinese counts given by a counter alone, their noun named before in the clause."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

TITLE = "联合国教科文组织全球学习型城市网络"
Row = tuple[str, str, int, str, str | None]


def read(body: str) -> list[Row]:
    document = read_document(f"---\ntitle: {TITLE}\n---\n\n{body}\n", "markdown")
    mentions = find_mentions(document, "zh")
    return [
        (m.text, m.metric.value, m.value, m.qualifier.value, m.as_of and str(m.as_of))
        for m in mentions
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "网络成员已由2019年的170多個，增至今天的逾300個。",
            [
                ("170多個", "total_cities", 170, "more_than", "2019"),
                ("逾300個", "total_cities", 300, "more_than", None),
            ],
        ),
        (
            "此次共有46个国家的七十二个城市加入，其中首都11个。",
            [
                ("46个国家", "new_countries", 46, "exact", None),
                ("七十二个城市", "new_cities", 72, "exact", None),
                ("11个", "new_capitals", 11, "exact", None),
            ],
        ),
        # an alliance's members, not the network's
        ("学习型城市建设联盟现有成员城市60余个。", []),
        # no noun before the counter: nothing is counted
        ("活动共举办了12个。", []),
    ],
)
def test_a_counter_counts_the_noun_named_before_it(body: str, expected: list[Row]) -> None:
    assert read(body) == expected
