"""A country's count of none, in every language lcnet reads: "no German city has joined
yet", "noch keine deutsche Stadt", "aucune ville belge", "ninguna ciudad boliviana",
"nenhuma cidade angolana", "nessuna città svizzera", "Lào chưa có thành phố nào",
"라오스에는 아직 회원 도시가 없다", "还没有柬埔寨城市", "ラオスの加盟都市はまだない"
(Language.zeros, lcnet.extract.zeros).

What is not read: a zero of an award or a prize, a zero of no country ("no new city"), a
zero whose sentence says nothing of membership ("no German city hosted the conference").
A zero is judged only for a country whose member list the store marks complete."""

from __future__ import annotations

import pytest

import lcnet
from tests.conftest import TODAY
from tests.extract.titled import Row, read_titled

CC = "country_cities"
NEW = "new_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("en", "No German city has joined the network yet.",
     [("No German city", CC, 0, "exact", None, "DE")]),
    ("en", "So far no city from Belgium is a member.",
     [("no city from Belgium", CC, 0, "exact", None, "BE")]),
    ("en", "Qatar still has no member cities, the network's coordinators said.",
     [("Qatar still has no member cities", CC, 0, "exact", None, "QA")]),
    ("en", "No Thai city joined the network in 2024.",
     [("No Thai city", NEW, 0, "exact", "2024", "TH")]),
    ("en", "No German city has won the Learning City Award.", []),
    ("en", "No German city hosted the conference.", []),
    ("en", "No new city joined the network this year.", []),
    ("de", "Noch ist keine deutsche Stadt dem Netzwerk beigetreten.",
     [("keine deutsche Stadt", CC, 0, "exact", None, "DE")]),
    ("de", "Aus Österreich ist bisher keine Stadt Mitglied.",
     [("Aus Österreich ist bisher keine Stadt", CC, 0, "exact", None, "AT")]),
    ("de", "Katar hat noch keine Mitgliedsstadt.",
     [("Katar hat noch keine Mitgliedsstadt", CC, 0, "exact", None, "QA")]),
    ("de", "Bislang gehört keine Stadt aus Belgien dazu.",
     [("keine Stadt aus Belgien", CC, 0, "exact", None, "BE")]),
    ("de", "Keine deutsche Stadt hat den Learning City Award gewonnen.", []),
    ("fr", "Aucune ville belge n'en fait encore partie.",
     [("Aucune ville belge", CC, 0, "exact", None, "BE")]),
    ("fr", "Le Qatar ne compte aucune ville membre du réseau.",
     [("Qatar ne compte aucune ville", CC, 0, "exact", None, "QA")]),
    ("fr", "Aucune commune du Luxembourg n'est membre à ce jour.",
     [("Aucune commune du Luxembourg", CC, 0, "exact", None, "LU")]),
    ("fr", "Aucune ville suisse n'a reçu le prix cette année.", []),
    ("es", "Ninguna ciudad boliviana se ha sumado todavía.",
     [("Ninguna ciudad boliviana", CC, 0, "exact", None, "BO")]),
    ("es", "Ningún municipio de Uruguay forma parte de la red.",
     [("Ningún municipio de Uruguay", CC, 0, "exact", None, "UY")]),
    ("es", "Paraguay aún no tiene ninguna ciudad miembro.",
     [("Paraguay aún no tiene ninguna ciudad", CC, 0, "exact", None, "PY")]),
    ("es", "Ninguna ciudad chilena ganó el premio.", []),
    ("pt", "Nenhuma cidade angolana integra ainda a rede.",
     [("Nenhuma cidade angolana", CC, 0, "exact", None, "AO")]),
    ("pt", "O Catar ainda não tem nenhuma cidade na rede.",
     [("Catar ainda não tem nenhuma cidade", CC, 0, "exact", None, "QA")]),
    ("pt", "Nenhum município de Moçambique é membro até agora.",
     [("Nenhum município de Moçambique", CC, 0, "exact", None, "MZ")]),
    ("pt", "Nenhuma cidade brasileira foi premiada.", []),
    ("it", "Nessuna città svizzera è ancora entrata nella rete.",
     [("Nessuna città svizzera", CC, 0, "exact", None, "CH")]),
    ("it", "Nessun comune del Qatar è membro della rete.",
     [("Nessun comune del Qatar", CC, 0, "exact", None, "QA")]),
    ("it", "L'Austria non ha ancora nessuna città nella rete.",
     [("L'Austria non ha ancora nessuna città", CC, 0, "exact", None, "AT")]),
    ("it", "Nessuna città italiana ha vinto il premio.", []),
    ("vi", "Lào vẫn chưa có thành phố nào gia nhập.",
     [("Lào vẫn chưa có thành phố nào", CC, 0, "exact", None, "LA")]),
    ("vi", "Hiện chưa có thành phố nào của Campuchia là thành viên.",
     [("chưa có thành phố nào của Campuchia", CC, 0, "exact", None, "KH")]),
    ("vi", "Chưa có thành phố nào của Lào nhận giải thưởng.", []),
    ("ko", "라오스에는 아직 회원 도시가 없다.",
     [("라오스에는 아직 회원 도시가 없", CC, 0, "exact", None, "LA")]),
    ("ko", "독일의 회원 도시는 아직 한 곳도 없다.",
     [("독일의 회원 도시는 아직 한 곳도 없", CC, 0, "exact", None, "DE")]),
    ("ko", "독일 도시는 아직 상을 받은 적이 없다.", []),
    ("zh", "目前还没有柬埔寨城市加入该网络。",
     [("还没有柬埔寨城市", CC, 0, "exact", None, "KH")]),
    ("zh", "老挝的成员城市至今一个也没有。",
     [("老挝的成员城市至今一个也没有", CC, 0, "exact", None, "LA")]),
    ("zh", "还没有柬埔寨城市获得该奖。", []),
    ("ja", "ラオスの加盟都市はまだない。",
     [("ラオスの加盟都市はまだない", CC, 0, "exact", None, "LA")]),
    ("ja", "カンボジアからの加盟はまだありません。",
     [("カンボジアからの加盟はまだありません", CC, 0, "exact", None, "KH")]),
    ("ja", "ドイツの都市はまだ賞を受けていない。", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_country_with_no_member_city_is_a_count_of_none(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


_PAGE = "# UNESCO Global Network of Learning Cities\n\n{}\n"


@pytest.fixture(scope="module")
def api_store() -> lcnet.Store:
    return lcnet.open_store(today=TODAY)


@pytest.mark.parametrize(
    ("language", "date", "sentence", "verdict"),
    [
        # Qatar's list is complete: it had members from 2016 on (Doha's neighbours joined
        # in the rolling years); in 2024 it had seven
        ("en", "2024-03-01", "Qatar still has no member city in the network.", "stale"),
        ("de", "2024-03-01", "Katar hat noch keine Mitgliedsstadt im Netzwerk.", "stale"),
        # Thailand's list is complete: before Chiang Rai (July 2019) it had none
        ("en", "2018-03-01", "Thailand has no member city in the network yet.", "current"),
        ("de", "2018-03-01", "Saudi-Arabien hat noch keine Mitgliedsstadt.", "current"),
        # Germany's list is not marked complete: a zero cannot be judged
        ("en", "2024-03-01", "No German city has joined the network yet.", "unverifiable"),
        ("fr", "2024-03-01", "Aucune ville belge n'en fait encore partie.", "unverifiable"),
    ],
)  # fmt: skip
def test_a_zero_is_judged_only_on_a_complete_list(
    api_store: lcnet.Store, language: str, date: str, sentence: str, verdict: str
) -> None:
    report = api_store.check_text(_PAGE.format(sentence), date=date, kind="markdown",
                                  language=language)  # fmt: skip
    assert [(f.metric, f.value, f.verdict) for f in report.figures] == [
        ("country_cities", 0, verdict)
    ]
