"""A figure a source gives, by the source's state (Language.circulation_markers,
historic.as_of):

- a source still in use says it today, at the text's date, whatever date the source or
  an apposition gives it ("Le site parle encore de « 115 villes de 28 pays », un chiffre
  de l'été 2016", "our 2022 leaflet still says 294", "un opuscolo del 2022, ancora in
  distribuzione all'URP, parla di 294 città"): a stale figure in circulation is stale;
- an earlier source the text reports keeps its date ("the 2019 brochure said 170", "in
  2023 our leaflet still said 294", "Unsere Broschüre (Stand 2021) nennt 229"): historic.

(Until session 13 the apposition's date won over "still"; the lead's rule of session 13
reads the source as in circulation.)"""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

STILL_IN_USE = [
    ("fr", "Le site de la ville parle encore de « 115 villes de 28 pays », un chiffre de "
     "l'été 2016."),
    ("fr", "La mairie affiche toujours 115 villes membres, un chiffre de 2016."),
    ("it", "Il sito del comune riporta ancora 115 città in 28 Paesi, un dato del 2016."),
    ("en", "The city's website still speaks of 115 cities in 28 countries, a figure from "
     "2016."),
    ("es", "La web municipal todavía habla de 115 ciudades de 28 países, una cifra de 2016."),
    ("pt", "O site municipal ainda fala de 115 cidades em 28 países, um número de 2016."),
    ("de", "Die Website der Stadt spricht noch von 115 Städten, einer Zahl von 2016."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), STILL_IN_USE)
def test_a_source_still_in_use_says_it_today(language: str, sentence: str) -> None:
    found = mentions(language, sentence, "2019-07-19")
    assert [(m.value, m.as_of) for m in found][:1] == [(115, None)]


# the source's date, or its being in use, said anywhere in the sentence before the figure
IN_USE: list[tuple[str, str, int]] = [
    ("en", "A 2022 leaflet, still handed out at the town hall, speaks of 294 member cities.",
     294),
    ("en", 'Our 2021 leaflet still speaks of "about 230 member cities".', 230),
    ("fr", "Le dépliant de 2022 que nous distribuons encore parle de 294 villes membres.", 294),
    ("fr", "La page de la ville, pas mise à jour depuis 2022, parle de 294 villes membres.", 294),
    ("es", "Un folleto de 2022, que todavía se reparte en la alcaldía, habla de 294 ciudades "
     "miembro.", 294),
    ("es", "Nuestro folleto de 2021 todavía habla de «230 ciudades miembro».", 230),
    ("it", "Un opuscolo del 2022, ancora in distribuzione all'URP, parla di 294 città.", 294),
    ("it", "La pagina del Comune, non aggiornata dal 2022, parla di 294 città membro.", 294),
    ("pt", "Quem ainda consulta o folheto municipal de 2022 encontra a referência a «uma "
     "rede de 294 cidades».", 294),
    ("pt", "Um folheto de 2022, ainda distribuído na câmara, fala de 294 cidades-membro.", 294),
    ("de", "Ein Faltblatt von 2022, das im Rathaus noch ausliegt, spricht von 294 "
     "Mitgliedsstädten.", 294),
    ("vi", "Trang giới thiệu, chưa được cập nhật từ năm 2022, ghi 294 thành phố thành viên.",
     294),
    ("zh", "我校2022年发布的介绍页面至今仍写着全球294个成员城市。", 294),
    ("ja", "市役所で配布しているリーフレット（2021年版）には"
     "「世界64か国229都市」と書かれています。", 229),
    ("ja", "市の説明資料（2024年作成）では加盟を「356都市」としていますが、"
     "次回の改訂で改めます。", 356),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "value"), IN_USE)
def test_a_dated_source_in_use_says_it_today(language: str, sentence: str, value: int) -> None:
    found = [m for m in mentions(language, sentence, "2025-06-01") if m.value == value]
    assert [(m.value, m.as_of) for m in found] == [(value, None)]


REPORTED: list[tuple[str, str, int, str]] = [
    ("en", "The 2019 brochure said 170 member cities.", 170, "2019"),
    ("en", "In 2023 our leaflet still said 294 member cities.", 294, "2023"),
    ("fr", "La brochure de 2019 parlait de 170 villes membres.", 170, "2019"),
    ("es", "En 2023 nuestro folleto todavía decía 294 ciudades miembro.", 294, "2023"),
    ("it", "Il nostro opuscolo del 2021 cita 229 città membro.", 229, "2021"),
    ("pt", "O folheto de 2019 falava de 170 cidades-membro.", 170, "2019"),
    ("de", "Im Jahr 2023 nannte unser Faltblatt noch 294 Mitgliedsstädte.", 294, "2023"),
    ("vi", "Tờ rơi năm 2019 ghi 170 thành phố thành viên.", 170, "2019"),
    ("ja", "2019年のパンフレットでは加盟を170都市としていました。", 170, "2019"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "value", "year"), REPORTED)
def test_an_earlier_source_reported_keeps_its_date(
    language: str, sentence: str, value: int, year: str
) -> None:
    found = [m for m in mentions(language, sentence, "2025-06-01") if m.value == value]
    assert [(m.value, str(m.as_of)) for m in found] == [(value, year)]


# another figure between the marker and this one: the marker is the other's
OTHERS: list[tuple[str, str, int, str]] = [
    ("en", "While in 2020 the network had 229 cities, our website still says 294 member "
     "cities.", 229, "2020"),
    ("fr", "Le site annonce encore 294 villes membres ; en 2020, le réseau comptait 229 "
     "villes.", 229, "2020"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "value", "year"), OTHERS)
def test_another_figure_between_keeps_the_date(
    language: str, sentence: str, value: int, year: str
) -> None:
    found = [m for m in mentions(language, sentence, "2025-06-01") if m.value == value]
    assert [(m.value, str(m.as_of)) for m in found] == [(value, year)]


STILL = [
    ("fr", "La mairie affiche toujours 115 villes membres."),
    ("en", "The city's website still speaks of 115 cities."),
    ("vi", 'Trang web vẫn ghi "356 thành phố", con số đã cũ từ 12/2025.'),
]


@pytest.mark.parametrize(("language", "sentence"), STILL)
def test_still_without_a_date_of_the_figure(language: str, sentence: str) -> None:
    (found,) = mentions(language, sentence, "2026-03-01")
    assert found.as_of is None


# written before the news, still in use: today's, not of the time before it (fr b11 NGO
# annual report: "L'introduction du rapport, rédigée avant l'annonce, évoque encore « un
# réseau de 356 villes »" was dated before the Dec 2025 intake, historic)
BEFORE_THE_NEWS: list[tuple[str, str]] = [
    ("fr", "L'introduction du rapport, rédigée avant l'annonce, évoque encore « un réseau de "
     "356 villes »."),
    ("en", 'The report, written before the announcement, still speaks of "a network of 356 '
     'cities".'),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), BEFORE_THE_NEWS)
def test_a_source_written_before_the_news_still_in_use(language: str, sentence: str) -> None:
    (found,) = mentions(language, sentence, "2026-03-01")
    assert (found.value, found.as_of, found.earlier) == (356, None, False)


def test_before_the_news_without_a_source_in_use() -> None:
    (found,) = mentions("en", "Before the announcement the network had 356 cities.", "2026-03-01")
    assert (found.value, found.as_of, found.earlier) == (356, None, True)
