"""Where the verb ends its clause, countries are read in their own clause as cities are: a
verb of joining before a comma closed another clause ("新たに４４か国の７７都市が加わり、現在
は７６か国の２９４都市に広がっている": the 76 countries are the network's). Also two forms
seen on fresh pages: the world's learning cities counted after "已有" ("全球已有294个学习型
城市" names the network), and the polite "nearly" of Korean notices ("5억 명에 가깝습니다")."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

Row = tuple[str, str, int, str]

CASES: list[tuple[str, str, list[Row]]] = [
    ("ja", "昨年９月に新たに４４か国の７７都市が加わり、"
     "現在は７６か国の２９４都市に広がっている。",
     [("４４か国", "new_countries", 44, "exact"), ("７７都市", "new_cities", 77, "exact"),
      ("７６か国", "total_countries", 76, "exact"), ("２９４都市", "total_cities", 294, "exact")]),
    ("ko", "새로 44개국 77개 도시가 가입했고, 현재 76개국 294개 도시가 활동하고 있다.",
     [("44개국", "new_countries", 44, "exact"), ("77개 도시", "new_cities", 77, "exact"),
      ("76개국", "total_countries", 76, "exact"), ("294개 도시", "total_cities", 294, "exact")]),
    ("zh", "此次新增44个国家的77个城市，目前网络共有76个国家的294个城市。",
     [("44个国家", "new_countries", 44, "exact"), ("77个城市", "new_cities", 77, "exact"),
      ("76个国家", "total_countries", 76, "exact"), ("294个城市", "total_cities", 294, "exact")]),
    ("zh", "宣传册上写着全球已有294个学习型城市。",
     [("294个学习型城市", "total_cities", 294, "exact")]),
    # a bare counter stands for the countries named last before it, not for a country's
    # counter word's cities ("회원 도시: 64개국 229개")
    ("zh", "首次有城市入选的国家共13个。", [("13个", "first_time_countries", 13, "exact")]),
    ("ko", "회원 도시: 64개국 229개",
     [("64개국", "total_countries", 64, "exact"), ("229개", "total_cities", 229, "exact")]),
    # the cities taking part, counted after their head ("参加都市は425"), as members are;
    # not a conference's
    ("ja", "参加都市は425に上る。", [("参加都市は425", "total_cities", 425, "exact")]),
    ("ja", "国際会議の参加都市は40にのぼった。", []),
    # names joined by the traditional 與 before their count, as by 与 and 和
    ("zh", "日本則有岡山與多久兩市。", [("兩市", "country_cities", 2, "exact")]),
    ("ko", "회원 도시에 사는 인구는 5억 명에 가깝습니다.",
     [("5억 명에 가깝습니다", "citizens", 500000000, "nearly")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_countries_and_forms_of_fresh_pages(language: str, text: str, expected: list[Row]) -> None:
    found = mentions(language, text, "2023-03-10")
    assert [(m.text, m.metric.value, m.value, m.qualifier.value) for m in found] == expected
