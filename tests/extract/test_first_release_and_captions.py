"""Two classes from the first run of a fresh Spanish dev page (a state education
ministry's quarterly report, 2020), each in every language that has it:

- "el primer comunicado mencionaba 55 nuevas ciudades y un total de 230; la cifra se
  corrigió al día siguiente": the first release's figures, corrected, are no statement
  (55 and 230 were reported as figures); and the 229 said in the sentence before was
  taken for the figure the correction replaced (its 230 close to it) and dropped;
- a table under a caption that dates it ("Cuadro 4.3.1 ... (corte: 30 de junio de
  2020)", "Quadro 7 ... (situação a 31 de dezembro de 2022)"), in cells or in columns as
  a PDF turned into text lays them out: its rows are of that date (the 170 of June 2020
  was stale in an October 2020 report).
"""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.extract.titled import mentions, read_plain

FIRST_RELEASE = [
    ("es", "Con esta ronda, la red quedó integrada por 229 ciudades. El primer comunicado "
           "mencionaba 55 nuevas ciudades y un total de 230; la cifra se corrigió al día "
           "siguiente."),
    ("pt", "A rede passou a ter 229 cidades. O primeiro comunicado falava em 55 novas "
           "cidades e 230 no total; o número foi corrigido dias depois."),
    ("fr", "Le réseau compte 229 villes. Le premier communiqué parlait de 55 nouvelles "
           "villes et de 230 au total ; le chiffre a été corrigé le lendemain."),
    ("it", "La rete conta 229 città. Il primo comunicato parlava di 55 nuove città e di "
           "230 in totale; la cifra è stata corretta il giorno dopo."),
    ("en", "The network grew to 229 cities. The first release mentioned 55 new cities and "
           "a total of 230; the figure was corrected the next day."),
    ("de", "Das Netzwerk zählt 229 Städte. Die erste Mitteilung nannte 55 neue Städte und "
           "230 insgesamt; die Zahl wurde am nächsten Tag korrigiert."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body"), FIRST_RELEASE)
def test_the_first_release_corrected_is_no_figure_and_leaves_the_one_before(
    language: str, body: str
) -> None:
    found = [(m.metric.value, m.value) for m in mentions(language, body, "2020-10-20")]
    assert found == [("total_cities", 229)]


ES_TITLE = "Red Mundial de Ciudades del Aprendizaje\n20 de octubre de 2020\n\n"
PT_TITLE = "Rede Global de Cidades de Aprendizagem\n22 de maio de 2023\n\n"
EN_TITLE = "UNESCO Global Network of Learning Cities\n20 October 2020\n\n"

CAPTIONS = [
    (ES_TITLE + "Cuadro 4.3.1 Indicadores (corte: 30 de junio de 2020)\n\n"
     "| Indicador | Valor |\n|---|---|\n| Ciudades miembro de la red GNLC | 170 |\n",
     "es", "2020-06-30"),
    (ES_TITLE + "Cuadro 2. La red en cifras (corte: 30 de junio de 2020)\n\n"
     "| Indicador | Valor |\n|---|---|\n| Ciudades miembro de la red GNLC | 170 |\n",
     "es", "2020-06-30"),
    (PT_TITLE + "Quadro 7 - A rede em números (situação a 31 de dezembro de 2022)\n\n"
     "| Indicador | Valor |\n|---|---|\n| Cidades-membro da rede | 294 |\n", "pt", "2022-12-31"),
    (EN_TITLE + "Table 3. The network in figures (as of 30 June 2020)\n\n"
     "  Indicator                          Value\n"
     "| Member cities of the network | 170 |\n", "en", "2020-06-30"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "as_of"), CAPTIONS)
def test_a_caption_dates_the_rows_of_its_table(text: str, language: str, as_of: str) -> None:
    rows = read_plain(text, language)
    assert [(r[1], r[4]) for r in rows] == [("total_cities", as_of)]


def test_a_caption_dates_the_rows_of_an_html_table() -> None:
    html = (
        "<html><head><title>Red Mundial de Ciudades del Aprendizaje</title>"
        '<meta property="article:published_time" content="2020-10-20"></head><body>'
        "<p>Cuadro 4.3.1 Indicadores (corte: 30 de junio de 2020)</p><table>"
        "<tr><th>Indicador</th><th>Valor</th></tr>"
        "<tr><td>Ciudades miembro de la red GNLC</td><td>170</td></tr></table></body></html>"
    )
    found = list(find_mentions(read_document(html, "html"), "es"))
    assert [(m.value, str(m.as_of)) for m in found] == [(170, "2020-06-30")]


def test_a_caption_of_the_texts_own_day_dates_nothing() -> None:
    text = (
        EN_TITLE + "Table 3. The network in figures (as of 20 October 2020)\n\n"
        "| Indicator | Value |\n|---|---|\n| Member cities of the network | 229 |\n"
    )
    assert [(r[2], r[4]) for r in read_plain(text, "en")] == [(229, None)]


def test_a_sentence_above_a_wide_line_is_no_caption() -> None:
    text = (
        ES_TITLE + "En junio de 2020 la red se reunió en línea.\n"
        "La red tiene hoy   229 ciudades.\n"
    )
    assert [(r[2], r[4]) for r in read_plain(text, "es")] == [(229, None)]
