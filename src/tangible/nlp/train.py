"""``tangible train``: rebuilds the shipped artifacts, reproducibly (fixed seed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tangible.nlp.gazetteer import build_gazetteer


def train_subtype(eval_root: Path, seed: int = 13) -> dict[str, Any]:
    from tangible.evaluation import load_case2021
    from tangible.nlp.embed import Embedder
    from tangible.nlp.subtype import MODEL_FILE, SubtypeClassifier, fit_subtype, project_examples

    texts, labels = load_case2021(eval_root)
    ex_texts, ex_labels = project_examples()
    texts, labels = texts + ex_texts, labels + ex_labels
    emb = Embedder(threads=2).encode(texts)
    model = SubtypeClassifier(fit_subtype(texts, labels, emb, seed=seed))
    model.save(MODEL_FILE)
    return {"subtype_model": MODEL_FILE.name, "subtype_examples": len(texts),
            "subtype_project_examples": len(ex_texts), "subtype_bytes": MODEL_FILE.stat().st_size}


def factuality_rows(eval_root: Path, split: str, nlp) -> list[tuple[str, Any, float]]:
    """(corpus, predicate token, score) for every predicate of a factuality split."""
    from spacy.tokens import Doc

    out = []
    for name in ("UW", "MEANTIME"):
        rows = [json.loads(line) for line in open(eval_root / "factuality" / name / f"{split}.jsonl", encoding="utf-8")]
        docs = nlp.pipe((Doc(nlp.vocab, words=r["text"].split(" ")) for r in rows), batch_size=128)
        for r, d in zip(rows, docs):
            for t in r["targets"]:
                out.append((name, d[t["span1"][1] - 1], float(t["label"])))
    return out


def train_assertion(eval_root: Path, nlp, seed: int = 13) -> dict[str, Any]:
    from tangible.nlp.factuality import MODEL_FILE, AssertionModel, features, fit_assertion

    rows = factuality_rows(eval_root, "train", nlp)
    model = AssertionModel(fit_assertion([features(tok) for _, tok, _ in rows], [s >= 2 for _, _, s in rows],
                                         seed=seed))
    model.save(MODEL_FILE)
    return {"assertion_model": MODEL_FILE.name, "assertion_examples": len(rows),
            "assertion_features": len(model.weights), "assertion_bytes": MODEL_FILE.stat().st_size}


def train_all(eval_root: Path, seed: int = 13) -> dict[str, Any]:
    from tangible.nlp.event_kind import train_event_kind
    from tangible.nlp.extractor import load_pipeline

    out: dict[str, Any] = {"seed": seed, "gazetteer_places": build_gazetteer(eval_root)}
    out.update(train_event_kind(eval_root, seed=seed))
    out.update(train_subtype(eval_root, seed=seed))
    out.update(train_assertion(eval_root, load_pipeline(), seed=seed))
    return out
