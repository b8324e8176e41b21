"""Projections and size classes are not the network's state."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

NOT_FIGURES = [
    (
        "en",
        "If approved, Ha Long would be the 7th Vietnamese member of the Global Network "
        "of Learning Cities.",
    ),
    ("en", "The Global Network of Learning Cities is expected to pass 500 member cities."),
    (
        "fr",
        "Le Réseau mondial des villes apprenantes comptera plus de 500 villes membres d'ici peu.",
    ),
    (
        "es",
        "Firmat aspira a ser la quinta ciudad argentina de la Red Mundial de Ciudades del "
        "Aprendizaje.",
    ),
    (
        "vi",
        "Nếu hồ sơ được chấp thuận, Hạ Long sẽ là thành phố thứ 7 của Việt Nam trong Mạng "
        "lưới các thành phố học tập toàn cầu.",
    ),
    (
        "fr",
        "Le Réseau mondial des villes apprenantes vise l'Afrique, qui compte plus de 700 "
        "villes de plus de 100 000 habitants.",
    ),
    (
        "en",
        "The Global Network of Learning Cities looks at the 500 cities of over 1 million people.",
    ),
]


@pytest.mark.parametrize(("language", "text"), NOT_FIGURES)
def test_a_projection_or_a_size_class_is_not_a_figure(language: str, text: str) -> None:
    assert list(find_mentions(read_document(text, "text"), language)) == []


def test_a_city_that_will_join_still_joins_the_networks_figure() -> None:
    text = (
        "Next year the city will join the Global Network of Learning Cities, "
        "which has 425 members."
    )
    found = [(m.metric.value, m.value) for m in find_mentions(read_document(text, "text"), "en")]
    assert found == [("total_cities", 425)]


def test_a_nomination_quota_is_not_a_figure() -> None:
    quota = (
        "Under the rules of the UNESCO Global Network of Learning Cities, each country may "
        "nominate up to three candidate cities a year."
    )
    assert list(find_mentions(read_document(quota, "text"), "en")) == []
    candidates = (
        "The UNESCO Global Network of Learning Cities: more than 1,000 cities are candidates "
        "to join."
    )
    found = [
        (m.metric.value, m.value) for m in find_mentions(read_document(candidates, "text"), "en")
    ]
    assert found == [("candidate_cities", 1000)]
