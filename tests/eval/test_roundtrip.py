"""How the round trip sets a claim in a page, and what counts as coming back."""

from __future__ import annotations

from tests.eval.engine import Reported
from tests.eval.roundtrip import ENGLISH, Trip, comes_back, sentence, title_for, trip_page


def test_a_claim_phrase_becomes_a_dated_page_titled_with_the_network() -> None:
    page = trip_page("ahora incluye 425 ciudades de 91 países", "es", "2025-12-04")
    assert page == (
        "---\n"
        'title: "Red Mundial de Ciudades del Aprendizaje de la UNESCO"\n'
        'date: "2025-12-04"\n'
        "lang: es\n"
        "---\n"
        "\n"
        "Ahora incluye 425 ciudades de 91 países.\n"
    )


def test_a_page_without_a_known_date_has_none() -> None:
    assert "date:" not in trip_page("the network has 294 members", "en", None)


def test_a_language_lcnet_does_not_read_gets_the_english_name() -> None:
    assert title_for("sl") == ENGLISH
    assert title_for("en") == ENGLISH
    assert title_for("vi") == "Mạng lưới các thành phố học tập toàn cầu của UNESCO"


def test_a_sentence_keeps_its_own_full_stop_and_gets_one_otherwise() -> None:
    assert sentence("  425 cities\nin 91 countries ", "en") == "425 cities in 91 countries."
    assert sentence("And there are 13 new African cities.", "en") == (
        "And there are 13 new African cities."
    )
    assert sentence("全球学习型城市网络已有425个城市", "zh") == "全球学习型城市网络已有425个城市。"


def _trip(**changes: object) -> Trip:
    values: dict[str, object] = {
        "claim": "s#total", "language": "en", "phrase": "p", "metric": "total_cities",
        "value": 425, "qualifier": "exact", "country": None, "page": "",
    }  # fmt: skip
    values.update(changes)
    return Trip(**values)  # type: ignore[arg-type]


def _report(metric: str, value: int, qualifier: str = "exact", country: str | None = None):
    return Reported(6, 1, 6, 10, "p", metric, value, qualifier, country, None, None, "current")


def test_a_claim_comes_back_with_its_metric_value_qualifier_and_country() -> None:
    assert comes_back(_trip(), _report("total_cities", 425))
    assert not comes_back(_trip(), _report("new_cities", 425))
    assert not comes_back(_trip(), _report("total_cities", 425, "more_than"))
    country = _trip(metric="country_cities", value=6, country="VN")
    assert comes_back(country, _report("country_cities", 6, country="VN"))
    assert not comes_back(country, _report("country_cities", 6))
