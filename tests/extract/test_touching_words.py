"""Languages whose words touch (ko, zh, ja): any text is read without an error.

Text built from the very pieces the grammars join (digits, numerals, counters, units,
qualifiers, network names, punctuation) is where a pattern or the number reader could
go wrong; every mention found must still be a whole, plausible statement.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lcnet.extract import find_mentions, read_document

PIECES = {
    "ko": [
        "유네스코 글로벌 학습도시 네트워크", "이 네트워크", "평생학습도시", "개국", "개", " 도시",
        "곳", "여", "약 ", "3억", " 9천만", " 명", "가입했다", "가입돼 있다", "2020년",
        "현재", "，", ". ", "\n", "\n\n", "56", "356", "４２５", "0", "1,000", "다른 ", "국내",
    ],
    "zh": [
        "全球学习型城市网络", "该网络", "学习型城市", "个", "座", "城市", "国家", "成员", "多",
        "余", "约", "超过", "最近", "三百五十六", "两百", "亿", "万", "3.9", "人", "新增",
        "加入", "已有", "2020年", "中国", "的", "，", "。", "\n\n", "356", "０", "1,000",
    ],
    "ja": [
        "ユネスコ学習都市グローバルネットワーク", "同ネットワーク", "生涯学習都市", "か国", "都市",
        "の", "余り", "以上", "約", "3億", "9000万", "人", "百七十三", "千", "加盟した",
        "令和2年", "平成元年", "現在", "、", "。", "\n\n", "356", "４２５", "千葉市",
    ],
}  # fmt: skip


@pytest.mark.parametrize("code", sorted(PIECES))
def test_any_text_of_the_grammar_s_pieces_reads_without_an_error(code: str) -> None:
    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(PIECES[code]), max_size=40))
    def check(pieces: list[str]) -> None:
        text = "".join(pieces)
        for mention in find_mentions(read_document(text, "text"), code):
            assert mention.value > 0
            assert mention.language == code
            assert mention.text
            assert mention.text.strip() == mention.text

    check()
