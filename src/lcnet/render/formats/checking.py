"""The types of `lcnet check`'s reports in the renderer interface
(lcnet.render.formats.interface): where the report goes (Destination), and the Sink a
format writes a check of texts through, as figures and findings are found."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TextIO

if TYPE_CHECKING:
    from lcnet.check.findings import Finding, Severity
    from lcnet.check.judging import TextReport
    from lcnet.render.findings import Summary

Record = dict[str, Any]
HtmlReport = Callable[
    [list["Finding"], "Summary", "Severity | None", "list[TextReport] | None", list[Record]],
    None,
]


class Destination:
    """Where `lcnet check` reports, and what it says of the run. (A plain class: every
    JSON query imports this module, and a NamedTuple costs ~0.1 ms to define, #14.)"""

    __slots__ = ("cwd", "html", "say", "stdout", "store", "store_line", "today")

    def __init__(
        self,
        stdout: TextIO,
        say: Callable[[str], None],
        store: Record,
        store_line: str,
        today: str,
        cwd: Path,
        html: HtmlReport,
    ) -> None:
        self.stdout = stdout
        self.say = say  # a line for people, on stderr
        self.store = store  # the store used, for JSON
        self.store_line = store_line
        self.today = today
        self.cwd = cwd
        self.html = html  # the HTML report: the command line gathers what it shows


class Sink(Protocol):
    """Where one output format writes a check of texts: each call comes as soon as its
    item is known."""

    def figure(self, record: Record) -> None: ...
    def finding(self, item: Finding) -> None: ...  # shown ones only
    def text(self, report: TextReport) -> None: ...
    def close(self, summary: Summary, fail_on: Severity | None) -> None: ...


def said(to: Destination, summary: Summary) -> None:
    """The store line and the summary, on stderr, after the data."""
    to.say(to.store_line)
    to.say(summary.line())


class QuietSink:
    """A sink that writes nothing as items come and says the summary at the end: the
    base of each format's sink, which takes what it writes."""

    def __init__(self, to: Destination) -> None:
        self.to = to
        self.stdout = to.stdout

    def figure(self, record: Record) -> None:
        pass

    def finding(self, item: Finding) -> None:
        pass

    def text(self, report: TextReport) -> None:
        pass

    def close(self, summary: Summary, fail_on: Severity | None) -> None:
        said(self.to, summary)


__all__ = ["Destination", "HtmlReport", "QuietSink", "Sink", "said"]
