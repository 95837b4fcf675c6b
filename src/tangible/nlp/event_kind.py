"""What kind of event a sentence reports, learned from real event descriptions.

A logistic regression over word and character n-grams that reads a sentence as ACLED's and CASE's coders read
an event description: an ATTACK by an armed group, an OPERATION by state forces, an ARREST, a SEIZURE of
weapons, a PROTEST (riots, force against protesters and mob violence included), DIPLOMACY (sanctions,
agreements) or OTHER (disasters, crime, everything else). It is trained by ``tangible train`` (seeded) on the
halves of the evaluation sets kept for training (``evaluation.splits``): ACLED's 2015 Pakistan descriptions,
the mapped CASE 2021 classes and IndiaPoliceEvents sentences. The extractor uses it where the parse leaves a
question open (see ``Extractor._consult_kind``): it never turns a demand into a deed.

Shipped as ``models/event_kind.npz`` (vocabularies, idf, float16 coefficients): no pickle.
"""

from __future__ import annotations

import csv
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

MODEL_FILE = Path(__file__).parent / "models" / "event_kind.npz"
MODEL_VERSION = "event-kind-2"
KINDS = ("ARREST", "ATTACK", "DIPLOMACY", "OPERATION", "OTHER", "PROTEST", "SEIZURE")
WORD_MAX, CHAR_MAX, CHAR_WEIGHT, C = 20000, 30000, 0.5, 5.0

# CASE 2021 classes as kinds (armed clashes, shelling and chemical weapons are left out: who acts decides)
CASE_KINDS = {
    "ARREST": "ARREST", "DISR_WEAP": "SEIZURE", "ATTACK": "ATTACK", "SUIC_BOMB": "ATTACK", "REM_EXPLOS": "ATTACK",
    "GRENADE": "ATTACK", "ABDUCT_DISSAP": "ATTACK", "AIR_STRIKE": "OPERATION", "GOV_REGAINS_TERIT": "OPERATION",
    "PEACE_PROTEST": "PROTEST", "PROTEST_WITH_INTER": "PROTEST", "VIOL_DEMONSTR": "PROTEST", "MOB_VIOL": "PROTEST",
    "FORCE_AGAINST_PROTEST": "PROTEST", "DIPLO": "DIPLOMACY", "AGREEMENT": "DIPLOMACY",
    "NATURAL_DISASTER": "OTHER", "MAN_MADE_DISASTER": "OTHER", "ORG_CRIME": "OTHER", "CHANGE_TO_GROUP_ACT": "OTHER",
    "OTHER": "OTHER", "NON_VIOL_TERRIT_TRANSFER": "OTHER",
}
IPE_OTHER_SHARE = 0.08  # unlabelled IndiaPoliceEvents sentences kept as OTHER (seeded sample)
# PLOVER's gold-standard sentences (wire reports edited as coding examples; no half of them is held out) as
# kinds: protests, assaults, arrests, and the statements and dealings of states as diplomacy; withdrawals,
# mobilisations and inquiries are no deed of force. Fights are left out (who acts decides), and so are the other
# coercions (their modes mix bans, curfews, hacking and kidnapping)
PLOVER_KINDS = {
    "PROTEST": "PROTEST", "AGREE": "DIPLOMACY", "DEMAND": "DIPLOMACY", "REJECT": "DIPLOMACY",
    "THREATEN": "DIPLOMACY", "DISAPPROVE": "DIPLOMACY", "SANCTION": "DIPLOMACY", "SUPPORT": "DIPLOMACY",
    "CONCEDE": "DIPLOMACY", "CONSULT": "DIPLOMACY", "AID": "DIPLOMACY", "COOPERATE": "DIPLOMACY",
    "RETREAT": "OTHER", "MOBILIZE": "OTHER", "INVESTIGATE": "OTHER",
}
USE_PLOVER = True


def plover_examples(eval_root: Path) -> tuple[list[str], list[str]]:
    """(texts, kinds) of PLOVER's gold-standard sentences (``PLOVER_KINDS``; arrests by their mode)."""
    path = eval_root / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
    if not path.exists():
        return [], []
    texts, kinds = [], []
    for r in json.loads(path.read_text(encoding="utf-8")):
        kind = PLOVER_KINDS.get(r.get("event"))
        if kind and r.get("text"):
            texts.append(r["text"].strip("{} "))
            kinds.append(kind)
    return texts, kinds


