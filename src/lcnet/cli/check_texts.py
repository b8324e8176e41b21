"""`lcnet check PATH...`: the figures of texts, judged at each text's date.

Files are read line by line in the extractor's chunks, so that memory stays flat however
big a file is; a file that is not UTF-8 is reported as such and the others are checked.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from lcnet.check.findings import Finding
from lcnet.check.texts import (
    TextFigure,
    figure_findings,
    gazetteer,
    judge_mention,
    problem_findings,
    text_date,
    unread_findings,
    unreadable,
)
from lcnet.check.timeline import Timeline
from lcnet.dates import DateError, PartialDate, parse_date_argument
from lcnet.errors import UsageError
from lcnet.exitcodes import ExitCode
from lcnet.extract import (
    Document,
    Gazetteer,
    LanguagePart,
    find_mentions,
    kind_of,
    language_parts,
    read_stream,
)

if TYPE_CHECKING:
    from lcnet.cli.check import CheckOptions
    from lcnet.cli.runtime import Runtime
    from lcnet.store import OpenedStore

from lcnet.cli.walk import STDIN as STDIN
from lcnet.cli.walk import text_files


class TextReport(NamedTuple):
    """One text: its date and where it came from, and what was found in it."""

    path: str
    date: PartialDate | None
    date_origin: str | None
    language: str | None  # as the file declares it
    figures: list[TextFigure]
    problems: list[Finding]
    # The text's runs of one language, in order: which were read, which not.
    parts: tuple[LanguagePart, ...] = ()


class Limits(NamedTuple):
    """How much lcnet reads, so that memory stays flat whatever it is given
    (README, "Limits"): one line of a text, and stdin in all."""

    line: int = 8 << 20  # bytes; LCNET_MAX_LINE
    stdin: int = 1 << 30  # bytes; LCNET_MAX_STDIN

    @classmethod
    def from_environment(cls, environ: Mapping[str, str]) -> Limits:
        return cls(
            _limit(environ, "LCNET_MAX_LINE", cls._field_defaults["line"]),
            _limit(environ, "LCNET_MAX_STDIN", cls._field_defaults["stdin"]),
        )


DEFAULT_LIMITS = Limits()


def _limit(environ: Mapping[str, str], name: str, default: int) -> int:
    text = environ.get(name)
    if not text:
        return default
    if not text.isdigit() or int(text) < 1:
        raise UsageError(f"{name}={text}: write a number of bytes, 1 or more, or unset it")
    return int(text)


class Unreadable(Exception):
    """Where and why a text stops being readable."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line, self.reason = line, reason

    def message(self) -> str:
        return self.reason


class NotUtf8(Unreadable):
    def __init__(self, line: int, column: int, byte: int) -> None:
        super().__init__(
            line,
            f"not UTF-8 text (byte 0x{byte:02x} at line {line}, column {column}); "
            "save it as UTF-8",
        )


class NotARegularFile(Exception):
    """A FIFO, a device, a socket: reading it could block or never end."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def shown(path: str) -> str:
    """A path as reports name it."""
    return "<stdin>" if path == STDIN else path


def text_documents(path: str, limits: Limits = DEFAULT_LIMITS) -> Iterator[Document]:
    """A text file (or stdin, for "-") as the extractor's documents, read in chunks.

    Raises Unreadable where the text stops being UTF-8 or a limit is passed,
    NotARegularFile for anything but a regular file or stdin, and OSError when it cannot
    be read.
    """
    with _open(path) as binary:
        total = limits.stdin if path == STDIN else None
        yield from read_stream(_utf8_lines(binary, limits.line, total), _kind(path, binary))


def check_texts(
    runtime: Runtime, opened: OpenedStore, paths: list[str], options: CheckOptions
) -> int:
    from lcnet.cli.check import report

    given = _date_option(options.date)
    if (options.fix or options.diff) and STDIN in paths:
        raise UsageError("--fix and --diff rewrite files: give paths, not - (stdin)")
    limits = Limits.from_environment(runtime.environ)
    timeline = Timeline(opened.facts, runtime.today)
    places = gazetteer(opened.facts)

    def judged() -> list[TextReport]:
        checked = (
            _check_one(runtime, timeline, p, given, limits, places)
            for p in text_files(paths, options.exclude)
        )
        return [report for report in checked if report is not None]

    reports = judged()
    if options.fix or options.diff:
        from lcnet.cli.fixing import rewrite_texts

        changed = rewrite_texts(runtime, reports, write=options.fix)
        if options.diff:
            return ExitCode.FINDINGS if changed else ExitCode.OK
        if changed:  # the report is of the files as they are now
            reports = judged()
    findings: list[Finding] = []
    for text in reports:
        findings.extend(text.problems)
        findings.extend(unread_findings(text.path, text.parts))
        findings.extend(figure_findings(text.figures, timeline, runtime.today))
    _note_undated(runtime, reports)
    from lcnet.render.texts import figure_record

    figures = [figure_record(timeline, f) for text in reports for f in text.figures]
    return report(runtime, opened, findings, options, "texts", reports, figures)


def _check_one(
    runtime: Runtime,
    timeline: Timeline,
    path: str,
    given: PartialDate | None,
    limits: Limits,
    places: Gazetteer,
) -> TextReport | None:
    """The text's report; None for what is no text (a FIFO, a device), skipped with a note."""
    name = shown(path)
    try:
        return _judged(timeline, name, text_documents(path, limits), given, runtime, places)
    except Unreadable as error:
        problem = unreadable(name, error.message(), error.line)
    except NotARegularFile as error:
        runtime.message(f"note: skipped {name}: not a regular file ({error.kind})")
        return None
    except OSError as error:
        problem = unreadable(name, f"cannot read the file: {error.strerror or error}")
    return TextReport(name, None, None, None, [], [problem])


