"""The learned second opinion on relevance (lcnet.extract.learned): its arithmetic, when
it may overrule the rules, its features, and that its weights are read only when a
phrase is judged."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from lcnet.extract import find_mentions, learned, read_document

PAGE = "---\ntitle: A council note\ndate: 2024-03-10\n---\n\n{}\n"


def read(body: str) -> list[tuple[int, str]]:
    found = find_mentions(read_document(PAGE.format(body), "markdown"), "en")
    return [(m.value, m.metric.value) for m in found]


@pytest.fixture(autouse=True)
def rules_alone() -> Iterator[None]:
    learned.use(None)
    yield
    learned.use(None)
    learned._STATE.loaded = False  # the next use reads the shipped model again


def test_probability_is_the_logistic_of_the_summed_weights() -> None:
    model = learned.Model({"a": 1.5, "b": -0.5}, 0.25, 0.0, 0.9)
    assert model.probability(["a", "b", "unknown"]) == pytest.approx(0.7773, abs=1e-4)
    assert model.probability([]) == pytest.approx(0.5622, abs=1e-4)
    assert learned.Model({"a": -800.0}, 0.0, 0.0, 0.9).probability(["a"]) == 0.0


def test_a_model_from_its_document() -> None:
    document = {"bias": -1, "drop_below": 0.0, "keep_above": 0.95, "weights": {"x": 2}}
    assert learned.model_from(document) == learned.Model({"x": 2.0}, -1.0, 0.0, 0.95)


# Another network's members: the rules leave the figure out ("net:other" is a feature of
# every phrase whose sentence names another network or programme).
OTHER = "The GNLC is one UNESCO network. The Creative Cities Network now has 350 member cities."


def test_the_rules_alone_leave_another_networks_figure_out() -> None:
    assert read(OTHER) == []


def test_a_confident_model_keeps_what_the_rules_left_out() -> None:
    learned.use(learned.Model({"net:other": 5.0}, 0.0, 0.0, 0.99))
    assert read(OTHER) == [(350, "total_cities")]


def test_below_its_threshold_the_model_keeps_the_rules_decision() -> None:
    learned.use(learned.Model({"net:other": 5.0}, 0.0, 0.0, 0.999))  # p = 0.9933
    assert read(OTHER) == []


def test_with_drop_below_at_zero_the_model_never_drops_what_the_rules_keep() -> None:
    learned.use(learned.Model({"unit=MEMBER": -50.0, "unit=CITY": -50.0}, -50.0, 0.0, 0.9))
    assert read("The GNLC now has 425 member cities.") == [(425, "total_cities")]


def test_drop_below_drops_what_the_rules_keep() -> None:
    learned.use(learned.Model({}, -50.0, 0.5, 1.0))
    assert read("The GNLC now has 425 member cities.") == []


def test_features_of_a_figure_of_the_network() -> None:
    sink: list[tuple[int, int, bool, list[str]]] = []
    learned.record(sink)
    try:
        assert read("The GNLC now has 425 member cities.") == [(425, "total_cities")]
    finally:
        learned.record(None)
    assert len(sink) == 1
    start, end, rule, features = sink[0]
    assert (end - start, rule) == (17, True)  # "425 member cities"
    assert features == [
        "unit=CITY",
        "q=exact",
        "v=CITY:9",
        "lang=en",
        "role=MEMBER",
        "topic",
        "named_last@300",
        "named_last@1000",
        "named_last@2500",
        "cue<total",
        "near:total",
        "net:gnlc",
        "b:the",
        "b:gnlc",
        "b:now",
        "b:has",
        "p:000",
        "p:member",
        "p:cities",
        "b1:has",
        "cue_before=gnlc:2",
        "btw:now",
        "btw:has",
        "cue_after=none",
    ]


def test_the_shipped_model() -> None:
    model = learned.shipped()
    assert model is not None
    assert (len(model.weights), model.drop_below) == (1000, 0.0)
    assert 0.9 < model.keep_above < 1.0


def test_starting_lcnet_does_not_read_the_weights() -> None:
    code = (
        "import lcnet.cli, lcnet.extract\n"
        "from lcnet.extract import learned\n"
        "print(learned._STATE.loaded)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "False\n"
