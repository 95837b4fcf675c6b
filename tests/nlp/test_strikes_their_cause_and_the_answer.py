"""A report of cross-border strikes, the attack they answered and the other side's answer, told the way wire reports
tell them (sentences written in the manner of a Reuters report of March 2024)."""

from datetime import date

from tests.nlp.conftest import first_asserted

DAY = date(2024, 3, 20)

REPORT = (
    "ISLAMABAD, March 18 (Reuters) - Pakistani warplanes struck suspected militant hideouts inside Afghanistan on "
    "Monday, killing eight people, Taliban officials said, two days after an attack on a military post in Pakistan "
    "killed seven soldiers. Pakistan's foreign office said the \"intelligence-based anti-terrorist operations\" "
    "targeted the Hafiz Gul Bahadur group, which it blamed for Saturday's attack in North Waziristan. The Taliban "
    "said the strikes hit homes in Khost and Paktika provinces and that all those killed were women and children. "
    "Afghan forces responded by targeting Pakistani military posts along the border with heavy weapons, the Afghan "
    "defence ministry said.")


def _by_event(mentions, etype):
    out: dict = {}
    for m in mentions:
        if m.type == etype and m.modality == "asserted":
            out.setdefault(m.event, []).append(m)
    return out


def test_the_attack_a_strike_came_after_is_apart_when_a_saying_stands_between(extractor):
    text = ("Pakistani warplanes struck hideouts inside Afghanistan on Monday, Taliban officials said, two days after "
            "an attack on a military post killed seven soldiers.")
    ms = extractor.extract("t", text, DAY)
    strike = first_asserted(extractor, text, "OPERATION", DAY)
    assert strike.source is not None and strike.source.id == "pakistan"
    assert not strike.quantities.get("forces_killed")
    attacks = [m for m in ms if m.type == "ATTACK" and m.modality == "asserted"]
    assert attacks and attacks[0].quantities.get("killed") == 7 and attacks[0].event != strike.event


def test_a_count_of_days_dates_the_earlier_deed(extractor):
    text = ("Police arrested three suspects in Quetta on Friday, a day after a bomb killed five people in Mastung.")
    attack = first_asserted(extractor, text, "ATTACK", DAY)
    assert (attack.date, attack.date_precision) == (date(2024, 3, 14), "day")
    assert attack.location is not None and attack.location.name == "Mastung"
    # ("days after" says no count: the week is all that is known)
    attack = first_asserted(extractor, "Jets struck hideouts on Monday, days after a bombing killed 16 soldiers.",
                            "ATTACK", DAY)
    assert attack.date_precision == "week"


def test_operations_against_terrorists_are_no_attack(extractor):
    m = first_asserted(extractor, "The foreign office said the \"intelligence-based anti-terrorist operations\" "
                                  "targeted the TTP.", "OPERATION", DAY)
    assert m.target is not None and m.target.id == "ttp"
    assert not [m for m in extractor.extract("t", "The foreign office said the intelligence-based anti-terrorist "
                                                  "operations targeted the TTP.", DAY) if m.type == "ATTACK"]


def test_the_deed_a_clause_blames_keeps_its_own_day_and_place(extractor):
    text = ("Pakistan's foreign office said the operations targeted the Hafiz Gul Bahadur group, which it blamed for "
            "Saturday's attack in North Waziristan.")
    op = first_asserted(extractor, text, "OPERATION", DAY)
    assert op.location is None or op.location.name != "North Waziristan"
    assert op.date != date(2024, 3, 16)
    attack = first_asserted(extractor, text, "ATTACK", DAY)
    assert (attack.source.id, attack.perpetrator_basis) == ("hgb", "blamed")
    assert attack.location is not None and attack.location.name == "North Waziristan"
    assert attack.date == date(2024, 3, 16)


