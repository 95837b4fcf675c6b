"""Predicate-level assertion model: does the sentence say this event happened?

Features come from the predicate's own tokens, its dependency path up to the root (negation, modals,
conditionals, demand/promise/denial/reporting heads, infinitives, questions) and a small word window,
plus the rule modality of :func:`tangible.nlp.modality.modality_of`. A logistic regression over these
features is trained by ``tangible train`` on the factuality train splits and shipped as JSON
(feature weights), no pickle.

The model can only *withdraw* an assertion: a trigger the rules call demanded, future, negated or
hypothetical is never turned into a deed (DESIGN §3), see :func:`decide`.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from tangible.nlp import lexicon as L
from tangible.nlp.modality import modality_of

MODEL_FILE = Path(__file__).parent / "models" / "assertion.json"
MODEL_VERSION = "assertion-1"

_AUX_CLASS = {"will": "fut", "shall": "fut", "'ll": "fut", "wo": "fut", "gonna": "fut", "may": "hyp", "might": "hyp",
              "could": "hyp", "would": "hyp", "can": "hyp", "'d": "hyp", "ca": "hyp", "should": "dem",
              "must": "dem", "ought": "dem", "have": "perf", "has": "perf", "had": "perf", "'ve": "perf",
              "to": "inf", "did": "past", "do": "pres", "does": "pres"}


def _cue_class(lemma: str) -> str | None:
    if lemma in L.NEG_HEAD_CUES:
        return "neg"
    if lemma in L.DEMAND_CUES:
        return "dem"
    if lemma in L.FUTURE_CUES:
        return "fut"
    if lemma in L.HYPO_CUES:
        return "hyp"
    if lemma in L.REPORTING_VERBS:
        return "rep"
    if lemma in L.IMPLICATIVE_HEADS:
        return "impl"
    return None


def _local_feats(tok: Token, prefix: str, f: dict[str, float]) -> None:
    for c in tok.children:
        lw = c.lower_
        if c.dep_ == "neg" or lw in L.NEG_WORDS and c.dep_ in ("det", "advmod", "neg", "nsubj", "nsubjpass"):
            f[f"{prefix}neg"] = 1.0
        if c.dep_ in ("aux", "auxpass"):
            cls = _AUX_CLASS.get(lw)
            if cls:
                f[f"{prefix}aux={cls}"] = 1.0
            f[f"{prefix}auxw={lw}"] = 1.0
        if c.dep_ == "mark":
            f[f"{prefix}mark={lw}"] = 1.0
        if c.dep_ == "advmod" and lw in ("perhaps", "possibly", "maybe", "reportedly", "allegedly", "never",
                                          "already", "yet", "soon", "likely", "probably", "apparently"):
            f[f"{prefix}adv={lw}"] = 1.0


def features(tok: Token, rule: str | None = None) -> dict[str, float]:
    f: dict[str, float] = {"bias": 1.0}
    rule = rule or modality_of(tok)
    f[f"rule={rule}"] = 1.0
    f[f"pos={tok.pos_}"] = 1.0
    f[f"tag={tok.tag_}"] = 1.0
    f[f"dep={tok.dep_}"] = 1.0
    lemma = tok.lemma_.lower()
    f[f"lemma={lemma}"] = 1.0
    cls = _cue_class(lemma)
    if cls:
        f[f"selfcue={cls}"] = 1.0
    _local_feats(tok, "", f)
    sent = tok.sent
    if sent.text.rstrip().endswith("?"):
        f["question"] = 1.0
    if any(t.lower_ in ("if", "unless", "whether") for t in sent):
        f["sent_if"] = 1.0
    # the path up to the root
    cur = tok
    for depth in range(6):
        if cur.head is cur:
            break
        dep, head = cur.dep_, cur.head
        hl = head.lemma_.lower()
        f[f"up={dep}"] = 1.0
        if depth == 0:
            f[f"h1={dep}>{hl}"] = 1.0
            f[f"h1pos={dep}>{head.pos_}"] = 1.0
        cls = _cue_class(hl)
        if cls:
            f[f"anc={cls}"] = 1.0
            f[f"anc={cls}@{min(depth, 2)}"] = 1.0
            f[f"anc={cls}:{dep}"] = 1.0
        f[f"ancl={hl}"] = 0.5
        _local_feats(head, "anc_", f)
        if head.tag_ in ("VBD",):
            f["anc_past"] = 1.0
        cur = head
    # a small window
    i = tok.i
    for j in range(max(sent.start, i - 3), min(sent.end, i + 3)):
        if j != i:
            f[f"w{'-' if j < i else '+'}={tok.doc[j].lower_}"] = 0.5
    return f


class AssertionModel:
    def __init__(self, params: dict[str, Any]):
        self.params = params
        self.weights: dict[str, float] = params["weights"]
        self.intercept = float(params["intercept"])
        self.threshold = float(params.get("threshold", 0.5))

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> "AssertionModel":
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def save(self, path: Path = MODEL_FILE) -> None:
        path.write_text(json.dumps(self.params, separators=(",", ":"), sort_keys=True), encoding="utf-8")

    def prob(self, feats: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def decide(self, tok: Token, rule: str | None = None) -> tuple[str, float]:
        """(modality, p_asserted). Only an asserted rule modality can be withdrawn, never the reverse."""
        rule = rule or modality_of(tok)
        p = self.prob(features(tok, rule))
        if rule != "asserted" or p >= self.threshold:
            return rule, p
        return "hypothetical", p


@lru_cache(maxsize=1)
def load_assertion_model() -> AssertionModel | None:
    return AssertionModel.load() if MODEL_FILE.exists() else None


def fit_assertion(feats: list[dict[str, float]], gold: list[bool], seed: int = 13, C: float = 0.5,
                  threshold: float = 0.5) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform(feats)
    clf = LogisticRegression(C=C, max_iter=5000, random_state=seed)
    clf.fit(X, gold)
    coef = clf.coef_[0]
    weights = {name: round(float(coef[i]), 5) for name, i in vec.vocabulary_.items() if abs(coef[i]) > 1e-4}
    return {"version": MODEL_VERSION, "seed": seed, "C": C, "threshold": threshold,
            "intercept": round(float(clf.intercept_[0]), 5), "weights": weights}
