"""Floors for the extraction figures; lowering one is a deliberate act."""

import pytest

from tangible import evaluation as E

pytestmark = pytest.mark.eval


@pytest.fixture(scope="module")
def ex():
    from tangible.nlp import Extractor

    return Extractor()


def test_challenge_set(ex):
    r = E.eval_challenge(ex)
    assert r["asserted_actions_from_non_asserted"] == 0
    assert r["missed_asserted"] == 0
    assert r["event_and_modality_recall"] >= 0.97


def test_factuality_floor(eval_root, ex):
    r = E.eval_factuality(eval_root, ex)
    assert r["MEANTIME"]["accuracy"] >= FLOORS["meantime"]
    assert r["UW"]["accuracy"] >= FLOORS["uw"]
    # the learned model must beat the rule modality it takes as a feature
    assert r["UW"]["accuracy"] > r["UW"]["rule_accuracy"]
    assert r["MEANTIME"]["accuracy"] > r["MEANTIME"]["rule_accuracy"]


def test_ipe_arrest_floor(eval_root, ex):
    r = E.eval_ipe(eval_root, ex, split="b")
    assert r["ARREST"]["f1"] >= FLOORS["ipe_arrest_b"]


def test_acled_held_out_floor(eval_root, ex):
    from tangible.evaluation.acled import eval_acled

    r = eval_acled(eval_root, ex, half="b")
    assert r["type_recall"] >= FLOORS["acled_type"], r
    assert r["acting_party"] >= FLOORS["acled_actor"], r
    assert r["province"] >= FLOORS["acled_province"], r
    assert r["killed"] >= FLOORS["acled_killed"], r
    assert r["protest_with_violence"] <= FLOORS["acled_protest_max"], r
    assert r["perpetrator_named"] >= FLOORS["acled_perpetrator"], r


def test_case_mapped_held_out_floor(eval_root, ex):
    from tangible.evaluation.case_mapped import eval_case_mapped

    r = eval_case_mapped(eval_root, ex, half="b")
    assert r["type_accuracy"] >= FLOORS["case_mapped"], r
    assert r["other_with_non_arrest_action"] <= FLOORS["case_other_max"], r


FLOORS = {"meantime": 0.92, "uw": 0.83, "ipe_arrest_b": 0.83, "acled_type": 0.89, "acled_actor": 0.87,
          "acled_province": 0.86, "acled_killed": 0.86, "acled_protest_max": 0.05, "acled_perpetrator": 0.83,
          "case_mapped": 0.84, "case_other_max": 0.07, "ucdp_violent": 0.75, "ucdp_sides": 0.82,
          "ucdp_province": 0.89}


def test_ucdp_held_out_floor(eval_root, ex):
    from tangible.evaluation.ucdp import eval_ucdp

    r = eval_ucdp(eval_root, ex, half="b")
    assert r["violent_recall"] >= FLOORS["ucdp_violent"], r
    assert r["sides"] >= FLOORS["ucdp_sides"], r
    assert r["province_precision"] >= FLOORS["ucdp_province"], r


def test_ucdp_headlines_are_split_and_summaries_left_out(eval_root):
    from tangible.evaluation.ucdp import load_ucdp

    every = load_ucdp(eval_root)
    a, b = load_ucdp(eval_root, "a"), load_ucdp(eval_root, "b")
    assert len(a) + len(b) == len(every) and {r["id"] for r in a}.isdisjoint({r["id"] for r in b})
    assert not any("programme summary" in r["_text"].lower() for r in every)
    assert all(r["_text"].strip(" .") for r in every)
