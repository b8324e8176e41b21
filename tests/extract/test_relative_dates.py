"""Dates counted from the text's own date: "last month", "昨年9月", "ad agosto".

A figure dated this way is historic as of the month (or year) it names, counted back
from the date the text was written; without that date, it is read as of its day.
"""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import find_mentions, read_document
from tests.extract.titled import mentions

Row = tuple[str, int, str | None]

WRITTEN = PartialDate(2016, 9, 30)

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "Last month the Global Network of Learning Cities counted 115 member cities.",
        [("total_cities", 115, "2016-08")],
    ),
    (
        "en",
        "In August the Global Network of Learning Cities counted 115 member cities.",
        [("total_cities", 115, "2016-08")],
    ),
    (  # a month after the text's own is last year's
        "en",
        "In November the Global Network of Learning Cities counted 115 member cities.",
        [("total_cities", 115, "2015-11")],
    ),
    (
        "it",
        "Ad agosto la Rete globale delle città dell'apprendimento contava 115 città.",
        [("total_cities", 115, "2016-08")],
    ),
    (
        "de",
        "Im vergangenen Jahr zählte das Globale Netzwerk lernender Städte 115 Städte.",
        [("total_cities", 115, "2015")],
    ),
    (
        "es",
        "El mes pasado la Red Mundial de Ciudades del Aprendizaje sumaba 115 ciudades.",
        [("total_cities", 115, "2016-08")],
    ),
    (
        "ko",
        "UIL이 지난달 발표한 자료에 따르면 유네스코 학습도시 네트워크에는 "
        "115개 도시가 가입해 있다.",
        [("total_cities", 115, "2016-08")],
    ),
    (
        "zh",
        "根据8月发布的信息，全球学习型城市网络成员已达115个城市。",
        [("total_cities", 115, "2016-08")],
    ),
    (
        "ja",
        "昨年9月の発表では、ユネスコ学習都市グローバルネットワークに55都市が新たに加盟した。",
        [("new_cities", 55, "2015-09")],
    ),
    (  # "今年7月" dates the intake although "今年" alone says "now"
        "ja",
        "ユネスコ学習都市グローバルネットワークには今年7月に38都市が新たに加盟した。",
        [("new_cities", 38, "2016-07")],
    ),
    (  # "now" in the clause wins
        "en",
        "Since last month the Global Network of Learning Cities now has 115 member cities.",
        [("total_cities", 115, None)],
    ),
]


