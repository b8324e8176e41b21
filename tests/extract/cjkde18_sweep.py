"""Variant sweeps of the classes the retired b16 writer batch's Korean, Japanese, Chinese
and German pages lost (tests/eval/pages/*/dev/b16-*, with the older dev pages of the same
classes), each written in the languages where the construction exists, with near-misses
that must stay unread. Cases use the one runner's Case (tests/extract/sweep.py); the
titled ones are read on a page titled with the network's name, the others as plain text
with no title (a gazette or a city's news page, the network named in its body only).

Rules:

- sentence-heading: where words touch, a line that ends with the ideographic full stop
  (or holds a full-width comma) is a sentence, not a heading or a box's title: its year
  ("该网络创建于2013年" or "同ネットワークは2013年に創設された" and a full stop) does not
  date the key figures below it (a label "成员城市" and its value 356); near-misses: a
  short heading with a date over the same lines still dates them ("## 2019年7月");
- cjk-label: a label and its value in running CJK text, the pairs parted by the full-width
  semicolon, the ideographic full stop or a dash ("宣传片仍沿用旧数据" and a dash before
  "成员城市数量" and its value 170, a full-width semicolon, then "覆盖国家" and 53);
  a kana or hangul particle after the digits ends the value ("参加国" and "76のまま掲載"),
  as a full stop that ends the sentence does in other languages ("Staaten: 91. Nach
  Angaben ..."); near-misses: a telephone or a file number after a colon, an extension,
  a footer's identifiers after
  fields parted by ideographic spaces ("网站标识码" and its number);
- key-columns: a report's key figures in plain text, a label and its value on each line
  lined up by runs of spaces and no header ("Mitgliedsstädte weltweit      425" over
  "Vertretene Staaten      91" and "Neuaufnahmen am 4. Dezember 2025      72"), the value
  at a line's end never the unit of the next line's label ("91 Neuaufnahmen"); near-misses:
  a block of columns whose labels count no members (a state's municipalities, schools,
  pages, rooms) stays unread;
- coordinated: a count of countries right after the network's members and "and" ("Dort
  stehen 356 Mitgliedsstädte und 79 Länder", "356 member cities and 79 countries") or
  after the members' labelled value ("Mitgliedsstädte: 170; Staaten: 53") counts those
  members' countries, on a page whose title does not name the network; near-misses:
  countries after a count that is no members' (a library's branches and partners);
- topic-adverbs: Japanese members as the topic, then commas and adverbs of now or of the
  world before their bare count ("GNLCの加盟都市数は、現在、世界で200を超える", "加盟都市は、
  いまや、全世界で400を超える"); near-misses: UNESCO's member states, a year after the
  comma;
- country-question: a Chinese question of how many member cities a country has, its
  answer a bare count ("问" and "中国有多少个成员城市", then "答" and "12个") counts that
  country's members (was the countries: the 国 of 中国 read as the noun asked for);
  near-misses: an award's winners, the national scheme's cities;
- grown-to: a Chinese count of a country's members after a verb of growth, adverbs before
  it ("我国加入该网络的城市由此增至12个", "我国入选城市增至15个"); near-misses: an intake's
  selected cities ("入选城市共有72个"), a city's own schools;
- own-unit-answer: an FAQ's answer with its own noun or counter is read as the question
  asks ("日本の加盟都市は" asked, "A. 岡山市と多久市の2都市です", "한국의 회원 도시는 몇 곳인가요"
  asked, "답: 59곳입니다"); near-misses: an answer of years, of delegations;
- members-people: the people of "the member cities" named before them in the sentence
  are the network's, on a page whose title does not name it ("Nach dem Bericht erreichen die
  Mitgliedsstädte zusammen über 600 Millionen Menschen", after Germany's five members);
  near-misses: a utility's customers, another body's members;
- placed-closing: a country's count after the place and a verb of being, the unit left
  out, closing the clause ("in Deutschland sind es weiterhin drei", "in Germany there are
  still three"; Language.closing_locatives); near-misses: a city's place, a year, a count
  with a noun of its own;
- verbund: German press's other word for the network, "Verbund" ("Städte aus 79 Staaten
  sind in dem Verbund vertreten", "dem weltweiten Verbund gehören 425 Städte an");
  near-misses: a transport authority ("Verkehrsverbund"), a school federation.
"""

