"""A subject that is not the network owns no figure when it is only the speaker."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions


def values(language: str, body: str) -> list[tuple[str, int]]:
    return [(m.metric.value, m.value) for m in mentions(language, body)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("zh", "部分与会者则在发言中称网络“已汇聚300余个城市”。", [("total_cities", 300)]),
        ("en", "Participants said the network now has 425 cities.", [("total_cities", 425)]),
        (
            "fr",
            "Les délégués ont déclaré que le réseau compte 425 villes.",
            [("total_cities", 425)],
        ),
        # the owner, not the speaker: no figure of the network
        ("zh", "该协会有300个城市会员。", []),
        ("en", "The association has 300 member cities.", []),
    ],
)
def test_a_speaker_is_not_the_owner_of_the_figure(
    language: str, body: str, expected: list[tuple[str, int]]
) -> None:
    assert values(language, body) == expected
