"""A count after its noun that names the ones that joined in this round: "2022年9月新加入的
城市有77個" (s11 zh lecture page: read as a total of 77, too small, and dropped), "此次入选的
城市为77个". The verb of joining the phrase holds, with a word of this round just before it
(Language.added_new), makes it the intake; "目前加入的城市有294个" stays all so far."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

HEAD = "网络扩容\n2022年10月1日\n\n联合国教科文组织全球学习型城市网络9月公布新成员。"


def _read(sentence: str) -> list[tuple[str, int]]:
    found = find_mentions(read_document(HEAD + sentence + "\n", "text"), "zh")
    return [(m.metric.value, m.value) for m in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2022年9月新加入的城市有77個。", [("new_cities", 77)]),
        ("此次加入的城市有77个。", [("new_cities", 77)]),
        ("此次入选的城市为77个。", [("new_cities", 77)]),
        ("本轮加入该网络的城市达到77个。", [("new_cities", 77)]),
        ("目前加入的城市有294个。", [("total_cities", 294)]),
        (
            "该网络目前加入的城市有294个，此次新增77个。",
            [("total_cities", 294), ("new_cities", 77)],
        ),
    ],
)
def test_the_ones_that_joined_in_this_round(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert _read(sentence) == expected