from __future__ import annotations

from tests.extract.sweep import Case

_T = "total_cities"
_C = "total_countries"
_N = "new_cities"
_P = "country_cities"


def _c(language: str, rule: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, rule, body, expected)


def _n(language: str, rule: str, body: str, *absent: int) -> Case:
    return Case(language, rule, body, (), absent)


def _undated(language: str, rule: str, body: str, *expected: tuple[str, int]) -> Case:
    """Plain text with no title; the expected figures carry no date (as_of "None")."""
    return Case(language, rule, body, expected, (), "None", False)


def _dated(language: str, rule: str, body: str, as_of: str, *expected: tuple[str, int]) -> Case:
    return Case(language, rule, body, expected, (), as_of, False)


def _plain(language: str, rule: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, rule, body, expected, (), None, False)


def _plain_n(language: str, rule: str, body: str, *absent: int) -> Case:
    return Case(language, rule, body, (), absent, None, False)


_SENTENCE_HEADING = [
    _undated(
        "zh",
        "sentence-heading",
        "宁波入选全球学习型城市网络。\n\n"
        "全球学习型城市网络（GNLC）创建于2013年，由终身学习研究所负责协调，自2015年起吸收成员。\n\n"
        "成员城市：356个\n\n覆盖国家：79个\n",
        (_T, 356),
        (_C, 79),
    ),
    _undated(
        "zh",
        "sentence-heading",
        "天津入选全球学习型城市网络。\n\n该网络于2013年成立。\n\n"
        "- 成员城市：425个\n- 覆盖国家：91个\n",
        (_T, 425),
        (_C, 91),
    ),
    _undated(
        "zh",
        "sentence-heading",
        "台中市加入全球學習型城市網絡。\n\n該網絡創建於2013年。\n\n成員城市：356個\n",
        (_T, 356),
    ),
    _undated(
        "ja",
        "sentence-heading",
        "岡山市はユネスコ学習都市グローバルネットワークに加盟しています。\n\n"
        "同ネットワークは2013年に創設された。\n\n加盟都市：356\n\n参加国：79\n",
        (_T, 356),
        (_C, 79),
    ),
    _undated(
        "ja",
        "sentence-heading",
        "ユネスコ学習都市グローバルネットワークの紹介。\n\n"
        "ネットワークは2013年、ユネスコ生涯学習研究所が立ち上げた。\n\n・加盟都市：425\n",
        (_T, 425),
    ),
    # near-misses: a heading's date still dates the lines below it
    _dated(
        "zh",
        "sentence-heading",
        "宁波入选全球学习型城市网络。\n\n2019年7月数据\n\n- 成员城市：170个\n- 覆盖国家：53个\n",
        "2019-07",
        (_T, 170),
        (_C, 53),
    ),
    _dated(
        "ja",
        "sentence-heading",
        "ユネスコ学習都市グローバルネットワークの紹介。\n\n## 2019年7月\n\n"
        "- 加盟都市：170\n- 参加国：53\n",
        "2019-07",
        (_T, 170),
        (_C, 53),
    ),
]

