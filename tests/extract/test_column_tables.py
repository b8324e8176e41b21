"""Tables laid out in columns without "|": a report turned into text, a plain-text
release, a Japanese report's columns set apart by ideographic spaces. A number under a
header that names a unit ("加盟都市数", "Member cities") counts it, of its row's date.
Before, only tables of "|" cells were read: the numbers of such a table were no figures
(a Japanese report's table of the network's growth, ten figures lost)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from lcnet.extract import find_mentions, read_document


class Case(NamedTuple):
    language: str
    title: str
    name: str  # the network's name, in the paragraph above the table
    heads: tuple[str, str, str]
    dates: tuple[str, str]


LATIN = ("2016", "2020")
CASES = [
    Case("en", "Learning cities: a short report", "UNESCO Global Network of Learning Cities",
         ("Year", "Member cities", "Countries"), LATIN),
    Case("de", "Lernende Städte: ein Bericht", "Globales Netzwerk lernender Städte der UNESCO",
         ("Jahr", "Städte", "Staaten"), LATIN),
    Case("fr", "Villes apprenantes : un rapport",
         "Réseau mondial des villes apprenantes de l'UNESCO", ("Année", "Villes", "Pays"), LATIN),
    Case("es", "Ciudades del aprendizaje: informe",
         "Red Mundial de Ciudades del Aprendizaje de la UNESCO",
         ("Año", "Ciudades", "Países"), LATIN),
    Case("pt", "Cidades de aprendizagem: relatório",
         "Rede Global de Cidades de Aprendizagem da UNESCO", ("Ano", "Cidades", "Países"), LATIN),
    Case("it", "Città dell'apprendimento: rapporto",
         "Rete globale delle città dell'apprendimento dell'UNESCO",
         ("Anno", "Città", "Paesi"), LATIN),
    Case("vi", "Thành phố học tập: báo cáo",
         "Mạng lưới các thành phố học tập toàn cầu của UNESCO",
         ("Thời điểm", "Số thành phố", "Số quốc gia"), LATIN),
    Case("ko", "학습도시 보고서", "유네스코 글로벌 학습도시 네트워크",
         ("시기", "도시 수", "국가 수"), ("2016년 8월", "2020년 9월")),
    Case("zh", "学习型城市报告", "联合国教科文组织全球学习型城市网络",
         ("时间", "城市数", "国家数"), ("2016年8月", "2020年9月")),
    Case("ja", "学習都市の報告", "ユネスコ学習都市グローバルネットワーク",
         ("年月", "加盟都市数", "国数"), ("2016年8月", "2020年9月")),
]  # fmt: skip


def _page(case: Case, gap: str) -> str:
    name, title, dates = case.name, case.title, case.dates
    rows = [case.heads, (dates[0], "115", "28"), (dates[1], "229", "64")]
    table = "\n".join(gap + gap.join(row) for row in rows)
    return f"---\ntitle: {title}\ndate: 2025-05-10\n---\n\n{name}\n\n{table}\n"


def _read(language: str, page: str) -> list[tuple[str, str, str | None]]:
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.text, m.metric.value, m.as_of and str(m.as_of)) for m in found]


@pytest.mark.parametrize("gap", ["    ", "\t"])
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_column_under_a_unit_is_counted(case: Case, gap: str) -> None:
    found = _read(case.language, _page(case, gap))
    first, second = LATIN if case.dates == LATIN else ("2016-08", "2020-09")
    assert found == [
        ("115", "total_cities", first),
        ("28", "total_countries", first),
        ("229", "total_cities", second),
        ("64", "total_countries", second),
    ]


def test_ideographic_spaces_set_columns_apart() -> None:
    found = _read("ja", _page(CASES[-1], "\u3000"))
    assert [(text, as_of) for text, _, as_of in found] == [
        ("115", "2016-08"),
        ("28", "2016-08"),
        ("229", "2020-09"),
        ("64", "2020-09"),
    ]


def test_a_row_label_of_a_column_table_counts_nothing() -> None:
    """A report's table of indicators: its rows' labels may be anything's."""
    page = (
        "Informe trimestral\n\nIndicadores de la Red Mundial de Ciudades del Aprendizaje"
        " de la UNESCO y del estado\n\n"
        "  Indicador                        Valor\n"
        "  Municipios del estado              217\n"
        "  Escuelas con programa              412\n"
    )
    assert _read("es", page) == []


def test_a_column_of_years_is_no_count() -> None:
    """ "Município   Ano de adesão" over "Cascais   2016": the total under the years
    counts the rows, not what the header names."""
    page = (
        "Relatório\n\nMunicípios portugueses na Rede Global de Cidades de Aprendizagem"
        " da UNESCO\n\n"
        "  Município            Ano de adesão\n"
        "  Cascais              2016\n"
        "  Setúbal              2019\n"
        "  Total                2\n"
    )
    assert _read("pt", page) == []


def test_prose_with_two_spaces_after_a_full_stop_is_no_table() -> None:
    page = (
        "News\n\nThe UNESCO Global Network of Learning Cities met in May.  It has 425\n"
        "member cities.  Countries: many.\n"
    )
    assert _read("en", page) == [("425 member cities", "total_cities", None)]
