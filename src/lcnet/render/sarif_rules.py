"""SARIF's rules: one per finding code, with help on what to do about it."""

from __future__ import annotations

from typing import Any

from lcnet.check.findings import KINDS, Code, Severity

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "note"}
RULE_IDS = list(KINDS)  # the catalogue's order is the rule index: keep it stable
HELP_URI = "https://pypi.org/project/lcnet/"

_FIGURE = (
    "In a text: write the figure valid at the text's date (`lcnet check --fix` does it in "
    "place), or, for a statement meant as it is, mark it with "
    "`<!-- lcnet: ignore {code} -- the reason -->` on its line. In the store, a source's "
    "claim is kept as the source made it: nothing to fix."
)
_MARKER = "Write the marker as `<!-- lcnet: ignore [CODE[, CODE...]] -- REASON -->`."
_STORE = (
    "A curator corrects the fact store, or records why the finding stands in "
    "`facts/resolutions.toml` (see facts/README.md)."
)
REMEDIES = {
    Code.STALE_FIGURE: _FIGURE,
    Code.WRONG_FIGURE: _FIGURE,
    Code.BOUND_VIOLATED: _FIGURE,
    Code.UNVERIFIABLE_FIGURE: (
        "The store keeps no accepted figure for the text's date: check the figure by hand, "
        "or add its source to the store."
    ),
    Code.SUPPRESSION_WITHOUT_REASON: _MARKER,
    Code.MALFORMED_SUPPRESSION: _MARKER,
    Code.UNREADABLE_DATE: (
        "Write the text's date as YYYY, YYYY-MM or YYYY-MM-DD, or give `--date`."
    ),
    Code.UNREADABLE_TEXT: (
        "Save the file as UTF-8, or raise LCNET_MAX_LINE for a page with very long lines."
    ),
    Code.LANGUAGE_NOT_READ: (
        "lcnet does not read this language, so its figures were not checked: check them by hand."
    ),
}


def rule(code: str) -> dict[str, Any]:
    kind = KINDS[code]
    why = f"{kind.title}: {kind.severity.label} because {kind.why}."
    remedy = REMEDIES.get(Code(code), _STORE).replace("{code}", code)
    return {
        "id": code,
        "name": "".join(part.capitalize() for part in code.split("-")),
        "shortDescription": {"text": kind.title},
        "fullDescription": {"text": why},
        "help": {
            "text": f"{why} {remedy}",
            "markdown": f"**{kind.title}**: {why[len(kind.title) + 2 :]}\n\n{remedy}",
        },
        "helpUri": HELP_URI,
        "defaultConfiguration": {"level": LEVELS[kind.severity]},
    }
