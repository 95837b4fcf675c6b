"""Cross-validation inside CASE half a (evaluation/case_cv.py) and the training sets it refits the models on."""

import pytest

from tangible.evaluation.case_cv import fold_of
from tangible.evaluation.case_mapped import load_snippets
from tangible.nlp import event_kind


def test_folds_are_fixed_and_both_hold_snippets():
    ids = range(0, 2000, 2)
    folds = [fold_of(i, 2) for i in ids]
    assert folds == [fold_of(i, 2) for i in ids]
    assert 0.4 < sum(folds) / len(folds) < 0.6


@pytest.mark.eval
def test_a_held_fold_is_left_out_of_the_event_kind_training_set(eval_root):
    held = {sid for sid, _, _ in load_snippets(eval_root, "a") if fold_of(sid, 2) == 0}
    held_texts = {text for sid, text, _ in load_snippets(eval_root, "a") if sid in held}
    full, _ = event_kind.training_set(eval_root, "a")
    cut, _ = event_kind.training_set(eval_root, "a", exclude_case=held)
    assert held_texts & set(full)
    assert not held_texts & set(cut)
    assert len(full) - len(cut) == len(held_texts & set(full))


@pytest.mark.eval
def test_plover_sentences_train_the_event_kind_as_kinds(eval_root):
    texts, kinds = event_kind.plover_examples(eval_root)
    assert len(texts) == len(kinds) > 250
    assert set(kinds) <= set(event_kind.KINDS)
    assert set(kinds) == {"PROTEST", "DIPLOMACY", "OTHER"}  # no deed: those stay with the data sets that split
    full, _ = event_kind.training_set(eval_root, "a")
    assert set(texts) <= set(full)
