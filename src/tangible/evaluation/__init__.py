"""``tangible eval``: figures on the shared evaluation data and the project's challenge set.

Data comes from ``TANGIBLE_EVAL_DIR`` (default ``../shared/eval`` beside the project folder). It is
read at run time only.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from tangible.errors import InputError

PROJECT_DIR = Path(__file__).resolve().parents[3]
CHALLENGE_FILE = PROJECT_DIR / "evalsets" / "modality" / "challenge.jsonl"
PARTS = ("case2021", "case_mapped", "acled", "ucdp", "ipe", "factuality", "challenge", "resolution")


def eval_dir() -> Path:
    raw = os.environ.get("TANGIBLE_EVAL_DIR")
    path = Path(raw) if raw else PROJECT_DIR.parent / "shared" / "eval"
    if not path.is_dir():
        raise InputError(f"evaluation data not found at {path}.",
                         "Set TANGIBLE_EVAL_DIR to the folder that holds case2021_task2/, india_police_events/ …")
    return path


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


# ---------------------------------------------------------------- CASE 2021
def load_case2021(root: Path, with_ids: bool = False) -> tuple[list, list[str]]:
    """CASE 2021 snippets and their labels; with ``with_ids``, each text as (snippet id, text)."""
    import csv

    texts: list = []
    labels: list[str] = []
    with open(root / "case2021_task2" / "dev.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row.get("EventSnippet") and row.get("SubType"):
                texts.append((int(row["id"]), row["EventSnippet"]) if with_ids else row["EventSnippet"])
                labels.append(row["SubType"].strip())
    return texts, labels


def eval_case2021(root: Path, folds: int = 5, seed: int = 13, extra: bool = True) -> dict[str, Any]:
    """5-fold cross-validated subtype classifier (the same recipe ``tangible train`` ships).

    The examples written for the project are added to every training fold, never to a test fold.
    """
    import numpy as np
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    from tangible.nlp.embed import Embedder
    from tangible.nlp.subtype import SubtypeClassifier, fit_subtype, project_examples

    texts, labels = load_case2021(root)
    ex_texts, ex_labels = project_examples() if extra else ([], [])
    emb_all = Embedder(threads=2).encode(texts + ex_texts)
    emb, ex_emb = emb_all[:len(texts)], emb_all[len(texts):]
    counts = Counter(labels)
    strat = [lab if counts[lab] >= folds else "_rare" for lab in labels]
    preds = [""] * len(texts)
    for tr, te in StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed).split(texts, strat):
        tr_texts = [texts[i] for i in tr] + ex_texts
        tr_labels = [labels[i] for i in tr] + ex_labels
        tr_emb = np.vstack([emb[tr], ex_emb]) if ex_texts else emb[tr]
        model = SubtypeClassifier(fit_subtype(tr_texts, tr_labels, tr_emb, seed=seed))
        for i, p in zip(te, model.predict([texts[i] for i in te], emb[te])):
            preds[i] = p
    return {"n": len(texts), "folds": folds, "project_examples": len(ex_texts),
            "weighted_f1": round(f1_score(labels, preds, average="weighted", zero_division=0), 3),
            "macro_f1": round(f1_score(labels, preds, average="macro", zero_division=0), 3),
            "accuracy": round(sum(a == b for a, b in zip(labels, preds)) / len(labels), 3)}


# ---------------------------------------------------------------- IndiaPoliceEvents
def _ipe_split(doc_id: int) -> str:
    """Documents are split by id; no part of this data set is used for training."""
    from tangible.evaluation.splits import ipe_half

    return ipe_half(doc_id)


def eval_ipe(root: Path, extractor=None, split: str | None = None) -> dict[str, Any]:
    from tangible.nlp import Extractor

    ex = extractor or Extractor()
    rows = [json.loads(line) for line in open(root / "india_police_events" / "sents.jsonl", encoding="utf-8")]
    if split:
        rows = [r for r in rows if _ipe_split(int(r["doc_id"])) == split]
    items = ((f"{r['doc_id']}:{r['sent_id']}", r["sent_text"], None) for r in rows)
    tallies = {k: [0, 0, 0] for k in ("ARREST", "KILL", "FAIL")}
    for r, mentions in zip(rows, ex.pipe(items, batch_size=256)):
        gold = set(r["sent_labels"])
        pred = set()
        for m in mentions:
            if m.type == "ARREST" and m.modality == "asserted":
                pred.add("ARREST")
            if m.type in ("OPERATION", "ATTACK") and m.modality == "asserted" and m.quantities.get("killed") and \
                    ("police" in m.sentence.lower() or "firing" in m.sentence.lower()):
                pred.add("KILL")
            if m.type in ("ARREST", "OPERATION", "DISMANTLE", "RESTRICT") and m.modality == "negated":
                pred.add("FAIL")
        low = r["sent_text"].lower()
        if ("police" in low or "cops" in low) and any(w in low for w in (
                "failed to", "did not", "didn't", "did nothing", "mute spectator", "silent spectator",
                "not act", "no action", "inaction", "remained passive", "looked on", "turned a blind eye")):
            pred.add("FAIL")
        for k, t in tallies.items():
            t[0] += k in pred and k in gold
            t[1] += k in pred and k not in gold
            t[2] += k not in pred and k in gold
    return {"n": len(rows), "split": split or "all", **{k: _prf(*v) for k, v in tallies.items()}}


# ---------------------------------------------------------------- factuality
def eval_factuality(root: Path, extractor=None) -> dict[str, Any]:
    """Asserted (score >= 2) vs not on the test splits: the predicate-level assertion model (trained on the
    train splits only) and, for comparison, the rule modality alone."""
    from spacy.tokens import Doc

    from tangible.nlp import Extractor
    from tangible.nlp.factuality import features, load_assertion_model
    from tangible.nlp.modality import modality_of

    ex = extractor or Extractor()
    nlp = ex.nlp
    model = load_assertion_model()
    out: dict[str, Any] = {"model": model.params["version"] if model else None}
    total_ok = total_n = 0
    for name in ("MEANTIME", "UW"):
        rows = [json.loads(line) for line in open(root / "factuality" / name / "test.jsonl", encoding="utf-8")]
        docs = [Doc(nlp.vocab, words=r["text"].split(" ")) for r in rows]
        ok = rule_ok = n = 0
        conf: Counter = Counter()
        for r, d in zip(rows, nlp.pipe(docs, batch_size=128)):
            for t in r["targets"]:
                tok = d[t["span1"][1] - 1]
                rule = modality_of(tok)
                rule_pred = rule == "asserted"
                pred = model.prob(features(tok, rule)) >= model.threshold if model else rule_pred
                gold = t["label"] >= 2
                ok += pred == gold
                rule_ok += rule_pred == gold
                n += 1
                conf[f"gold_{'asserted' if gold else 'not'}_pred_{'asserted' if pred else 'not'}"] += 1
        out[name] = {"n": n, "accuracy": round(ok / n, 3), "rule_accuracy": round(rule_ok / n, 3),
                     "majority_baseline": round(
            max(conf["gold_asserted_pred_asserted"] + conf["gold_asserted_pred_not"],
                conf["gold_not_pred_asserted"] + conf["gold_not_pred_not"]) / n, 3), **conf}
        total_ok += ok
        total_n += n
    out["combined_accuracy"] = round(total_ok / total_n, 3)
    return out


# ---------------------------------------------------------------- challenge set
def eval_challenge(extractor=None, path: Path = CHALLENGE_FILE) -> dict[str, Any]:
    from tangible.nlp import Extractor
    from tangible.ontology import counts_as_evidence

    ex = extractor or Extractor()
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    false_asserted = missed_asserted = found = expected = 0
    errors = []
    def published(r: dict) -> date | None:
        return date.fromisoformat(r["published"]) if r.get("published") else None

    def matches(m, exp: dict) -> bool:
        return (m.type == exp["type"] and m.modality == exp["modality"]
                and ("source" not in exp or (m.source and m.source.id) == exp["source"])
                and ("date" not in exp or (m.date and m.date.isoformat()) == exp["date"])
                and ("date_precision" not in exp or m.date_precision == exp["date_precision"]))

    items = ((f"c{i}", r["text"], published(r)) for i, r in enumerate(rows))
    for i, (r, mentions) in enumerate(zip(rows, ex.pipe(items)), 1):
        asserted = [m for m in mentions if counts_as_evidence(m.type, m.modality)]
        if r["asserted_actions"] == 0 and asserted:
            false_asserted += 1
            errors.append({"line": i, "text": r["text"], "got": [(m.type, m.modality) for m in mentions]})
        if r["asserted_actions"] and not asserted:
            missed_asserted += 1
            errors.append({"line": i, "text": r["text"], "got": [(m.type, m.modality) for m in mentions]})
        for exp in r["expected"]:
            expected += 1
            if any(matches(m, exp) for m in mentions):
                found += 1
            elif len(errors) < 60:
                errors.append({"line": i, "text": r["text"], "want": exp,
                               "got": [(m.type, m.modality, m.source.id if m.source else None,
                                        m.date.isoformat() if m.date else None, m.date_precision) for m in mentions]})
    n_non = sum(1 for r in rows if r["asserted_actions"] == 0)
    return {"n": len(rows), "non_asserted_sentences": n_non,
            "asserted_actions_from_non_asserted": false_asserted,
            "missed_asserted": missed_asserted,
            "event_and_modality_recall": round(found / expected, 3) if expected else 0.0,
            "errors": errors[:40]}


def run(only: str | None = None, extractor=None) -> dict[str, Any]:
    parts = [only] if only else list(PARTS)
    for p in parts:
        if p not in PARTS:
            raise InputError(f"unknown evaluation part '{p}'.", f"Use one of: {', '.join(PARTS)}.")
    needs_data = any(p not in ("challenge", "resolution") for p in parts)
    root = eval_dir() if needs_data else None
    if extractor is None and any(p not in ("case2021", "resolution") for p in parts):  # noqa: SIM102
        from tangible.nlp import Extractor

        extractor = Extractor()
    out: dict[str, Any] = {}
    if "case2021" in parts:
        out["case2021"] = eval_case2021(root)
    if "case_mapped" in parts:
        from tangible.evaluation.case_mapped import eval_case_mapped

        # half b is held out from every trained model and from the tuning of the rules
        out["case_mapped"] = {"held_out_b": eval_case_mapped(root, extractor, half="b"),
                              "training_a": eval_case_mapped(root, extractor, half="a")}
    if "acled" in parts:
        from tangible.evaluation.acled import eval_acled

        out["acled"] = {"held_out_b": eval_acled(root, extractor, half="b"),
                        "training_a": eval_acled(root, extractor, half="a")}
    if "ucdp" in parts:
        from tangible.evaluation.ucdp import eval_ucdp

        out["ucdp"] = {"held_out_b": eval_ucdp(root, extractor, half="b"),
                       "training_a": eval_ucdp(root, extractor, half="a")}
    if "ipe" in parts:
        out["ipe"] = {"held_out_b": eval_ipe(root, extractor, split="b"), "training_a": eval_ipe(root, extractor, split="a"),
                      "all": eval_ipe(root, extractor)}
    if "factuality" in parts:
        out["factuality"] = eval_factuality(root, extractor)
    if "challenge" in parts:
        out["challenge"] = eval_challenge(extractor)
    if "resolution" in parts:
        # the project's labelled incident set (evalsets/resolution), through ingest, extraction and resolution
        from tangible.evaluation.resolution import evaluate_resolution

        out["resolution"] = evaluate_resolution().to_dict()
    return out
