"""Units that count the network's cities only where the sentence speaks of the network or
of an intake: seats in a round ("dix-sept places dans cette promotion", a fresh fr dev
page's miss), urban centres ("sono stati 72 i centri di 46 diversi Paesi", a real Italian
regional release and a dev page; "173 centres urbains"), the Italian loan "new entry"; a
round named as the intake it was ("cette promotion", "questa tornata", "esta
convocatoria", "nesta rodada", "dieser Runde"); and French "a", Italian "ha" as the
auxiliary of a past tense ("a obtenu", "ha ottenuto"), which is no "has" of a total."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions, read_titled

Row = tuple[str, str, int, str, str | None, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    ("fr", "L'Afrique a obtenu dix-sept places dans cette promotion.",
     [("dix-sept places", "new_cities", 17, "exact", None, None)]),
    ("fr", "L'Asie a décroché douze places dans cette promotion.",
     [("douze places", "new_cities", 12, "exact", None, None)]),
    ("fr", "Le réseau rassemble 173 centres urbains dans 55 pays.",
     [("173 centres urbains", "total_cities", 173, "exact", None, None),
      ("55 pays", "total_countries", 55, "exact", None, None)]),
    ("it", "In tutto sono stati 72 i centri di 46 diversi Paesi accolti nella rete.",
     [("72 i centri", "new_cities", 72, "exact", None, None),
      ("46 diversi Paesi", "new_countries", 46, "exact", None, None)]),
    ("it", "L'Africa ha ottenuto diciassette posti in questa tornata.",
     [("diciassette posti", "new_cities", 17, "exact", None, None)]),
    ("it", "Fra le 72 new entry di quest'anno spiccano due borghi.",
     [("72 new entry", "new_cities", 72, "exact", None, None)]),
    ("es", "África obtuvo diecisiete plazas en esta convocatoria.",
     [("diecisiete plazas", "new_cities", 17, "exact", None, None)]),
    ("pt", "A África obteve dezassete vagas nesta rodada.",
     [("dezassete vagas", "new_cities", 17, "exact", None, None)]),
    ("de", "Afrika erhielt siebzehn Plätze in dieser Runde.",
     [("siebzehn Plätze", "new_cities", 17, "exact", None, None)]),
    ("en", "Some 72 urban centres from 46 countries joined the network.",
     [("Some 72 urban centres", "new_cities", 72, "about", None, None),
      ("46 countries", "new_countries", 46, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_seats_and_centres_of_an_intake_or_the_network(
    language: str, sentence: str, expected: list[Row]
) -> None:
    assert read_titled(language, sentence) == expected


NOT_MEMBERS = [
    ("fr", "La mairie a ouvert 300 places en crèche."),
    ("fr", "Le quartier compte deux centres urbains."),
    ("it", "Il comune ha creato 500 posti di lavoro."),
    ("it", "La provincia conta 12 centri sportivi."),
    ("es", "El ayuntamiento abrió 300 plazas de guardería."),
    ("pt", "A câmara abriu 300 vagas em creches."),
    ("de", "Die Stadt schuf 300 Kita-Plätze."),
    ("en", "The county has four urban centres."),
]


@pytest.mark.parametrize(("language", "sentence"), NOT_MEMBERS)
def test_seats_and_centres_of_something_else(language: str, sentence: str) -> None:
    assert read_titled(language, sentence) == []


HAVE = [
    ("fr", "Le réseau a désormais 425 villes.", ("425 villes", 425)),
    ("fr", "Le réseau avait alors 294 villes.", ("294 villes", 294)),
    ("it", "La rete ha attualmente 425 città.", ("425 città", 425)),
    ("it", "La rete aveva allora 294 città.", ("294 città", 294)),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), HAVE)
def test_have_before_a_number_is_still_a_total(
    language: str, sentence: str, expected: tuple[str, int]
) -> None:
    text, value = expected
    assert read_titled(language, sentence)[0][:3] == (text, "total_cities", value)


SEATS_OF_A_COURSE = [
    ("de", "Wir bieten ein Seminar zu Learning Cities an (30 Plätze, Anmeldung bis Mai)."),
    ("fr", "Un atelier sur les villes apprenantes (25 places, inscription gratuite) aura lieu."),
    ("it", "Un corso sulle Learning Cities (40 posti, iscrizione entro marzo) si terrà in aula."),
    ("es", "Un taller sobre ciudades del aprendizaje (20 plazas, inscripción abierta) se hará."),
    ("pt", "Uma oficina sobre cidades de aprendizagem (35 vagas, inscrição gratuita) terá lugar."),
]


@pytest.mark.parametrize(("language", "sentence"), SEATS_OF_A_COURSE)
def test_seats_without_an_admission_in_their_clause(language: str, sentence: str) -> None:
    """The network named in the sentence is not enough: seats count an intake's cities only
    where their own clause admits someone."""
    assert read_titled(language, sentence) == []


REGION_SUBJECTS = [
    ("fr", "L'Afrique a obtenu dix-sept places dans cette promotion.", "dix-sept places"),
    ("fr", "L'Afrique compte dix-sept nouvelles villes.", "dix-sept nouvelles villes"),
    ("it", "L'Africa ha ottenuto diciassette posti in questa tornata.", "diciassette posti"),
    ("es", "África obtuvo diecisiete plazas en esta convocatoria.", "diecisiete plazas"),
    ("pt", "A África obteve dezassete vagas nesta rodada.", "dezassete vagas"),
    ("de", "Afrika erhielt siebzehn Plätze in dieser Runde.", "siebzehn Plätze"),
    ("en", "Africa gained seventeen new cities.", "seventeen new cities"),
]


@pytest.mark.parametrize(("language", "sentence", "text"), REGION_SUBJECTS)
def test_a_region_that_gets_its_share(language: str, sentence: str, text: str) -> None:
    """The region that opens the clause, with an elided article or a verb of getting
    between, owns the intake's share (before, "L'Afrique" and "a obtenu" hid it, and the
    share was judged as the whole intake: wrong)."""
    (found,) = mentions(language, sentence)
    assert (found.text, found.metric.value, found.value, found.region) == (
        text,
        "new_cities",
        17,
        "africa",
    )


BEFORE_A_ROUND = [
    ("es", "En 2019, antes de esta ronda, el Instituto contabilizaba 173 miembros activos.",
     ("173 miembros activos", 173)),
    ("fr", "Avant cette promotion, le réseau comptait 356 villes.", ("356 villes", 356)),
    ("it", "Prima di questa tornata la rete contava 356 città.", ("356 città", 356)),
    ("pt", "Antes desta rodada, a rede tinha 356 cidades.", ("356 cidades", 356)),
    ("de", "Vor dieser Runde zählte das Netzwerk 356 Städte.", ("356 Städte", 356)),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), BEFORE_A_ROUND)
def test_a_total_before_the_round_is_no_intake(
    language: str, sentence: str, expected: tuple[str, int]
) -> None:
    text, value = expected
    assert read_titled(language, sentence)[0][:3] == (text, "total_cities", value)


AFTER_A_ROUND = [
    ("it", "Oggi è una delle sei città italiane di una rete che, dopo l'ultima tornata di "
     "febbraio, comprende 356 città.", "sei città italiane", "country_cities", 6),
    ("fr", "Après la dernière promotion, le réseau compte 356 villes.", "356 villes",
     "total_cities", 356),
    ("es", "Tras esta ronda, la red suma 356 ciudades.", "356 ciudades", "total_cities", 356),
    ("pt", "Depois desta rodada, a rede tem 356 cidades.", "356 cidades", "total_cities", 356),
    ("de", "Nach dieser Runde zählt das Netzwerk 356 Städte.", "356 Städte", "total_cities", 356),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "text", "metric", "value"), AFTER_A_ROUND)
def test_a_count_after_the_round_is_no_intake(
    language: str, sentence: str, text: str, metric: str, value: int
) -> None:
    assert read_titled(language, sentence)[0][:3] == (text, metric, value)
