"""Portuguese (lcnet.extract.lang.pt): numbers, qualifiers, ordinals and statements.

Rows are (text, metric, value, qualifier, as_of, country), as in test_statements.py.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lcnet.extract import detect_language
from tests.extract.titled import Row, number_value, read_plain

_ONES = [
    "zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez",
    "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito",
    "dezenove",
]  # fmt: skip
_TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta"]
_TENS += ["oitenta", "noventa"]
_HUNDREDS = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos"]
_HUNDREDS += ["seiscentos", "setecentos", "oitocentos", "novecentos"]


def portuguese(n: int) -> str:
    """n (1 to 999) in Portuguese words, as Brazil writes them: parts joined by "e"."""
    if n == 100:
        return "cem"
    hundreds, rest = divmod(n, 100)
    parts = [_HUNDREDS[hundreds]] if hundreds else []
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        parts.append(_TENS[tens])
        if ones:
            parts.append(_ONES[ones])
    elif rest:
        parts.append(_ONES[rest])
    return " e ".join(parts)


def value(text: str) -> int | None:
    return number_value(text, "pt")


def read(text: str) -> list[Row]:
    return read_plain(text, "pt")


@given(st.integers(min_value=1, max_value=999))
def test_portuguese_numbers_in_words_have_their_exact_values(n: int) -> None:
    assert value(portuguese(n)) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("425", 425),
        ("1.000", 1_000),
        ("390.000.000", 390_000_000),
        ("1,5 milhão", 1_500_000),
        ("390 milhões", 390_000_000),
        ("meio bilhão", 500_000_000),
        ("mil milhões", 1_000_000_000),  # Portugal's billion
        ("dezasseis", 16),  # Portugal
        ("dezanove", 19),
        ("sessenta e quatro", 64),
        ("trezentos e cinquenta e seis", 356),
        ("duzentas e noventa e quatro", 294),
        ("quatrocentas e vinte e cinco", 425),
        ("mil", 1_000),
    ],
)
def test_portuguese_numbers_have_their_exact_values(text: str, expected: int) -> None:
    assert value(text) == expected


GNLC = "Rede Global de Cidades de Aprendizagem da UNESCO"


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [
        ("mais de", "more_than"),
        ("acima de", "more_than"),
        ("pelo menos", "at_least"),
        ("cerca de", "about"),  # "about" in Portuguese; Spanish's "cerca de" is "nearly"
        ("aproximadamente", "about"),
        ("em torno de", "about"),
        ("quase", "nearly"),
        ("perto de", "nearly"),
        ("menos de", "fewer_than"),
        ("até", "at_most"),
    ],
)
def test_a_portuguese_qualifier_makes_the_figure_a_bound(words: str, qualifier: str) -> None:
    text = f"A {GNLC} reúne {words} 400 cidades."
    assert read(text) == [(f"{words} 400 cidades", "total_cities", 400, qualifier, None, None)]


STATEMENTS: list[tuple[str, list[Row]]] = [
    (
        f"A {GNLC} conta agora com 425 cidades em 91 países.",
        [
            ("425 cidades", "total_cities", 425, "exact", None, None),
            ("91 países", "total_countries", 91, "exact", None, None),
        ],
    ),
    (
        f"A {GNLC} passa a contar com trezentas e cinquenta e seis cidades-membro.",
        [
            (
                "trezentas e cinquenta e seis cidades-membro",
                "total_cities",
                356,
                "exact",
                None,
                None,
            )
        ],
    ),
    (
        f"A UNESCO anunciou 72 novas cidades de 46 países na {GNLC}.",
        [
            ("72 novas cidades", "new_cities", 72, "exact", None, None),
            ("46 países", "new_countries", 46, "exact", None, None),
        ],
    ),
    (
        f"Contagem junta-se a outras 71 cidades de 46 países na {GNLC}.",
        [
            ("outras 71 cidades", "new_cities", 72, "exact", None, None),
            ("46 países", "new_countries", 46, "exact", None, None),
        ],
    ),
    (
        f"Sobral é a quarta cidade brasileira da {GNLC}.",
        [("quarta cidade brasileira", "country_cities", 4, "exact", None, "BR")],
    ),
    (
        f"O Brasil tem 5 cidades na {GNLC}.",
        [("5 cidades", "country_cities", 5, "exact", None, "BR")],
    ),
    (
        f"Em 2020, a {GNLC} tinha 229 cidades-membro.",
        [("229 cidades-membro", "total_cities", 229, "exact", "2020", None)],
    ),
    (
        f"As cidades da {GNLC} somam mais de 500 milhões de cidadãos.",
        [("mais de 500 milhões de cidadãos", "citizens", 500_000_000, "more_than", None, None)],
    ),
    (
        f"Mais de mil cidades em todo o mundo estão interessadas em aderir à {GNLC}.",
        [
            (
                "Mais de mil cidades em todo o mundo",
                "candidate_cities",
                1000,
                "more_than",
                None,
                None,
            )
        ],
    ),
    (
        f"A cidade entrou na {GNLC}. O número de membros da rede chega a 425.",
        [("número de membros da rede chega a 425", "total_cities", 425, "exact", None, None)],
    ),
    # the English name inside a Portuguese sentence
    (
        "A UNESCO Global Network of Learning Cities (GNLC) reúne hoje 425 cidades.",
        [("425 cidades", "total_cities", 425, "exact", None, None)],
    ),
    # "a rede GNLC": a name, not a reference to an earlier network
    (
        "A UNESCO integrou 72 novas cidades, de 46 países, na rede GNLC.",
        [
            ("72 novas cidades", "new_cities", 72, "exact", None, None),
            ("46 países", "new_countries", 46, "exact", None, None),
        ],
    ),
    (
        "A Rede Global de Cidades Aprendizagem da UNESCO inclui agora 356 cidades.",
        [("356 cidades", "total_cities", 356, "exact", None, None)],
    ),
    # a school network and another UNESCO network are not the GNLC
    (f"A {GNLC} elogiou a cidade. A rede municipal de ensino tem 120 escolas.", []),
    (f"A cidade integra a {GNLC} e a Rede de Cidades Criativas, com 350 cidades.", []),
    (
        "A cidade também integra a Associação Internacional de Cidades Educadoras, com 500"
        " cidades.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_portuguese_statements_are_read_exactly(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


def test_a_portuguese_text_is_told_by_its_words() -> None:
    assert detect_language("A prefeitura informou que a cidade passa a integrar a rede.") == "pt"