_CJK_LABEL = [
    _c(
        "zh",
        "cjk-label",
        "会上播放的宣传片仍沿用旧数据——成员城市数量：170；覆盖国家：53。",
        (_T, 170),
        (_C, 53),
    ),
    _c("zh", "cjk-label", "宣传册写着：成员城市数量：170；覆盖国家：53。", (_T, 170), (_C, 53)),
    _c("zh", "cjk-label", "旧版简介：成员城市：229个；覆盖国家：64个。", (_T, 229), (_C, 64)),
    _c("zh", "cjk-label", "該頁面仍顯示：成員城市數量：170；涵蓋國家：53。", (_T, 170), (_C, 53)),
    _c("ja", "cjk-label", "配布資料の記載は、加盟都市数：170；参加国：53。", (_T, 170), (_C, 53)),
    _c("ja", "cjk-label", "旧パンフレット――加盟都市：229；参加国数：64", (_T, 229), (_C, 64)),
    _c(
        "de",
        "cjk-label",
        "Auf dem Flyer steht: Mitgliedsstädte: 170; Staaten: 53.",
        (_T, 170),
        (_C, 53),
    ),
    # a particle after the value's digits ends it where words touch
    _c(
        "ja",
        "cjk-label",
        "市のパンフレットは、加盟都市数：294；参加国：76のまま掲載しています。",
        (_T, 294),
        (_C, 76),
    ),
    _c(
        "ko",
        "cjk-label",
        "안내문에는 회원 도시: 356; 참여 국가: 79로 적혀 있다.",
        (_T, 356),
        (_C, 79),
    ),
    # a full stop that ends the sentence ends the last value
    _c(
        "de",
        "cjk-label",
        "Die Übersicht nennt: Mitgliedsstädte: 425; Staaten: 91. Nach Angaben des Instituts "
        "leben dort fast 500 Millionen Menschen.",
        (_T, 425),
        (_C, 91),
    ),
    _c(
        "en",
        "cjk-label",
        "The leaflet says: Member cities: 294. Countries: 76. It will be reprinted.",
        (_T, 294),
        (_C, 76),
    ),
    _n("ja", "cjk-label", "電話：0120の番号です。", 120),
    _n("ja", "cjk-label", "問い合わせ：内線2415まで。", 2415),
    # near-misses: a telephone, a case number, a page after a colon
    _n("zh", "cjk-label", "咨询电话：87654321；联系人：王老师。", 87654321),
    _n("zh", "cjk-label", "文件编号：2025；页数：48。", 48),
    _n("ja", "cjk-label", "問い合わせ：生涯学習課；内線：214。", 214),
    # a footer's fields parted by ideographic spaces: the identifier's label is its own
    _n(
        "zh",
        "cjk-label",
        "主办：市人民政府办公厅\u3000浙ICP备05002360号\u3000网站标识码：3302000001",
        3302000001,
    ),
    _n(
        "ja", "cjk-label", "発行：市教育委員会\u3000人口：38万人\u3000登録番号：12345678", 12345678
    ),
]

_KEY_COLUMNS = [
    _plain(
        "de",
        "key-columns",
        "Gelsenkirchen gehört seit 2016 dem Global Network of Learning Cities der UNESCO an.\n\n"
        "    Tabelle 7.1: Das Netzwerk in Zahlen\n"
        "    Mitgliedsstädte weltweit                425\n"
        "    Vertretene Staaten                       91\n"
        "    Neuaufnahmen am 4. Dezember 2025         72\n",
        (_T, 425),
        (_C, 91),
        (_N, 72),
    ),
    _plain(
        "de",
        "key-columns",
        "Die Stadt ist Mitglied im UNESCO-Netzwerk der Lernenden Städte.\n\n"
        "Mitglieder          356\nStaaten             79\n",
        (_T, 356),
        (_C, 79),
    ),
    _plain(
        "en",
        "key-columns",
        "Leeds is a member of the UNESCO Global Network of Learning Cities.\n\n"
        "    Member cities worldwide              425\n"
        "    Countries represented                 91\n"
        "    New members on 4 December 2025        72\n",
        (_T, 425),
        (_C, 91),
        (_N, 72),
    ),
    _plain(
        "fr",
        "key-columns",
        "Clermont-Ferrand est membre du Réseau mondial des villes apprenantes de l'UNESCO.\n\n"
        "  Villes membres          425\n  Pays                    91\n",
        (_T, 425),
        (_C, 91),
    ),
    _plain(
        "es",
        "key-columns",
        "Puebla forma parte de la Red Mundial de Ciudades del Aprendizaje de la UNESCO.\n\n"
        "  Ciudades miembro        425\n  Países                  91\n",
        (_T, 425),
        (_C, 91),
    ),
    _plain(
        "zh",
        "key-columns",
        "宁波加入联合国教科文组织全球学习型城市网络。\n\n"
        "成员城市        425\n覆盖国家        91\n",
        (_T, 425),
        (_C, 91),
    ),
    _plain(
        "ja",
        "key-columns",
        "岡山市はユネスコ学習都市グローバルネットワークの加盟都市です。\n\n"
        "加盟都市数　　　425\n参加国数　　　　91\n",
        (_T, 425),
        (_C, 91),
    ),
    _plain(
        "ko",
        "key-columns",
        "수원시는 유네스코 글로벌 학습도시 네트워크 회원 도시다.\n\n"
        "회원 도시          425\n참여 국가          91\n",
        (_T, 425),
        (_C, 91),
    ),
    # near-misses: columns that count no members, under the network's name or not
    _plain_n(
        "es",
        "key-columns",
        "Indicadores de la Red Mundial de Ciudades del Aprendizaje de la UNESCO\n\n"
        "  Indicador                          Valor\n"
        "  Municipios del estado              217\n"
        "  Escuelas con programa de lectura   412\n",
        217,
        412,
    ),
    _plain_n(
        "de",
        "key-columns",
        "Gelsenkirchen gehört seit 2016 dem Global Network of Learning Cities der UNESCO an.\n\n"
        "    Kreise und kreisfreie Städte             43\n"
        "    Seiten des Berichts                     148\n",
        43,
        148,
    ),
    _plain_n(
        "en",
        "key-columns",
        "Leeds is a member of the UNESCO Global Network of Learning Cities.\n\n"
        "    Towns in the county                  31\n"
        "    Libraries                            64\n",
        31,
        64,
    ),
]

