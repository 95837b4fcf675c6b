"""Where an attack was run from, told by its handlers ("the handlers of the bombers were in Afghanistan", "in
contact with their handlers in Afghanistan") and by an allegation another party denies (sentences written in the
manner of Dawn and ISPR releases of 2023-2024)."""

from datetime import date

DAY = date(2024, 5, 20)


def _attack(extractor, text):
    return next(m for m in extractor.extract("r", text, DAY) if m.type == "ATTACK" and m.modality == "asserted")


def test_the_handlers_of_the_bombers_were_abroad(extractor):
    m = _attack(extractor, "A suicide bomber rammed an explosives-laden car into a military convoy in Bannu, killing six "
                           "soldiers. Interior ministry officials said the handlers of the bombers were in Afghanistan.")
    assert m.launched_from is not None and m.launched_from.country == "AF"
    # (the handlers of no attackers say nothing of the attack: "the handlers of the account were in Dubai")
    m = _attack(extractor, "Gunmen shot dead a trader in Quetta. Police said the handlers of the hawala network were "
                           "in Afghanistan.")
    assert m.launched_from is None


def test_in_contact_with_their_handlers_abroad(extractor):
    m = _attack(extractor, "Militants stormed a checkpost in Zhob, killing three soldiers. All five attackers were killed, "
                           "ISPR said, adding that the terrorists were in contact with their handlers in Afghanistan "
                           "during the attack.")
    assert m.launched_from is not None and m.launched_from.country == "AF"


def test_the_party_denying_an_origin_is_no_place_of_it(extractor):
    m = _attack(extractor, "Gunmen killed four policemen in Tank. Pakistan says the attacks are planned from "
                           "Afghanistan, which Kabul denies.")
    assert m.launched_from is not None
    assert (m.launched_from.country, m.launched_from.admin1, m.launched_from.disputed_by) == ("AF", None, "Kabul")


def test_a_denied_origin_leaves_the_attack_whose_attackers_it_speaks_of(extractor):
    text = ("A suicide bomber killed 16 people at a rally in Khar, Bajaur, on Thursday. Islamic Emirate spokesman "
            "Zabihullah Mujahid on Friday rejected Pakistani officials' claims that the attackers in Thursday's Bajaur "
            "bombing came from Afghanistan.")
    attacks = [m for m in extractor.extract("r", text, DAY) if m.type == "ATTACK"]
    assert attacks and all(m.modality == "asserted" for m in attacks) and len({m.event for m in attacks}) == 1
    origin = attacks[0].launched_from
    assert origin is not None and origin.country == "AF" and origin.disputed_by


def test_planned_on_afghan_soil_is_where_it_came_from_not_where_it_was(extractor):
    m = _attack(extractor, "Pakistani officials had said the bombing was planned on Afghan soil.")
    assert m.launched_from is not None and m.launched_from.country == "AF"
    assert m.location is None or m.location.country != "AF"