def test_the_means_of_an_answer_is_its_subjects_deed(extractor):
    m = first_asserted(extractor, "Taliban forces retaliated by shelling Pakistani posts in Kurram.", "OPERATION", DAY)
    assert (m.source.id, m.target.id) == ("taliban", "pakistan")
    # (the "by" phrase of a passive is never its subject's)
    m = first_asserted(extractor, "Two civilians were killed by shelling in Kurram.", "ATTACK", DAY)
    assert m.source is None or m.source.id is None


def test_one_report_three_events(extractor):
    ms = extractor.extract("r", REPORT, DAY)
    strikes = _by_event(ms, "OPERATION")
    pakistani = [ev for ev in strikes.values() if ev[0].source and ev[0].source.id == "pakistan"]
    assert len(pakistani) == 1
    strike = pakistani[0]
    assert {m.location.admin1 for m in strike if m.location} == {"Khost"}
    assert {m.date for m in strike} == {date(2024, 3, 18)}
    assert all(not m.quantities.get("forces_killed") for m in strike)
    # the Afghan forces' answer at the border is a deed of its own
    answers = [ev for ev in strikes.values() if ev[0].source and ev[0].source.id == "taliban"]
    assert len(answers) == 1 and answers[0][0].target.id == "pakistan"
    # the attack the strikes came after, told again by its day with its blame, is one event
    attacks = _by_event(ms, "ATTACK")
    assert len(attacks) == 1
    attack = next(iter(attacks.values()))
    assert {(m.source.id, m.perpetrator_basis) for m in attack} == {("hgb", "blamed")}
    assert {m.date for m in attack} == {date(2024, 3, 16)}
    assert {m.quantities.get("killed") for m in attack} == {7}


# (a Dawn-style report: the strikes, the attack they came after, the strikes' toll told by the Taliban, the claim)
STRIKES_THEN_CAUSE = (
    "ISLAMABAD: Pakistan carried out air strikes inside Afghanistan early on Monday, targeting suspected hideouts of "
    "the Hafiz Gul Bahadur group in the Khost and Paktika provinces, the Foreign Office said. The strikes came two "
    "days after an attack on a military post in Mir Ali killed seven soldiers. The Taliban said the strikes killed "
    "eight people, all women and children, and vowed to retaliate.")


def test_the_strikes_named_again_as_the_killers_are_the_strikes(extractor):
    for text in (STRIKES_THEN_CAUSE, STRIKES_THEN_CAUSE + " The Hafiz Gul Bahadur group had claimed responsibility "
                                                          "for the Mir Ali attack."):
        ms = extractor.extract("r", text, date(2024, 5, 20))
        strikes = _by_event(ms, "OPERATION")
        attacks = _by_event(ms, "ATTACK")
        assert len(strikes) == 1 and len(attacks) == 1
        (strike,) = strikes.values()
        (attack,) = attacks.values()
        # the eight dead are the strikes', told by the Taliban; the seven soldiers are the attack's
        assert {m.source.id for m in strike} == {"pakistan"}
        assert all(m.quantities.get("killed") == 8 for m in strike)
        assert all(m.quantities.get("killed") == 7 for m in attack)
        assert not any("eight people" in m.sentence for m in attack)
        assert attack[0].location is not None and attack[0].location.name == "Mir Ali"


def test_the_event_a_sentence_speaks_of_dates_what_it_came_days_after(extractor):
    ms = extractor.extract("r", STRIKES_THEN_CAUSE, date(2024, 5, 20))
    attack = next(m for m in ms if m.type == "ATTACK" and m.modality == "asserted")
    assert (attack.date, attack.date_precision) == (date(2024, 5, 18), "day")
    # ("days after" counts no days: the attack keeps no day)
    ms = extractor.extract("r", STRIKES_THEN_CAUSE.replace("two days after", "days after"), date(2024, 5, 20))
    attack = next(m for m in ms if m.type == "ATTACK" and m.modality == "asserted")
    assert attack.date != date(2024, 5, 18)
