"""Language data: what every module in lcnet.extract.lang must satisfy.

Adding a language is adding a data module; these tests say what it must hold.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import pytest

from lcnet.extract import detect_language, find_mentions, read_document
from lcnet.extract.grammar import grammar
from lcnet.extract.lang import CODES, Language, language
from lcnet.model import Region

PHRASE_FIELDS = (
    "number_words", "multipliers", "scales", "fractions", "ordinals", "qualifiers",
    "qualifiers_after", "units", "singular_units", "modifiers_before", "modifiers_after",
    "demonyms", "country_names", "regions", "months",
)  # fmt: skip


def phrases(data: Language) -> Iterable[str]:
    for field in PHRASE_FIELDS:
        yield from getattr(data, field)
    yield from data.other_before
    yield from data.unit_linkers


@pytest.mark.parametrize("code", CODES)
def test_every_language_compiles_into_a_grammar(code: str) -> None:
    rules = grammar(code)
    assert rules.language.code == code
    assert rules.unit_prefixes
    assert rules.gnlc_anchors
    assert rules.phrase_openers


@pytest.mark.parametrize("code", CODES)
def test_words_are_lower_case_and_composed(code: str) -> None:
    """The engine matches lower-cased NFC text: data in any other form never matches."""
    for phrase in phrases(language(code)):
        assert phrase == phrase.lower(), phrase
        assert unicodedata.is_normalized("NFC", phrase), phrase


@pytest.mark.parametrize("code", CODES)
def test_countries_are_alpha_2_codes_and_regions_are_unesco_regions(code: str) -> None:
    data = language(code)
    codes = {*data.country_names.values(), *data.demonyms.values()}
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes), codes
    assert set(data.regions.values()) <= {r.value for r in Region}


@pytest.mark.parametrize("code", CODES)
def test_every_cue_fragment_is_a_valid_pattern(code: str) -> None:
    data = language(code)
    fragments = (
        *data.network_names, *data.network_references, *data.other_networks,
        *data.negative_subjects, *data.intake_cues, *data.total_cues, *data.along_cues,
        *data.besides_cues, *data.first_time_cues, *data.candidate_cues,
        *data.present_markers, *data.historic_markers, *data.founding_words,
    )  # fmt: skip
    for fragment in fragments:
        re.compile(fragment)
    if data.earlier_date:
        re.compile(data.earlier_date)


@pytest.mark.parametrize("code", CODES)
def test_a_membership_before_its_number_comes_with_its_anchors(code: str) -> None:
    """Each match of the form starts at one of its anchors: str.find looks for them."""
    data, form = language(code), grammar(code).membership
    assert (form is None) == (not data.membership_before_number)
    if form is not None:
        assert data.membership_anchors
        assert {"qualifier", "number", "plus"} <= set(form.groupindex)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The network has grown, and the city is one of its members.", "en"),
        ("Mạng lưới các thành phố học tập của UNESCO có nhiều thành viên.", "vi"),
        ("La red de ciudades del aprendizaje tiene muchos miembros en el mundo.", "es"),
        ("Le réseau des villes apprenantes a des membres dans le monde entier.", "fr"),
        ("425 1,000 2025", "en"),
    ],
)
def test_the_language_of_a_text_is_told_by_its_frequent_words(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_a_declared_language_is_used_when_lcnet_reads_it() -> None:
    page = '<html lang="vi"><body><p>Mạng lưới có 425 thành phố học tập.</p></body></html>'
    (mention,) = find_mentions(read_document(page, "html"))
    assert (mention.language, mention.value) == ("vi", 425)


def test_a_declared_language_lcnet_does_not_read_falls_back_to_detection() -> None:
    page = '<html lang="ar"><body><p>The GNLC has 425 member cities.</p></body></html>'
    (mention,) = find_mentions(read_document(page, "html"))
    assert mention.language == "en"


@pytest.mark.parametrize("code", CODES)
def test_the_words_that_find_the_networks_names_are_no_unit_nouns(code: str) -> None:
    """The engine finds names of the GNLC from one literal word of each (its anchor)
    and remembers the last network named by the last place each word occurs: a word
    that is also a unit noun ("città", "cidade") would hide every name before it."""
    data, rules = language(code), grammar(code)
    # a unit noun that is itself a name of the network ("learning cities") may hold one
    nouns = [n for n in (*data.units, *data.singular_units) if not rules.network_names.search(n)]
    for anchor in rules.gnlc_anchors:
        assert len(anchor.encode()) >= 4, anchor  # "gnlc", "全球": not "de", "la"
        assert not any(anchor.strip() in noun for noun in nouns), anchor
