"""Variants of layout (tests/extract/test_layout_sweep.py): the same fact written with the
spaces typesetters use between a number and its noun, a month and its year, and between
digit groups (U+00A0, U+202F, U+2009), in every language where writers do; near-misses:
a number grouped by a thin space stays one number.

Found by the layout harness (python -m tests.eval --perturb nbsp): a no-break space
between a month and its year ("août\u00a02016") left a timeline's row undated, read
at the page's date."""

from __future__ import annotations

from tests.extract.sweep import Case

NBSP, NARROW, THIN = "\u00a0", "\u202f", "\u2009"

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
