"""`lcnet check PATH...`: the figures of texts, judged at each text's date.

Files are read line by line in the extractor's chunks, so that memory stays flat however
big a file is; a file that is not UTF-8 is reported as such and the others are checked.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from lcnet.check.findings import Finding
from lcnet.check.texts import (
    TextFigure,
    gazetteer,
    judge_mention,
    problem_findings,
    text_date,
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
    from lcnet.check.texts import TextDate
    from lcnet.cli.check import CheckOptions
    from lcnet.cli.progress import Progress
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
    figure_count: int = 0  # figures found (while streaming, `figures` is left empty)


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


def text_documents(
    path: str, limits: Limits = DEFAULT_LIMITS, meter: Meter | None = None
) -> Iterator[Document]:
    """A text file (or stdin, for "-") as the extractor's documents, read in chunks;
    `meter` is told how many bytes each line had (for a progress bar).

    Raises Unreadable where the text stops being UTF-8 or a limit is passed,
    NotARegularFile for anything but a regular file or stdin, and OSError when it cannot
    be read.
    """
    with _open(path) as binary:
        total = limits.stdin if path == STDIN else None
        lines = _utf8_lines(binary, limits.line, total, meter)
        yield from read_stream(lines, _kind(path, binary))


Meter = Callable[[int], None]


def check_texts(
    runtime: Runtime, opened: OpenedStore, paths: list[str], options: CheckOptions
) -> int:
    """Judge the texts and report on them as they are read (lcnet.cli.check_stream)."""
    from lcnet.cli.check_stream import TextStream

    given = _date_option(options.date)
    if (options.fix or options.diff) and STDIN in paths:
        raise UsageError("--fix and --diff rewrite files: give paths, not - (stdin)")
    limits = Limits.from_environment(runtime.environ)
    timeline = Timeline(opened.facts, runtime.today)
    places = gazetteer(opened.facts)
    files = list(text_files(paths, options.exclude))

    def events(meter: Meter | None = None) -> Iterator[TextEvent]:
        return judged_texts(runtime, timeline, files, given, limits, places, meter, options.jobs)

    if options.fix or options.diff:
        from lcnet.cli.fixing import rewrite_texts

        changed = rewrite_texts(runtime, collected(events()), write=options.fix)
        if options.diff:
            return ExitCode.FINDINGS if changed else ExitCode.OK
    stream = TextStream.open(runtime, opened, options, timeline)
    with _progress(runtime, files) as progress:
        for event in events(progress.meter()):
            stream.take(event)
            progress.advance(event)
    undated = stream.undated
    _note_undated(runtime, undated)
    return stream.close()


TextEvent = TextFigure | Finding | TextReport
"""What judging texts yields, in order: for each text, its problems and figures as they
are found, then its report (with the figures counted, not kept)."""


def judged_texts(
    runtime: Runtime,
    timeline: Timeline,
    files: list[str],
    given: PartialDate | None,
    limits: Limits,
    places: Gazetteer,
    meter: Meter | None = None,
    jobs: int = 1,
) -> Iterator[TextEvent]:
    if jobs > 1 and len(files) > 1 and STDIN not in files:  # lcnet.cli.parallel
        from lcnet.cli.parallel import judged_in_parallel

        yield from judged_in_parallel(jobs, runtime, timeline, files, given, limits, places, meter)
        return
    for path in files:
        yield from _check_one(runtime, timeline, path, given, limits, places, meter)


def collected(events: Iterator[TextEvent]) -> Iterator[TextReport]:
    """Each text's report with its figures and problems kept (for --fix)."""
    figures: list[TextFigure] = []
    problems: list[Finding] = []
    for event in events:
        if isinstance(event, TextFigure):
            figures.append(event)
        elif isinstance(event, Finding):
            problems.append(event)
        else:
            yield event._replace(figures=figures, problems=problems)
            figures, problems = [], []


def _progress(runtime: Runtime, files: list[str]) -> Progress:
    from lcnet.cli.progress import Progress

    return Progress.for_files(runtime.stderr, files)


def _check_one(
    runtime: Runtime,
    timeline: Timeline,
    path: str,
    given: PartialDate | None,
    limits: Limits,
    places: Gazetteer,
    meter: Meter | None = None,
) -> Iterator[TextEvent]:
    """The text's problems and figures, then its report; nothing for what is no text (a
    FIFO, a device), skipped with a note. A text that stops being readable keeps what
    was found before, and its report says where and why."""
    name = shown(path)
    text = _Text(name)
    try:
        documents = text_documents(path, limits, meter)
        yield from _judged(timeline, text, documents, given, runtime, places)
        return
    except Unreadable as error:
        problem = unreadable(name, error.message(), error.line)
    except NotARegularFile as error:
        runtime.message(f"note: skipped {name}: not a regular file ({error.kind})")
        return
    except OSError as error:
        problem = unreadable(name, f"cannot read the file: {error.strerror or error}")
    yield problem
    yield text.report()._replace(problems=[problem])


class _Text:
    """What is known of a text while it is read."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.when: TextDate | None = None
        self.language: str | None = None
        self.parts: list[LanguagePart] = []
        self.count = 0

    def report(self) -> TextReport:
        joined = tuple(_joined(self.parts))
        if self.when is None:  # an empty or unreadable file
            return TextReport(self.path, None, None, self.language, [], [], joined, self.count)
        return TextReport(
            self.path, self.when.value, self.when.origin, self.language, [], [], joined, self.count
        )


def _judged(
    timeline: Timeline,
    text: _Text,
    documents: Iterator[Document],
    given: PartialDate | None,
    runtime: Runtime,
    places: Gazetteer,
) -> Iterator[TextEvent]:
    path = text.path
    for document in documents:
        if text.when is None:  # the first chunk carries the file's date and language
            text.when = text_date(document, given, runtime.today)
            text.language = document.language
        yield from problem_findings(path, document.problems)
        found = language_parts(document)
        written = text.when.value
        for mention in find_mentions(document, parts=found, places=places, written=written):
            text.count += 1
            yield judge_mention(timeline, path, mention, text.when)
        text.parts.extend(found)
    yield text.report()


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


def _utf8_lines(
    binary: BinaryIO, longest: int, total: int | None, meter: Meter | None = None
) -> Iterator[str]:
    """Lines decoded as UTF-8 ("\\r\\n" read as "\\n"); Unreadable says where it breaks:
    not UTF-8, a line longer than `longest` bytes, more than `total` bytes in all."""
    read = 0
    number = 0
    while raw := binary.readline(longest + 1):
        number += 1
        if len(raw) > longest:
            raise Unreadable(number, _too_long(f"line {number} is", longest, "LCNET_MAX_LINE"))
        read += len(raw)
        if meter is not None:
            meter(len(raw))
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


def _note_undated(runtime: Runtime, undated: list[str]) -> None:
    if undated:
        names = ", ".join(undated[:3]) + (
            f" and {len(undated) - 3} more" if len(undated) > 3 else ""
        )
        runtime.message(
            f"note: no date in {names}: judged against today's figures "
            f"({runtime.today.isoformat()}); give --date or a date in the text"
        )
