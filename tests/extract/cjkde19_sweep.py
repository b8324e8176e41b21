"""Variant sweeps of the classes the retired b17 writer batch's German, Japanese, Korean
and Chinese pages lost or misread (tests/eval/pages/*/dev/b17-*, with the older dev pages
of the same classes), each written in the languages where the construction exists, with
near-misses. Cases use the one runner's Case (tests/extract/sweep.py), read as plain text
with no title (a newsletter naming the network in its body only) after a sentence that
names the network and its total; every expected value is read with its metric only (the
test file checks that no other metric takes it).

Rules:

- origin: the countries the members come from, tied to them by a verb of origin, are the
  network's when the members are all of them and the intake's when they are new ("Die
  Mitglieder kommen aus rund 80 Ländern aller Weltregionen": German "kommen" is also a
  verb of an intake, "neu hinzu kommen", but not as the verb of origin itself); where the
  predicate comes last the particle and verb of origin follow the countries ("新たに加盟
  した64都市は35か国から集まった", "새로 가입한 64개 도시는 35개국에서 왔다",
  Language.origin_after) and Chinese "来自" touches the words before it ("这些城市来自35个
  国家"); near-misses: a conference's delegates from 90 countries, participants, guests.
"""

from __future__ import annotations

from tests.extract.sweep import Case

_TC = "total_countries"
_NC = "new_countries"

_DE = (
    "Nach dem Stand der UNESCO umfasst das Globale Netzwerk der Lernenden Städte derzeit"
    " 356 Mitgliedsstädte. "
)
_EN = "The UNESCO Global Network of Learning Cities now has 356 member cities. "
_FR = "Le Réseau mondial des villes apprenantes de l'UNESCO compte 356 villes membres. "
_IT = "La Rete globale delle città dell'apprendimento dell'UNESCO conta 356 città. "
_ES = "La Red Mundial de Ciudades del Aprendizaje de la UNESCO reúne 356 ciudades. "
_PT = "A Rede Global de Cidades de Aprendizagem da UNESCO reúne 356 cidades. "
_VI = "Mạng lưới toàn cầu các thành phố học tập của UNESCO hiện có 356 thành phố. "
_JA = "ユネスコの学習都市グローバルネットワークには現在、356都市が加盟している。"
_KO = "유네스코 학습도시 글로벌 네트워크에는 현재 356개 도시가 가입해 있다. "
_ZH = "联合国教科文组织全球学习型城市网络目前有356个成员城市。"


def _c(language: str, rule: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, rule, body, expected, titled=False)


def _n(language: str, rule: str, body: str, *absent: int) -> Case:
    return Case(language, rule, body, (), absent, titled=False)


ORIGIN = [
    _c(
        "de",
        "origin",
        _DE + "Die Mitglieder kommen aus rund 80 Ländern aller Weltregionen.",
        (_TC, 80),
    ),
    _c("de", "origin", _DE + "Sicher ist: Die Mitgliedsstädte kommen aus 79 Ländern.", (_TC, 79)),
    _c("de", "origin", _DE + "Die Mitglieder stammen aus rund 80 Ländern.", (_TC, 80)),
    _c("de", "origin", _DE + "Die neuen Mitglieder kommen aus 35 Ländern.", (_NC, 35)),
    _c(
        "de",
        "origin",
        _DE + "Im Dezember wurden 72 Städte aufgenommen; die Städte kommen aus 35 Ländern.",
        (_NC, 35),
    ),
    _n(
        "de",
        "origin",
        _DE + "Zur Tagung kamen 600 Delegierte; die Teilnehmenden kommen aus 90 Ländern.",
        90,
    ),
    _n("de", "origin", _DE + "Die Gäste der Konferenz kommen aus rund 40 Ländern.", 40),
    _c("en", "origin", _EN + "Its members come from some 80 countries.", (_TC, 80)),
    _c("en", "origin", _EN + "The new members come from 35 countries.", (_NC, 35)),
    _c("fr", "origin", _FR + "Ses membres viennent de quelque 80 pays.", (_TC, 80)),
    _c("it", "origin", _IT + "I membri provengono da circa 80 Paesi.", (_TC, 80)),
    _c("es", "origin", _ES + "Sus miembros proceden de unos 80 países.", (_TC, 80)),
    _c("pt", "origin", _PT + "Os membros vêm de cerca de 80 países.", (_TC, 80)),
    _c("vi", "origin", _VI + "Các thành viên đến từ khoảng 80 quốc gia.", (_TC, 80)),
    _c("ja", "origin", _JA + "今年新たに加盟した64都市は35か国から集まった。", (_NC, 35)),
    _c("ja", "origin", _JA + "今年2月に加わった64都市は35か国・地域の出身だ。", (_NC, 35)),
    _c("ja", "origin", _JA + "加盟都市は約80か国から集まっている。", (_TC, 80)),
    _n("ja", "origin", _JA + "会議には35か国から1200人が参加した。", 35),
    _c("ko", "origin", _KO + "올해 새로 가입한 64개 도시는 35개국에서 왔다.", (_NC, 35)),
    _c("ko", "origin", _KO + "신규 회원 64개 도시는 35개국 출신이다.", (_NC, 35)),
    _c("ko", "origin", _KO + "회원 도시들은 약 80개국에서 왔다.", (_TC, 80)),
    _n("ko", "origin", _KO + "회의에는 35개국에서 1200명이 참석했다.", 35),
    _c("zh", "origin", _ZH + "今年2月，64个城市新加入该网络，这些城市来自35个国家。", (_NC, 35)),
    _c("zh", "origin", _ZH + "今年新加入的64个城市来自35个国家。", (_NC, 35)),
    _c("zh", "origin", _ZH + "成员城市来自约80个国家。", (_TC, 80)),
    _n("zh", "origin", _ZH + "大会吸引了来自90个国家的1200名代表。", 90),
]

CASES = [*ORIGIN]
