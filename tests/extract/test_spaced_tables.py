"""A plain text's table, its columns lined up with tabs, ideographic spaces or runs of
spaces and no "|" (a PDF's or a word processor's text: a Japanese research report's
"　2016年8月　115　　28" under "　年月　　加盟都市数　　国数"), is read as a table: each
number counts its column's unit, dated by its row. Only tables with "|" were read, so a
report's table of the network's growth lost every figure."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

GROWTH = [
    ("ja", "ユネスコ学習都市グローバルネットワーク（GNLC）の規模の推移",
     "\u3000年月\u3000\u3000\u3000加盟都市数\u3000\u3000国数",
     "\u30002016年８月\u3000115\u3000\u3000\u300028",
     "\u30002020年９月\u3000229\u3000\u3000\u300064"),
    ("ja", "ユネスコ学習都市グローバルネットワークの推移",
     "年\t加盟都市\t加盟国", "2016年8月\t115\t28", "2020年9月\t229\t64"),
    ("zh", "联合国教科文组织全球学习型城市网络发展情况",
     "时间\t\t成员城市数\t国家数", "2016年8月\t\t115\t\t28", "2020年9月\t\t229\t\t64"),
    ("ko", "유네스코 학습도시 국제 네트워크(GNLC) 규모",
     "  연도       회원 도시       국가", "  2016년 8월   115             28",
     "  2020년 9월   229             64"),
    ("en", "Growth of the UNESCO Global Network of Learning Cities",
     "  Date          Member cities     Countries", "  2016-08       115               28",
     "  2020-09       229               64"),
    ("de", "Das UNESCO-Netzwerk der lernenden Städte (GNLC) in Zahlen",
     "Stand\t\tMitgliedsstädte\t\tLänder", "2016-08\t\t115\t\t28", "2020-09\t\t229\t\t64"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "title", "header", "first", "second"), GROWTH)
def test_a_plain_texts_table_of_the_networks_growth(
    code: str, title: str, header: str, first: str, second: str
) -> None:
    page = f"{title}\n\n{header}\n{first}\n{second}\n"
    found = find_mentions(read_document(page, "text"), code)
    assert [(m.metric.value, int(m.value), str(m.as_of)) for m in found] == [
        ("total_cities", 115, "2016-08"),
        ("total_countries", 28, "2016-08"),
        ("total_cities", 229, "2020-09"),
        ("total_countries", 64, "2020-09"),
    ]


def test_a_lists_total_under_a_column_of_years_is_no_intake() -> None:
    page = (
        "Cidades portuguesas na Rede Global de Cidades de Aprendizagem da UNESCO\n\n"
        "  Município            Ano de adesão\n  Braga                2022\n"
        "  Loures               2020\n  Total                2\n"
    )
    assert [int(m.value) for m in find_mentions(read_document(page, "text"), "pt")] == []


def test_a_plain_tables_row_labels_are_not_read() -> None:
    # the rows' labels count what they name: the state's municipalities are no member cities
    page = (
        "Indicadores de la Red Mundial de Ciudades del Aprendizaje de la UNESCO\n\n"
        "  Indicador                          Valor\n"
        "  Municipios del estado              217\n"
        "  Escuelas con programa de lectura   412\n"
    )
    assert [int(m.value) for m in find_mentions(read_document(page, "text"), "es")] == []


def test_prose_with_wide_spaces_is_no_table() -> None:
    page = (
        "ユネスコ学習都市グローバルネットワーク\n\n"
        "\u3000本市は２０１６年に加盟しました。\u3000当時の加盟都市は１１５都市です。\n"
        "\u3000その後、加盟都市は増え続けています。\u3000詳しくは市のホームページをご覧ください。\n"
    )
    found = find_mentions(read_document(page, "text"), "ja")
    assert [(m.metric.value, int(m.value)) for m in found] == [("total_cities", 115)]