_COORDINATED = [
    _plain(
        "de",
        "coordinated",
        "Der Rat hat den Bildungsbericht zur Kenntnis genommen. "
        "Der Bericht liegt im Rathaus aus.\n\n"
        "Die Stadt gehört dem Global Network of Learning Cities der UNESCO an. Auf ihrer "
        "Internetseite stehen weiterhin 356 Mitgliedsstädte und 79 Länder.\n",
        (_T, 356),
        (_C, 79),
    ),
    _plain(
        "en",
        "coordinated",
        "The council noted the education report. The report is available at the town hall.\n\n"
        "The city belongs to the UNESCO Global Network of Learning Cities. Its website still "
        "lists 356 member cities and 79 countries.\n",
        (_T, 356),
        (_C, 79),
    ),
    _plain(
        "fr",
        "coordinated",
        "Le conseil a pris acte du rapport. Le rapport est consultable en mairie.\n\n"
        "La ville appartient au Réseau mondial des villes apprenantes de l'UNESCO. Son site "
        "affiche toujours 356 villes membres et 79 pays.\n",
        (_T, 356),
        (_C, 79),
    ),
    _plain(
        "zh",
        "coordinated",
        "市政府召开常务会议。会议审议了教育报告。\n\n我市是全球学习型城市网络成员。"
        "我市宣传片仍沿用旧数据——成员城市数量：170；覆盖国家：53。\n",
        (_T, 170),
        (_C, 53),
    ),
    _plain(
        "de",
        "coordinated",
        "Der Rat hat den Bildungsbericht zur Kenntnis genommen.\n\n"
        "Die Stadt gehört dem Global Network of Learning Cities der UNESCO an. Der Flyer nennt: "
        "Mitgliedsstädte: 170; Staaten: 53.\n",
        (_T, 170),
        (_C, 53),
    ),
    # near-misses: countries after a count that is no members'
    _plain_n(
        "de",
        "coordinated",
        "Die Stadt gehört dem Global Network of Learning Cities der UNESCO an.\n\n"
        "Die Stadtbibliothek hat 12 Filialen und Partner in 33 Ländern.\n",
        33,
    ),
    _plain_n(
        "en",
        "coordinated",
        "The city belongs to the UNESCO Global Network of Learning Cities.\n\n"
        "The city library has 12 branches and partners in 33 countries.\n",
        33,
    ),
]

_VERBUND = [
    _c(
        "de",
        "verbund",
        "Insgesamt sind nun Städte aus 79 Staaten in dem Verbund vertreten.",
        (_C, 79),
    ),
    _c("de", "verbund", "Dem weltweiten Verbund gehören 425 Städte an.", (_T, 425)),
    _c("de", "verbund", "Der Städteverbund zählt nun 425 Mitglieder.", (_T, 425)),
    _c("de", "verbund", "Im Verbund sind jetzt Städte aus 91 Ländern vertreten.", (_C, 91)),
    _n("de", "verbund", "Im Verkehrsverbund fahren 425 Busse.", 425),
    _n("de", "verbund", "Der Schulverbund umfasst 12 Schulen.", 12),
]

