"""An attack told apart from the troops who killed its men, a speaker who denies a claim, groups that disown a deed, and where an
attack was traced to (sentences written in the manner of Pakistani press reports of 2023-2025)."""

from datetime import date

from tests.nlp.conftest import asserted_violence, first_asserted

DAY = date(2024, 3, 20)


def test_an_attack_told_on_its_own_stays_one_when_troops_kill_all_its_men(extractor):
    text = ("Seven soldiers, including two officers, were martyred when a group of terrorists rammed an explosive-laden "
            "vehicle into a security post in Mir Ali, North Waziristan, on March 16. All six terrorists were killed "
            "by troops, the ISPR said.")
    ms = asserted_violence(extractor, text, DAY)
    assert {m.type for m in ms} == {"ATTACK"}
    assert {(m.quantities.get("killed"), m.quantities.get("attackers_killed")) for m in ms} == {(7, 6)}


def test_the_state_that_denies_a_claim_did_not_strike(extractor):
    m = first_asserted(extractor, "Pakistan said the strikes targeted TTP hideouts and killed dozens of militants, a "
                                  "claim the Taliban denied.", "OPERATION", DAY)
    assert m.source is None or m.source.id != "taliban"
    assert m.verification == "disputed"


def test_a_group_that_distances_itself_from_a_deed_denies_it_and_is_no_group_of_it(extractor):
    ms = extractor.extract("t", "The TTP distanced itself from the bombing, and no group immediately claimed it.", DAY)
    assert [(m.type, m.source.id) for m in ms if m.type == "DENY"] == [("DENY", "ttp")]
    assert all("ttp" not in m.groups for m in ms if m.type == "ATTACK")
    text = ("A suicide bomber struck a convoy in Besham, killing six people. No group immediately claimed "
            "responsibility for the attack, and the TTP denied any involvement.")
    assert all("ttp" not in m.groups for m in asserted_violence(extractor, text, DAY))
    # (a group that claims the deed is its group)
    m = first_asserted(extractor, "The TTP claimed the attack on the police station.", "ATTACK", DAY)
    assert m.groups == ["ttp"] and m.source.id == "ttp"


def test_handlers_sitting_across_the_border_and_links_traced_there_give_the_origin(extractor):
    for second in ("Security sources said the attack had been planned by handlers sitting in Afghanistan.",
                   "Interior Minister Sarfraz Bugti said the attack's links had been traced to Afghanistan."):
        m = first_asserted(extractor, "A suicide bomber killed nine people in Noshki. " + second, "ATTACK", DAY)
        assert m.launched_from is not None and m.launched_from.country == "AF", second
    m = first_asserted(extractor, "A suicide bomber killed 50 people in Mastung. Police said the phone call was "
                                  "traced to Quetta.", "ATTACK", DAY)
    assert m.launched_from is None