def training_set(eval_root: Path, half: str = "a", seed: int = 13,
                 exclude_case: frozenset[int] | set[int] = frozenset()) -> tuple[list[str], list[str]]:
    """(texts, kinds) from the training halves of the evaluation sets; ``exclude_case`` leaves those CASE
    snippets out (a cross-validation fold)."""
    from tangible.evaluation.acled import expected_type, load_acled
    from tangible.evaluation.splits import case2021_half, ipe_half

    texts: list[str] = []
    kinds: list[str] = []
    for r in load_acled(eval_root, half):
        t = expected_type(r)
        if t == "":
            continue
        texts.append(r["notes"])
        kinds.append("PROTEST" if t is None else t)
    with open(eval_root / "case2021_task2" / "dev.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            label = (row.get("SubType") or "").strip()
            if label in CASE_KINDS and row.get("EventSnippet") and case2021_half(int(row["id"])) == half \
                    and int(row["id"]) not in exclude_case:
                texts.append(row["EventSnippet"])
                kinds.append(CASE_KINDS[label])
    rng = random.Random(seed)
    with open(eval_root / "india_police_events" / "sents.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if ipe_half(int(r["doc_id"])) != half:
                continue
            labels = set(r["sent_labels"])
            if "ARREST" in labels:
                texts.append(r["sent_text"])
                kinds.append("ARREST")
            elif labels & {"FORCE", "KILL"}:
                texts.append(r["sent_text"])
                kinds.append("PROTEST")  # police force against rioting crowds
            elif not labels and rng.random() < IPE_OTHER_SHARE:
                texts.append(r["sent_text"])
                kinds.append("OTHER")
    if USE_PLOVER:
        more_texts, more_kinds = plover_examples(eval_root)
        texts += more_texts
        kinds += more_kinds
    return texts, kinds


def _vectorizers():
    from sklearn.feature_extraction.text import TfidfVectorizer

    word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=WORD_MAX, lowercase=True)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2, max_features=CHAR_MAX,
                           lowercase=True)
    return word, char


def fit_event_kind(texts: list[str], kinds: list[str], seed: int = 13) -> dict[str, Any]:
    from scipy.sparse import hstack
    from sklearn.linear_model import LogisticRegression

    word, char = _vectorizers()
    X = hstack([word.fit_transform(texts), char.fit_transform(texts) * CHAR_WEIGHT]).tocsr()
    clf = LogisticRegression(C=C, max_iter=5000, random_state=seed, class_weight="balanced")
    clf.fit(X, kinds)

    def vocab(v) -> np.ndarray:
        return np.asarray(sorted(v.vocabulary_, key=v.vocabulary_.get), dtype=str)

    return {"version": np.asarray(MODEL_VERSION), "seed": np.asarray(seed),
            "classes": np.asarray([str(c) for c in clf.classes_], dtype=str),
            "counts": np.asarray([Counter(kinds)[str(c)] for c in clf.classes_]),
            "word_terms": vocab(word), "word_idf": word.idf_.astype(np.float32),
            "char_terms": vocab(char), "char_idf": char.idf_.astype(np.float32),
            "coef": clf.coef_.astype(np.float16), "intercept": clf.intercept_.astype(np.float32)}


class EventKindModel:
    """The shipped model read without scikit-learn (see :mod:`tangible.nlp.tfidf`): the same scores as the
    fitted vectorizers and logistic regression give."""

    def __init__(self, params: dict[str, Any]):
        from tangible.nlp.tfidf import TfidfTransform

        self.params = params
        self.classes = [str(c) for c in params["classes"]]
        self.word = TfidfTransform(params["word_terms"], params["word_idf"], "word", (1, 2))
        self.char = TfidfTransform(params["char_terms"], params["char_idf"], "char_wb", (3, 5))
        self.coef = np.asarray(params["coef"], dtype=np.float32)
        self.intercept = np.asarray(params["intercept"], dtype=np.float32)

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> "EventKindModel":
        with np.load(path, allow_pickle=False) as z:
            return cls({k: z[k] for k in z.files})

    def save(self, path: Path = MODEL_FILE) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, **self.params)

    def proba(self, texts: list[str]) -> np.ndarray:
        from tangible.nlp.tfidf import linear_scores, weighted

        s = linear_scores([self.word.transform(texts), weighted(self.char.transform(texts), CHAR_WEIGHT)],
                          self.coef) + self.intercept
        s = np.exp(s - s.max(axis=1, keepdims=True))
        return s / s.sum(axis=1, keepdims=True)

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        out = []
        for row in self.proba(texts):
            k = int(row.argmax())
            out.append((self.classes[k], float(row[k])))
        return out


_LOADED: EventKindModel | None = None


def load_event_kind_model() -> EventKindModel | None:
    global _LOADED
    if _LOADED is None and MODEL_FILE.exists():
        _LOADED = EventKindModel.load()
    return _LOADED


def train_event_kind(eval_root: Path, seed: int = 13) -> dict[str, Any]:
    texts, kinds = training_set(eval_root, "a", seed)
    model = EventKindModel(fit_event_kind(texts, kinds, seed))
    model.save(MODEL_FILE)
    return {"event_kind_model": MODEL_FILE.name, "event_kind_examples": len(texts),
            "event_kind_bytes": MODEL_FILE.stat().st_size}