_TOPIC_ADVERBS = [
    _c(
        "ja",
        "topic-adverbs",
        "GNLCの加盟都市数は、現在、世界で200を超えると聞いております。",
        (_T, 200),
    ),
    _c("ja", "topic-adverbs", "加盟都市数は、現在、200を超えている。", (_T, 200)),
    _c("ja", "topic-adverbs", "加盟都市数は、世界で200を超えている。", (_T, 200)),
    _c(
        "ja",
        "topic-adverbs",
        "学習都市ネットワークの加盟都市は、いまや、全世界で400を超える。",
        (_T, 400),
    ),
    _c("ja", "topic-adverbs", "加盟都市数は今や425に達した。", (_T, 425)),
    _c("ja", "topic-adverbs", "加盟都市数は、425。", (_T, 425)),
    # near-misses: UNESCO's member states, a year after the comma
    _n("ja", "topic-adverbs", "ユネスコの加盟国は、現在、194である。", 194),
    _n("ja", "topic-adverbs", "加盟都市数は、2025年12月に発表された。", 2025),
]

_COUNTRY_QUESTION = [
    _c("zh", "country-question", "问：中国有多少个成员城市？\n答：12个。", (_P, 12)),
    _c("zh", "country-question", "问：我国有多少个成员城市？\n答：15个。", (_P, 15)),
    _c("zh", "country-question", "问：日本有多少个成员城市？答：2个。", (_P, 2)),
    _c("zh", "country-question", "問：韓國有多少個成員城市？\n答：59個。", (_P, 59)),
    _c("zh", "country-question", "问：网络目前有多少个成员城市？\n答：425个。", (_T, 425)),
    _c("zh", "country-question", "问：网络覆盖多少个国家？\n答：91个。", (_C, 91)),
    # near-misses: an award's winners, the national scheme's cities
    _n("zh", "country-question", "问：中国有多少个城市获得学习型城市奖？\n答：10个。", 10),
    _n("zh", "country-question", "问：全国有多少个学习型城市建设示范城市？\n答：74个。", 74),
]

_GROWN_TO = [
    _c(
        "zh",
        "grown-to",
        "新加入的64个成员中包括中国南京和苏州，我国加入该网络的城市由此增至12个。",
        (_P, 12),
    ),
    _c("zh", "grown-to", "我国入选城市增至15个，宁波是浙江省第二个加入该网络的城市。", (_P, 15)),
    _c("zh", "grown-to", "我国加入该网络的城市已经达到15个。", (_P, 15)),
    _c("zh", "grown-to", "网络成员城市由此增至425个。", (_T, 425)),
    # near-misses: an intake's selected cities ("共有"), a city's own schools
    Case("zh", "grown-to", "入选城市共有72个，来自46个国家。", (("new_cities", 72),), (), None),
    _n("zh", "grown-to", "我市入选城市后，社区学校增至120个。", 120),
]

_OWN_UNIT_ANSWER = [
    _c(
        "ja",
        "own-unit-answer",
        "Q. 日本の加盟都市は？\nA. 岡山市と佐賀県多久市の2都市です。",
        (_P, 2),
    ),
    _c("ja", "own-unit-answer", "Q. 日本の加盟都市は？\nA. 2都市です。", (_P, 2)),
    _c("ja", "own-unit-answer", "日本の加盟都市は？ 岡山市と多久市の2都市です。", (_P, 2)),
    _c(
        "ko", "own-unit-answer", "질문: 한국의 회원 도시는 몇 곳인가요?\n답: 59곳입니다.", (_P, 59)
    ),
    _c("ko", "own-unit-answer", "Q. 한국의 회원 도시는 몇 곳인가요?\nA. 59곳.", (_P, 59)),
    _c("zh", "own-unit-answer", "问：中国有多少个成员城市？\n答：12个城市。", (_P, 12)),
    _c("zh", "own-unit-answer", "问：网络覆盖多少个国家？\n答：91个国家。", (_C, 91)),
    _c(
        "ko",
        "own-unit-answer",
        "질문: 네트워크 회원 도시는 모두 몇 곳인가요?\n답: 425곳입니다.",
        (_T, 425),
    ),
    # near-misses: an answer whose noun is not the one asked about, a question of years
    _n("ja", "own-unit-answer", "Q. 日本の加盟都市は？\nA. 加盟から10年です。", 10),
    _n("zh", "own-unit-answer", "问：中国有多少个成员城市？\n答：去年接待了30个代表团。", 30),
]

