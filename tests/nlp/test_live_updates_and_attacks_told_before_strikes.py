"""A live page tells one attack over many updates: the dead told apart, a group's denial of involvement (which
does not undo an attack that killed), and a minister's word hours later that "the attack was planned in
Afghanistan" (the attack's origin, however many updates after it). A report that opens "A day after a suicide
attack in Mir Ali killed 12 soldiers, Pakistani forces launched air strikes ... in Khost" tells two events, each at
its own place."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_mentions, asserted_of_type

LIVE = ("UPDATE 10:15 - A suicide bomber rammed an explosives-laden vehicle into a convoy carrying Chinese engineers "
        "near Besham in Shangla district, police said.\n"
        "UPDATE 11:02 - Five Chinese nationals and their Pakistani driver have been killed, the district police officer "
        "confirmed.\n"
        "UPDATE 12:40 - No group has claimed responsibility so far. The TTP denied involvement in a statement sent to "
        "journalists.\n"
        "UPDATE 14:05 - The Chinese embassy urged Pakistan to thoroughly investigate the attack, hunt down the "
        "perpetrators and punish them severely.\n"
        "UPDATE 16:30 - Interior Minister Mohsin Naqvi said the attack was planned in Afghanistan and that the bomber "
        "was an Afghan national.\n")


def test_a_groups_denial_does_not_undo_an_attack_whose_dead_are_told_apart(extractor):
    attacks = asserted_of_type(extractor, LIVE, "ATTACK", date(2026, 3, 11))
    assert attacks and attacks[0].quantities.get("killed") == 6
    assert attacks[0].verification != "disputed", attacks[0].verification


def test_the_attack_named_updates_later_is_the_one_told_and_gets_its_origin(extractor):
    attacks = asserted_of_type(extractor, LIVE, "ATTACK", date(2026, 3, 11))
    assert len({m.event for m in attacks}) == 1, attacks
    assert all(m.location and m.location.admin1 == "Khyber Pakhtunkhwa" for m in attacks), attacks
    assert attacks[0].launched_from is not None and attacks[0].launched_from.country == "AF"


def test_an_attack_before_the_strikes_it_prompted_is_its_own_event_at_its_own_place(extractor):
    text = ("A day after a suicide attack on a military convoy in Mir Ali killed 12 soldiers, Pakistani security forces "
            "launched air strikes on what they said were hideouts of the Hafiz Gul Bahadur group in Afghanistan's "
            "Khost province. The Hafiz Gul Bahadur group had claimed the Mir Ali bombing, saying its fighters came "
            "from across the border.")
    ms = asserted_mentions(extractor, text, date(2026, 5, 20))
    attack = [m for m in ms if m.type == "ATTACK"]
    strikes = [m for m in ms if m.type == "OPERATION"]
    assert attack and all(m.location and m.location.name == "Mir Ali" for m in attack), attack
    assert attack[0].quantities.get("killed") == 12 and attack[0].source and attack[0].source.id == "hgb"
    assert attack[0].launched_from is not None and attack[0].launched_from.country == "AF"
    assert strikes and strikes[0].source and strikes[0].source.id == "pakistan"
    assert strikes[0].location and strikes[0].location.admin1 == "Khost"
    assert not strikes[0].quantities.get("forces_killed"), strikes[0].quantities
