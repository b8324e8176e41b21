"""`lcnet lsp`: GNLC figures checked as you write, over the Language Server Protocol.

A language server on stdio (pygls; `pip install 'lcnet[lsp]'`) for Markdown, HTML and
plain text. On open and on change (debounced), it publishes the document's findings with
the codes, severities and messages of `lcnet check` (the same library call), judged at
the document's date (front matter or meta; else today, and a diagnostic says so);
inline suppressions and `.lcnetignore` are honoured, and the store is chosen as the
command line chooses it. Quick fixes: the figure valid at the document's date, written
in the text's style (the rewriting of `check --fix`), or a suppression to fill in. Hover
on a figure shows its timeline. The editor's buffer is checked, never the file on disk;
the store is read once and again when its files change. A check runs in a worker
thread: a slow one never blocks the editor.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from lcnet.api import Store, TextReport
from lcnet.version import __version__

if TYPE_CHECKING:
    from lcnet.cli.runtime import Runtime

DEBOUNCE = 0.3  # seconds of quiet typing before a check
SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "note": types.DiagnosticSeverity.Information,
}
KINDS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
SUPPRESSION = {
    "markdown": "<!-- lcnet: ignore {code} -- {reason} -->",
    "html": "<!-- lcnet: ignore {code} -- {reason} -->",
    "text": "[lcnet: ignore {code} -- {reason}]",
}


@dataclass
class Checked:
    """The last check of a document: its text, report and the store's state."""

    text: str
    report: TextReport


class FigureServer(LanguageServer):
    """The server, with the store it checks against (chosen as the CLI chooses, from
    the runtime `lcnet lsp` was handed: its today, environment and working directory,
    which the editor's workspace root replaces once it is known)."""

    def __init__(self, runtime: Runtime, store_option: str | None) -> None:
        super().__init__("lcnet", __version__)
        self.runtime = runtime
        self.store_option = store_option
        self.root: Path = runtime.cwd
        self._store: Store | None = None
        self._stamp: float = -1.0
        self.checked: dict[str, Checked] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}

    def store(self) -> Store:
        """The store, read again when one of its files changed."""
        runtime = self.runtime.in_directory(self.root)
        location = runtime.locate_store(self.store_option)
        stamp = _newest(location.path)
        if self._store is None or stamp != self._stamp or self._store.path != location.path:
            self._store = runtime.store(self.store_option)
            self._stamp = stamp
        return self._store

    def check(self, uri: str, text: str) -> Checked:
        path = _path(uri)
        kind = KINDS.get(Path(path).suffix.lower(), "text")
        shown = _relative(path, self.root)
        report = self.store().check_text(text, kind=kind, path=shown)
        result = Checked(text, report)
        self.checked[uri] = result
        return result

    def diagnostics(self, uri: str, checked: Checked) -> list[types.Diagnostic]:
        if _ignored(_path(uri), self.root):
            return []
        found = [_diagnostic(f) for f in checked.report.findings if not f.get("resolved")]
        if checked.report.date_origin and checked.report.date_origin.startswith("today"):
            found.append(
                types.Diagnostic(
                    range=types.Range(types.Position(0, 0), types.Position(0, 0)),
                    message=f"no date in the document: judged against today's figures "
                    f"({checked.report.date}); add a date (front matter or meta)",
                    severity=types.DiagnosticSeverity.Information,
                    source="lcnet",
                    code="undated-text",
                )
            )
        return found


def build(runtime: Runtime, store_option: str | None = None) -> FigureServer:
    server = FigureServer(runtime, store_option)

    @server.feature(types.INITIALIZE)
    def initialize(params: types.InitializeParams) -> None:
        if params.root_uri:
            server.root = Path(_path(params.root_uri))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(params: types.DidOpenTextDocumentParams) -> None:
        await _check_now(server, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri in server.pending:
            server.pending[uri].cancel()
        server.pending[uri] = asyncio.ensure_future(_check_later(server, uri))

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        server.checked.pop(params.text_document.uri, None)
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
        )

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION)
    def code_action(params: types.CodeActionParams) -> list[types.CodeAction]:
        checked = server.checked.get(params.text_document.uri)
        if checked is None:
            return []
        return _actions(params.text_document.uri, checked, params.range)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(params: types.HoverParams) -> types.Hover | None:
        checked = server.checked.get(params.text_document.uri)
        if checked is None:
            return None
        figure = _figure_at(checked.report, params.position)
        if figure is None:
            return None
        return types.Hover(
            contents=types.MarkupContent(
                kind=types.MarkupKind.Markdown, value=_timeline(server.store(), figure)
            ),
            range=_range(figure.record),
        )

    return server


async def _check_later(server: FigureServer, uri: str) -> None:
    await asyncio.sleep(DEBOUNCE)
    await _check_now(server, uri)


async def _check_now(server: FigureServer, uri: str) -> None:
    text = server.workspace.get_text_document(uri).source  # the buffer, not the disk
    loop = asyncio.get_running_loop()
    try:
        checked = await loop.run_in_executor(None, server.check, uri, text)
    except Exception as error:  # the boundary: whatever happens, the editor keeps working
        server.window_log_message(
            types.LogMessageParams(type=types.MessageType.Error, message=f"lcnet: {error}")
        )
        return
    server.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(uri=uri, diagnostics=server.diagnostics(uri, checked))
    )


