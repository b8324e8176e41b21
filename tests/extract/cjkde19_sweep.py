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
  国家"); near-misses: a conference's delegates from 90 countries, participants, guests;
- headline-repeat: a headline's bare count that the story tells again further down as one
  country's members, under a story whose intake is another number ("학습도시 59곳 시대"
  over 72 new members, then "국내 가입 도시는 59곳이 됐다"), is that country's count, not a
  second intake (lcnet.extract.repeats); near-misses: a headline that repeats the intake
  itself ("72 neue Lernstädte");
- series: a country's count of cities right after a sentence, in its paragraph, that
  counted a country's members is that country's members too, on a page whose lead names
  a conference or an award (no page topic): "韓国は56都市が加盟し、国別で最も多い。ベトナ
  ムも5都市を数え、中国は12都市に達した", "베트남도 5곳을 헤아리고, 중국은 12곳에 이르렀다"
  (with the Japanese verb's stem before a comma a verb of being a member, Language.
  member_verbs); near-misses: the same country sentence before a count of universities,
  an award's winners, cities of a million people;
- capitals-of-origin: the capitals counted as a part ("其中", "そのうち", "이 가운데") right
  after the countries an intake's cities come from are capitals among those cities, not
  of the countries ("72个城市来自46个国家, 其中11个是首都"); near-miss: an award's winners
  as that part;
