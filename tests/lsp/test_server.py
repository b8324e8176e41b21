"""`lcnet lsp`, driven by a real LSP client (pygls's) over pipes, as an editor would."""

from __future__ import annotations

import asyncio
import io
import sys
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="pip install 'lcnet[lsp]'")

from lsprotocol import types
from pygls.lsp.client import BaseLanguageClient

from lcnet.cli.runtime import Runtime
from lcnet.lsp import build
from tests.conftest import REPO

STALE = (
    "---\ntitle: Hanoi joins the network\ndate: 2025-12-20\n---\n\n"
    "The UNESCO Global Network of Learning Cities now counts 356 member cities.\n"
)


class Editor:
    """A client that keeps the last diagnostics of each document."""

    def __init__(self) -> None:
        self.client = BaseLanguageClient("test-editor", "1")
        self.diagnostics: dict[str, list[types.Diagnostic]] = {}
        self.arrived: asyncio.Queue[str] = asyncio.Queue()

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            self.diagnostics[params.uri] = params.diagnostics
            self.arrived.put_nowait(params.uri)

    async def next_diagnostics(self, uri: str) -> list[types.Diagnostic]:
        while True:
            # a bound on a hang, not a speed target: a loaded machine opens the store slowly
            arrived = await asyncio.wait_for(self.arrived.get(), timeout=180)
            if arrived == uri:
                return self.diagnostics[uri]

    def open(self, uri: str, text: str, language: str = "markdown") -> None:
        item = types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))

    def change(self, uri: str, text: str, version: int) -> None:
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )


def with_editor(scenario: Callable[[Editor], Awaitable[None]]) -> None:
    """Start `lcnet lsp` as an editor would, run the scenario, shut the server down."""

    async def session() -> None:
        editor = Editor()
        await editor.client.start_io(sys.executable, "-m", "lcnet", "lsp")
        root = Path.cwd().as_uri()
        await editor.client.initialize_async(
            types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=root)
        )
        editor.client.initialized(types.InitializedParams())
        try:
            await scenario(editor)
        finally:
            await editor.client.shutdown_async(None)
            editor.client.exit(None)
            await editor.client.stop()

    asyncio.run(session())


def uri_of(name: str, text: str) -> str:
    path = Path.cwd() / name
    path.write_text("saved on disk: no figure here\n", encoding="utf-8")  # the buffer wins
    return path.as_uri()


def applied(text: str, edits: list[types.TextEdit]) -> str:
    lines = text.split("\n")
    for edit in sorted(
        edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True
    ):
        start, end = edit.range.start, edit.range.end
        before = "\n".join([*lines[: start.line], lines[start.line][: start.character]])
        after = "\n".join([lines[end.line][end.character :], *lines[end.line + 1 :]])
        lines = (before + edit.new_text + after).split("\n")
    return "\n".join(lines)


def test_a_stale_figure_is_underlined_and_its_quick_fix_clears_it() -> None:
    with_editor(_stale_then_fixed)


async def _stale_then_fixed(editor: Editor) -> None:
    uri = uri_of("post.md", STALE)
    editor.open(uri, STALE)
    diagnostics = await editor.next_diagnostics(uri)
    assert [
        (d.code, d.severity, d.range.start.line, d.range.start.character) for d in diagnostics
    ] == [("stale-figure", types.DiagnosticSeverity.Error, 5, 56)]
    assert diagnostics[0].message.startswith('"356 member cities": 356 was the figure')
    actions = await editor.client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostics[0].range,
            context=types.CodeActionContext(diagnostics=diagnostics),
        )
    )
    assert [a.title for a in actions] == [
        "Write the figure valid at the document's date: 425",
        "Suppress stale-figure here (write the reason)",
    ]
    fixed = applied(STALE, actions[0].edit.changes[uri])
    assert fixed.endswith("now counts 425 member cities.\n")
    editor.change(uri, fixed, 2)
    assert list(await editor.next_diagnostics(uri)) == []


def test_hover_on_a_figure_shows_its_timeline() -> None:
    with_editor(_hover)


async def _hover(editor: Editor) -> None:
    uri = uri_of("post.md", STALE)
    editor.open(uri, STALE)
    await editor.next_diagnostics(uri)
    hover = await editor.client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=5, character=58),
        )
    )
    text = hover.contents.value
    assert text.startswith("**356 member cities**: stale.")
    assert "- 2024-02-14 to 2025-12-03: **356**" in text
    assert "- 2025-12-04 to now: **425**" in text


def test_an_unreadable_date_and_an_unread_language_give_the_checks_diagnostics() -> None:
    with_editor(_problems)


async def _problems(editor: Editor) -> None:
    text = (
        "---\ntitle: News\ndate: someday\n---\n\n"
        "The UNESCO Global Network of Learning Cities counts 425 member cities.\n\n"
        "Сеть обучающихся городов ЮНЕСКО объединяет города всего мира, которые "
        "продвигают обучение на протяжении всей жизни для всех жителей.\n"
    )
    uri = uri_of("news.md", text)
    editor.open(uri, text)
    codes = sorted(str(d.code) for d in await editor.next_diagnostics(uri))
    assert codes == ["language-not-read", "undated-text", "unreadable-date"]


def test_a_document_the_project_ignores_gets_no_diagnostics() -> None:
    Path(".lcnetignore").write_text("drafts/\n", encoding="utf-8")
    Path("drafts").mkdir()
    with_editor(_ignored)


async def _ignored(editor: Editor) -> None:
    uri = uri_of("drafts/old.md", STALE)
    editor.open(uri, STALE)
    assert list(await editor.next_diagnostics(uri)) == []


def test_the_server_takes_today_and_the_store_from_the_runtime_it_is_handed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LCNET_TODAY", "1999-01-01")  # the process's: not read by the server
    monkeypatch.setenv("LCNET_STORE", "/nowhere")
    environ = {"LCNET_STORE": str(REPO / "facts"), "LCNET_NO_CACHE": "1"}
    runtime = Runtime(date(2026, 12, 1), Path.cwd(), environ, io.StringIO(), io.StringIO())
    server = build(runtime)
    text = "The UNESCO Global Network of Learning Cities counts 356 member cities.\n"
    report = server.check((Path.cwd() / "post.md").as_uri(), text).report
    assert (report.date, report.date_origin) == ("2026-12-01", "today (the text gives no date)")
    assert [(f.value, f.verdict) for f in report.figures] == [(356, "stale")]
    assert server.store().path == REPO / "facts"
