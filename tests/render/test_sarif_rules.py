"""lcnet.render.sarif_rules: one SARIF rule per finding code, with what to do about it."""

from __future__ import annotations

from lcnet.check.findings import KINDS
from lcnet.render.sarif_rules import RULE_IDS, rule


def test_a_text_finding_says_how_to_fix_or_mark_it() -> None:
    why = (
        "Stale figure: warning because a source repeating an old figure is a fact about the "
        "source, not the store."
    )
    remedy = (
        "In a text: write the figure valid at the text's date (`lcnet check --fix` does it in "
        "place), or, for a statement meant as it is, mark it with `<!-- lcnet: ignore "
        "stale-figure -- the reason -->` on its line. In the store, a source's claim is kept "
        "as the source made it: nothing to fix."
    )
    assert rule("stale-figure") == {
        "id": "stale-figure",
        "name": "StaleFigure",
        "shortDescription": {"text": "Stale figure"},
        "fullDescription": {"text": why},
        "help": {
            "text": f"{why} {remedy}",
            "markdown": f"**Stale figure**: {why[14:]}\n\n{remedy}",
        },
        "helpUri": "https://pypi.org/project/lcnet/",
        "defaultConfiguration": {"level": "warning"},
    }


def test_a_store_finding_sends_the_curator_to_the_store_or_its_resolutions() -> None:
    assert rule("conflicting-primary-sources")["help"]["text"] == (
        "Primary sources disagree: error because two UNESCO/UIL statements cannot both be "
        "right; a curator must decide. A curator corrects the fact store, or records why the "
        "finding stands in `facts/resolutions.toml` (see facts/README.md)."
    )
    assert rule("conflicting-primary-sources")["defaultConfiguration"] == {"level": "error"}


def test_every_code_has_a_rule_in_the_catalogues_order() -> None:
    assert list(KINDS) == RULE_IDS
    assert RULE_IDS[:3] == [
        "unexplained-departures",
        "unexplained-additions",
        "conflicting-primary-sources",
    ]
    assert [rule(code)["id"] for code in RULE_IDS] == RULE_IDS