_LEAD = {
    "de": "Der Rat hat den Bildungsbericht zur Kenntnis genommen. Er liegt im Rathaus aus.\n\n"
    "Gelsenkirchen gehört seit 2016 dem Global Network of Learning Cities der UNESCO an. "
    "Gelsenkirchen ist die dienstälteste von fünf deutschen Mitgliedsstädten. ",
    "en": "The council noted the education report. It is available at the town hall.\n\n"
    "Leeds has belonged to the UNESCO Global Network of Learning Cities since 2016. "
    "Britain has five member cities. ",
    "fr": "Le conseil a pris acte du rapport. Il est consultable en mairie.\n\n"
    "Clermont appartient depuis 2016 au Réseau mondial des villes apprenantes de l'UNESCO. "
    "La France compte cinq villes membres. ",
}
_CI = "citizens"
_MEMBERS_PEOPLE = [
    _plain(
        "de",
        "members-people",
        _LEAD["de"] + "Nach dem Bericht erreichen die Mitgliedsstädte zusammen über 600 Millionen"
        "\nMenschen.",
        (_CI, 600_000_000),
    ),
    _plain(
        "de",
        "members-people",
        _LEAD["de"] + "In den Mitgliedsstädten leben rund 390 Millionen Menschen.",
        (_CI, 390_000_000),
    ),
    _plain(
        "en",
        "members-people",
        _LEAD["en"] + "The member cities together reach over 600 million people.",
        (_CI, 600_000_000),
    ),
    _plain(
        "fr",
        "members-people",
        _LEAD["fr"] + "Les villes membres réunissent plus de 600 millions d'habitants.",
        (_CI, 600_000_000),
    ),
    # near-misses: a utility's customers, another body's members
    _plain_n(
        "de", "members-people", _LEAD["de"] + "Die Stadtwerke versorgen 600.000 Menschen.", 600_000
    ),
    _plain_n(
        "de",
        "members-people",
        _LEAD["de"] + "Die Mitglieder des Deutschen Städtetags vertreten 51 Millionen Menschen.",
        51_000_000,
    ),
]

_PLACED_CLOSING = [
    _c(
        "de",
        "placed-closing",
        "Weltweit sind es inzwischen 356 Städte in 79 Ländern; in Deutschland sind es "
        "weiterhin drei.",
        (_T, 356),
        (_P, 3),
    ),
    _c("de", "placed-closing", "In Deutschland gibt es bislang nur zwei.", (_P, 2)),
    _c("de", "placed-closing", "Aus Deutschland sind es jetzt vier.", (_P, 4)),
    _c(
        "en",
        "placed-closing",
        "Worldwide there are now 356 cities in 79 countries; in Germany there are still three.",
        (_T, 356),
        (_P, 3),
    ),
    _c("en", "placed-closing", "In Germany, there are now four.", (_P, 4)),
    # near-misses: a city's own count, a year, a count with its own noun of another thing
    _n("de", "placed-closing", "In Hamburg sind es drei.", 3),
    _n("de", "placed-closing", "Im Jahr 2025 sind es 72.", 72),
    _n("en", "placed-closing", "In Germany there are 16 federal states.", 16),
]

CASES = (
    _SENTENCE_HEADING
    + _CJK_LABEL
    + _KEY_COLUMNS
    + _COORDINATED
    + _VERBUND
    + _TOPIC_ADVERBS
    + _COUNTRY_QUESTION
    + _GROWN_TO
    + _OWN_UNIT_ANSWER
    + _MEMBERS_PEOPLE
    + _PLACED_CLOSING
)
