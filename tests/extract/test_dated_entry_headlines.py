"""An archive's entries whose headline opens with their date: "23.08.2016 · Rede da UNESCO
já tem membros portugueses", "## 5 March 2024 | Council news" (historic._dates_its_line).
The figures no date of their own dates in such an entry are of its date: the same archive
in seven languages, with numeric dates where the language writes them, with and without a
Markdown heading's marks."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

# (language, title, first date line, its figure, second date line, its figure)
CASES = [
    ("en", "Press releases: learning city",
     "5 September 2022 · Council welcomes new partners",
     "The UNESCO Global Network of Learning Cities now has 294 member cities.",
     "15 February 2024 | Another round of admissions",
     "The UNESCO Global Network of Learning Cities now has 356 member cities."),
    ("de", "Pressemitteilungen: Lernende Stadt",
     "05.09.2022 · Das Netzwerk wächst weiter",
     "Das Globale Netzwerk lernender Städte der UNESCO zählt jetzt 294 Städte.",
     "15.02.2024 · Neue Mitglieder aus aller Welt",
     "Das Globale Netzwerk lernender Städte der UNESCO zählt jetzt 356 Städte."),
    ("fr", "Communiqués : ville apprenante",
     "05.09.2022 · Le réseau s'agrandit encore",
     "Le Réseau mondial des villes apprenantes de l'UNESCO compte désormais 294 villes.",
     "15/02/2024 – Nouvelle vague d'adhésions",
     "Le Réseau mondial des villes apprenantes de l'UNESCO compte désormais 356 villes."),
    ("es", "Comunicados: ciudad del aprendizaje",
     "05/09/2022 · La red sigue creciendo",
     "La Red Mundial de Ciudades del Aprendizaje de la UNESCO cuenta ahora con 294 ciudades.",
     "15.02.2024 | Nuevas incorporaciones",
     "La Red Mundial de Ciudades del Aprendizaje de la UNESCO cuenta ahora con 356 ciudades."),
    ("pt", "Comunicados: cidade de aprendizagem",
     "05.09.2022 · A rede continua a crescer",
     "A Rede Global de Cidades de Aprendizagem da UNESCO passa a reunir 294 cidades.",
     "15/02/2024 · Novas adesões em todo o mundo",
     "A Rede Global de Cidades de Aprendizagem da UNESCO passa a reunir 356 cidades."),
    ("it", "Comunicati: città dell'apprendimento",
     "05.09.2022 · La rete continua a crescere",
     "La Rete globale delle città dell'apprendimento dell'UNESCO conta ora 294 città.",
     "15/02/2024 – Nuove adesioni",
     "La Rete globale delle città dell'apprendimento dell'UNESCO conta ora 356 città."),
    ("vi", "Thông cáo: thành phố học tập",
     "05/09/2022 · Mạng lưới tiếp tục mở rộng",
     "Mạng lưới các thành phố học tập toàn cầu của UNESCO có 294 thành phố thành viên.",
     "15/02/2024 | Thêm thành viên mới",
     "Mạng lưới các thành phố học tập toàn cầu của UNESCO có 356 thành phố thành viên."),
]  # fmt: skip


def _page(case: tuple[str, ...], mark: str = "") -> str:
    _, title, first, one, second, two = case
    body = f"{mark}{first}\n\n{one}\n\n{mark}{second}\n\n{two}\n"
    return f"---\ntitle: {title}\ndate: 2025-06-30\n---\n\n{body}"


def _dates(language: str, page: str) -> list[tuple[int, str | None]]:
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.value, m.as_of and str(m.as_of)) for m in found]


@pytest.mark.parametrize("mark", ["", "## "])
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_an_entry_is_of_the_date_its_headline_opens_with(case: tuple[str, ...], mark: str) -> None:
    assert _dates(case[0], _page(case, mark)) == [(294, "2022-09-05"), (356, "2024-02-15")]
