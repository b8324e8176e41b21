"""First-time countries named and then counted as "others": "Benin, Chile and 11 other
countries join for the first time" is 13, not 11 (a false alarm in five languages: the
11 was judged wrong). The countries a list names right before "N other countries" are
added (lcnet.extract.metric._countries_listed_before), as the named cities are added to
"N other cities"."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

LISTED = [
    ("en", "Benin, Chile and 11 other countries join for the first time.", "11 other countries"),
    ("es", "Benín, Chile y otros 11 países entran por primera vez.", "otros 11 países"),
    (
        "fr",
        "Le Bénin, le Chili et 11 autres pays entrent pour la première fois.",
        "11 autres pays",
    ),
    ("de", "Benin, Chile und elf weitere Länder treten erstmals bei.", "elf weitere Länder"),
    ("vi", "Benin, Chile và 11 quốc gia khác lần đầu gia nhập.", "11 quốc gia khác"),
]


@pytest.mark.parametrize(("language", "text", "said"), LISTED)
def test_named_countries_count_with_the_others(language: str, text: str, said: str) -> None:
    assert read_titled(language, text) == [(said, "first_time_countries", 13, "exact", None, None)]


def test_a_word_that_names_no_country_stops_the_list() -> None:
    assert read_titled(
        "en", "Lisbon, the capital, and 11 other countries join for the first time."
    ) == [("11 other countries", "first_time_countries", 11, "exact", None, None)]