def _judged(
    timeline: Timeline,
    path: str,
    documents: Iterator[Document],
    given: PartialDate | None,
    runtime: Runtime,
    places: Gazetteer,
) -> TextReport:
    figures: list[TextFigure] = []
    problems: list[Finding] = []
    parts: list[LanguagePart] = []
    when = None
    language = None
    for document in documents:
        if when is None:  # the first chunk carries the file's date and language
            when = text_date(document, given, runtime.today)
            language = document.language
        problems.extend(problem_findings(path, document.problems))
        found = language_parts(document)
        for mention in find_mentions(document, parts=found, places=places, written=when.value):
            figures.append(judge_mention(timeline, path, mention, when))
        parts.extend(found)
    joined = tuple(_joined(parts))
    if when is None:  # an empty file
        return TextReport(path, None, None, language, figures, problems, joined)
    return TextReport(path, when.value, when.origin, language, figures, problems, joined)


def _joined(parts: list[LanguagePart]) -> Iterator[LanguagePart]:
    """Parts of one language that follow each other across chunks, as one."""
    last: LanguagePart | None = None
    for part in parts:
        if last is not None and last.language == part.language:
            last = last._replace(end_line=part.end_line, end=part.end)
            continue
        if last is not None:
            yield last
        last = part
    if last is not None:
        yield last


def _open(path: str) -> AbstractContextManager[BinaryIO]:
    """The file to read; NotARegularFile before anything could block on it."""
    if path == STDIN:
        return nullcontext(sys.stdin.buffer)  # stdin is read, not closed
    # Opened without blocking (a FIFO with no writer would hang the open), then checked
    # on the descriptor itself, so that nothing can be swapped in between.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(_file_kind(mode))
        os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    return os.fdopen(descriptor, "rb")


def _file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def _kind(path: str, binary: BinaryIO) -> str:
    if path != STDIN:
        return kind_of(path)
    head = binary.peek(64)[:64] if hasattr(binary, "peek") else b""
    stripped = head.lstrip()
    if stripped.startswith(b"---"):
        return "markdown"
    if stripped[:1] == b"<":
        return "html"
    return "text"


def _utf8_lines(binary: BinaryIO, longest: int, total: int | None) -> Iterator[str]:
    """Lines decoded as UTF-8 ("\\r\\n" read as "\\n"); Unreadable says where it breaks:
    not UTF-8, a line longer than `longest` bytes, more than `total` bytes in all."""
    read = 0
    number = 0
    while raw := binary.readline(longest + 1):
        number += 1
        if len(raw) > longest:
            raise Unreadable(number, _too_long(f"line {number} is", longest, "LCNET_MAX_LINE"))
        read += len(raw)
        if total is not None and read > total:
            raise Unreadable(number, _too_long("stdin is", total, "LCNET_MAX_STDIN"))
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            column = len(raw[: error.start].decode("utf-8", errors="replace")) + 1
            raise NotUtf8(number, column, raw[error.start]) from None
        if number == 1:
            line = line.removeprefix("\ufeff")  # a byte order mark is not text
        yield line[:-2] + "\n" if line.endswith("\r\n") else line


def _too_long(what: str, limit: int, variable: str) -> str:
    return f"{what} longer than {limit:,} bytes; not read further (raise {variable} to read it)"


def _date_option(text: str | None) -> PartialDate | None:
    if text is None:
        return None
    try:
        return parse_date_argument(text)
    except DateError as error:
        raise UsageError(f"--date {text}: {error}") from None


def _note_undated(runtime: Runtime, reports: list[TextReport]) -> None:
    undated = [r.path for r in reports if r.date_origin and r.date_origin.startswith("today")]
    if undated:
        names = ", ".join(undated[:3]) + (
            f" and {len(undated) - 3} more" if len(undated) > 3 else ""
        )
        runtime.message(
            f"note: no date in {names}: judged against today's figures "
            f"({runtime.today.isoformat()}); give --date or a date in the text"
        )
