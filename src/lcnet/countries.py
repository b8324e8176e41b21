"""Countries by ISO 3166-1 code or by name, as people type them (via pycountry)."""

from __future__ import annotations

from lcnet.errors import UsageError
from lcnet.text import fold, fold_compact

# Names people use that pycountry does not list as a name of the country.
ALIASES = {
    "turkey": "TR",
    "russia": "RU",
    "usa": "US",
    "us": "US",
    "america": "US",
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "korea": "KR",
    "cape verde": "CV",
    "ivory coast": "CI",
    "dr congo": "CD",
    "congo kinshasa": "CD",
    "congo brazzaville": "CG",
    "holland": "NL",
    "swaziland": "SZ",
    "macedonia": "MK",
    "burma": "MM",
    "east timor": "TL",
    "vatican": "VA",
    "palestine": "PS",
}


class CountryIndex:
    """Folded names and codes of every country, and the name to show for each."""

    __slots__ = ("by_name", "display")

    def __init__(self, by_name: dict[str, str], display: dict[str, str]) -> None:
        self.by_name = by_name
        self.display = display

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CountryIndex):
            return NotImplemented
        return (self.by_name, self.display) == (other.by_name, other.display)

    def name(self, code: str) -> str:
        return self.display.get(code, code)

    def resolve(self, text: str) -> str:
        """The alpha-2 code for a code or name; a UsageError with a suggestion if none."""
        code = self.by_name.get(fold_compact(text))
        if code is not None:
            return code
        import difflib

        choices = sorted(self.by_name)
        close = difflib.get_close_matches(fold_compact(text), choices, n=1, cutoff=0.7)
        hint = ""
        if close:
            match = self.by_name[close[0]]
            hint = f'; did you mean "{self.name(match)}" ({match})?'
        raise UsageError(
            f'unknown country "{text}"{hint} Give an ISO 3166-1 code (VN, VNM) or a name.'
        )


def build_index() -> CountryIndex:
    import pycountry

    by_name: dict[str, str] = {}
    display: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names = [code, country.alpha_3, country.name]
        for attribute in ("common_name", "official_name"):
            names.append(getattr(country, attribute, "") or "")
        names.extend(_inverted(n) for n in list(names))
        for name in filter(None, names):
            by_name.setdefault(fold_compact(name), code)
        display[code] = _inverted(country.name) or country.name  # "Republic of Korea"
    for alias, code in ALIASES.items():
        by_name.setdefault(fold_compact(alias), code)
    return CountryIndex(by_name, display)


def _inverted(name: str) -> str:
    """ "Korea, Republic of" -> "Republic of Korea"."""
    if ", " not in name:
        return ""
    head, tail = name.split(", ", 1)
    return f"{tail} {head}"


def is_country_code(code: str) -> bool:
    import pycountry

    found = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    return found is not None and found.alpha_2 == code


def country_code_problem(code: str) -> str | None:
    """Why `code` is not an ISO 3166-1 alpha-2 code, or None when it is one."""
    if is_country_code(code):
        return None
    if is_country_code(code.upper()):
        return f'country code "{code}" must be upper case: "{code.upper()}"'
    return f'unknown country code "{code}" (ISO 3166-1 alpha-2, e.g. "VN")'


__all__ = ["CountryIndex", "build_index", "country_code_problem", "fold", "is_country_code"]
