"""Who demands after saying what a thing is, whose convoy an attacker struck, and a past tense beside "did not"
(sentences written in the manner of Chinese, Pakistani and Afghan statements reported in 2024)."""

from datetime import date

from tests.nlp.conftest import first_asserted

DAY = date(2024, 12, 30)


def test_the_one_who_said_what_a_thing_is_demands(extractor):
    m = first_asserted(extractor, "The Chinese embassy said the attack was a heinous terrorist act and demanded that "
                                  "Pakistan severely punish the perpetrators.", "DEMAND", DAY)
    assert (m.source.id, m.target.id) == ("china", "pakistan")
    m = first_asserted(extractor, "China's foreign ministry said it was deeply shocked and urged the Afghan side to "
                                  "take effective measures to protect Chinese citizens.", "DEMAND", DAY)
    assert (m.source.id, m.target.id) == ("china", "taliban")


def test_their_convoy_is_not_the_attackers_own(extractor):
    m = first_asserted(extractor, "Chinese engineers working on a project in Karachi narrowly escaped when a BLA "
                                  "suicide bomber targeted their convoy.", "ATTACK", DAY)
    assert m.source.id == "bla"
    assert m.target is None or m.target.id != "bla"


def test_a_past_tense_beside_did_not_is_told_as_done(extractor):
    for text in ("Pakistan did not confirm the strikes but urged Afghan authorities to act against the TTP.",
                 "Islamabad did not comment on the report but asked Kabul to hand over the militants."):
        m = first_asserted(extractor, text, "DEMAND", DAY)
        assert (m.source.id, m.target.id) == ("pakistan", "taliban"), text
    # (a bare verb shares the negation: "did not arrest or detain")
    ms = [m for m in extractor.extract("t", "Police did not arrest or detain anyone.", DAY) if m.type == "ARREST"]
    assert ms and all(m.modality == "negated" for m in ms)
