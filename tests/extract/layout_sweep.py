"""Variants of layout (tests/extract/test_layout_sweep.py): the same fact written with the
spaces typesetters use between a number and its noun, a month and its year, and between
digit groups (U+00A0, U+202F, U+2009), in every language where writers do; near-misses:
a number grouped by a thin space stays one number; and every space between words written
twice; a timeline's list item wrapped over two lines (soft-wrapped Markdown, its next
line indented or not), whose figures on the next line are of the item's date; near-miss:
a paragraph after a blank line below the list is not.

Found by the layout harness (python -m tests.eval --perturb nbsp): a no-break space
between a month and its year ("août\u00a02016") left a timeline's row undated, read
at the page's date."""

from __future__ import annotations

from tests.extract.sweep import Case

NBSP, NARROW, THIN = "\u00a0", "\u202f", "\u2009"


def doubled(text: str) -> str:
    """Every space between two words written twice."""
    return text.replace(" ", "  ")


CASES = [
    Case(
        "fr",
        "nbsp-month-year",
        f"En septembre{NBSP}2020, le réseau comptait 229{NBSP}villes dans 64{NBSP}pays.",
        (("total_cities", 229), ("total_countries", 64)),
        as_of="2020-09",
    ),
    Case(
        "fr",
        "narrow-month-year",
        f"| août{NARROW}2016 | Premier bilan : 115{NARROW}villes, 28{NARROW}pays |",
        (("total_cities", 115), ("total_countries", 28)),
        as_of="2016-08",
    ),
    Case(
        "en",
        "nbsp-month-year",
        f"In September{NBSP}2020 the network had 229{NBSP}cities in 64 countries.",
        (("total_cities", 229), ("total_countries", 64)),
        as_of="2020-09",
    ),
    Case(
        "de",
        "nbsp-month-year",
        f"Im September{NBSP}2020 zählte das Netzwerk 229{NBSP}Städte in 64{NBSP}Ländern.",
        (("total_cities", 229), ("total_countries", 64)),
        as_of="2020-09",
    ),
    Case(
        "es",
        "nbsp-month-year",
        f"En septiembre{NBSP}de{NBSP}2020, la red contaba con 229{NBSP}ciudades de 64 países.",
        (("total_cities", 229), ("total_countries", 64)),
        as_of="2020-09",
    ),
    Case(
        "it",
        "nbsp-month-year",
        f"Nel settembre{NBSP}2020 la rete contava 229{NBSP}città in 64{NBSP}paesi.",
        (("total_cities", 229), ("total_countries", 64)),
        as_of="2020-09",
    ),
    Case(
        "pt",
        "nbsp-month-year",
        f"Em setembro{NBSP}de{NBSP}2020, a rede contava com 229{NBSP}cidades de 64 países.",
        (("total_cities", 229), ("total_countries", 64)),
        as_of="2020-09",
    ),
    Case(
        "vi",
        "nbsp-words",
        f"Tháng 9{NBSP}năm{NBSP}2020, mạng lưới có 229{NBSP}thành{NBSP}phố"
        f" tại 64{NBSP}quốc{NBSP}gia.",
        (("total_cities", 229), ("total_countries", 64)),
        as_of="2020-09",
    ),
    Case(
        "en",
        "nbsp-timeline-row",
        f"| September{NBSP}2020 | A first count: 229{NBSP}cities, 64{NBSP}countries |",
        (("total_cities", 229), ("total_countries", 64)),
        as_of="2020-09",
    ),
    Case(
        "de",
        "nbsp-timeline-row",
        f"| September{NBSP}2020 | Erste Bilanz: 229{NBSP}Städte, 64{NBSP}Länder |",
        (("total_cities", 229), ("total_countries", 64)),
        as_of="2020-09",
    ),
    Case(
        "es",
        "nbsp-timeline-row",
        f"| septiembre{NBSP}de{NBSP}2020 | Primer balance: 229{NBSP}ciudades, 64{NBSP}países |",
        (("total_cities", 229), ("total_countries", 64)),
        as_of="2020-09",
    ),
    Case(
        "it",
        "nbsp-timeline-row",
        f"| settembre{NBSP}2020 | Primo bilancio: 229{NBSP}città, 64{NBSP}paesi |",
        (("total_cities", 229), ("total_countries", 64)),
        as_of="2020-09",
    ),
    Case(
        "pt",
        "nbsp-timeline-row",
        f"| setembro{NBSP}de{NBSP}2020 | Primeiro balanço: 229{NBSP}cidades, 64{NBSP}países |",
        (("total_cities", 229), ("total_countries", 64)),
        as_of="2020-09",
    ),
    Case(
        "fr",
        "thin-timeline-row",
        f"| juillet{THIN}2019 | 38{THIN}villes admises ; le réseau compte alors"
        f" 170{THIN}membres |",
        (("new_cities", 38), ("total_cities", 170)),
        as_of="2019-07",
    ),
    Case(
        "vi",
        "nbsp-timeline-row",
        f"| 9/2020 | Mạng lưới có 229{NBSP}thành{NBSP}phố, 64{NBSP}quốc{NBSP}gia |",
        (("total_cities", 229), ("total_countries", 64)),
        as_of="2020-09",
    ),
    Case(
        "en",
        "double-space",
        doubled(
            "The intake brings the network to 425 cities. Of the 72 newcomers, 11 are "
            "national capitals."
        ),
        (("total_cities", 425), ("new_cities", 72), ("new_capitals", 11)),
    ),
    Case(
        "en",
        "double-space-ordinal",
        doubled("Doha joined in 2022. Umm Salal became Qatar's seventh member in 2024."),
        (("country_cities", 7),),
    ),
    Case(
        "fr",
        "double-space",
        doubled(
            "Le réseau compte 425 villes. Treize de ces pays y font leur entrée pour la "
            "première fois."
        ),
        (("total_cities", 425), ("first_time_countries", 13)),
    ),
    Case(
        "de",
        "double-space",
        doubled(
            "Das Netzwerk umfasst 425 Städte in 91 Ländern mit mehr als 500 Millionen Einwohnern."
        ),
        (("total_cities", 425), ("total_countries", 91), ("citizens", 500_000_000)),
    ),
    Case(
        "es",
        "double-space",
        doubled(
            "La red suma 425 ciudades de 91 países. Trece países se incorporan por primera vez."
        ),
        (("total_cities", 425), ("total_countries", 91), ("first_time_countries", 13)),
    ),
    Case(
        "it",
        "double-space",
        doubled(
            "La rete conta 425 città in 91 paesi. Lucca fu la quinta città italiana della rete."
        ),
        (("total_cities", 425), ("total_countries", 91), ("country_cities", 5)),
    ),
    Case(
        "pt",
        "double-space",
        doubled("A rede reúne 425 cidades de 91 países, com mais de 500 milhões de habitantes."),
        (("total_cities", 425), ("total_countries", 91), ("citizens", 500_000_000)),
    ),
    Case(
        "vi",
        "double-space",
        doubled(
            "Mạng lưới hiện có 425 thành phố thuộc 91 quốc gia. Việt Nam có 6 thành "
            "phố thành viên."
        ),
        (("total_cities", 425), ("total_countries", 91), ("country_cities", 6)),
    ),
    Case(
        "ko",
        "double-space",
        doubled(
            "이 네트워크에는 현재 91개국 425개 도시가 가입해 있다. 국내 회원 도시는 53곳이다."
        ),
        (("total_countries", 91), ("total_cities", 425), ("country_cities", 53)),
    ),
    Case(
        "de",
        "wrapped-item",
        "- **Juli 2019:** Es kamen 38 Städte hinzu; insgesamt\nzählte man 170 aktive Mitglieder.",
        (("new_cities", 38), ("total_cities", 170)),
        as_of="2019-07",
    ),
    Case(
        "en",
        "wrapped-item",
        "- July 2019: 38 cities joined, and the network\n  counted 170 members in 53 countries.",
        (("new_cities", 38), ("total_cities", 170), ("total_countries", 53)),
        as_of="2019-07",
    ),
    Case(
        "fr",
        "wrapped-item",
        "* Septembre 2020 : 54 nouvelles villes ; le réseau\natteint 229 membres dans 64 pays.",
        (("new_cities", 54), ("total_cities", 229), ("total_countries", 64)),
        as_of="2020-09",
    ),
    Case(
        "es",
        "wrapped-item",
        "1. Septiembre de 2022: ingresan 77 ciudades y la red\n   suma 294 miembros en 76 países.",
        (("new_cities", 77), ("total_cities", 294), ("total_countries", 76)),
        as_of="2022-09",
    ),
    Case(
        "it",
        "wrapped-item",
        "- Febbraio 2024: entrano 64 città; la rete conta\n356 membri in 79 paesi.",
        (("new_cities", 64), ("total_cities", 356), ("total_countries", 79)),
        as_of="2024-02",
    ),
    Case(
        "pt",
        "wrapped-item",
        "- Setembro de 2020: entram 54 cidades e a rede\n  chega a 229 membros em 64 países.",
        (("new_cities", 54), ("total_cities", 229), ("total_countries", 64)),
        as_of="2020-09",
    ),
    Case(
        "en",
        "paragraph-after-item",
        "- July 2019: 38 cities joined.\n\nThe network now counts 425 cities in 91 countries.",
        (("total_cities", 425), ("total_countries", 91)),
        as_of="None",  # undated: of the text's own date
    ),
    Case(
        "fr",
        "thin-group",
        f"Le réseau compte 425{THIN}villes ; la conférence a réuni 1{THIN}500{THIN}délégués.",
        (("total_cities", 425),),
        absent=(1, 500),
    ),
    Case(
        "de",
        "narrow-group",
        f"Das Netzwerk hat 425{NARROW}Mitglieder; zur Konferenz kamen 1{NARROW}500{NARROW}Gäste.",
        (("total_cities", 425),),
        absent=(1, 500),
    ),
]
