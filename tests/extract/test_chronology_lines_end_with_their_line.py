"""A chronology of one line each ("août 2016 : 115 villes" / "juillet 2019 : 170 membres" /
"septembre 2020 : 54 nouvelles villes") dates each line's figures, and its last entry ends
with its own line (historic.dated_entries): a table or a sentence under the next heading
is of the page's date, not of the last line's month (a list article's members per country
were read as of September 2020 and judged wrong). The variant sweep: three layouts of the
list (dashes, blank lines between, bullets) and three kinds of what follows (a table under
a heading, a sentence under a heading, a sentence under a plain title line), in es, fr,
it, pt and vi; and an archive whose entries have bodies, whose last body keeps its date."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

_CHRONOLOGY = {
    "fr": ("août 2016 : 115 villes au premier bilan",
           "juillet 2019 : le réseau atteint 170 membres", "septembre 2020 : 54 nouvelles villes"),
    "es": ("agosto de 2016: 115 ciudades en el primer balance",
           "julio de 2019: la red llega a 170 miembros", "septiembre de 2020: 54 nuevas ciudades"),
    "it": ("agosto 2016: 115 città al primo bilancio", "luglio 2019: la rete arriva a 170 membri",
           "settembre 2020: 54 nuove città"),
    "pt": ("agosto de 2016: 115 cidades no primeiro balanço",
           "julho de 2019: a rede chega a 170 membros", "setembro de 2020: 54 novas cidades"),
    "vi": ("tháng 8/2016: 115 thành phố trong lần tổng kết đầu",
           "tháng 7/2019: mạng lưới có 170 thành viên", "tháng 9/2020: 54 thành phố mới"),
}  # fmt: skip
_AFTER = {
    "fr": ("## Membres par pays\n\n| Pays | Villes membres |\n|---|---|\n| Colombie | 8 |",
           "## Aujourd'hui\n\nLa Colombie compte huit villes membres.",
           "Membres par pays\n\nLa Colombie compte huit villes membres."),
    "es": ("## Miembros por país\n\n| País | Ciudades miembro |\n|---|---|\n| Colombia | 8 |",
           "## Hoy\n\nColombia cuenta con ocho ciudades miembro.",
           "Miembros por país\n\nColombia cuenta con ocho ciudades miembro."),
    "it": ("## Membri per paese\n\n| Paese | Città aderenti |\n|---|---|\n| Colombia | 8 |",
           "## Oggi\n\nLa Colombia conta otto città aderenti.",
           "Membri per paese\n\nLa Colombia conta otto città aderenti."),
    "pt": ("## Membros por país\n\n| País | Cidades membros |\n|---|---|\n| Colômbia | 8 |",
           "## Hoje\n\nA Colômbia conta com oito cidades membros.",
           "Membros por país\n\nA Colômbia conta com oito cidades membros."),
    "vi": ("## Thành viên theo quốc gia\n\n| Quốc gia | Thành phố thành viên |\n|---|---|\n"
           "| Colombia | 8 |",
           "## Hiện nay\n\nColombia có 8 thành phố thành viên.",
           "Thành viên theo quốc gia\n\nColombia có 8 thành phố thành viên."),
}  # fmt: skip
_LAYOUTS = {
    "dashes": lambda lines: "\n".join(f"- {line}" for line in lines),
    "blank lines": lambda lines: "\n\n".join(lines),
    "bullets": lambda lines: "\n".join(f"• {line}" for line in lines),
}
_DATED = [
    ("total_cities", 115, "2016-08", None),
    ("total_cities", 170, "2019-07", None),
    ("new_cities", 54, "2020-09", None),
]

SWEEP = [
    pytest.param(
        language, layout(_CHRONOLOGY[language]) + "\n\n" + after, id=f"{language}-{name}-{n}"
    )
    for language in _CHRONOLOGY
    for name, layout in _LAYOUTS.items()
    for n, after in enumerate(_AFTER[language])
]


@pytest.mark.parametrize(("language", "body"), SWEEP)
def test_the_last_line_of_a_chronology_dates_no_figure_below_it(language: str, body: str) -> None:
    found = mentions(language, body, "2023-06-14")
    assert [
        (m.metric.value, m.value, None if m.as_of is None else str(m.as_of), m.country)
        for m in found
    ] == [*_DATED, ("country_cities", 8, None, "CO")]


_ARCHIVE = {
    "fr": ("3 mars 2019\n\nLe réseau compte désormais 170 villes.\n\n"
           "10 septembre 2020\n\nLa Colombie compte six villes membres."),
    "es": ("3 de marzo de 2019\n\nLa red cuenta ya con 170 ciudades.\n\n"
           "10 de septiembre de 2020\n\nColombia cuenta con seis ciudades miembro."),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(_ARCHIVE))
def test_an_archive_entry_with_a_body_still_dates_it(language: str) -> None:
    found = mentions(language, _ARCHIVE[language], "2023-06-14")
    assert [
        (m.metric.value, m.value, None if m.as_of is None else str(m.as_of), m.country)
        for m in found
    ] == [("total_cities", 170, "2019-03-03", None), ("country_cities", 6, "2020-09-10", "CO")]
