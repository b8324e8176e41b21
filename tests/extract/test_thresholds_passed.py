"""A threshold passed or reached: "passed the mark of 350 cities", "a franchi la barre des
350 villes", "superó la barrera de las 350", "die Marke von 350 Städten überschritten",
"vượt mốc 350", "突破350个城市", "350を超えた". The threshold nouns between the verb and
the number (Language.marks) hid the verb of passing, so the figure was read as exactly
350 and judged wrong: a false alarm on a true sentence. A threshold now makes the figure
a lower bound (more than, after a verb of passing; at least, reached or with the verb
after it); bare verbs of passing ("passed", "went past", "vượt", "突破", "を超えた")
qualify the number as "surpassed" did; and an intake named in the sentence ("with the new
intake", "com as novas adesões") does not make a count larger than any intake a new one."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

PASSED = [
    ("en", "The network has passed the mark of 350 member cities.",
     "has passed the mark of 350 member cities", "more_than"),
    ("en", "The network reached the milestone of 350 member cities.",
     "the milestone of 350 member cities", "at_least"),
    ("en", "With the new intake, the network went past 350 cities.",
     "went past 350 cities", "more_than"),
    ("fr", "Avec les nouvelles admissions, le réseau a franchi la barre des 350 villes.",
     "a franchi la barre des 350 villes", "more_than"),
    ("fr", "Avec la nouvelle cohorte, le réseau a dépassé les 350 villes.",
     "a dépassé les 350 villes", "more_than"),
    ("fr", "Le réseau a atteint le seuil de 350 villes membres.",
     "le seuil de 350 villes membres", "at_least"),
    ("es", "Con las nuevas incorporaciones, la red superó la barrera de las 350 ciudades.",
     "superó la barrera de las 350 ciudades", "more_than"),
    ("es", "La red alcanzó el umbral de 350 ciudades.", "el umbral de 350 ciudades", "at_least"),
    ("pt", "Com as novas adesões, a rede ultrapassou a marca de 350 cidades.",
     "ultrapassou a marca de 350 cidades", "more_than"),
    ("pt", "Com as novas adesões, a rede ultrapassou as 350 cidades.",
     "ultrapassou as 350 cidades", "more_than"),
    ("it", "Con le nuove adesioni, la rete ha superato la soglia delle 350 città.",
     "ha superato la soglia delle 350 città", "more_than"),
    ("it", "La rete ha raggiunto il traguardo delle 350 città.",
     "il traguardo delle 350 città", "at_least"),
    ("de", "Mit den neuen Aufnahmen hat das Netzwerk die Marke von 350 Städten überschritten.",
     "die Marke von 350 Städten", "at_least"),
    ("de", "Das Netzwerk hat die Schwelle von 350 Mitgliedern geknackt.",
     "die Schwelle von 350 Mitgliedern", "at_least"),
    ("vi", "Với đợt kết nạp mới, mạng lưới đã vượt mốc 350 thành phố.",
     "vượt mốc 350 thành phố", "more_than"),
    ("vi", "Mạng lưới đã vượt qua con số 350 thành phố.",
     "vượt qua con số 350 thành phố", "more_than"),
    ("vi", "Mạng lưới đã đạt mốc 350 thành viên.", "mốc 350 thành viên", "at_least"),
    ("zh", "该网络成员已突破350个城市。", "突破350个城市", "more_than"),
    ("ja", "同ネットワークの加盟都市は350を超えた。", "加盟都市は350を超えた", "more_than"),
    ("ja", "加盟都市は350を突破した。", "加盟都市は350を突破した", "more_than"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "phrase", "qualifier"), PASSED)
def test_a_threshold_passed_or_reached_is_a_lower_bound_of_the_total(
    language: str, text: str, phrase: str, qualifier: str
) -> None:
    assert read_titled(language, text) == [(phrase, "total_cities", 350, qualifier, None, None)]


def test_a_dated_threshold_keeps_its_date() -> None:
    assert read_titled("en", "In 2018 the network passed 200 members.") == [
        ("passed 200 members", "total_cities", 200, "more_than", "2018", None)
    ]


def test_new_members_before_a_count_within_an_intake_still_make_it_new() -> None:
    assert read_titled("pt", "Entre as novas adesões estão sete cidades africanas.")[0][1:3] == (
        "new_cities",
        7,
    )


APPROACHED = [
    ("fr", "Le réseau approche la barre des 430 villes.", "approche la barre des 430 villes"),
    ("fr", "Le réseau frôle la barre des 430 villes.", "frôle la barre des 430 villes"),
    ("en", "The network is nearing the mark of 430 cities.", "nearing the mark of 430 cities"),
    ("es", "La red roza la barrera de las 430 ciudades.", "roza la barrera de las 430 ciudades"),
    ("pt", "A rede aproxima-se da marca de 430 cidades.", "aproxima-se da marca de 430 cidades"),
    ("it", "La rete sfiora la soglia delle 430 città.", "sfiora la soglia delle 430 città"),
    ("de", "Das Netzwerk nähert sich der Marke von 430 Städten.",
     "nähert sich der Marke von 430 Städten"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "phrase"), APPROACHED)
def test_a_threshold_approached_is_nearly_it(language: str, text: str, phrase: str) -> None:
    """Not "at least 430": the network of 425 nears the mark (a false alarm before)."""
    assert read_titled(language, text) == [(phrase, "total_cities", 430, "nearly", None, None)]
