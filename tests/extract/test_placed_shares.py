"""A country or a region that places its share in an intake with a verb of getting,
placing or sending, the intake said by "new" ("Les États arabes y placent neuf nouvelles
villes", a b10 page's miss; "La Chine obtient cinq nouvelles villes"): the share is the
place's, as after "compte" or "a". Without "new" the verb may be any news of the place's
own, and no share is read."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

# (text, metric, value, country, region)
Share = tuple[str, str, int, str | None, str | None]

SHARES: list[tuple[str, str, Share]] = [
    ("fr", "Les États arabes y placent neuf nouvelles villes, dont Doha.",
     ("neuf nouvelles villes", "new_cities", 9, None, "arab-states")),
    ("fr", "La Chine obtient cinq nouvelles villes dans cette vague.",
     ("cinq nouvelles villes", "new_cities", 5, "CN", None)),
    ("fr", "L'Afrique envoie sept nouvelles villes.",
     ("sept nouvelles villes", "new_cities", 7, None, "africa")),
    ("fr", "La Corée du Sud y fait entrer quatre nouvelles villes.",
     ("quatre nouvelles villes", "new_cities", 4, "KR", None)),
    ("fr", "Le Maroc gagne deux nouvelles villes membres.",
     ("deux nouvelles villes membres", "new_cities", 2, "MA", None)),
    ("it", "La Cina piazza cinque nuove città.",
     ("cinque nuove città", "new_cities", 5, "CN", None)),
    ("it", "L'Africa porta a casa sette nuove città.",
     ("sette nuove città", "new_cities", 7, None, "africa")),
    ("it", "La Spagna vi fa entrare tre nuove città.",
     ("tre nuove città", "new_cities", 3, "ES", None)),
    ("es", "China gana cinco nuevas ciudades.",
     ("cinco nuevas ciudades", "new_cities", 5, "CN", None)),
    ("pt", "A China emplaca cinco novas cidades.",
     ("cinco novas cidades", "new_cities", 5, "CN", None)),
    ("de", "China bringt fünf neue Städte ein.",
     ("fünf neue Städte", "new_cities", 5, "CN", None)),
    ("en", "Africa sends seven new cities.",
     ("seven new cities", "new_cities", 7, None, "africa")),
    ("en", "China adds five new members.",
     ("five new members", "new_cities", 5, "CN", None)),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), SHARES)
def test_a_place_that_places_its_share_in_an_intake(
    language: str, sentence: str, expected: Share
) -> None:
    found = [
        (m.text, m.metric.value, m.value, m.country, m.region)
        for m in mentions(language, sentence)
    ]
    assert found == [expected]


NO_SHARE = [
    ("fr", "La Chine gagne cinq places au classement des villes."),
    ("fr", "Le Maroc envoie cinq villes à la conférence."),
    ("it", "La Cina porta cinque città alla conferenza."),
    ("en", "China sends five cities to the conference."),
]


@pytest.mark.parametrize(("language", "sentence"), NO_SHARE)
def test_without_new_the_verb_places_no_share(language: str, sentence: str) -> None:
    assert [(m.text, m.country) for m in mentions(language, sentence)] == []
