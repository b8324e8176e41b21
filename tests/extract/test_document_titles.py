"""A document about learning cities named by its title in title brackets (《》, 『』, 〈〉):
the national scheme's name in the title names the document, not the network a figure
after it belongs to. A handbook of the city's that still says "294 cities" states a
GNLC total (stale), as the same sentence without the title does. Another programme's
document or list in brackets still names that programme."""

from __future__ import annotations

import pytest

from lcnet.extract.sentence import in_a_document_title
from tests.extract.titled import read_titled

CASES: list[tuple[str, str, list[tuple[str, str, int]]]] = [
    ("zh", "会上展示了学院编印的《学习型城市知识手册》。"
           "手册中仍写着“全球已有76个国家的294个城市加入”。",
     [("76个国家", "total_countries", 76), ("294个城市", "total_cities", 294)]),
    ("zh", "学院编印的《学习型城市知识手册》中仍写着“全球已有294个城市加入”。",
     [("294个城市", "total_cities", 294)]),
    ("zh", "区里发放的《學習型城市建設指南》上印着“全球356个城市”。",
     [("356个城市", "total_cities", 356)]),
    ("ja", "市が配布する『生涯学習まちづくりハンドブック』には、"
           "今も「世界294都市が加盟」と書かれている。",
     [("294都市", "total_cities", 294)]),
    # another programme's document, a national scheme's report, a list: not the GNLC's
    ("ja", "市が配布する『創造都市ガイド』には、今も「世界294都市が加盟」と書かれている。",
     []),
    ("zh", "《全国学习型城市建设报告》显示，全国已有300多个城市开展学习型城市建设。", []),
    ("zh", "我市共有55处遗产被列入《世界遗产名录》。", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_scheme_named_in_a_documents_title_names_the_document(
    language: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(r[0], r[1], r[2]) for r in read_titled(language, text)] == expected


@pytest.mark.parametrize(
    ("language", "text", "at", "inside"),
    [
        ("zh", "《学习型城市知识手册》", 1, True),
        ("ko", "『평생학습도시 안내서』", 1, True),
        ("ja", "〈学習都市だより〉", 1, True),
        ("zh", "《世界遗产名录》", 1, False),  # a list, no learning words
        ("zh", "《学习型城市建设》", 1, False),  # not a kind of document
        ("zh", "学习型城市知识手册》", 0, False),  # no opening bracket
        ("en", "《学习型城市知识手册》", 1, False),  # a language without such titles
    ],
)
def test_the_title_is_a_documents_about_learning_cities(
    language: str, text: str, at: int, inside: bool
) -> None:
    """The words of learning and of a document are the language's own
    (Language.title_learning, title_documents)."""
    assert in_a_document_title(text, at, language) is inside
