"""Cross-validation inside CASE 2021 half a: the extractor's CASE figures on snippets its models never saw.

Half a trains the subtype classifier and the event-kind model and is read when rules change, so its own figures
flatter both. Here half a is cut in folds by a hash of the snippet id; for each fold both models are fitted
again without the fold's snippets (every other training source stays), and the extractor is run on the fold
with them. The rules are the shipped ones (they were read on all of half a), so the figure measures how far
the models carry to unseen snippets, an honest estimate of the held-out gain of a change to the models or to
how the extractor uses them, before half b is measured.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from tangible.evaluation.case_mapped import CONFLICT_OTHER, MAPPED, NON_ARREST_ACTIONS, load_snippets


def fold_of(snippet_id: int, folds: int) -> int:
    """The fold of a half-a snippet (a hash independent of the one that cut the halves)."""
    import hashlib

    return hashlib.sha1(f"case-fold:{snippet_id}".encode()).digest()[0] % folds


def _models_without(root: Path, held: set[int], seed: int) -> tuple[Any, Any]:
    from tangible.nlp.embed import Embedder
    from tangible.nlp.event_kind import EventKindModel, fit_event_kind, training_set
    from tangible.nlp.subtype import SubtypeClassifier, fit_subtype, project_examples

    texts, kinds = training_set(root, "a", seed, exclude_case=held)
    kind_model = EventKindModel(fit_event_kind(texts, kinds, seed))
    rows = [(t, label) for sid, t, label in load_snippets(root, "a") if sid not in held]
    ex_texts, ex_labels = project_examples()
    s_texts = [t for t, _ in rows] + ex_texts
    s_labels = [label for _, label in rows] + ex_labels
    subtype_model = SubtypeClassifier(fit_subtype(s_texts, s_labels, Embedder(threads=2).encode(s_texts), seed=seed))
    return subtype_model, kind_model


def cross_validate_case(root: Path, folds: int = 2, seed: int = 13, errors: int = 0) -> dict[str, Any]:
    """Mapped and other figures of CASE half a, each snippet read with models fitted without its fold."""
    from tangible.nlp import Extractor

    rows = load_snippets(root, "a")
    tally: Counter = Counter()
    mistakes: list[dict] = []
    base = Extractor(subtype_model=None, kind_model=None)
    per_fold = []
    for k in range(folds):
        test = [r for r in rows if fold_of(r[0], folds) == k]
        subtype_model, kind_model = _models_without(root, {sid for sid, _, _ in test}, seed)
        base._subtype_model, base.kind_model = subtype_model, kind_model
        fold: Counter = Counter()
        items = ((f"case{sid}", text, None) for sid, text, _ in test)
        for (sid, text, label), mentions in zip(test, base.pipe(items)):
            asserted = {m.type for m in mentions if m.modality == "asserted"}
            got = sorted((m.type, m.modality) for m in mentions)
            if label in MAPPED:
                ok = bool(asserted & MAPPED[label])
                fold["mapped"] += 1
                fold["mapped_ok"] += ok
                wrong = not ok
            else:
                wrong = bool(asserted & NON_ARREST_ACTIONS)
                fold["other"] += 1
                fold["other_with_action"] += wrong
                if label not in CONFLICT_OTHER:
                    fold["nonconflict"] += 1
                    fold["nonconflict_with_action"] += wrong
            if wrong and len(mistakes) < errors:
                mistakes.append({"id": sid, "fold": k, "label": label, "text": text, "got": got})
        tally.update(fold)
        per_fold.append({"mapped": f"{fold['mapped_ok']}/{fold['mapped']}",
                         "other_with_action": f"{fold['other_with_action']}/{fold['other']}"})
    out: dict[str, Any] = {
        "folds": folds, "mapped": tally["mapped"], "other": tally["other"],
        "type_accuracy": round(tally["mapped_ok"] / tally["mapped"], 3) if tally["mapped"] else 0.0,
        "other_with_non_arrest_action": round(tally["other_with_action"] / tally["other"], 3) if tally["other"] else 0.0,
        "nonconflict_other_with_non_arrest_action": round(tally["nonconflict_with_action"] / tally["nonconflict"], 3)
        if tally["nonconflict"] else 0.0,
        "per_fold": per_fold}
    if errors:
        out["errors"] = mistakes
    return out

