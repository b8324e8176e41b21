"""A correction notice says what an earlier version of the text got wrong: its figures
were withdrawn and are no statement, whatever date they have. A wire story's notice
("An earlier version of this story said 55 cities had joined, bringing the total to
230") reported 55, 230 and Morocco's three as the story's own figures (b13's
wire-correction page, three distractors). Language.retraction_cues; a correction cue
between the notice and a figure ("...; it was corrected to 54") ends the notice, and so
does a semicolon."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "CORRECTION: An earlier version of this story said 55 cities had joined."),
        ("en", "This item has been updated. It previously stated that 55 new cities joined."),
        ("en", "A previous version of this report incorrectly said the network had 230 members."),
        ("en", "We mistakenly reported on Wednesday that the network counted 230 cities."),
        ("en", "An earlier draft of this release listed 230 member cities in the network."),
        ("en", "Clarification: an earlier headline on this page referred to 55 new members."),
        ("en", "The article misstated the network's size as 230 cities."),
        ("de", "Korrektur: In einer früheren Version dieses Artikels hieß es, 55 seien neu."),
        ("de", "In einer vorherigen Fassung dieses Beitrags war von 230 Mitgliedern die Rede."),
        ("de", "In der ursprünglichen Version stand, das Netzwerk habe 230 Mitglieder."),
        ("de", "Wir hatten irrtümlich gemeldet, dass 55 neue Städte aufgenommen wurden."),
        ("de", "Fälschlicherweise hieß es hier, dem Netzwerk gehörten 230 Städte an."),
        ("de", "Hier stand zuvor irrtümlich, 55 Städte seien dem Netzwerk beigetreten."),
        ("de", "Anders als zuvor berichtet, zählt das Netzwerk nicht 230 Mitglieder."),
    ],
)
def test_a_withdrawn_figure_is_no_statement(language: str, body: str) -> None:
    assert read_titled(language, body) == []


@pytest.mark.parametrize(
    ("language", "body", "value"),
    [
        ("en", "As previously reported, the network now has 425 members.", 425),
        ("en", "As we previously reported, it now counts 425 member cities.", 425),
        ("en", "An earlier version of this said 55 had joined; the network has 425 cities.", 425),
        ("en", "The previous version of our leaflet, still in use, speaks of 356 cities.", 356),
        ("de", "Wie bereits berichtet, hat das Netzwerk nun 425 Mitglieder.", 425),
        ("de", "Das Netzwerk, oft fälschlich Partnerschaft genannt, hat 425 Mitglieder.", 425),
        ("de", "Eine frühere Fassung nannte 55 neue Städte; es hat 425 Mitglieder.", 425),
    ],
)
def test_a_figure_outside_a_notice_stays(language: str, body: str, value: int) -> None:
    assert [r[2] for r in read_titled(language, body)] == [value]
