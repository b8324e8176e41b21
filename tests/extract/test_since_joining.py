"""A joining since which the main clause's present state holds ("Since joining in 2020,
Vinh has worked with the network's 425 members"): the year dates the joining, not the
figure, which is now. Where the clause after the comma speaks of that time (a past verb,
a relative clause), the year still dates its figure."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES: list[tuple[str, str, list[tuple[str, int, str | None]]]] = [
    ("en", "Since joining in 2020, Vinh has worked with the network's 425 members.",
     [("425 members", 425, None)]),
    ("en", "Since its accession in 2022, Cao Lanh has shared ideas with 425 member cities.",
     [("425 member cities", 425, None)]),
    ("fr", "Depuis son adhésion en 2020, Vinh travaille avec les 425 membres du réseau.",
     [("425 membres", 425, None)]),
    ("es", "Desde su ingreso en 2020, Vinh trabaja con los 425 miembros de la red.",
     [("425 miembros", 425, None)]),
    ("it", "Dalla sua adesione nel 2020, Vinh lavora con le 425 città della rete.",
     [("425 città", 425, None)]),
    ("pt", "Desde a sua adesão em 2020, Vinh trabalha com as 425 cidades da rede.",
     [("425 cidades", 425, None)]),
    # CJK: the "since" follows the joining and its year ("2016年に加盟して以来", "2019年
    # 加入以来", "2016년 가입한 이래"); the main clause after it is of the text's day
    ("ja", "本市が2016年に加盟して以来、ネットワークは76か国294都市に広がった。",
     [("76か国", 76, None), ("294都市", 294, None)]),
    ("ja", "2017年の加盟以来、加盟都市は356都市に増えた。", [("356都市", 356, None)]),
    ("ja", "多久市は2017年7月に登録されて以来、ネットワークは425都市にまで広がった。",
     [("425都市", 425, None)]),
    ("ja", "2016年以降、加盟都市は増え続け、294都市となった。", [("294都市", 294, None)]),
    ("zh", "自2016年加入以来，网络成员已增至294个。", [("成员已增至294", 294, None)]),
    ("zh", "我市于2019年加入该网络以来，网络已扩大到76个国家的294个城市。",
     [("76个国家", 76, None), ("294个城市", 294, None)]),
    ("zh", "杭州從2016年正式加入網絡以來，已與全球356個成員城市交流。",
     [("356個成員城市", 356, None)]),
    ("ko", "2019년 가입한 이후 네트워크는 76개국 294개 도시로 늘었다.",
     [("76개국", 76, None), ("294개 도시", 294, None)]),
    ("ko", "우리 시가 2016년 가입한 이래 회원 도시는 294개로 늘었다.",
     [("회원 도시는 294", 294, None)]),
    ("ko", "2016년 이래 회원 도시는 356개로 늘었다.", [("회원 도시는 356", 356, None)]),
    ("zh", "2016年以來，網絡成員增至294個。", [("成員增至294", 294, None)]),
    # the time of the joining itself
    ("en", "Cao Lanh, a member since joining in 2022, was the fifth Vietnamese member of the"
     " network.", [("fifth Vietnamese member", 5, "2022")]),
    ("fr", "Depuis son adhésion en 2022 au réseau, qui comptait 294 membres, Cork agit.",
     [("294 membres", 294, "2022")]),
    ("ja", "2016年の加盟時には115都市だったが、今では356都市が加盟している。",
     [("115都市", 115, "2016"), ("356都市", 356, None)]),
    ("zh", "2016年加入时网络只有115个成员，如今已有294个。",
     [("115个成员", 115, "2016"), ("294个", 294, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_joinings_year_does_not_date_the_present_state_after_it(
    language: str, text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    found = mentions(language, text)
    assert [(m.text, m.value, m.as_of and str(m.as_of)) for m in found] == expected
