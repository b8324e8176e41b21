"""Three constructions of country counts seen on real pages about a member's admission:
"Besides Cao Lanh, Vietnam has four other member cities" (one name before the comma,
not two), an adverb between the country and its verb ("Việt Nam còn có", "also has",
"compte aussi"), and a rank followed by the members it comes after with their own date
("the fifth, after Sa Dec and Vinh (in 2020)": the rank is of the text's day; "after its
admission in 2022" dates it)."""

from __future__ import annotations

import pytest

import lcnet
from tests.conftest import TODAY
from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Besides Cao Lanh, Vietnam has four other member cities."),
        ("fr", "Outre Cao Lanh, le Vietnam compte quatre autres villes membres."),
        ("es", "Además de Cao Lanh, Vietnam tiene otras cuatro ciudades miembro."),
        ("it", "Oltre a Cao Lanh, il Vietnam ha altre quattro città membri."),
        ("pt", "Além de Cao Lanh, o Vietname tem outras quatro cidades membros."),
        ("vi", "Ngoài Cao Lãnh ra, hiện Việt Nam còn có 4 thành phố khác: Huế, Đà Nẵng, Sa Đéc"
               " và Vinh."),
    ],
)  # fmt: skip
def test_one_name_besides_before_a_comma_is_one_more(language: str, body: str) -> None:
    assert [(r[1], r[2], r[5]) for r in read_titled(language, body)] == [
        ("country_cities", 5, "VN")
    ]


@pytest.mark.parametrize(
    ("language", "body", "value"),
    [
        ("vi", "Việt Nam vẫn có 4 thành phố.", 4),
        ("vi", "Việt Nam cũng có 3 thành phố thành viên.", 3),
        ("en", "Vietnam also has four member cities.", 4),
        ("fr", "Le Vietnam compte aussi quatre villes membres.", 4),
        ("fr", "Le Vietnam n'a encore que deux villes membres.", 2),
        ("es", "Vietnam también tiene cuatro ciudades miembro.", 4),
        ("es", "Vietnam todavía tiene solo dos ciudades miembro.", 2),
        ("it", "Il Vietnam ha anche quattro città membri.", 4),
        ("pt", "O Vietname também tem quatro cidades membros.", 4),
        ("pt", "O Vietname ainda tem só duas cidades membros.", 2),
        ("de", "Vietnam hat auch vier Mitgliedsstädte.", 4),
    ],
)
def test_an_adverb_between_the_country_and_its_verb(language: str, body: str, value: int) -> None:
    assert [(r[1], r[2], r[5]) for r in read_titled(language, body)] == [
        ("country_cities", value, "VN")
    ]


@pytest.mark.parametrize(
    ("language", "body", "as_of"),
    [
        ("es", "Cao Lanh pasa a ser la quinta ciudad vietnamita de la red, después de Huế y"
               " Đà Nẵng (en 2015), y de Sa Dec y Vinh (2020).", None),
        ("es", "Cao Lanh es la tercera ciudad vietnamita de la red, tras Sa Dec y Vinh (en"
               " 2020).", None),
        ("fr", "Cao Lanh devient la troisième ville vietnamienne du réseau, après Sa Dec et"
               " Vinh (en 2020).", None),
        ("it", "Cao Lanh è la terza città vietnamita della rete, dopo Sa Dec e Vinh (nel"
               " 2020).", None),
        ("pt", "Cao Lanh é a terceira cidade vietnamita da rede, depois de Sa Dec e Vinh (em"
               " 2020).", None),
        ("vi", "Cao Lãnh là thành phố thứ ba của Việt Nam, sau Sa Đéc và Vinh (năm 2020).",
         None),
        # the rank's own time after "after" still dates it
        ("fr", "Cao Lanh est la troisième ville vietnamienne, après son admission en 2022.",
         "2022"),
        ("es", "Cao Lanh es la tercera ciudad vietnamita, tras su admisión en 2022.", "2022"),
        ("vi", "Cao Lãnh là thành phố thứ ba của Việt Nam, sau khi được công nhận năm 2022.",
         "2022"),
    ],
)  # fmt: skip
def test_a_rank_is_not_dated_by_the_members_before_it(
    language: str, body: str, as_of: str | None
) -> None:
    assert [(r[1], r[4], r[5]) for r in read_titled(language, body)] == [
        ("country_cities", as_of, "VN")
    ]


@pytest.fixture(scope="module")
def api_store() -> lcnet.Store:
    return lcnet.open_store(today=TODAY)


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("vi", "Sau Sa Đéc và Vinh, Cao Lãnh là thành phố thứ ba."),
        ("es", "En Vietnam son tres: Sa Dec, Vinh y Cao Lanh."),
        ("it", "In Vietnam sono tre: Sa Dec, Vinh e Cao Lanh."),
    ],
)
def test_ranks_and_counts_spelt_out_by_names(
    api_store: lcnet.Store, language: str, body: str
) -> None:
    page = f"# UNESCO Global Network of Learning Cities\n\n{body}\n"
    report = api_store.check_text(page, date="2023-03-01", kind="markdown", language=language)
    assert [(f.metric, f.value, f.verdict) for f in report.figures] == [
        ("country_cities", 3, "current")
    ]
