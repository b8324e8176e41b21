"""A bounded fuzz run in every suite run; the long one is `python -m tests.fuzz`."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import TINY
from tests.fuzz.runs import check_given_text, check_store
from tests.fuzz.stores import HOSTILE_STRINGS
from tests.fuzz.texts import FIGURES, MARKUP

FUZZ = settings(
    max_examples=50,
    deadline=None,
    derandomize=True,  # the same examples in every run: CI does not flake
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CONTROLS = st.characters(min_codepoint=0, max_codepoint=0x9F) | st.sampled_from(
    ["\u202e", "\u2066", "\u2028"]
)
PIECES = st.one_of(
    st.sampled_from(FIGURES),
    st.sampled_from(MARKUP),
    st.sampled_from(HOSTILE_STRINGS),
    st.text(CONTROLS, max_size=20),
    st.text(max_size=40),
)


@FUZZ
@given(rng=st.randoms(use_true_random=False))
def test_a_mutated_store_never_breaks_a_promise(rng: random.Random, tmp_path: Path) -> None:
    work = Path(tempfile.mkdtemp(dir=tmp_path))
    assert check_store(TINY, 0, work, rng) == []


@FUZZ
@given(
    pieces=st.lists(PIECES, min_size=1, max_size=12),
    kind=st.sampled_from(["md", "html", "txt"]),
    separator=st.sampled_from([" ", "\n", "\n\n", "\r\n"]),
)
def test_a_hostile_text_never_reaches_the_terminal_raw(
    pieces: list[str], kind: str, separator: str, tmp_path: Path
) -> None:
    text = separator.join(pieces).encode("utf-8", errors="surrogatepass")
    stem = Path(tempfile.mkdtemp(dir=tmp_path)) / "page"
    assert check_given_text(TINY, text, kind, stem) == []
