"""ACLED/CASE-2021 subtype classifier: TF-IDF over words and cue tags + logistic regression.

Trained by ``tangible train`` (seeded) and shipped as JSON (vocabulary, idf, coefficients): no pickle.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np

MODEL_FILE = Path(__file__).parent / "models" / "subtype.json"
MODEL_VERSION = "subtype-1"

_TAGS = [
    ("SUICIDE", r"suicide|self-detonat|blew (?:himself|herself|themselves) up"),
    ("GRENADE", r"grenade"), ("IED", r"\bied|roadside|landmine|land mine|improvised|remote[- ]control|car bomb"),
    ("AIR", r"air ?strike|airstrike|drone|warplane|jets?\b|aircraft|helicopter|bombard|air raid"),
    ("ARTY", r"shell(?:ing|ed|s)\b|artillery|mortar|rocket|missile"), ("CHEM", r"chemical|chlorine|sarin|toxic gas|nerve agent"),
    ("ARREST", r"arrest|detain|custody|apprehend|nabbed"), ("SEIZE", r"seiz|confiscat|defus|recovered|cache|weapons? (?:were|was) found"),
    ("KIDNAP", r"kidnap|abduct|hostage|disappear"), ("SEX", r"rape|sexual"),
    ("PROTEST", r"protest|rall(?:y|ies)|demonstrat|march(?:ed|ers)|sit-in|picket"),
    ("POLICE_FORCE", r"tear ?gas|water cannon|rubber bullet|baton|lathi|dispers"),
    ("VIOLENT", r"clash|stone|pelt|torch|set fire|vandal|riot"), ("MOB", r"\bmob\b|lynch|vigilante"),
    ("LOOT", r"loot|destroy|damag|demolish|burn"), ("TERRIT", r"regain|recaptur|retook|retake|liberat|control of"),
    ("OVERTAKE", r"seized control|took control|captured the|overran|fell to"),
    ("HQ", r"headquarters|base|military post|set up|established"), ("DISASTER", r"earthquake|flood|cyclone|storm|"
     r"landslide|drought|covid|virus|outbreak|pandemic|wildfire|tsunami"),
    ("ACCIDENT", r"fire broke|blaze|collapse|derail|crash|leak|explosion at|factory|plant"),
    ("AGREE", r"agree|agreement|deal|accord|ceasefire|treaty|signed"),
    ("DIPLO", r"sanction|ambassador|diplomat|summit|talks|minister|visit|expel"),
    ("CLAIM", r"claimed responsibility|responsib|blamed|accused"), ("CRIME", r"drug|smuggl|trafficking|robbery|gang|cartel"),
    ("GUN", r"gunmen|opened fire|shot|shooting"), ("TRANSFER", r"handed over|withdr|transferred|handover"),
    ("CHANGE", r"merge|split|rename|disband|new group|pledged allegiance|announced"),
]
_TAG_RE = [(t, re.compile(rx, re.I)) for t, rx in _TAGS]


def features(text: str) -> str:
    tags = " ".join(f"zz{t.lower()}" for t, rx in _TAG_RE if rx.search(text))
    return f"{text} {tags} {tags}"


def fit_subtype(texts: list[str], labels: list[str], seed: int = 13) -> dict[str, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1, lowercase=True, max_features=12000)
    X = vec.fit_transform([features(t) for t in texts])
    clf = LogisticRegression(C=20.0, max_iter=3000, random_state=seed, class_weight="balanced")
    clf.fit(X, labels)
    vocab = {k: int(v) for k, v in vec.vocabulary_.items()}
    return {"version": MODEL_VERSION, "seed": seed, "classes": [str(c) for c in clf.classes_],
            "vocabulary": vocab, "idf": [round(float(x), 5) for x in vec.idf_],
            "coef": [[round(float(x), 4) for x in row] for row in clf.coef_],
            "intercept": [round(float(x), 5) for x in clf.intercept_]}


class SubtypeClassifier:
    def __init__(self, params: dict[str, Any]):
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.params = params
        self.classes = params["classes"]
        self.vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True,
                                   vocabulary=params["vocabulary"])
        self.vec.idf_ = np.asarray(params["idf"])
        self.coef = np.asarray(params["coef"])
        self.intercept = np.asarray(params["intercept"])

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> "SubtypeClassifier":
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def save(self, path: Path = MODEL_FILE) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.params, separators=(",", ":")), encoding="utf-8")

    def scores(self, texts: list[str]) -> np.ndarray:
        X = self.vec.transform([features(t) for t in texts])
        return np.asarray(X @ self.coef.T) + self.intercept

    def predict(self, texts: list[str]) -> list[str]:
        return [self.classes[i] for i in self.scores(texts).argmax(axis=1)]
