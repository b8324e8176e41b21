"""Countries by code or by the names people use."""

from __future__ import annotations

import pytest

from lcnet.countries import build_index, country_code_problem
from lcnet.errors import UsageError

INDEX = build_index()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("KR", "KR"),
        ("kor", "KR"),
        ("Republic of Korea", "KR"),
        ("South Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("Türkiye", "TR"),
        ("turkey", "TR"),
        ("Côte d'Ivoire", "CI"),
        ("cote divoire", "CI"),
        ("Iran", "IR"),
    ],
)
def test_countries_are_found_by_code_or_name(text: str, code: str) -> None:
    assert INDEX.resolve(text) == code


def test_names_are_shown_as_unesco_writes_them() -> None:
    assert [INDEX.name(c) for c in ("VN", "KR", "IR")] == [
        "Viet Nam",
        "Republic of Korea",
        "Islamic Republic of Iran",
    ]


def test_an_unknown_country_suggests_the_closest_name() -> None:
    with pytest.raises(UsageError) as caught:
        INDEX.resolve("Thialand")
    assert caught.value.message == (
        'unknown country "Thialand"; did you mean "Thailand" (TH)? '
        "Give an ISO 3166-1 code (VN, VNM) or a name."
    )


def test_country_codes_must_be_upper_case_alpha_2() -> None:
    assert country_code_problem("VN") is None
    assert country_code_problem("vn") == 'country code "vn" must be upper case: "VN"'
    assert country_code_problem("VNM") == (
        'unknown country code "VNM" (ISO 3166-1 alpha-2, e.g. "VN")'
    )
