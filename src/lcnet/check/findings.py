"""Findings: every kind has a stable code, a severity, and a one-line message.

The code is the SARIF rule id and the GitHub annotation title; the key identifies one
finding across runs, so that a curator can resolve it in facts/resolutions.toml.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import NamedTuple

from lcnet.model import Resolution


class Severity(IntEnum):
    NOTE = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.upper()]


class Kind(NamedTuple):
    code: str
    severity: Severity
    title: str
    why: str  # why it has this severity


class Code(StrEnum):
    UNEXPLAINED_DEPARTURES = "unexplained-departures"
    UNEXPLAINED_ADDITIONS = "unexplained-additions"
    CONFLICTING_PRIMARY_SOURCES = "conflicting-primary-sources"
    INTAKE_FIGURE_UNSUPPORTED = "intake-figure-unsupported"
    FIRST_TIME_COUNTRY_HAD_MEMBERS = "first-time-country-had-members"
    FIRST_TIME_COUNT_MISMATCH = "first-time-count-mismatch"
    MEMBER_LIST_EXCEEDS_COUNT = "member-list-exceeds-count"
    INCOMPLETE_MEMBER_LIST = "incomplete-member-list"
    STALE_FIGURE = "stale-figure"
    WRONG_FIGURE = "wrong-figure"
    BOUND_VIOLATED = "bound-violated"
    SUPERSEDED_FIGURE = "superseded-figure"
    UNVERIFIABLE_FIGURE = "unverifiable-figure"
    UNKNOWN_RESOLUTION = "unknown-resolution"
    UNREADABLE_TEXT = "unreadable-text"
    SUPPRESSION_WITHOUT_REASON = "suppression-without-reason"
    MALFORMED_SUPPRESSION = "malformed-suppression"
    UNREADABLE_DATE = "unreadable-date"
    LANGUAGE_NOT_READ = "language-not-read"


E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
KINDS = {
    k.code: k
    for k in (
        Kind(
            Code.UNEXPLAINED_DEPARTURES,
            E,
            "Totals do not add up: members left unexplained",
            "the store's own figures contradict each other until a curator explains the gap",
        ),
        Kind(
            Code.UNEXPLAINED_ADDITIONS,
            E,
            "Totals do not add up: members added unexplained",
            "the store's own figures contradict each other until a curator explains the gap",
        ),
        Kind(
            Code.CONFLICTING_PRIMARY_SOURCES,
            E,
            "Primary sources disagree",
            "two UNESCO/UIL statements cannot both be right; a curator must decide",
        ),
        Kind(
            Code.INTAKE_FIGURE_UNSUPPORTED,
            W,
            "Intake figure stated by no primary source",
            "the store asserts an official figure that no recorded release states",
        ),
        Kind(
            Code.FIRST_TIME_COUNTRY_HAD_MEMBERS,
            E,
            "A first-time country already had members",
            "the intake's list of first-time countries contradicts the member list",
        ),
        Kind(
            Code.FIRST_TIME_COUNT_MISMATCH,
            E,
            "First-time countries: count and list differ",
            "the intake record contradicts itself",
        ),
        Kind(
            Code.MEMBER_LIST_EXCEEDS_COUNT,
            W,
            "More members listed than a source counts",
            "either the source or the member list is wrong; worth a look, not a failure",
        ),
        Kind(
            Code.INCOMPLETE_MEMBER_LIST,
            N,
            "Member list incomplete",
            "an incomplete list is a known state, reported as coverage",
        ),
        Kind(
            Code.STALE_FIGURE,
            W,
            "Stale figure",
            "a source repeating an old figure is a fact about the source, not the store",
        ),
        Kind(
            Code.WRONG_FIGURE,
            W,
            "Wrong figure",
            "a source's error is a fact about the source; the store records it on purpose",
        ),
        Kind(
            Code.BOUND_VIOLATED,
            W,
            "Qualified figure does not hold",
            "a source's loose figure that does not hold is a fact about the source",
        ),
        Kind(
            Code.SUPERSEDED_FIGURE,
            N,
            "Figure of a corrected release",
            "the store keeps corrected releases as evidence of what was said",
        ),
        Kind(
            Code.UNVERIFIABLE_FIGURE,
            N,
            "Figure cannot be verified",
            "no primary source or complete list establishes a figure for that date",
        ),
        Kind(
            Code.UNKNOWN_RESOLUTION,
            W,
            "Resolution of no current finding",
            "a resolution that matches nothing hides nothing but should be cleaned up",
        ),
        Kind(
            Code.UNREADABLE_TEXT,
            E,
            "Text cannot be read",
            "a file given to check could not be checked",
        ),
        Kind(
            Code.SUPPRESSION_WITHOUT_REASON,
            E,
            "Suppression without a reason",
            "a deliberate exception must say why, for the next reader",
        ),
        Kind(
            Code.MALFORMED_SUPPRESSION,
            E,
            "Suppression that cannot be read",
            "a marker meant to silence a finding silences nothing",
        ),
        Kind(
            Code.UNREADABLE_DATE,
            W,
            "Publication date that cannot be read",
            "the text is judged at another date than its author meant",
        ),
        Kind(
            Code.LANGUAGE_NOT_READ,
            W,
            "Text in a language lcnet does not read",
            "its figures were not checked: never a silent pass, but not a wrong figure"
            " either; --fail-on warning makes CI fail on it",
        ),
    )
}


class Evidence(NamedTuple):
    source: str
    url: str | None
    claim: str | None = None  # the claim key, when the evidence is a claim


class Finding(NamedTuple):
    code: str
    severity: Severity
    message: str
    key: str  # stable: what a resolution names
    file: str  # path as shown to the user
    line: int
    evidence: tuple[Evidence, ...] = ()
    resolution: Resolution | None = None
    expired: bool = False  # its resolution expired: it counts again
    column: int = 0  # findings in texts have columns; store findings do not
    end_line: int = 0
    end_column: int = 0
    # Identifies the finding across runs, line shifts and reformatting
    # (lcnet.check.baseline); empty: derived from the code, file and message.
    fingerprint: str = ""

    @property
    def resolved(self) -> bool:
        return self.resolution is not None and not self.expired

    @property
    def title(self) -> str:
        return KINDS[self.code].title


def finding(
    code: Code, message: str, key: str, file: str, line: int, evidence: tuple[Evidence, ...] = ()
) -> Finding:
    return Finding(code.value, KINDS[code].severity, message, key, file, line, evidence)