def _diagnostic(finding: dict[str, Any]) -> types.Diagnostic:
    line = max(0, int(finding["line"]) - 1)
    column = max(0, int(finding.get("column") or 1) - 1)
    end_line = max(line, int(finding.get("end_line") or finding["line"]) - 1)
    end_column = int(finding.get("end_column") or 0) - 1
    end_column = end_column if end_column > 0 else column
    return types.Diagnostic(
        range=types.Range(types.Position(line, column), types.Position(end_line, end_column)),
        message=str(finding["message"]),
        severity=SEVERITY.get(str(finding["severity"]), types.DiagnosticSeverity.Warning),
        source="lcnet",
        code=str(finding["code"]),
    )


def _actions(uri: str, checked: Checked, wanted: types.Range) -> list[types.CodeAction]:
    actions: list[types.CodeAction] = []
    kind = KINDS.get(Path(_path(uri)).suffix.lower(), "text")
    for figure in checked.report.figures:
        where = _range(figure.record)
        if not _overlaps(where, wanted):
            continue
        edit = _fix(checked, figure, kind)
        if edit is not None:
            actions.append(
                types.CodeAction(
                    title=f"Write the figure valid at the document's date: {edit.new_text}",
                    kind=types.CodeActionKind.QuickFix,
                    edit=types.WorkspaceEdit(changes={uri: [edit]}),
                    is_preferred=True,
                )
            )
        code = _code(figure.verdict)
        if code is not None and figure.verdict in (
            "stale",
            "wrong",
            "bound_violated",
            "unverifiable",
        ):
            line = where.start.line
            marker = SUPPRESSION[kind].format(code=code, reason="REASON")
            insert = types.TextEdit(
                range=types.Range(types.Position(line, 0), types.Position(line, 0)),
                new_text=marker + "\n",
            )
            actions.append(
                types.CodeAction(
                    title=f"Suppress {code} here (write the reason)",
                    kind=types.CodeActionKind.QuickFix,
                    edit=types.WorkspaceEdit(changes={uri: [insert]}),
                )
            )
    return actions


def _fix(checked: Checked, figure: Any, kind: str) -> types.TextEdit | None:
    """The rewrite of `lcnet check --fix` for one figure, as a text edit."""
    from lcnet.check.rewrite import plan

    judged = checked.report.core.get((figure.line, figure.column))
    if judged is None:
        return None
    planned = plan(checked.text, kind, [judged])
    if not planned.edits:
        return None
    edit = planned.edits[0]
    start = _position(checked.text, edit.start)
    end = _position(checked.text, edit.end)
    return types.TextEdit(range=types.Range(start, end), new_text=edit.new)


def _position(text: str, offset: int) -> types.Position:
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return types.Position(line, _utf16(text[start:offset]))


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _range(record: dict[str, Any]) -> types.Range:
    return types.Range(
        types.Position(record["line"] - 1, record["column"] - 1),
        types.Position(record["end_line"] - 1, record["end_column"] - 1),
    )


def _overlaps(one: types.Range, other: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return p.line, p.character

    return key(one.start) <= key(other.end) and key(other.start) <= key(one.end)


def _figure_at(report: TextReport, position: types.Position) -> Any:
    here = types.Range(position, position)
    return next((f for f in report.figures if _overlaps(_range(f.record), here)), None)


def _timeline(store: Store, figure: Any) -> str:
    """The accepted figure of each period of the figure's metric, around its date."""
    subject = figure.record["metric"]
    if figure.record.get("country"):
        subject = f"{subject}:{figure.record['country']}"
    lines = [f"**{figure.text}**: {figure.verdict.replace('_', ' ')}. {figure.reason}", ""]
    lines.append(f"Accepted {subject.replace('_', ' ')}, period by period:")
    from lcnet.errors import LcnetError

    try:
        periods = store.figures(metric=subject)
    except LcnetError:  # a subject the store does not know
        periods = []
    for period in periods:
        accepted = period.record["figure"]
        if not accepted:
            continue
        sources = ", ".join(period.sources[:2])
        until = period.end or "now"
        lines.append(f"- {period.start} to {until}: **{accepted['text']}** ({sources})")
    return "\n".join(lines)


def _code(verdict: str) -> str | None:
    from lcnet.check.texts import TEXT_CODES
    from lcnet.check.verdicts import Verdict

    code = TEXT_CODES.get(Verdict(verdict))
    return str(code) if code is not None else None


def _path(uri: str) -> str:
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


def _relative(path: str, root: Path) -> str:
    try:
        return str(Path(path).relative_to(root))
    except ValueError:
        return path


def _ignored(path: str, root: Path) -> bool:
    """Whether `.lcnetignore` (or `.gitignore`) leaves the document out, as a walk would."""
    from lcnet.check.walk import is_ignored

    return Path(path).is_file() and is_ignored(Path(path), root)


def _newest(root: Path) -> float:
    stamps = [p.stat().st_mtime for p in root.rglob("*.toml")]
    return max(stamps, default=0.0)


def serve(runtime: Runtime, store_option: str | None) -> None:
    """Speak LSP on the runtime's stdin and stdout until the editor says exit."""
    server = build(runtime, store_option)
    server.start_io(*runtime.protocol_streams())


__all__ = ["FigureServer", "build", "serve"]
