"""Language detection: scripts, words, hints, and runs of one language in a text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lcnet.extract import find_mentions, language_parts, read_document
from lcnet.extract.lang import CODES
from lcnet.extract.lang.identify import NAMES, SINGLE_LANGUAGE_SCRIPTS, TOPIC_WORDS, WORDS
from lcnet.extract.langid import (
    UNDETERMINED,
    Run,
    detect,
    detect_by_words,
    language_runs,
    main_language,
)

DETECTORS = [detect, detect_by_words]

SENTENCES = [
    ("The council approved the budget for the new library on Tuesday.", "en"),
    ("A prefeitura anunciou que a cidade passa a integrar a rede mundial.", "pt"),
    ("Der Stadtrat hat das neue Programm für die Volkshochschule beschlossen.", "de"),
    ("Il consiglio comunale ha approvato il nuovo piano per la biblioteca.", "it"),
    ("El ayuntamiento aprobó el presupuesto de la nueva biblioteca.", "es"),
    ("Le conseil municipal a voté le budget de la nouvelle médiathèque.", "fr"),
    ("Thành phố đã khai trương thư viện mới của quận vào sáng nay.", "vi"),
    ("이 네트워크에는 현재 425개 도시가 가입해 있다.", "ko"),
    ("该网络目前已有400多个城市加入。", "zh"),
    ("このネットワークには現在400以上の都市が加盟している。", "ja"),
    ("岡山県岡山市", "ja"),  # no Kana, but 県 is Japanese's own form
    ("Το δίκτυο αριθμεί πλέον 425 πόλεις σε όλο τον κόσμο.", "el"),
    ("Ցանցն այժմ միավորում է 425 քաղաք։", "hy"),
    ("تضم الشبكة الآن أكثر من 400 مدينة حول العالم.", "ar"),
    ("Сеть сейчас объединяет более 400 городов по всему миру.", "ru"),
    ("Мережа зараз об'єднує понад 400 міст у всьому світі.", "uk"),
    ("Belediye meclisi salı günü yetişkin eğitimi için yeni programı onayladı.", "tr"),
    ("Jaringan ini sekarang memiliki lebih dari 400 kota di seluruh dunia.", "id"),
]


@pytest.mark.parametrize("find", DETECTORS, ids=["model", "words"])
@pytest.mark.parametrize(("text", "code"), SENTENCES)
def test_a_sentence_is_told_by_its_script_and_words(
    find: Callable[[str], str], text: str, code: str
) -> None:
    assert find(text) == code


@pytest.mark.parametrize("find", DETECTORS, ids=["model", "words"])
@pytest.mark.parametrize("text", ["", "425", "2024-02-14 | 356 | 79", "— * —"])
def test_a_text_without_words_is_undetermined(find: Callable[[str], str], text: str) -> None:
    assert find(text) == UNDETERMINED


@pytest.mark.parametrize("find", DETECTORS, ids=["model", "words"])
def test_a_hint_wins_over_a_short_phrase_of_its_script(find: Callable[..., str]) -> None:
    assert find("UNESCO GNLC 2024", "pt") == "pt"


@pytest.mark.parametrize("find", DETECTORS, ids=["model", "words"])
def test_a_hint_loses_to_a_paragraph_plainly_in_another_language(
    find: Callable[..., str],
) -> None:
    text = "A rede conta agora com mais de 400 cidades de 91 países em todo o mundo."
    assert find(text, "en") == "pt"
    assert find("이 네트워크에는 현재 425개 도시가 있다.", "en") == "ko"


def test_a_declared_language_is_a_hint_not_the_truth() -> None:
    portuguese = "A prefeitura informou que a rede conta com 425 cidades de 91 países."
    assert main_language(portuguese, "en") == "pt"
    assert main_language("UNESCO GNLC", "pt") == "pt"
    assert main_language("425", None) == "en"


def test_a_page_that_quotes_another_language_is_cut_into_runs() -> None:
    text = (
        "Contagem integra rede da UNESCO\n\n"
        "A prefeitura anunciou que a cidade passa a integrar a rede. Segundo o "
        "comunicado, a rede conta agora com 425 cidades de 91 países.\n\n"
        "The network now includes 425 cities from 91 countries, the institute said.\n\n"
        "425\n\n"
        "O secretário afirmou que o município vai ampliar os cursos para adultos.\n\n"
        "이 네트워크에는 현재 425개 도시가 가입해 있다.\n"
    )
    english = text.index("The network")
    number = text.index("425\n")
    portuguese = text.index("O secretário")
    korean = text.index("이 네트워크")
    assert language_runs(text, main_language(text, None)) == [
        Run(0, english, "pt"),
        Run(english, portuguese, "en"),  # "425" alone goes with the run before it
        Run(portuguese, korean, "pt"),
        Run(korean, len(text), "ko"),
    ]
    assert number < portuguese


def test_a_long_ascii_text_in_its_main_language_is_one_run() -> None:
    paragraph = "The network of learning cities has grown, and the city is one of its members."
    text = "\n\n".join([paragraph] * 400)
    assert language_runs(text, "en") == [Run(0, len(text), "en")]


def test_every_language_the_detector_names_has_an_english_name() -> None:
    codes = {*SINGLE_LANGUAGE_SCRIPTS.values(), "ko", "zh", "ja"}
    for table in (WORDS, TOPIC_WORDS):
        for languages in table.values():
            codes |= set(languages)
    assert codes - set(NAMES) == set()


def test_each_part_of_a_mixed_page_is_read_in_its_language() -> None:
    text = (
        "# La ville rejoint le réseau\n\n"
        "La ville a rejoint le Réseau mondial des villes apprenantes de l'UNESCO, "
        "qui compte désormais 425 villes dans 91 pays.\n\n"
        "The UNESCO Global Network of Learning Cities now has 425 member cities in "
        "91 countries, the institute said.\n\n"
        "Сеть сейчас объединяет более 400 городов по всему миру.\n"
    )
    document = read_document(text, "markdown")
    parts = language_parts(document)
    assert [(p.language, p.read, p.line, p.end_line) for p in parts] == [
        ("fr", True, 1, 3),
        ("en", True, 5, 5),
        ("ru", False, 7, 7),
    ]
    mentions = [(m.line, m.text, m.language, m.value) for m in find_mentions(document)]
    assert mentions == [
        (3, "425 villes", "fr", 425),
        (3, "91 pays", "fr", 91),
        (5, "425 member cities", "en", 425),
        (5, "91 countries", "en", 91),
    ]


@pytest.mark.parametrize("code", ["ko", "zh", "ja", "pt", "de", "it", "ru", "ar", "tr"])
def test_a_part_is_read_exactly_when_its_language_module_is_registered(code: str) -> None:
    sentence = {
        "ko": "이 네트워크에는 현재 425개 도시가 가입해 있다.",
        "zh": "该网络目前已有400多个城市加入。",
        "ja": "このネットワークには現在400以上の都市が加盟している。",
        "pt": "A rede conta agora com mais de 400 cidades de 91 países em todo o mundo.",
        "de": "Das Netzwerk zählt inzwischen mehr als 400 Städte in aller Welt.",
        "it": "La rete conta ora più di 400 città in tutto il mondo.",
        "ru": "Сеть сейчас объединяет более 400 городов по всему миру.",
        "ar": "تضم الشبكة الآن أكثر من 400 مدينة حول العالم.",
        "tr": "Ağ şu anda dünya genelinde 400'den fazla şehri bir araya getiriyor.",
    }[code]
    (part,) = language_parts(read_document(sentence, "text"))
    assert (part.language, part.read) == (code, code in CODES)


# A sentence in every language the fact store holds sources in (our own words).
STORE_LANGUAGES = {
    "en": "The network now has 425 member cities in 91 countries.",
    "vi": "Mạng lưới hiện có 425 thành phố thành viên tại 91 quốc gia.",
    "es": "La red cuenta ahora con 425 ciudades miembro en 91 países.",
    "fr": "Le réseau compte désormais 425 villes membres dans 91 pays.",
    "pt": "A rede conta agora com 425 cidades-membro em 91 países.",
    "de": "Das Netzwerk zählt inzwischen 425 Mitgliedsstädte in 91 Ländern.",
    "it": "La rete conta ora 425 città membro in 91 paesi.",
    "ko": "이 네트워크에는 현재 91개국 425개 도시가 가입해 있다.",
    "zh": "该网络目前有来自91个国家的425个成员城市。",
    "ja": "このネットワークには現在、91か国の425都市が加盟している。",
    "ar": "تضم الشبكة الآن 425 مدينة عضوا في 91 دولة.",
    "ru": "Сейчас в сеть входят 425 городов из 91 страны.",
    "uk": "Зараз до мережі входять 425 міст із 91 країни.",
    "tr": "Ağ şu anda 91 ülkeden 425 üye şehri bir araya getiriyor.",
    "el": "Το δίκτυο αριθμεί σήμερα 425 πόλεις-μέλη σε 91 χώρες.",
    "id": "Jaringan ini sekarang beranggotakan 425 kota dari 91 negara.",
    "sl": "Mreža zdaj povezuje 425 mest iz 91 držav, med njimi tudi slovenska mesta.",
    "lt": "Šiuo metu tinklą sudaro 425 miestai iš 91 šalies.",
    "hy": "Ցանցն այժմ ներառում է 91 երկրի 425 քաղաք։",
    "fa": "این شبکه اکنون ۴۲۵ شهر عضو از ۹۱ کشور را در بر می‌گیرد.",
    "ro": "Rețeaua numără acum 425 de orașe membre din 91 de țări.",
    "sk": "Sieť v súčasnosti tvorí 425 členských miest z 91 krajín.",
}


def store_languages() -> set[str]:
    import tomllib

    from tests.conftest import REPO

    sources = (REPO / "facts" / "sources").glob("*.toml")
    return {tomllib.loads(p.read_text(encoding="utf-8"))["source"]["language"] for p in sources}


def test_every_language_of_the_store_is_told_and_named() -> None:
    """A text in any language the store has sources in is named, read or not: a new
    source language needs a sentence here (and, where lcnet does not read it, its name
    in lcnet.extract.lang.identify.NAMES)."""
    assert store_languages() <= set(STORE_LANGUAGES)
    for code, sentence in STORE_LANGUAGES.items():
        (part,) = language_parts(read_document(sentence, "text"))
        assert (part.language, part.read) == (code, code in CODES), sentence
        assert code in NAMES


ENGLISH = (
    "The network of learning cities has grown, and the city is one of its members; "
    "the mayor \u201cwelcomed\u201d the news, and the council\u2019s plan was approved."
)


def test_a_long_english_text_with_curly_quotes_is_one_run() -> None:
    text = "\n\n".join([ENGLISH] * 400)
    assert language_runs(text, "en") == [Run(0, len(text), "en")]


def test_a_portuguese_paragraph_inside_a_long_english_text_is_its_own_run() -> None:
    quote = (
        "Segundo a prefeitura, a rede conta agora com mais de 400 cidades de 91 países. A "
        "cidade também vai ampliar os cursos de educação de adultos e a formação técnica, "
        "com novas vagas nas escolas municipais a partir de março.\n\n"
    )
    before = "\n\n".join([ENGLISH] * 200) + "\n\n"
    text = before + quote + "\n\n".join([ENGLISH] * 200)
    start, end = len(before), len(before) + len(quote)
    assert language_runs(text, "en") == [
        Run(0, start, "en"),
        Run(start, end, "pt"),
        Run(end, len(text), "en"),
    ]


def test_a_name_in_another_script_alone_in_a_cell_stays_with_its_page() -> None:
    page = (
        "<html><body><p>The UNESCO Global Network of Learning Cities has 425 member cities"
        " in 91 countries, and several of them are in the Republic of Korea.</p>"
        "<table><tr><td>Seoul</td><td>서울특별시</td><td>2016</td></tr></table>"
        "</body></html>"
    )
    parts = language_parts(read_document(page, "html"))
    assert [(p.language, p.read) for p in parts] == [("en", True)]


def test_han_alone_keeps_a_japanese_or_chinese_hint() -> None:
    assert detect("会報 第112号（2022年11月15日発行）", "ja") == "ja"
    assert detect("会報 第112号（2022年11月15日発行）") == "zh"
    assert detect("このネットワークには現在400以上の都市が加盟している。", "zh") == "ja"


def test_a_headline_in_capitals_is_read_in_its_language() -> None:
    assert detect("UNESCO: LUCCA E TRIESTE NELLA RETE DELLE LEARNING CITIES") == "it"
