"""Korean "N을 넘는다" / "N을 넘는": the count as the object of "pass" is a lower bound, as
"N이 넘는다" and "N을 넘어섰다" were. Before, "주민이 3억 명을 넘는다는" (b12 ko column) was
read as exactly 300 million."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

HEAD = "유네스코 글로벌 학습도시 네트워크 현황\n2023년 6월 14일\n\n"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("네트워크에 속한 도시의 주민이 3억 명을 넘는다.", 300000000),
        ("네트워크에 속한 도시의 주민이 3억 명을 넘는다는 점도 소개됐다.", 300000000),
        ("네트워크는 290곳을 넘는 도시로 이뤄져 있다.", 290),
        ("네트워크 회원 도시는 290개를 넘는다.", 290),
        ("네트워크 회원 도시는 290곳을 넘어섰다.", 290),
    ],
)
def test_the_object_of_passing_is_a_lower_bound(sentence: str, value: int) -> None:
    found = find_mentions(read_document(HEAD + sentence + "\n", "text"), "ko")
    assert [(m.value, m.qualifier.value) for m in found] == [(value, "more_than")]
