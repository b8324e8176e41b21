"""A named member's joining told in the clause that modifies its name, before the name
(ja, ko, zh): the verb of joining and its date are the member's, so the figure after
them is neither an intake nor dated by them ("2016年に加盟した岡山市など、76か国の294都市
が参加している" states today's total). Where the joining clause modifies the count itself
("新たに加盟した64都市"), it is still an intake."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES: list[tuple[str, str, list[tuple[str, str, int, str | None]]]] = [
    ("ja", "2016年に加盟した岡山市など、76か国の294都市が参加している。",
     [("76か国", "total_countries", 76, None), ("294都市", "total_cities", 294, None)]),
    ("ja", "2022年に加盟した白山市を含め、GNLCには76か国294都市が加盟している。",
     [("76か国", "total_countries", 76, None), ("294都市", "total_cities", 294, None)]),
    ("ja", "2017年に登録された多久市のほか、世界の356都市が名を連ねる。",
     [("356都市", "total_cities", 356, None)]),
    ("ja", "2020年に加盟したビン市をはじめ、ネットワークには425都市が参加している。",
     [("425都市", "total_cities", 425, None)]),
    ("ko", "2022년 가입한 세종시를 포함해 76개국 294개 도시가 회원이다.",
     [("76개국", "total_countries", 76, None), ("294개 도시", "total_cities", 294, None)]),
    ("ko", "2019년 가입한 안동시 등 356개 도시가 활동하고 있다.",
     [("356개 도시", "total_cities", 356, None)]),
    ("ko", "2024년에 선정된 광주 서구를 비롯해 전 세계 425개 도시가 회원으로 활동한다.",
     [("425개 도시", "total_cities", 425, None)]),
    ("zh", "包括2022年加入的杭州在内，网络目前共有294个成员城市。",
     [("294个成员城市", "total_cities", 294, None)]),
    ("zh", "包括2016年加入該網絡的成都在內，全球共有356個城市成為會員。",
     [("356個城市", "total_cities", 356, None)]),
    # the network it joined named before the verb
    ("ja", "2017年に学習都市ネットワークに登録された多久市など、76か国の294都市が加盟する。",
     [("76か国", "total_countries", 76, None), ("294都市", "total_cities", 294, None)]),
    ("ja", "2016年にGNLCへ加盟した本市をはじめ、現在は世界294都市が参加している。",
     [("294都市", "total_cities", 294, None)]),
    ("ko", "2016년 GNLC에 가입한 우리 시를 포함해 전 세계 294개 도시가 활동 중이다.",
     [("294개 도시", "total_cities", 294, None)]),
    ("ko", "2019년 유네스코 글로벌 학습도시 네트워크에 가입한 본 시를 비롯해 "
           "356개 도시가 회원이다.",
     [("356개 도시", "total_cities", 356, None)]),
    ("ko", "2016년에 GNLC 회원이 된 수원시 등 전 세계 294개 도시가 참여하고 있다.",
     [("294개 도시", "total_cities", 294, None)]),
    ("zh", "包括2016年加入全球学习型城市网络的我市在内，该网络共有294个成员城市。",
     [("294个成员城市", "total_cities", 294, None)]),
    # the member is the topic of a clause in the present
    ("ja", "2016年に加盟した本市は、世界294都市の一員として活動している。",
     [("294都市", "total_cities", 294, None)]),
    ("ja", "2016年に加盟した岡山市は、76か国356都市とともに学び合っている。",
     [("76か国", "total_countries", 76, None), ("356都市", "total_cities", 356, None)]),
    ("ko", "2019년 가입한 우리 군은 76개국 294개 도시와 교류하고 있다.",
     [("76개국", "total_countries", 76, None), ("294개 도시", "total_cities", 294, None)]),
    ("ko", "2020년 가입한 진천군은 현재 294개 회원 도시 가운데 하나다.",
     [("294개 회원 도시", "total_cities", 294, None)]),
    ("zh", "2016年加入的我市，与全球294个成员城市一道推进终身学习。",
     [("294个成员城市", "total_cities", 294, None)]),
    ("zh", "2016年加入GNLC的杭州，是该网络356个成员城市之一。",
     [("356个成员城市", "total_cities", 356, None)]),
    ("zh", "2019年入选的我区，目前与来自76个国家的294个城市共同开展交流。",
     [("76个国家", "total_countries", 76, None), ("294个城市", "total_cities", 294, None)]),
    # ... but a clause in the past, or "then", tells the joining's own time
    ("ko", "2016년 가입한 수원시는 115개 도시와 함께 첫 회원이 됐다.",
     [("115개 도시", "total_cities", 115, "2016")]),
    ("ko", "2016년 가입한 수원시는 당시 115개 도시 가운데 하나였다.",
     [("115개 도시", "total_cities", 115, "2016")]),
    ("zh", "2016年加入的杭州，当时是115个成员城市之一。",
     [("115个成员城市", "total_cities", 115, "2016")]),
    ("zh", "2016年加入的首批城市，共有115个。", [("115个", "total_cities", 115, "2016")]),
    # the member that joined is the city that speaks, the name the network's
    ("ja", "本市が2016年に加盟したGNLCは、現在76か国294都市からなる。",
     [("76か国", "total_countries", 76, None), ("294都市", "total_cities", 294, None)]),
    ("ja", "本市が加盟したネットワークには、76か国の294都市が参加している。",
     [("76か国", "total_countries", 76, None), ("294都市", "total_cities", 294, None)]),
    ("ko", "우리 시가 2019년 가입한 GNLC는 76개국 294개 도시로 구성돼 있다.",
     [("76개국", "total_countries", 76, None), ("294개 도시", "total_cities", 294, None)]),
    ("zh", "我市2019年加入的全球学习型城市网络有294个成员。",
     [("294个成员", "total_cities", 294, None)]),
    # the joining clause modifies the count: an intake, dated
    ("ja", "2024年2月に新たに加盟した64都市を含め、356都市が参加している。",
     [("64都市", "new_cities", 64, "2024-02"), ("356都市", "total_cities", 356, None)]),
    ("ko", "2022년 새로 가입한 77개 도시 명단이 공개됐다.",
     [("77개 도시", "new_cities", 77, "2022")]),
    ("zh", "2022年新加入的77个城市中，有3个来自中国。", [("77个城市", "new_cities", 77, "2022")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_named_members_joining_is_neither_the_figures_verb_nor_its_date(
    language: str, text: str, expected: list[tuple[str, str, int, str | None]]
) -> None:
    found = mentions(language, text)
    assert [(m.text, m.metric.value, m.value, m.as_of and str(m.as_of)) for m in found] == expected
