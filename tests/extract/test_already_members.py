"""The members a country (or the network) already had before the news: "six Qatari
cities which already joined", "the cities that joined earlier". A count of the time just
before the text's intake, not an intake of its own: in a text of an intake's month it is
judged against either side of that intake, as "until now the network had 292" is."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES = [
    ("Umm Salal joins the network. Six Qatari cities which already joined in recent years are"
     " Al Wakra, Al Shamal, Al Sheehaniya, Doha, Al Rayyan and Al Daayen.",
     [("Six Qatari cities", "country_cities", 6, "QA", "2024-02")]),
    ("Sumy joins the network. Ten Ukrainian cities had joined earlier, Kyiv among them.",
     [("Ten Ukrainian cities", "country_cities", 10, "UA", "2024-02")]),
    ("Umm Salal joins six Qatari cities that were already members of the network.",
     [("six Qatari cities", "country_cities", 6, "QA", "2024-02")]),
    # joining, no "already": the intake itself
    ("Three Qatari cities joined the network this month.",
     [("Three Qatari cities", "new_cities", 3, "QA", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_members_already_there_are_the_count_before_the_news(
    body: str, expected: list[tuple[str, str, int, str | None, str | None]]
) -> None:
    found = mentions("en", body, date="2024-02-18")
    rows = [(m.text, m.metric.value, m.value, m.country, m.as_of and str(m.as_of)) for m in found]
    assert rows == expected
