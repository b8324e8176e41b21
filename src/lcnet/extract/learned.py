"""A learned second opinion on relevance: is this figure phrase a GNLC figure?

The rules (lcnet.extract.relevance.about_network) decide first; a logistic regression
trained on the evaluation corpus's labels (tools/train_relevance.py) may overrule them
only with confidence: drop a figure the rules kept when its probability is below
`drop_below`, keep one they left out when it is above `keep_above`, never where the
rules saw another owner named (owner_named). Its features are strings (features_of):
the words around the number, the unit, the grammar's cue kinds near it, the nearest
network cue and what lies between, whether the page or section is about the network,
and so on. Weights are plain data (relevance_weights.json beside this module), looked
for the first time a phrase is judged, not when lcnet starts.

No weights are shipped: on the b17 pages, held out, no model trained on the rest of dev
gained a figure once owner_named guarded it (tests/eval/README.md, "learn helper
(session 19)"), so the rules judge alone. The hook stays for the training data (record)
and for measuring a model (use): python -m tests.eval.learn.
"""

from __future__ import annotations

import json
import math
import re
from importlib import resources
from typing import Any, NamedTuple

from lcnet.extract.phrase import Phrase
from lcnet.extract.relevance import MEMBERSHIP_REACH, REFERENCE_REACH, NetworkMemory
from lcnet.extract.sentence import Sentence, Span, networks_in

WEIGHTS_FILE = "relevance_weights.json"
_WINDOW = 5  # words each side of the phrase
_CJK_WINDOW = 8  # characters each side, where words touch
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d")
_TOUCHING = frozenset({"zh", "ja"})
_REACHES = (300, 1000, MEMBERSHIP_REACH)  # characters
_NEAR = 40  # characters around the phrase where a cue is near it
_OWNERS = frozenset({"other", "programme"})
OWNER_NAMED = "owner_named"  # the feature of owner_named
_OWNER_BEFORE = 200  # characters before the sentence where another owner may be named


class Model(NamedTuple):
    """Weights by feature, the bias, and the thresholds that let it overrule the rules."""

    weights: dict[str, float]
    bias: float
    drop_below: float  # a figure the rules kept is dropped below this probability
    keep_above: float  # a figure the rules left out is kept above it


def probability(model: Model, features: list[str]) -> float:
    """The model's probability that a phrase of these features is a GNLC figure."""
    score = model.bias
    weights = model.weights
    for feature in features:
        score += weights.get(feature, 0.0)
    return _sigmoid(score)


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    e = math.exp(score)
    return e / (1.0 + e)


def model_from(document: dict[str, Any]) -> Model:
    """A model from its JSON document (relevance_weights.json's shape)."""
    weights = {str(k): float(v) for k, v in document["weights"].items()}
    bias, drop, keep = document["bias"], document["drop_below"], document["keep_above"]
    return Model(weights, float(bias), float(drop), float(keep))


class _State:
    """The model in use (read from the package on first use) and an optional sink that
    records every judged phrase's features (for training; tools/train_relevance.py)."""

    def __init__(self) -> None:
        self.model: Model | None = None
        self.loaded = False
        self.sink: list[tuple[int, int, bool, list[str]]] | None = None


_STATE = _State()


def use(model: Model | None) -> None:
    """Judge with `model` from now on (None: the rules alone)."""
    _STATE.model = model
    _STATE.loaded = True


def record(sink: list[tuple[int, int, bool, list[str]]] | None) -> None:
    """Append (start, end, the rules' decision, features) of every phrase judged to
    `sink` from now on (None: stop)."""
    _STATE.sink = sink


def shipped() -> Model | None:
    """The model shipped with lcnet, or None when there is none."""
    try:
        raw = resources.files("lcnet.extract").joinpath(WEIGHTS_FILE).read_text("utf-8")
    except FileNotFoundError:
        return None
    return model_from(json.loads(raw))


def _model() -> Model | None:
    if not _STATE.loaded:
        _STATE.model = shipped()
        _STATE.loaded = True
    return _STATE.model


def second_opinion(
    rule: bool, phrase: Phrase, sentence: Sentence, memory: NetworkMemory, paired: bool
) -> bool:
    """The rules' decision `rule`, unless the model is confident of the other."""
    model = _model()
    sink = _STATE.sink
    if sink is None and (model is None or (rule and model.drop_below <= 0.0)):
        return rule  # nothing to ask: the common case costs one test
    if sink is None and not rule and owner_named(phrase, sentence, memory):
        return rule
    features = features_of(phrase, sentence, memory, paired)
    if sink is not None:
        sink.append((phrase.start, phrase.end, rule, features))
    if model is None:
        return rule
    if not rule and OWNER_NAMED in features:
        return rule
    p = probability(model, features)
    if rule:
        return p >= model.drop_below
    return p > model.keep_above


