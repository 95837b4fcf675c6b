"""``tangible train``: rebuilds the shipped artifacts, reproducibly (fixed seed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tangible.nlp.gazetteer import build_gazetteer
from tangible.nlp.subtype import MODEL_FILE, SubtypeClassifier, fit_subtype


def train_all(eval_root: Path, seed: int = 13) -> dict[str, Any]:
    from tangible.evaluation import load_case2021

    places = build_gazetteer(eval_root)
    texts, labels = load_case2021(eval_root)
    model = SubtypeClassifier(fit_subtype(texts, labels, seed=seed))
    model.save(MODEL_FILE)
    return {"gazetteer_places": places, "subtype_model": str(MODEL_FILE), "subtype_examples": len(texts),
            "subtype_bytes": MODEL_FILE.stat().st_size, "seed": seed}