def read(text: str, language: str, written: PartialDate | None) -> list[Row]:
    document = read_document(text, "text")
    return [
        (m.metric.value, m.value, None if m.as_of is None else str(m.as_of))
        for m in find_mentions(document, language, written=written)
    ]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_date_counted_from_the_texts_own_dates_the_figure(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read(text, language, WRITTEN) == expected


def test_without_the_texts_date_a_relative_date_is_not_read() -> None:
    text = "Last month the Global Network of Learning Cities counted 115 member cities."
    assert read(text, "en", None) == [("total_cities", 115, None)]


def test_last_month_in_january_is_december_of_the_year_before() -> None:
    text = "Last month the Global Network of Learning Cities counted 356 member cities."
    assert read(text, "en", PartialDate(2025, 1, 10)) == [("total_cities", 356, "2024-12")]


def test_a_month_name_must_be_a_whole_word() -> None:
    # Portuguese "mai" (May) inside "mais" is no date
    text = "A Rede Global de Cidades da Aprendizagem passa a ter 229 cidades em mais de 64 países."
    assert [row[2] for row in read(text, "pt", WRITTEN)] == [None, None]


def test_the_date_the_document_states_is_the_one_counted_from() -> None:
    page = (
        "---\ndate: 2016-09-30\n---\n\n"
        "Last month the Global Network of Learning Cities counted 115 member cities.\n"
    )
    document = read_document(page, "markdown")
    found = [(m.value, str(m.as_of)) for m in find_mentions(document, "en")]
    assert found == [(115, "2016-08")]


@pytest.mark.parametrize(
    ("language", "text", "as_of"),
    [
        (
            "ja",
            "ユネスコ学習都市グローバルネットワーク:55か国173都市がメンバー。(2020年6月現在)",
            "2020-06",
        ),
        (
            "en",
            "The UNESCO Global Network of Learning Cities has 356 members. (As of May 2024)",
            "2024-05",
        ),
    ],
)
def test_a_date_in_brackets_after_the_sentence_dates_it(
    language: str, text: str, as_of: str
) -> None:
    found = {str(m.as_of) for m in find_mentions(read_document(text, "text"), language)}
    assert found == {as_of}


@pytest.mark.parametrize(
    ("language", "text", "as_of"),
    [
        (
            "es",
            "En 2022, la Red Mundial de Ciudades del Aprendizaje ya contaba con 294 ciudades.",
            "2022",
        ),
        (
            "es",
            "La Red Mundial de Ciudades del Aprendizaje ya suma 115 ciudades, desde su "
            "apertura en 2015.",
            None,
        ),
    ],
)
def test_already_yields_to_a_date_before_it_only(
    language: str, text: str, as_of: str | None
) -> None:
    found = [
        None if m.as_of is None else str(m.as_of)
        for m in find_mentions(read_document(text, "text"), language)
    ]
    assert found == [as_of]


YEARS_AGO = [
    ("en", "Two years ago the network had 294 cities.", "294 cities", "2019"),
    ("en", "A year ago the network had 229 cities.", "229 cities", "2020"),
    ("fr", "Il y a deux ans, le réseau comptait 294 villes.", "294 villes", "2019"),
    ("es", "Hace dos años la red tenía 294 ciudades.", "294 ciudades", "2019"),
    ("it", "Due anni fa la rete contava 294 città.", "294 città", "2019"),
    ("pt", "Há dois anos a rede tinha 294 cidades.", "294 cidades", "2019"),
    ("de", "Vor zwei Jahren hatte das Netzwerk 294 Städte.", "294 Städte", "2019"),
    ("vi", "Cách đây hai năm, mạng lưới có 294 thành phố.", "294 thành phố", "2019"),
    ("ko", "2년 전 네트워크는 294개 도시 규모였다.", "294개 도시", "2019"),
    ("ja", "2年前、ネットワークには294都市が加盟していた。", "294都市", "2019"),
    ("zh", "两年前，该网络有294个城市。", "294个城市", "2019"),
]


@pytest.mark.parametrize(("language", "sentence", "text", "as_of"), YEARS_AGO)
def test_years_ago_count_back_from_the_texts_year(
    language: str, sentence: str, text: str, as_of: str
) -> None:
    found = [(m.text, str(m.as_of)) for m in mentions(language, sentence, "2021-10-29")]
    assert found == [(text, as_of)]


YEARS_BEFORE = [
    ("vi", "Trước đợt kết nạp tháng 12, mạng lưới có 356 thành viên; hai năm trước đó là 294.",
     "2023"),
    ("en", "In 2024 the network had 356 cities; two years earlier it had 294 cities.", "2022"),
    ("es", "En 2024 la red tenía 356 ciudades; dos años antes tenía 294 ciudades.", "2022"),
    ("fr", "En 2024, le réseau comptait 356 villes ; deux ans plus tôt, 294 villes.", "2022"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "as_of"), YEARS_BEFORE)
def test_years_earlier_count_back_from_the_date_said_before(
    language: str, sentence: str, as_of: str
) -> None:
    found = mentions(language, sentence, "2026-03-10")
    assert [(m.value, str(m.as_of)) for m in found][-1] == (294, as_of)


def test_at_the_time_points_back_to_a_month_said_before() -> None:
    page = (
        "---\ntitle: Globales Netzwerk lernender Städte der UNESCO\ndate: 2024-10-17\n---\n\n"
        "Seit Februar gehört Dresden zum Netzwerk. Dresden und 63 weitere Städte wurden "
        "damals aufgenommen. Heute umfasst das Netzwerk 356 Städte.\n"
    )
    found = [(m.text, str(m.as_of)) for m in find_mentions(read_document(page, "markdown"), "de")]
    assert found == [("63 weitere Städte", "2024-02"), ("356 Städte", "None")]


def test_since_a_month_a_figure_is_current() -> None:
    page = (
        "---\ntitle: Red Mundial de Ciudades del Aprendizaje de la UNESCO\ndate: 2024-03-11\n"
        "---\n\nLa red agrupa desde febrero a 356 ciudades de 76 países.\n"
    )
    found = [(m.text, m.as_of) for m in find_mentions(read_document(page, "markdown"), "es")]
    assert found == [("356 ciudades", None), ("76 países", None)]


def test_a_month_of_that_year_takes_the_year_said_before() -> None:
    from lcnet.extract import find_mentions
    from tests.extract.titled import titled

    text = (
        "Nel 2020 sono entrate Lucca e Trieste, nel 2022 Reggio Calabria, e a settembre di "
        "quell'anno le città della rete erano 294."
    )
    found = [
        (m.text, m.value, str(m.as_of))
        for m in find_mentions(titled("it", text, "2026-10-01"), "it")
    ]
    assert found == [("294", 294, "2022-09")]


DAY_AND_MONTH = [
    ("en", "On 4 December, UNESCO said 72 cities had joined the network.",
     "72 cities"),
    ("en", "On December 4th, UNESCO named 72 new members of the learning cities network.",
     "72 new members"),
    ("fr", "Le 4 décembre, l'UNESCO a annoncé l'arrivée de 72 villes dans le réseau.",
     "72 villes"),
    ("es", "El 4 de diciembre, la UNESCO anunció el ingreso de 72 ciudades en la red.",
     "72 ciudades"),
    ("it", "Il 4 dicembre l'UNESCO ha annunciato l'ingresso di 72 città nella rete.",
     "72 città"),
    ("pt", "No dia 4 de dezembro, a UNESCO anunciou a entrada de 72 cidades na rede.",
     "72 cidades"),
    ("de", "Am 4. Dezember gab die UNESCO die Aufnahme von 72 Städten in das Netzwerk bekannt.",
     "72 Städten"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "text"), DAY_AND_MONTH)
def test_a_day_and_month_without_a_year_keep_the_day(
    language: str, sentence: str, text: str
) -> None:
    # a report of 5 December 2025 on "4 December": the text's own news event, so the
    # date must keep its day (a month alone would make the intake a historic statement)
    found = [(m.text, str(m.as_of)) for m in mentions(language, sentence, "2025-12-05")]
    assert found == [(text, "2025-12-04")]


def test_a_day_after_the_texts_month_is_last_years() -> None:
    sentence = "On 14 February, UNESCO said 64 cities had joined the learning cities network."
    found = [(m.text, str(m.as_of)) for m in mentions("en", sentence, "2025-01-10")]
    assert found == [("64 cities", "2024-02-14")]


GERMAN_ORDINAL_DAYS = [
    ("Am 2. September 2022 zählte das Netzwerk 294 Städte.", "294 Städte", "2022-09-02"),
    ("Seit dem 14. Februar 2024 gehören dem Netzwerk 356 Städte an.", "356 Städte", None),
    ("Das Netzwerk wuchs am 23. Sept. 2020 auf 229 Städte.", "229 Städte", "2020-09-23"),
    # until the 1st: of the day before, as that day's month (historic._day_before)
    ("Bis zum 1. Dezember 2025 hatte das Netzwerk 356 Mitglieder.", "356 Mitglieder",
     "2025-11"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "as_of"), GERMAN_ORDINAL_DAYS)
def test_a_german_ordinal_day_does_not_end_the_sentence(
    sentence: str, text: str, as_of: str | None
) -> None:
    # "2." is the day, not a full stop: the date stays in the figure's sentence
    found = [
        (m.text, None if m.as_of is None else str(m.as_of))
        for m in mentions("de", sentence, "2026-03-01")
    ]
    assert found == [(text, as_of)]
