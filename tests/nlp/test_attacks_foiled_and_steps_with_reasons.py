"""The militants an operation struck, named again as the doers of an attack, are one fight; and a step taken
against a group over its "links" is no finding of the group's standing. Written the way Pakistani dailies and
Afghan outlets write."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_mentions


def test_the_militants_struck_named_again_as_attackers_are_one_fight(extractor):
    text = ("DERA ISMAIL KHAN: Two terrorists were killed and a policeman martyred in an exchange of fire when police "
            "and the CTD foiled an attack on a checkpost in Kulachi tehsil late Thursday, police said. A police "
            "spokesman said the terrorists, belonging to the banned outfit Fitna al Khawarij, opened fire on the post "
            "but were repulsed after an hour-long gunfight.")
    deeds = [m for m in asserted_mentions(extractor, text, date(2024, 9, 13)) if m.type in ("ATTACK", "OPERATION")]
    assert len({m.event for m in deeds}) == 1 and "ttp" in deeds[0].groups


def test_a_step_over_a_groups_links_is_no_finding(extractor):
    text = ("Da Afghanistan Bank, the central bank run by the Taliban administration, froze the accounts of three "
            "money exchange dealers in Kabul and Herat on Friday over suspected links to the financing of the Islamic "
            "State Khorasan Province (IS-K), according to a bank circular seen by the Oxus Report.")
    ms = extractor.extract("b", text, date(2027, 1, 30))
    assert [m for m in ms if m.type == "FINANCE" and m.modality == "asserted"]
    assert not [m for m in ms if m.type == "FINDING"]


def test_a_monitors_finding_of_links_stays_a_finding(extractor):
    text = "The UN monitoring team reported that the TTP maintains close links with al-Qaeda in Afghanistan."
    assert [m for m in extractor.extract("f", text, date(2027, 1, 30)) if m.type == "FINDING"]