def owner_named(phrase: Phrase, sentence: Sentence, memory: NetworkMemory) -> bool:
    """Whether the rules had evidence of another owner of the figure: its sentence names
    another network or programme or another body (Language.negative_subjects: "the
    association", a national scheme), or so do the 200 characters before it, or "the
    network" before it is one named before that is not the GNLC. The model never
    overrules the rules there: unguarded, it read "the network welcomes 64 new members"
    after the Creative Cities Network was named, and "Hiệp hội có 200 thành viên"."""
    for cue in sentence.networks:
        if cue.kind in _OWNERS:
            return True
    if sentence.has("negative"):  # another body: "the association", a national scheme
        return True
    # or just before it: a question that names the national scheme, its answer a count
    # (cjkde18_sweep's country-question near-miss)
    low, grammar = sentence.low, sentence.grammar
    before = Span(max(0, sentence.span.start - _OWNER_BEFORE), sentence.span.start)
    if before.start < before.end:
        if any(c.kind in _OWNERS for c in networks_in(low, before, grammar)):
            return True
        cues = grammar.cues.finditer(low, before.start, before.end)
        if any(m.lastgroup == "negative" for m in cues):
            return True
    earlier = [c for c in sentence.networks if c.end <= phrase.start]
    if earlier and earlier[-1].kind == "reference":
        return not memory.gnlc_named_last(earlier[-1].start, REFERENCE_REACH, networks_only=True)
    return False


def _token(word: str) -> str:
    return _DIGITS.sub("0", word)


def features_of(
    phrase: Phrase, sentence: Sentence, memory: NetworkMemory, paired: bool
) -> list[str]:
    """The phrase's features, as strings (see the module): of the phrase and its
    context only, not the rules' decision, so that the model is a second opinion of its
    own (given the rules' decision, it learns to repeat it: the rules were fitted to the
    pages it is trained on)."""
    low = sentence.low
    span = sentence.span
    code = sentence.grammar.language.code
    unit = phrase.unit.name
    found = [
        f"unit={unit}",
        f"q={phrase.qualifier.value}",
        f"v={unit}:{_bucket(phrase.value)}",
        f"lang={code}",
    ]
    found.extend(f"role={role.name}" for role in sorted(phrase.roles, key=lambda r: r.name))
    if owner_named(phrase, sentence, memory):
        found.append(OWNER_NAMED)
    for flag, on in (
        ("paired", paired),
        ("gapped", phrase.gapped),
        ("part", phrase.part),
        ("ordinal", phrase.ordinal),
        ("trailing", phrase.trailing),
        ("country", phrase.country is not None),
        ("region", phrase.region is not None),
        ("topic", memory.topic_at(span.start)),
        ("negative", sentence.has("negative")),
        ("candidate", sentence.has("candidate")),
        ("intake", sentence.has("intake")),
    ):
        if on:
            found.append(flag)
    for reach in _REACHES:  # how far back the last network named is the GNLC
        if memory.gnlc_named_last(span.start, reach, networks_only=True):
            found.append(f"named_last@{reach}")
    if not memory.gnlc_named_last(span.start, REFERENCE_REACH):
        found.append("other_named_last")  # another network or programme named since
    if memory.owned_by_heading(span.start):
        found.append("heading_owner")
    for cue in sentence.cues:  # the grammar's cue kinds: the same in every language
        side = "<" if cue.end <= phrase.start else ">" if cue.start >= phrase.end else "="
        found.append(f"cue{side}{cue.kind}")
        if cue.end > phrase.start - _NEAR and cue.start < phrase.end + _NEAR:
            found.append(f"near:{cue.kind}")
    found.extend(f"net:{kind}" for kind in sorted({c.kind for c in sentence.networks}))
    before = low[span.start : phrase.start]
    after = low[phrase.end : span.end]
    inside = low[phrase.start : phrase.end]
    if code in _TOUCHING:
        left = before[-_CJK_WINDOW:]
        right = after[:_CJK_WINDOW]
        found.extend(f"b2:{left[i : i + 2]}" for i in range(len(left) - 1))
        found.extend(f"a2:{right[i : i + 2]}" for i in range(len(right) - 1))
        found.extend(f"p2:{inside[i : i + 2]}" for i in range(len(inside) - 1))
    words_before = [_token(w) for w in _WORD.findall(before)][-_WINDOW:]
    words_after = [_token(w) for w in _WORD.findall(after)][:_WINDOW]
    found.extend(f"b:{w}" for w in words_before)
    found.extend(f"a:{w}" for w in words_after)
    found.extend(f"p:{_token(w)}" for w in _WORD.findall(inside))
    if words_before:
        found.append(f"b1:{words_before[-1]}")
    if words_after:
        found.append(f"a1:{words_after[0]}")
    cues = sentence.networks
    earlier = [c for c in cues if c.end <= phrase.start]
    later = [c for c in cues if c.start >= phrase.end]
    if earlier:
        cue = earlier[-1]
        if cue.kind == "reference":  # "the network": the GNLC, or another named before?
            gnlc = memory.gnlc_named_last(cue.start, REFERENCE_REACH, networks_only=True)
            found.append("reference_gnlc" if gnlc else "reference_other")
        gap = [_token(w) for w in _WORD.findall(low[cue.end : phrase.start])]
        found.append(f"cue_before={cue.kind}:{_bucket(len(gap))}")
        found.extend(f"btw:{w}" for w in gap[-6:])
    else:
        found.append("cue_before=none")
    if later:
        cue = later[0]
        gap = [_token(w) for w in _WORD.findall(low[phrase.end : cue.start])]
        found.append(f"cue_after={later[0].kind}:{_bucket(len(gap))}")
    else:
        found.append("cue_after=none")
    return found


def _bucket(value: int) -> str:
    """A number's size class: 0, 1, 2-3, 4-7, ... (powers of two)."""
    return str(value.bit_length())
