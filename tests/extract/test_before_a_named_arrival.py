"""A count "before" a named newcomer arrived ("Vietnam had five member cities before Hanoi
joined", "antes de la llegada de Hanói", "bevor Hanoi beitrat"): the text's own news
came after it, so it is the count of the period before, not a stale figure (a false
alarm in seven languages). Language.before_this now names a newcomer's arrival too, and
it may stand after the figure in its clause (lcnet.extract.engine._before_this); the
store dates such a figure (Found.earlier)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions
from tests.extract.titled import titled

BEFORE = [
    ("en", "Vietnam had five member cities before Hanoi joined."),
    ("en", "Before the arrival of Hanoi, Vietnam had five member cities."),
    ("es", "Vietnam tenía cinco ciudades miembro antes de la llegada de Hanói."),
    ("fr", "Le Vietnam comptait cinq villes membres avant l'arrivée de Hanoï."),
    ("it", "Il Vietnam aveva cinque città membro prima dell'arrivo di Hanoi."),
    ("pt", "O Vietname tinha cinco cidades membro antes da chegada de Hanói."),
    ("de", "Vietnam hatte fünf Mitgliedsstädte, bevor Hanoi beitrat."),
    ("vi", "Trước khi Hà Nội được công nhận, Việt Nam có năm thành phố thành viên."),
]


@pytest.mark.parametrize(("language", "text"), BEFORE)
def test_a_count_before_a_named_arrival_is_of_the_period_before(language: str, text: str) -> None:
    (found,) = find_mentions(titled(language, text), language)
    assert (found.metric.value, found.value, found.country) == ("country_cities", 5, "VN")
    assert (found.earlier, found.as_of) == (True, None)


def test_a_count_with_no_arrival_after_it_is_of_the_text_s_day() -> None:
    (found,) = find_mentions(titled("en", "Vietnam has six member cities."), "en")
    assert (found.value, found.earlier, found.as_of) == (6, False, None)


def test_with_before_a_vietnamese_count_keeps_its_country() -> None:
    """ "Việt Nam, với sáu thành phố, là ...": "với" (with) says possession, as "with" does."""
    (found,) = find_mentions(
        titled("vi", "Việt Nam, với sáu thành phố, là một trong những nước dẫn đầu châu Á."), "vi"
    )
    assert (found.metric.value, found.value, found.country) == ("country_cities", 6, "VN")
