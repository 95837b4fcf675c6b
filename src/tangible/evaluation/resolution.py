"""Measure resolution against a labelled set: clustering F1 (pairwise, B-cubed) and grade accuracy.

The labelled set is a folder with ``articles.jsonl`` (one article a line: id, text or html,
published, url, publisher) and ``labels.yaml``; the demo corpus ``samples/`` with its
``MANIFEST.yaml`` has the same labels shape. Labels name, per document, the exact sentence of
every asserted incident mention with the incident's key, and per incident key the expected grade.

The real pipeline runs: documents are ingested into a fresh SQLite store, the extractor finds
mentions, resolution clusters them. Each labelled sentence is then aligned to the predicted
mention whose sentence holds it (same document; the labelled type preferred), and the mention's
incident is the prediction. A labelled sentence with no predicted mention is its own singleton
cluster and a miss.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from tangible.errors import E, InputError

_WS = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip().lower()


@dataclass(slots=True)
class ResolutionScores:
    pairwise: dict[str, float]
    bcubed: dict[str, float]
    grade_accuracy: float
    items: int
    aligned: int
    incidents: int
    grade_errors: list[dict[str, Any]] = field(default_factory=list)
    cluster_errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "pairwise": self.pairwise, "bcubed": self.bcubed, "grade_accuracy": self.grade_accuracy,
            "items": self.items, "aligned": self.aligned, "incidents": self.incidents,
            "grade_errors": self.grade_errors, "cluster_errors": self.cluster_errors,
        }


def _prf(p: float, r: float) -> dict[str, float]:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def pairwise_scores(gold: list[str], pred: list[str]) -> dict[str, float]:
    """Precision/recall/F1 over pairs of items placed together."""
    g_pairs = {(i, j) for i, j in combinations(range(len(gold)), 2) if gold[i] == gold[j]}
    p_pairs = {(i, j) for i, j in combinations(range(len(pred)), 2) if pred[i] == pred[j]}
    tp = len(g_pairs & p_pairs)
    p = tp / len(p_pairs) if p_pairs else 1.0
    r = tp / len(g_pairs) if g_pairs else 1.0
    return _prf(p, r)


def bcubed_scores(gold: list[str], pred: list[str]) -> dict[str, float]:
    """B-cubed precision/recall/F1: per item, the overlap of its gold and predicted clusters."""
    n = len(gold)
    if n == 0:
        return _prf(1.0, 1.0)
    p_sum = r_sum = 0.0
    for i in range(n):
        same_pred = [j for j in range(n) if pred[j] == pred[i]]
        same_gold = [j for j in range(n) if gold[j] == gold[i]]
        both = sum(1 for j in same_pred if gold[j] == gold[i])
        p_sum += both / len(same_pred)
        r_sum += both / len(same_gold)
    return _prf(p_sum / n, r_sum / n)


def _load_labels(folder: Path) -> tuple[dict, list[Path]]:
    for name, inputs in (("labels.yaml", ["articles.jsonl"]), ("MANIFEST.yaml", None)):
        path = folder / name
        if path.exists():
            try:
                labels = yaml.safe_load(path.read_text(encoding="utf-8"))
            except yaml.YAMLError as exc:
                raise InputError(f"{path}: not valid YAML ({exc}).", code=E.LABELS_INVALID) from None
            if inputs is None:
                return labels, [folder]
            return labels, [folder / i for i in inputs if (folder / i).exists()] or [folder]
    raise InputError(f"{folder}: no labels.yaml or MANIFEST.yaml found.",
                     "Point to evalsets/resolution or samples/.", code=E.NO_LABELLED_SET)


def _entries(labels: dict) -> list[dict]:
    if isinstance(labels.get("incidents"), list):  # evalsets/resolution: incidents with their mentions
        docs: dict[str, dict] = {}
        for inc in labels["incidents"]:
            for m in inc.get("mentions") or []:
                docs.setdefault(m["doc"], {"id": m["doc"], "incidents": []})["incidents"].append(
                    {"key": inc["key"], "type": inc.get("type"), "sentence": m["sentence"]})
        return list(docs.values())
    for key in ("files", "articles", "documents"):
        if isinstance(labels.get(key), list):
            return labels[key]
    raise InputError("The labels have no 'files' (or 'articles') list.", code=E.LABELS_WITHOUT_FILES)


def evaluate_resolution(folder: str | Path | None = None, *, case_path: str | Path | None = None,
                        keep_dir: str | Path | None = None) -> ResolutionScores:
    """Run ingest, extraction and resolution over a labelled set and score the incidents."""
    from tangible.models import DocumentInput
    from tangible.services.ingest import ingest_paths, read_paths
    from tangible.store.documents import content_hash
    from tangible.settings import Settings
    from tangible.store import Store

    folder = Path(folder) if folder else _default_folder()
    labels, inputs = _load_labels(folder)
    entries = _entries(labels)
    index = labels.get("incident_index") or labels.get("incidents") or []
    expected = {i["key"]: i.get("expected_grade") or i.get("grade") for i in index}
    own_media = {str(k): str(v) for k, v in (labels.get("own_media") or {}).items()}

    with tempfile.TemporaryDirectory(dir=keep_dir) as tmp:
        settings = Settings(data_dir=Path(tmp), database_url=f"sqlite:///{Path(tmp) / 'eval.db'}",
                            case_file=Path(case_path) if case_path else None)
        store = Store.open(settings)
        try:
            ingest_paths(store, settings, [str(p) for p in inputs], run_pipeline=True)
            if own_media:  # the labelled set names its own outlets: resolve again knowing them
                from tangible.services.case import get_case
                from tangible.services.resolution import resolve_all

                resolve_all(store, get_case(settings), media=own_media)
            by_key: dict[str, str] = {}
            by_hash: dict[str, str] = {}
            for doc in store.documents.iter_all():
                by_hash[content_hash(doc.text)] = doc.id
                for k in (doc.external_id, doc.url, doc.canonical_url):
                    if k:
                        by_key[k] = doc.id
            # A verbatim copy under another masthead is stored once, as the document it repeats.
            for item in read_paths(inputs):
                if isinstance(item, DocumentInput) and item.text:
                    doc_id = by_hash.get(content_hash(item.text))
                    for k in (item.external_id, item.url):
                        if k and doc_id:
                            by_key.setdefault(k, doc_id)
            incident_of: dict[str, str] = {}
            grade_of: dict[str, str] = {}
            for inc in store.incidents.iter_incidents(with_mentions="sentences", include_rejected=True):
                grade_of[inc.id] = inc.grade
                for m in inc.mentions:
                    if m.modality == "asserted" and m.type == inc.type:
                        incident_of.setdefault(m.mention_id, inc.id)
            gold, pred, where = [], [], []
            aligned = 0
            for entry in entries:
                doc_id = next((by_key[k] for k in (entry.get("id"), entry.get("url")) if k and k in by_key), None)
                mentions = store.mentions.for_document(doc_id) if doc_id else []
                for item in entry.get("incidents") or []:
                    want = _norm(item["sentence"])
                    hits = [m for m in mentions if want in _norm(m.sentence) or _norm(m.sentence) in want]
                    hits.sort(key=lambda m: (m.type != item.get("type"), m.modality != "asserted", m.char_span[0]))
                    incident = next((incident_of[m.id] for m in hits if m.id in incident_of), None)
                    gold.append(item["key"])
                    if incident:
                        aligned += 1
                        pred.append(incident)
                    else:
                        pred.append(f"missing:{len(pred)}")
                    where.append({"doc": entry.get("file") or entry.get("id"), "key": item["key"],
                                  "sentence": item["sentence"], "incident": pred[-1]})
            n_incidents = store.incidents.count()
        finally:
            store.close()

    grade_errors = []
    correct = 0
    for key, want in expected.items():
        preds = [p for g, p in zip(gold, pred) if g == key and not p.startswith("missing:")]
        got = grade_of.get(Counter(preds).most_common(1)[0][0]) if preds else None
        if got == want:
            correct += 1
        else:
            grade_errors.append({"key": key, "expected": want, "got": got})
    cluster_errors = []
    for key in dict.fromkeys(gold):
        ps = {p for g, p in zip(gold, pred) if g == key}
        others = {g for g, p in zip(gold, pred) if p in ps and g != key}
        if len(ps) > 1 or others:
            cluster_errors.append({"key": key, "incidents": sorted(ps), "merged_with": sorted(others)})
    return ResolutionScores(
        pairwise=pairwise_scores(gold, pred), bcubed=bcubed_scores(gold, pred),
        grade_accuracy=round(correct / len(expected), 4) if expected else 0.0,
        items=len(gold), aligned=aligned, incidents=n_incidents,
        grade_errors=grade_errors, cluster_errors=cluster_errors,
    )


def _default_folder() -> Path:
    root = Path(__file__).resolve().parents[3]
    for candidate in (root / "evalsets" / "resolution", root / "samples"):
        if candidate.exists():
            return candidate
    raise InputError("No labelled resolution set found.", "Pass the folder: evalsets/resolution or samples.",
                     code=E.NO_LABELLED_SET)


__all__ = ["evaluate_resolution", "ResolutionScores", "pairwise_scores", "bcubed_scores"]
