"""The values of `lcnet add`: asked for when missing (at a terminal only) and converted to
what the store writes (dates in canonical form, whole numbers, country codes)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping
from typing import NamedTuple, TextIO

from lcnet.dates import DateError, parse_date_argument
from lcnet.errors import UsageError

Values = dict[str, object]

_STORE_FORM = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


Converter = Callable[[str, str], object]  # (option name, text) -> value, or UsageError


def _as_given(option: str, text: str) -> object:
    return text


class Required(NamedTuple):
    """A value the record cannot do without: the option that gives it, the question, and
    the converter that checks an answer (an invalid one is asked again)."""

    field: str
    option: str
    question: str
    many: bool = False  # a list: the answer is split at spaces and commas
    check: Converter = _as_given


def stdin_is_terminal() -> bool:
    """Whether a person can be asked (tests replace this)."""
    return sys.stdin.isatty()


def fill_required(values: Values, required: list[Required], stderr: TextIO) -> Values:
    """`values` with every required one present: asked for at a terminal, else an error."""
    missing = [need for need in required if values.get(need.field) in (None, "", [])]
    if not missing:
        return values
    if not stdin_is_terminal():
        options = ", ".join(need.option for need in missing)
        what = "it as an option" if len(missing) == 1 else "them as options"
        raise UsageError(
            f"missing {options}: give {what} (lcnet asks for missing values only when run "
            "at a terminal)"
        )
    return values | {need.field: _ask(need, stderr) for need in missing}


def _ask(need: Required, stderr: TextIO) -> object:
    """Ask on stderr until a valid answer comes (stdout is kept for the result)."""
    from lcnet.cli.console import ask

    def check(text: str) -> object:
        if need.many:
            return text.replace(",", " ").split()
        return need.check(need.option, text)

    try:
        return ask(need.question, check, stderr)
    except UsageError:
        raise UsageError(f"no value for {need.option}") from None


def convert(values: Values, converters: Mapping[str, Callable[[str, str], object]]) -> Values:
    """Apply a converter (option name, text) -> value to each value that has one."""
    converted = dict(values)
    for name, function in converters.items():
        value = converted.get(name)
        if isinstance(value, str):
            converted[name] = function(option_name(name), value)
    return converted


def option_name(field: str) -> str:
    return "--" + field.replace("_", "-")


def stored_date(option: str, text: str) -> str:
    """A date as people type it ("4 Dec 2025") in the store's form ("2025-12-04").

    A date written in the store's form but impossible ("2025-02-30") is kept as given,
    so that validation refuses it with the message `lcnet validate` gives.
    """
    try:
        return str(parse_date_argument(text))
    except DateError as error:
        if _STORE_FORM.match(text.strip()):
            return text.strip()
        raise UsageError(f"{option} {text}: {error}; or write it as 4 Dec 2025") from None


def whole_number(option: str, text: str) -> int:
    """ "425", "390_000_000", "390,000,000" -> the number."""
    digits = text.strip().replace("_", "").replace(",", "")
    if not digits.isdigit():
        raise UsageError(f"{option} {text}: not a whole number")
    return int(digits)


def country_code(option: str, text: str) -> str:
    """A country name or code as its alpha-2 code; an unknown one is kept for validation."""
    from lcnet.countries import build_index

    try:
        return build_index().resolve(text)
    except UsageError:
        return text


def region_id(option: str, text: str) -> str:
    from lcnet.cli.options import region_argument

    region = region_argument(option, text)
    assert region is not None
    return region.value


def language_code(option: str, text: str) -> str:
    from lcnet.languages import language_problem

    code = text.strip()
    problem = language_problem(code)
    if problem:
        raise UsageError(f"{option} {code}: {problem}")
    return code


def source_kind(option: str, text: str) -> str:
    from lcnet.model import SourceKind

    return _one_of(option, text.strip(), [k.value for k in SourceKind])


def metric_name(option: str, text: str) -> str:
    from lcnet.model import Metric

    return _one_of(option, text.strip(), [m.value for m in Metric])


def figure_phrase(option: str, text: str) -> str:
    from lcnet.store.records import phrase_problem

    problem = phrase_problem(text)
    if problem:
        raise UsageError(f"{option}: {problem}")
    return text.strip()


def _one_of(option: str, given: str, options: list[str]) -> str:
    from lcnet.store.records import did_you_mean

    if given in options:
        return given
    hint = did_you_mean(given, options).removeprefix("; ")
    listed = f"use one of {', '.join(options)}"
    raise UsageError(f"{option} {given}: " + (hint or listed))


def resolved_country(option: str, text: str) -> str:
    from lcnet.countries import build_index

    return build_index().resolve(text)
