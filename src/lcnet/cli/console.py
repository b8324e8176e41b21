"""Questions at a terminal, asked with rich's prompt: an invalid answer is refused with the
reason and asked again, so that no earlier answer is lost.

The question and the reason go to stderr (stdout is kept for the result); the answer is
read from stdin. Answers and reasons are shown as plain text, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

from rich.console import Console
from rich.prompt import InvalidResponse, PromptBase
from rich.text import Text

from lcnet.errors import UsageError

Check = Callable[[str], object]  # the answer -> its value; raises UsageError when invalid


class _Question(PromptBase[object]):
    """A question whose answer must pass `check`; an empty answer is asked again."""

    check: Check = staticmethod(lambda text: text)

    def process_response(self, value: str) -> object:
        answer = value.strip()
        if not answer:
            raise InvalidResponse(Text(""))
        try:
            return self.check(answer)
        except UsageError as error:
            raise InvalidResponse(Text(_sentence(str(error)))) from None

    def on_validate_error(self, value: str, error: InvalidResponse) -> None:
        if str(error.message):
            self.console.print(error.message)


def _sentence(reason: str) -> str:
    return reason if reason.endswith((".", "?", "!")) else f"{reason}."


def ask(question: str, check: Check, stderr: TextIO) -> Any:
    """The value of the first valid answer to `question`; UsageError when stdin ends."""
    console = Console(file=stderr, color_system=None, highlight=False, soft_wrap=True)
    prompt = _Question(Text(question), console=console)
    prompt.check = check
    try:
        return prompt()
    except EOFError:
        raise UsageError("no answer") from None