- national-scheme: a country's own scheme, title or network of learning cities owns the
  cities counted with it, never the GNLC: a national title held as an object ("tragen
  inzwischen mehr als 190 Städte und Landkreise diesen nationalen Titel", "hold the
  national title"), Germany's "Bildungskommunen", China's national network of 2024
  ("全国学习型城市网络名单", "全国共有80个市、区、县入选": its bare "学习型城市网络" was
  read as the GNLC's name, and "联合国教科文组织的全球网络" set apart from it is the GNLC's);
  near-misses: the GNLC's own counts in the same sentences
  ("der nationale Titel ist davon unabhängig" as a subject, a city that joined the GNLC);
- fronted-with: a clause opened by "with" and a count belongs to the country that is the
  subject right after it, whatever the verb in German ("Mit 56 Mitgliedern stellt die
  Republik Korea mehr Lernstädte als jedes andere Land" was an intake of 56; "liegt",
  "führt") and after the comma in French and Italian ("Avec 56 membres, la Corée est en
  tête"; Language.fronted_with); near-misses: the network as that subject, with its intake;
- circulation: a dated source still in use says its figure today (stale, not historic):
  Korean had no Language.circulation_markers ("백서에는 … 적혀 있는데, 누리집 소개 글도 지금까지
  그 문장을 그대로 쓰고 있다", "아직도 … 적혀 있다", "수정되지 않은 채"), Japanese lacked the
  forms of "still as written" ("と書いたままだ", "と記したまま", "今も使われている");
  near-misses: a dated source reported in the past keeps its date.
"""

from __future__ import annotations

from tests.extract.sweep import Case

_T = "total_cities"
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

_CP = "country_cities"
_NEW = "new_cities"

HEADLINE_REPEAT = [
    _c(
        "ko",
        "headline-repeat",
        "학습도시 59곳 시대, 숫자보다 내용이다\n\n이달 초 유네스코가 글로벌 학습도시"
        " 네트워크(GNLC) 신규 회원 72곳을 발표했다. 국내에서는 3곳이 이름을 올렸고,"
        " 이로써 국내 가입 도시는 59곳이 됐다.",
        (_CP, 59),
        (_NEW, 72),
    ),
    _c(
        "ko",
        "headline-repeat",
        "[사설] 59곳, 이제는 내용이다\n\n유네스코 학습도시 글로벌 네트워크에 올해 72개 도시가 새로"
        " 가입했다. 이로써 한국의 회원 도시는 59곳으로 늘었다.",
        (_CP, 59),
    ),
    _c(
        "de",
        "headline-repeat",
        "59 Lernstädte – und jetzt?\n\nAnfang Dezember hat die UNESCO 72 neue Mitglieder in ihr"
        " Globales Netzwerk der Lernenden Städte aufgenommen. Drei davon liegen in Korea; das Land"
        " zählt damit 59 Mitglieder.",
        (_CP, 59),
        (_NEW, 72),
    ),
    _c(
        "fr",
        "headline-repeat",
        "Le cap des 59 villes\n\nDébut décembre, l'UNESCO a admis 72 nouveaux membres dans son"
        " Réseau mondial des villes apprenantes. Trois sont coréennes : la Corée compte désormais"
        " 59 villes membres.",
        (_CP, 59),
    ),
    _c(
        "es",
        "headline-repeat",
        "La era de las 59 ciudades\n\nA principios de diciembre, la UNESCO admitió 72 nuevos"
        " miembros en su Red Mundial de Ciudades del Aprendizaje. Tres son coreanas: Corea cuenta"
        " ya con 59 ciudades miembro.",
        (_CP, 59),
    ),
    _c(
        "it",
        "headline-repeat",
        "Quota 59 città\n\nAll'inizio di dicembre l'UNESCO ha ammesso 72 nuovi membri nella sua"
        " Rete globale delle città dell'apprendimento. Tre sono coreane: la Corea conta ora 59"
        " città aderenti.",
        (_CP, 59),
    ),
    _c(
        "pt",
        "headline-repeat",
        "A marca das 59 cidades\n\nNo início de dezembro, a UNESCO admitiu 72 novos membros na sua"
        " Rede Global de Cidades de Aprendizagem. Três são coreanas: a Coreia conta agora com 59"
        " cidades-membro.",
        (_CP, 59),
    ),
    _c(
        "vi",
        "headline-repeat",
        "Kỷ nguyên 59 thành phố học tập\n\nĐầu tháng 12, UNESCO kết nạp 72 thành viên mới vào Mạng"
        " lưới toàn cầu các thành phố học tập. Hàn Quốc có thêm 3 thành phố, nâng tổng số thành"
        " viên của Hàn Quốc lên 59.",
        (_CP, 59),
    ),
    _c(
        "de",
        "headline-repeat",
        "72 neue Lernstädte\n\nAnfang Dezember hat die UNESCO 72 neue Mitglieder in ihr Globales"
        " Netzwerk der Lernenden Städte aufgenommen. Drei davon liegen in Korea; das Land zählt"
        " damit 59 Mitglieder.",
        (_NEW, 72),
        (_CP, 59),
    ),
]

_JA_LEAD = "今月開かれた第6回学習都市国際会議で、ユネスコ学習都市賞の受賞10都市が発表された。\n\n"
_KO_LEAD = "제6차 세계학습도시회의에서 유네스코 학습도시상 수상 도시 10곳이 발표됐다.\n\n"
_ZH_LEAD = "在第六届国际学习型城市大会上，10个城市荣获联合国教科文组织学习型城市奖。\n\n"
_DE_LEAD = (
    "Auf der 6. Internationalen Konferenz über Lernende Städte erhielten zehn Städte den"
    " Preis.\n\n"
)
_EN_LEAD = (
    "At the 6th International Conference on Learning Cities, ten cities received the award.\n\n"
)

SERIES = [
    _c(
        "ja",
        "series",
        _JA_LEAD
        + _JA
        + "\n\nアジアの動きは活発だ。韓国は56都市が加盟し、国別で最も多い。ベトナムも"
        "5都市を数え、中国は12都市に達したと伝えられる。",
        (_CP, 56),
        (_CP, 5),
        (_CP, 12),
    ),
    _c(
        "ja",
        "series",
        _JA_LEAD + _JA + "\n\n韓国からは56都市が加盟しており、最も多い。ベトナムも5都市を数える。",
        (_CP, 56),
        (_CP, 5),
    ),
    _c(
        "ja",
        "series",
        _JA_LEAD + _JA + "\n\n韓国の加盟都市は56に上る。中国も12都市となった。",
        (_CP, 56),
        (_CP, 12),
    ),
    _c(
        "ko",
        "series",
        _KO_LEAD + _KO + "\n\n한국은 56곳이 가입해 있어 가장 많다. 베트남도 5곳을 헤아리고, 중국은"
        " 12곳에 이르렀다.",
        (_CP, 56),
        (_CP, 5),
        (_CP, 12),
    ),
    _c(
        "ko",
        "series",
        _KO_LEAD + _KO + "\n\n한국의 회원 도시는 56곳이다. 중국도 12개 도시에 달한다.",
        (_CP, 56),
        (_CP, 12),
    ),
    _c(
        "zh",
        "series",
        _ZH_LEAD + _ZH + "\n\n韩国已有56个城市成为会员，数量居各国之首。越南也有5个城市。",
        (_CP, 56),
        (_CP, 5),
    ),
    _c(
        "de",
        "series",
        _DE_LEAD + _DE + "\n\nKorea ist mit 56 Mitgliedsstädten am stärksten vertreten. Vietnam"
        " zählt fünf Städte, China hat inzwischen 12 Städte.",
        (_CP, 56),
        (_CP, 5),
        (_CP, 12),
    ),
    _c(
        "en",
        "series",
        _EN_LEAD + _EN + "\n\nKorea has 56 member cities, more than any other country. Viet Nam"
        " counts five cities, and China has reached 12 cities.",
        (_CP, 56),
        (_CP, 5),
        (_CP, 12),
    ),
    Case(
        "ja",
        "series",
        _JA_LEAD + _JA + "\n\n韓国は56都市が加盟し、国別で最も多い。中国には12の大学がある。",
        ((_CP, 56),),
        (12,),
        titled=False,
    ),
    Case(
        "zh",
        "series",
        _ZH_LEAD + _ZH + "\n\n韩国已有56个城市成为会员。中国有12个城市荣获学习型城市奖。",
        ((_CP, 56),),
        (12,),
        titled=False,
    ),
    Case(
        "de",
        "series",
        _DE_LEAD + _DE + "\n\nKorea ist mit 56 Mitgliedsstädten am stärksten vertreten. In China"
        " gibt es 12 Städte mit über einer Million Einwohnern.",
        ((_CP, 56),),
        (12,),
        titled=False,
    ),
]

_NCAP = "new_capitals"

CAPITALS_OF_ORIGIN = [
    _c(
        "zh",
        "capitals-of-origin",
        _ZH + "2025年12月新加入的72个城市来自46个国家，其中11个是首都。",
        (_NEW, 72),
        (_NC, 46),
        (_NCAP, 11),
    ),
    _c(
        "ja",
        "capitals-of-origin",
        _JA + "昨年12月に新たに加盟した72都市は46か国から集まり、そのうち11都市は各国の首都だ。",
        (_NC, 46),
        (_NCAP, 11),
    ),
    _c(
        "ko",
        "capitals-of-origin",
        _KO + "지난해 12월 새로 가입한 72개 도시는 46개국에서 왔으며, 이 가운데 11곳은 수도다.",
        (_NC, 46),
        (_NCAP, 11),
    ),
    _n(
        "zh",
        "capitals-of-origin",
        _ZH + "2025年12月新加入的72个城市来自46个国家，其中11个城市获得学习型城市奖。",
        11,
    ),
]

NATIONAL_SCHEME = [
    _n(
        "de",
        "national-scheme",
        _DE + "Ganz unabhängig davon zeichnet das koreanische Bildungsministerium seit 2001"
        ' Kommunen als "Lebenslang lernende Stadt" aus; nach Angaben unserer Partner tragen'
        " inzwischen mehr als 190 Städte und Landkreise diesen nationalen Titel.",
        190,
    ),
    _n(
        "de",
        "national-scheme",
        _DE + "In Korea führen rund 200 Städte die nationale Auszeichnung.",
        200,
    ),
    _n(
        "de",
        "national-scheme",
        _DE + "Mehr als 190 Städte und Landkreise sind Bildungskommunen.",
        190,
    ),
    _c(
        "de",
        "national-scheme",
        _DE + "Korea stellt mit 59 Mitgliedern die meisten Lernstädte; der nationale Titel ist"
        " davon unabhängig.",
        (_CP, 59),
    ),
    _n(
        "en",
        "national-scheme",
        _EN + "Separately, more than 190 Korean cities and counties hold the national title of"
        " lifelong learning city.",
        190,
    ),
    _c(
        "en",
        "national-scheme",
        _EN + "Korea has 59 member cities, the most of any country; the national title is a"
        " separate matter.",
        (_CP, 59),
    ),
    _n(
        "zh",
        "national-scheme",
        _ZH
        + "2024年，教育部发布首批全国学习型城市网络名单，天津市和滨海新区均在其列，全国共有80个"
        "市、区、县入选。",
        80,
    ),
    _n("zh", "national-scheme", _ZH + "另外，全國學習型城市網絡首批名單共有80個市、區、縣。", 80),
    _n(
        "zh",
        "national-scheme",
        _ZH + "我市已入选全国学习型城市网络，这一国家级网络首批共有80个成员。",
        80,
    ),
    Case(
        "zh",
        "national-scheme",
        "2024年，教育部发布首批全国学习型城市网络名单，全国共有80个市、区、县入选。该网络由教育部推动，"
        "与联合国教科文组织的全球网络不是同一项目。\n\n部分展板称网络成员“已超过500个城市”，与公布的"
        "数据不符。",
        (("total_cities", 500),),
        (80,),
        titled=False,
    ),
    _c(
        "zh",
        "national-scheme",
        "我市于2020年加入学习型城市网络，该网络目前有229个成员城市。",
        (_T, 229),
    ),
    _n(
        "ko",
        "national-scheme",
        _KO + "이와 별개로 교육부가 지정한 평생학습도시는 200곳 가까이 된다.",
        200,
    ),
]

_FR = "Le Réseau mondial des villes apprenantes de l'UNESCO compte 356 villes membres.\n\n"

FRONTED_WITH = [
    _c(
        "de",
        "fronted-with",
        _DE + "Auffällig ist, wie stark Korea darin vertreten ist. Mit 56 Mitgliedern stellt die"
        " Republik Korea mehr Lernstädte als jedes andere Land.",
        (_CP, 56),
    ),
    _c("de", "fronted-with", _DE + "Mit 59 Mitgliedern liegt Korea klar vorn.", (_CP, 59)),
    _c(
        "de",
        "fronted-with",
        _DE + "Mit 13 Mitgliedsstädten führt Thailand die Region an.",
        (_CP, 13),
    ),
    _c(
        "de",
        "fronted-with",
        _DE + "Mit vier Mitgliedsstädten ist Deutschland vertreten.",
        (_CP, 4),
    ),
    _c(
        "de",
        "fronted-with",
        _DE + "Mit 72 neuen Mitgliedern hat das Netzwerk nun 425 Städte.",
        (_NEW, 72),
        (_T, 425),
    ),
    _c("fr", "fronted-with", _FR + "Avec 56 membres, la Corée est en tête.", (_CP, 56)),
    _c("fr", "fronted-with", _FR + "Avec treize villes, la Thaïlande mène la région.", (_CP, 13)),
    _c(
        "fr",
        "fronted-with",
        _FR + "Avec 72 nouveaux membres, le réseau compte désormais 425 villes.",
        (_NEW, 72),
        (_T, 425),
    ),
    _c("it", "fronted-with", _IT + "Con 56 membri, la Corea è in testa.", (_CP, 56)),
    _c("en", "fronted-with", _EN + "With 56 members, Korea leads the list.", (_CP, 56)),
    _c("es", "fronted-with", _ES + "Con 56 miembros, Corea encabeza la lista.", (_CP, 56)),
]

_JA425 = "ユネスコの学習都市グローバルネットワークには現在、91か国の425都市が加盟している。"
_KO425 = "유네스코 학습도시 글로벌 네트워크에는 현재 91개국 425개 도시가 가입해 있다. "


def _said(language: str, body: str, as_of: str, *expected: tuple[str, int]) -> Case:
    return Case(language, "circulation", body, expected, as_of=as_of, titled=False)


CIRCULATION = [
    _said(
        "ko",
        _KO425
        + '지난해 펴낸 백서에는 "356개 도시가 참여하는 네트워크"라고 적혀 있는데, 시청 누리집'
        " 소개 글도 지금까지 그 문장을 그대로 쓰고 있다.",
        "None",
        (_T, 356),
    ),
    _said(
        "ko",
        _KO425 + "2023년에 만든 안내문에는 아직도 '356개 도시'라고 적혀 있다.",
        "None",
        (_T, 356),
    ),
    _said(
        "ko",
        _KO425 + "2023년에 만든 리플릿은 수정되지 않은 채 '356개 도시'로 남아 있다.",
        "None",
        (_T, 356),
    ),
    _said("ko", _KO425 + "2019년 백서에는 170개 도시로 적혀 있었다.", "2019", (_T, 170)),
    _said("ja", _JA425 + "2024年の案内には「356都市が加盟」と書いたままだ。", "None", (_T, 356)),
    _said(
        "ja",
        _JA425
        + "昨年作ったパンフレットは「356都市が加盟」と記したまま、いまも窓口に置かれている。",
        "None",
        (_T, 356),
    ),
    _said(
        "ja",
        _JA425 + "昨年作ったパンフレットには「356都市が加盟」と書かれていた。",
        "2024",
        (_T, 356),
    ),
]

CASES = [
    *CIRCULATION,
    *ORIGIN,
    *HEADLINE_REPEAT,
    *SERIES,
    *CAPITALS_OF_ORIGIN,
    *NATIONAL_SCHEME,
    *FRONTED_WITH,
]
