"""Where words touch (ja, ko, zh), what a later clause says is not the figure's: a word
of applying past "but" ("世界では300を超える都市が参加しているとも聞きますが、本市として
加盟を検討する": the city considers joining; the 300 are members), "検討資料" (working
papers, not considering joining), and a relative date nearer the figure than a date of
an earlier clause ("令和2年の時点では229都市でしたが、昨年9月に77都市が加わり": last
September's intake, not 2020's)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions
from tests.extract.titled import titled

Row = tuple[str, str, int, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    ("ja", "世界ではすでに３００を超える都市が参加しているとも聞きますが、"
           "本市として加盟を検討するお考えは。",
     [("３００を超える都市", "total_cities", 300, None)]),
    ("ja", "庁内の検討資料には「５５か国１７３都市」と記載されておりました。",
     [("５５か国", "total_countries", 55, None), ("１７３都市", "total_cities", 173, None)]),
    ("ko", "전 세계 300여 개 도시가 가입해 활동하지만, 우리 시는 아직 신청을 검토하고 있다.",
     [("300여 개 도시", "total_cities", 300, None)]),
    ("ja", "加盟都市は、令和２年の時点では６４か国２２９都市でしたが、"
           "昨年９月に新たに７７都市が加わった。",
     [("６４か国", "total_countries", 64, "2020"), ("２２９都市", "total_cities", 229, "2020"),
      ("７７都市", "new_cities", 77, "2022-09")]),
    ("ko", "2020년에는 229개 도시였지만, 지난해 9월 77개 도시가 새로 가입했다.",
     [("229개 도시", "total_cities", 229, "2020"), ("77개 도시", "new_cities", 77, "2022-09")]),
    ("zh", "2020年网络有229个城市，去年9月又新增77个城市。",
     [("229个城市", "total_cities", 229, "2020"), ("77个城市", "new_cities", 77, "2022-09")]),
    # still a candidate count in its own clause
    ("ja", "今年は国内の12都市が加盟を申請した。", [("12都市", "candidate_cities", 12, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_later_clause_is_not_the_figures(language: str, text: str, expected: list[Row]) -> None:
    found = find_mentions(titled(language, text, "2023-06-15"), language)
    assert [(m.text, m.metric.value, m.value, m.as_of and str(m.as_of)) for m in found] == expected
