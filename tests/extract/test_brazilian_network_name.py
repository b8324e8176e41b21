"""The network's Brazilian name, "Rede Mundial de Cidades do Aprendizado": a real
Brazilian page of September 2020 titled with it told the 2020 intake ("mais de meia
centena de governos locais de 27 países") under "esta rede", and lcnet found none of
its figures because the name was unknown. "Aprendizado" alone names nothing."""

from __future__ import annotations

from lcnet.extract import find_mentions, read_document

PAGE = (
    "---\ntitle: Prefeitura assina acordo\ndate: 2020-09-24\n---\n\n"
    "A Rede Mundial de Cidades do Aprendizado da UNESCO recebeu 55 novos membros de 27 "
    "países e passa a contar com 230 cidades.\n\n"
    "O aprendizado de 30 alunos da rede municipal foi avaliado.\n"
)


def test_the_brazilian_name_of_the_network_is_its_name() -> None:
    found = [
        (m.text, m.metric.value, m.value) for m in find_mentions(read_document(PAGE, "markdown"))
    ]
    assert found == [
        ("55 novos membros", "new_cities", 55),
        ("27 países", "new_countries", 27),
        ("230 cidades", "total_cities", 230),
    ]


def test_a_title_with_the_brazilian_name_makes_the_page_about_the_network() -> None:
    page = (
        "---\ntitle: Mercocidades firma acordo com a Rede Mundial de Cidades do Aprendizado\n"
        "date: 2020-09-24\n---\n\nNum evento virtual aderiram a esta rede mais de 50 "
        "governos locais de 27 países.\n"
    )
    found = [
        (m.text, m.metric.value, m.value) for m in find_mentions(read_document(page, "markdown"))
    ]
    assert found == [
        ("mais de 50 governos locais", "new_cities", 50),
        ("27 países", "new_countries", 27),
    ]
