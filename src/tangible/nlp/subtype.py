"""ACLED/CASE-2021 subtype classifier.

Features: TF-IDF over words and cue tags, TF-IDF over character n-grams, and the sentence embedding of
:mod:`tangible.nlp.embed` (all-MiniLM-L6-v2); one logistic regression over all three. Trained by
``tangible train`` (seeded) on the CASE 2021 half in the evaluation folder plus the labelled examples
written for the project in ``data/subtype_examples.jsonl``; shipped as ``models/subtype.npz``
(vocabularies, idf, float16 coefficients): no pickle.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np

MODEL_FILE = Path(__file__).parent / "models" / "subtype.npz"
EXAMPLES_FILE = Path(__file__).parent / "data" / "subtype_examples.jsonl"
MODEL_VERSION = "subtype-2"
WORD_MAX, CHAR_MAX = 12000, 20000
CHAR_WEIGHT, EMB_WEIGHT, C = 0.7, 1.0, 5.0

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


def project_examples() -> tuple[list[str], list[str]]:
    """Labelled snippets written for the project (thin classes)."""
    texts, labels = [], []
    if EXAMPLES_FILE.exists():
        for line in EXAMPLES_FILE.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.append(row["text"])
                labels.append(row["label"])
    return texts, labels


def _vectorizers():
    from sklearn.feature_extraction.text import TfidfVectorizer

    word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1, lowercase=True, max_features=WORD_MAX)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2, lowercase=True,
                           max_features=CHAR_MAX)
    return word, char


def _stack(word, char, texts: list[str], emb: np.ndarray):
    from scipy.sparse import csr_matrix, hstack

    return hstack([word.transform([features(t) for t in texts]), char.transform(texts) * CHAR_WEIGHT,
                   csr_matrix(emb * EMB_WEIGHT)]).tocsr()


def fit_subtype(texts: list[str], labels: list[str], emb: np.ndarray, seed: int = 13) -> dict[str, Any]:
    """Fit on texts with their sentence embeddings (rows of ``emb``)."""
    from sklearn.linear_model import LogisticRegression

    word, char = _vectorizers()
    word.fit([features(t) for t in texts])
    char.fit(texts)
    X = _stack(word, char, texts, emb)
    clf = LogisticRegression(C=C, max_iter=5000, random_state=seed, class_weight="balanced")
    clf.fit(X, labels)

    def vocab(v) -> np.ndarray:
        terms = sorted(v.vocabulary_, key=v.vocabulary_.get)
        return np.asarray(terms, dtype=str)

    return {"version": np.asarray(MODEL_VERSION), "seed": np.asarray(seed),
            "classes": np.asarray([str(c) for c in clf.classes_], dtype=str),
            "word_terms": vocab(word), "word_idf": word.idf_.astype(np.float32),
            "char_terms": vocab(char), "char_idf": char.idf_.astype(np.float32),
            "coef": clf.coef_.astype(np.float16), "intercept": clf.intercept_.astype(np.float32)}


class SubtypeClassifier:
    """The shipped model read without scikit-learn: its TF-IDF transforms and scores computed by
    :mod:`tangible.nlp.tfidf`, to the bit as the fitted vectorizers and ``_stack`` compute them."""

    def __init__(self, params: dict[str, Any]):
        from tangible.nlp.tfidf import TfidfTransform

        self.params = params
        self.classes = [str(c) for c in params["classes"]]
        self.word = TfidfTransform(params["word_terms"], params["word_idf"], "word", (1, 2))
        self.char = TfidfTransform(params["char_terms"], params["char_idf"], "char_wb", (2, 5))
        self.coef = np.asarray(params["coef"], dtype=np.float32)
        self.intercept = np.asarray(params["intercept"], dtype=np.float32)

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> "SubtypeClassifier":
        with np.load(path, allow_pickle=False) as z:
            return cls({k: z[k] for k in z.files})

    def save(self, path: Path = MODEL_FILE) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, **self.params)

    def scores(self, texts: list[str], emb: np.ndarray | None = None) -> np.ndarray:
        if emb is None:
            from tangible.nlp.embed import shared_embedder

            emb = shared_embedder().encode(texts)
        from tangible.nlp.tfidf import dense_rows, linear_scores, weighted

        blocks = [self.word.transform([features(t) for t in texts]), weighted(self.char.transform(texts), CHAR_WEIGHT),
                  dense_rows(emb * EMB_WEIGHT)]
        return linear_scores(blocks, self.coef) + self.intercept

    def proba(self, texts: list[str], emb: np.ndarray | None = None) -> np.ndarray:
        s = self.scores(texts, emb)
        s = np.exp(s - s.max(axis=1, keepdims=True))
        return s / s.sum(axis=1, keepdims=True)

    def predict(self, texts: list[str], emb: np.ndarray | None = None) -> list[str]:
        return [self.classes[i] for i in self.scores(texts, emb).argmax(axis=1)]


_LOADED: SubtypeClassifier | None = None


def load_subtype_model() -> SubtypeClassifier | None:
    global _LOADED
    if _LOADED is None and MODEL_FILE.exists():
        _LOADED = SubtypeClassifier.load()
    return _LOADED
