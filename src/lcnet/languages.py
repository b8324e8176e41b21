"""Language (ISO 639) and script (ISO 15924) codes, checked with pycountry."""

from __future__ import annotations


def language_problem(code: str) -> str | None:
    """Why `code` is not an ISO 639-1 or 639-3 language code, or None."""
    import pycountry

    if len(code) == 2 and _code(pycountry.languages.get(alpha_2=code), "alpha_2") == code:
        return None
    if len(code) == 3 and _code(pycountry.languages.get(alpha_3=code), "alpha_3") == code:
        return None
    if code != code.lower() and language_problem(code.lower()) is None:
        return f'language code "{code}" must be lower case: "{code.lower()}"'
    return f'unknown language code "{code}" (ISO 639-1, e.g. "en", "vi")'


def script_problem(code: str) -> str | None:
    """Why `code` is not an ISO 15924 script code, or None."""
    import pycountry

    found = _code(pycountry.scripts.get(alpha_4=code), "alpha_4")
    if found == code:
        return None
    if found is not None:
        return f'script code "{code}" must be written "{found}"'
    return f'unknown script code "{code}" (ISO 15924, e.g. "Latn", "Hang")'


def _code(record: object, attribute: str) -> str | None:
    value = getattr(record, attribute, None) if record is not None else None
    return value if isinstance(value, str) else None
