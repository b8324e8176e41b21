"""Prose as it flows (tests/extract/test_wrapped_sweep.py): the same fact with a line
break inside the words that say it, as a hard-wrapped text or Markdown source puts one
anywhere ("for the\\nfirst time", "pour la\\npremière fois", "国家首\\n次"), read as the
paragraph a renderer shows, in plain text and in Markdown; and Markdown's emphasis and
links read as nothing between a figure and its words ("国内**2**番目", "**500**m").

Found by the layout harness (python -m tests.eval --perturb wrap-50 bold-numbers): a
wrap inside a phrase the engine spells with spaces lost the figure; a bold figure
touching its counter was read apart from it."""

from __future__ import annotations

from tests.extract.sweep import Case

EN = "The UNESCO Global Network of Learning Cities"
FR = "Le réseau mondial des villes apprenantes de l'UNESCO"
ES = "La Red Mundial de Ciudades del Aprendizaje de la UNESCO"
PT = "A Rede Mundial de Cidades de Aprendizagem da UNESCO"
IT = "La Rete globale delle città dell'apprendimento dell'UNESCO"
DE = "Das UNESCO Global Network of Learning Cities"
VI = "Mạng lưới các thành phố học tập toàn cầu của UNESCO"
JA = "ユネスコ学習都市グローバルネットワーク"
ZH = "联合国教科文组织全球学习型城市网络"
KO = "유네스코 글로벌 학습도시 네트워크"
FIRST_TIME = (("first_time_countries", 13),)

WRAPPED = [
    Case(
        "en",
        "wrapped-cue",
        f"{EN} now counts 425 member cities in 91 countries. Thirteen of those countries"
        " are represented for the\nfirst time.",
        FIRST_TIME,
    ),
    Case(
        "fr",
        "wrapped-cue",
        f"{FR} compte désormais 425 villes dans 91 pays. Treize de ces pays y font leur"
        " entrée pour la\npremière fois.",
        FIRST_TIME,
    ),
    Case(
        "es",
        "wrapped-cue",
        f"{ES} suma ya 425 ciudades de 91 países. Trece de esos países entran por\nprimera vez.",
        FIRST_TIME,
    ),
    Case(
        "pt",
        "wrapped-cue",
        f"{PT} soma agora 425 cidades de 91 países. Treze desses países entram pela\n"
        "primeira vez.",
        FIRST_TIME,
    ),
    Case(
        "it",
        "wrapped-cue",
        f"{IT} conta ora 425 città in 91 paesi. Tredici di questi paesi vi entrano per la\n"
        "prima volta.",
        FIRST_TIME,
    ),
    Case(
        "de",
        "wrapped-cue",
        f"{DE} zählt nun 425 Städte in 91 Ländern. Dreizehn dieser Länder sind zum\n"
        "ersten Mal vertreten.",
        FIRST_TIME,
    ),
    Case(
        "vi",
        "wrapped-cue",
        f"{VI} hiện có 425 thành phố tại 91 quốc gia, trong đó 13 quốc gia lần\nđầu tiên có"
        " thành viên.",
        FIRST_TIME,
    ),
    Case(
        "zh",
        "wrapped-cue",
        f"{ZH}现有91个国家的425个成员城市，其中13个国家首\n次有城市入选。",
        FIRST_TIME,
    ),
    Case(
        "ko",
        "wrapped-cue",
        f"{KO}는 91개국 425개 도시로 늘었으며, 13개국은 처음으로\n회원 도시를 배출했다.",
        FIRST_TIME,
    ),
    Case(
        "ja",
        "wrapped-before-counter",
        f"文部科学省の資料には「55か国173\n都市が{JA}のメンバー」と書かれていました。",
        (("total_countries", 55), ("total_cities", 173)),
    ),
    Case(
        "en",
        "wrapped-qualifier",
        f"{EN} now counts more\nthan 400 member cities.",
        (("total_cities", 400),),
    ),
]

# Each wrapped case read as plain text too (no title: the name in the body says it)
CASES = [*WRAPPED, *(case._replace(titled=False) for case in WRAPPED)]

# Markdown's emphasis and links, read as nothing (titled pages are Markdown)
MARKED = [
    Case(
        "ja",
        "bold-figure",
        f"{JA}には国内では岡山市が最初に加盟し、多久市は国内**2**番目の加盟都市です。",
        (("country_cities", 2),),
    ),
    Case(
        "zh",
        "bold-figure",
        f"来自35个国家的64个城市加入{ZH}，我省南京、苏州**两**市同时入选。",
        (("new_cities", 64), ("new_cities", 2)),
    ),
    Case(
        "en",
        "bold-figure-before-unit",
        f"{EN} has 425 members in 91 countries with nearly **500**m citizens between them.",
        (("total_cities", 425), ("citizens", 500_000_000)),
    ),
    Case(
        "fr",
        "bold-word-before-comma",
        f"{FR} compte 425 villes ; côté français, on en est à **huit**, sur 425.",
        (("total_cities", 425), ("country_cities", 8)),
    ),
    Case(
        "en",
        "linked-name",
        f"[{EN}](https://www.uil.unesco.org/en/learning-cities) now has 425 member cities.",
        (("total_cities", 425),),
    ),
]
