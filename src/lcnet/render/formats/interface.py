"""The one renderer interface: what each output format is asked to write.

A command hands its typed answer over as one of three kinds of report:

- a Listing (the read commands: cities, figures, claims, sources, growth, show): its
  records, the JSON envelope and fields, and the views that are the command's own (its
  table, chart, SVG, ClaimReview document);
- the store's findings (`lcnet check` without paths), with their summary;
- a check of texts (`lcnet check PATH...`), through a Sink that takes each figure,
  finding and text as soon as it is known, so that memory stays flat.

Each format's Renderer writes the kinds it can and refuses the others (NotOffered): no
format stands in for another, and no if/elif falls back to a table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TextIO, TypeVar

if TYPE_CHECKING:
    from lcnet.check.findings import Finding, Severity
    from lcnet.check.judging import TextReport
    from lcnet.render.findings import Summary
    from lcnet.render.formats import OutputFormat

Record = dict[str, Any]
V = TypeVar("V")
HtmlReport = Callable[
    [list["Finding"], "Summary", "Severity | None", "list[TextReport] | None", list[Record]],
    None,
]


class NotOffered(ValueError):
    """A format that does not write this kind of report (or a view the command lacks)."""


class Listing(NamedTuple):
    """A read command's records, and how its own formats show them."""

    kind: str  # lcnet/<kind> in JSON
    records: Sequence[Record]
    head: Record  # the JSON envelope and the command's fields
    field: str | None  # the list's field in JSON; None: the document is the head alone
    table: Callable[[TextIO], None] | None = None
    csv_columns: Sequence[str] = ()
    csv_row: Callable[[Record], Record] = dict
    chart: Callable[[TextIO], None] | None = None
    svg: Callable[[], str] | None = None  # the SVG document
    claimreview: Callable[[], Any] | None = None  # the ClaimReview JSON-LD document

    def document(self) -> Record:
        """The JSON document: the head, and the records in their field."""
        if self.field is None:
            return dict(self.head)
        return self.head | {self.field: list(self.records)}


class Destination(NamedTuple):
    """Where `lcnet check` reports, and what it says of the run."""

    stdout: TextIO
    say: Callable[[str], None]  # a line for people, on stderr
    store: Record  # the store used, for JSON
    store_line: str
    today: str
    cwd: Path
    html: HtmlReport  # the HTML report: the command line gathers what it shows


class Sink(Protocol):
    """Where one output format writes a check of texts: each call comes as soon as its
    item is known."""

    def figure(self, record: Record) -> None: ...
    def finding(self, item: Finding) -> None: ...  # shown ones only
    def text(self, report: TextReport) -> None: ...
    def close(self, summary: Summary, fail_on: Severity | None) -> None: ...


class Renderer:
    """One output format. Each method writes one kind of report; the base refuses all."""

    output: OutputFormat

    def listing(self, stream: TextIO, listing: Listing) -> None:
        """Write a read command's records."""
        raise NotOffered(f"{self.output}: not a format of lcnet {listing.kind}")

    def store_check(
        self,
        to: Destination,
        visible: list[Finding],
        summary: Summary,
        fail_on: Severity | None,
    ) -> None:
        """Write the store's findings (those shown), then say the summary."""
        raise NotOffered(f"{self.output}: not a format of lcnet check")

    def text_sink(self, to: Destination) -> Sink:
        """The sink that writes a check of texts as it goes."""
        raise NotOffered(f"{self.output}: not a format of lcnet check")

    def own(self, view: V | None, listing: Listing) -> V:
        """The command's own view for this format, or the refusal: no other stands in."""
        if view is None:
            raise NotOffered(f"{self.output}: not a format of lcnet {listing.kind}")
        return view


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


__all__ = [
    "Destination",
    "Listing",
    "NotOffered",
    "QuietSink",
    "Record",
    "Renderer",
    "Sink",
    "said",
]
