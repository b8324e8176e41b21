"""Train the learned second opinion on relevance (lcnet.extract.learned) from labelled
phrases (python -m tests.eval.learn collect OUT.jsonl), dependency-free and deterministic:
the same samples and options give the same weights, byte for byte.

A logistic regression over string features, fitted by stochastic gradient descent with
L2 regularisation, the samples shuffled by a seeded generator; the `keep` heaviest
weights are kept. The thresholds at which it may overrule the rules are chosen by
cross-validation (one fold per writer batch), on out-of-fold probabilities:

- drop_below: a phrase the rules kept and lcnet reported is dropped below it; chosen to
  drop the most reported non-figures net of reported figures;
- keep_above: a phrase the rules left out is kept above it (unless they had another
  owner named: learned.owner_named); chosen to keep the most figures net of non-figures.

Each must gain at least `margin` phrases on the training pages, else it is set so that it
never fires (0.0 / 1.0).

    python -m tools.train_relevance DATA.jsonl --out src/lcnet/extract/relevance_weights.json
    python -m tools.train_relevance DATA.jsonl --exclude-batch b17 --report   # the test
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from lcnet.extract.learned import OWNER_NAMED


class Sample(NamedTuple):
    page: str
    batch: str
    lang: str
    rule: bool
    positive: bool  # covers a labelled figure
    reported: bool  # lcnet reported it (rules alone)
    features: tuple[str, ...]


class Options(NamedTuple):
    seed: int = 19
    epochs: int = 10
    rate: float = 0.05
    l2: float = 1e-3
    keep: int = 1000
    margin: int = 2


DEFAULTS = Options()


def load(path: Path) -> list[Sample]:
    samples = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            d = json.loads(line)
            samples.append(
                Sample(
                    d["page"],
                    d["batch"],
                    d["lang"],
                    d["rule"],
                    d["label"] == "figure",
                    d["reported"],
                    tuple(d["features"]),
                )
            )
    return samples


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    e = math.exp(score)
    return e / (1.0 + e)


def fit(samples: Sequence[Sample], options: Options) -> tuple[dict[str, float], float]:
    """Weights by feature and the bias (see the module)."""
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(samples)))
    generator = random.Random(options.seed)
    for epoch in range(options.epochs):
        generator.shuffle(order)
        rate = options.rate / (1.0 + epoch)
        for index in order:
            sample = samples[index]
            score = bias + sum(weights.get(f, 0.0) for f in sample.features)
            error = _sigmoid(score) - (1.0 if sample.positive else 0.0)
            bias -= rate * error
            for feature in sample.features:
                w = weights.get(feature, 0.0)
                weights[feature] = w - rate * (error + options.l2 * w)
    heaviest = sorted(weights.items(), key=lambda item: (-abs(item[1]), item[0]))
    kept = {k: round(v, 4) for k, v in heaviest[: options.keep] if round(v, 4) != 0.0}
    return dict(sorted(kept.items())), round(bias, 4)


def probability(weights: dict[str, float], bias: float, sample: Sample) -> float:
    return _sigmoid(bias + sum(weights.get(f, 0.0) for f in sample.features))


def out_of_fold(samples: Sequence[Sample], options: Options) -> list[float]:
    """Each sample's probability from a model trained on the other writer batches: a
    batch held out is text in constructions the others may not have (what the model is
    for); folds by page would hold out pages like their neighbours in the same batch."""
    found = [0.0] * len(samples)
    for batch in sorted({s.batch for s in samples}):
        weights, bias = fit([s for s in samples if s.batch != batch], options)
        for i, s in enumerate(samples):
            if s.batch == batch:
                found[i] = probability(weights, bias, s)
    return found


def _keepable(sample: Sample) -> bool:
    """Left out by the rules, and no other owner named (learned.owner_named)."""
    return not sample.rule and OWNER_NAMED not in sample.features


def thresholds(
    samples: Sequence[Sample], probabilities: Sequence[float], margin: int
) -> tuple[float, float]:
    """(drop_below, keep_above), chosen as the module says."""
    kept = sorted(
        (p, s.positive)
        for s, p in zip(samples, probabilities, strict=True)
        if s.rule and s.reported
    )
    drop_below, best, gain = 0.0, 0, 0
    for i, (p, positive) in enumerate(kept):
        gain += -1 if positive else 1
        below = (p + kept[i + 1][0]) / 2 if i + 1 < len(kept) else p + 1e-9
        if gain > best and (i + 1 == len(kept) or kept[i + 1][0] > p):
            best, drop_below = gain, below
    if best < margin:
        drop_below = 0.0
    left = sorted(
        ((p, s.positive) for s, p in zip(samples, probabilities, strict=True) if _keepable(s)),
        reverse=True,
    )
    keep_above, best, gain = 1.0, 0, 0
    for i, (p, positive) in enumerate(left):
        gain += 1 if positive else -1
        above = (p + left[i + 1][0]) / 2 if i + 1 < len(left) else p - 1e-9
        if gain > best and (i + 1 == len(left) or left[i + 1][0] < p):
            best, keep_above = gain, above
    if best < margin:
        keep_above = 1.0
    return round(drop_below, 6), round(keep_above, 6)


def effect(
    samples: Sequence[Sample], probabilities: Sequence[float], drop_below: float, keep_above: float
) -> Counter[str]:
    """What the thresholds change among the samples (at the relevance stage)."""
    counts: Counter[str] = Counter()
    for s, p in zip(samples, probabilities, strict=True):
        if s.rule and s.reported and p < drop_below:
            counts["dropped figure" if s.positive else "dropped non-figure"] += 1
        if _keepable(s) and p > keep_above:
            counts["kept figure" if s.positive else "kept non-figure"] += 1
    return counts


def document(weights: dict[str, float], bias: float, drop: float, keep: float) -> dict[str, Any]:
    return {"bias": bias, "drop_below": drop, "keep_above": keep, "weights": weights}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.train_relevance")
    parser.add_argument("data", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--exclude-batch", action="append", default=[])
    parser.add_argument("--keep", type=int, default=DEFAULTS.keep)
    parser.add_argument("--epochs", type=int, default=DEFAULTS.epochs)
    parser.add_argument("--l2", type=float, default=DEFAULTS.l2)
    parser.add_argument("--margin", type=int, default=DEFAULTS.margin)
    args = parser.parse_args(argv)
    options = Options(keep=args.keep, epochs=args.epochs, l2=args.l2, margin=args.margin)
    samples = load(args.data)
    test = [s for s in samples if s.batch in args.exclude_batch]
    train = [s for s in samples if s.batch not in args.exclude_batch]
    oof = out_of_fold(train, options)
    drop, keep = thresholds(train, oof, options.margin)
    print(f"cv on {len(train)} phrases: drop_below {drop}, keep_above {keep}", file=sys.stderr)
    print(f"  cv effect: {dict(sorted(effect(train, oof, drop, keep).items()))}", file=sys.stderr)
    weights, bias = fit(train, options)
    if test:
        probs = [probability(weights, bias, s) for s in test]
        print(
            f"  test effect: {dict(sorted(effect(test, probs, drop, keep).items()))}",
            file=sys.stderr,
        )
    print(f"  {len(weights)} weights", file=sys.stderr)
    if args.out is not None:
        text = json.dumps(document(weights, bias, drop, keep), ensure_ascii=False, indent=0)
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
