"""The relevance model's trainer (tools/train_relevance.py): deterministic, and its
thresholds overrule the rules only where that gains phrases."""

from __future__ import annotations

from tools.train_relevance import Options, Sample, document, fit, probability, thresholds


def corpus() -> list[Sample]:
    """A small fixed corpus: "gnlc" near a figure makes it one, "creative" does not."""
    samples = []
    for i in range(40):
        batch = f"b{i % 4}"
        positive = i % 3 != 0
        words = ("net:gnlc", f"b:w{i % 5}") if positive else ("net:other", f"b:w{i % 7}")
        samples.append(Sample(f"p{i}", batch, "en", positive, positive, positive, words))
    return samples


def test_retraining_gives_the_same_weights() -> None:
    options = Options(epochs=4, keep=6)
    first = fit(corpus(), options)
    assert fit(corpus(), options) == first
    weights, bias = first
    assert list(weights) == sorted(weights)
    assert len(weights) == 6
    assert (weights["net:gnlc"], weights["net:other"], bias) == (0.9038, -0.6782, 0.2265)


def test_another_seed_shuffles_otherwise() -> None:
    assert fit(corpus(), Options(epochs=4, seed=1)) != fit(corpus(), Options(epochs=4))


def test_a_learned_weight_separates_the_classes() -> None:
    weights, bias = fit(corpus(), Options(epochs=4))
    gnlc = Sample("p", "b", "en", False, True, False, ("net:gnlc",))
    other = Sample("p", "b", "en", False, False, False, ("net:other",))
    assert probability(weights, bias, gnlc) > 0.6 > 0.45 > probability(weights, bias, other)


def _left_out(positive: bool) -> Sample:
    return Sample("p", "b", "en", False, positive, False, ())


def _reported(positive: bool) -> Sample:
    return Sample("p", "b", "en", True, positive, True, ())


def test_keep_above_is_set_where_the_kept_figures_outnumber_the_others_most() -> None:
    samples = [_left_out(True), _left_out(True), _left_out(False), _left_out(True)]
    samples += [_left_out(False), _left_out(False)]
    probabilities = [0.99, 0.97, 0.95, 0.9, 0.5, 0.2]
    # kept above 0.925: two figures, one non-figure; above 0.96: two figures, none
    assert thresholds(samples, probabilities, 2) == (0.0, 0.96)
    assert thresholds(samples, probabilities, 3) == (0.0, 1.0)  # a gain of 2 is too little


def test_drop_below_is_set_where_the_dropped_non_figures_outnumber_the_figures_most() -> None:
    samples = [_reported(False), _reported(False), _reported(True), _reported(True)]
    probabilities = [0.05, 0.1, 0.2, 0.9]
    assert thresholds(samples, probabilities, 2) == (0.15, 1.0)


def test_the_weights_document() -> None:
    assert document({"x": 1.0}, -0.5, 0.0, 0.95) == {
        "bias": -0.5,
        "drop_below": 0.0,
        "keep_above": 0.95,
        "weights": {"x": 1.0},
    }
