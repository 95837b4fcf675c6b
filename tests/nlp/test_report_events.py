"""Reports of several sentences about one deed, written the way wire and Pakistani dailies write them: a place known
by an earlier operation, a tally of arrests to date, a group's own count of the dead it inflicted, mortar shells
lobbed at a post, an offensive fought off, and a denial told in a relative clause."""

from __future__ import annotations

from datetime import date

PUB = date(2019, 6, 30)
DEEDS = ("ARREST", "OPERATION", "FINANCE", "DISMANTLE", "RESTRICT", "EXTRADITE", "ATTACK")


def deeds(ms, kinds=DEEDS):
    return [m for m in ms if m.modality == "asserted" and m.type in kinds]


def test_group_named_by_an_earlier_operation_is_not_the_attacker(extractor):
    text = ("A remote-controlled bomb hit a Levies vehicle in Mohmand district on Thursday, killing two men. "
            "The explosion happened close to the site of an operation against Jamaat-ul-Ahrar in 2017.")
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and all(m.source is None or m.source.id is None for m in attacks)
    assert {m.event for m in attacks} == {attacks[0].event}
    alone = deeds(extractor.extract("t", "The explosion happened near the scene of a raid on Lashkar-e-Islam "
                                         "in 2014.", PUB), ("ATTACK",))
    assert all(m.source is None or m.source.id is None for m in alone)


def test_arrests_to_date_are_a_tally_not_an_arrest(extractor):
    for text in ("Police have arrested dozens in similar cases this year, an official said.",
                 "The Counter-Terrorism Department has detained scores of suspects in similar cases this year."):
        assert not deeds(extractor.extract("t", text, PUB), ("ARREST",)), text
    told = deeds(extractor.extract("t", "Police have arrested four suspects in connection with the blast.", PUB),
                 ("ARREST",))
    assert told and told[0].quantities.get("arrested") == 4


def test_a_groups_own_count_of_the_enemy_dead_is_not_established(extractor):
    alone = extractor.extract("t", "Insurgents stormed an army outpost in Uruzgan province on Sunday. The Taliban "
                                   "claimed 25 soldiers were killed in the assault.", PUB)
    attacks = deeds(alone, ("ATTACK",))
    assert attacks and all(not m.quantities.get("killed") for m in attacks)
    beside = extractor.extract("t", "Insurgents overran a police post in Baghlan province on Tuesday, killing six "
                                    "policemen, a local official said. A Taliban spokesman claimed responsibility "
                                    "for the attack and said 18 policemen were killed.", PUB)
    attacks = deeds(beside, ("ATTACK",))
    assert attacks and {m.quantities.get("killed") for m in attacks} == {6}


def test_mortar_shells_lobbed_at_a_post_are_an_attack(extractor):
    ms = extractor.extract("t", "Terrorists lobbed mortar shells at a Frontier Corps post in Kurram district on "
                                "Monday, wounding three soldiers.", PUB)
    attacks = deeds(ms, ("ATTACK",))
    assert attacks and attacks[0].quantities.get("wounded") == 3
    assert attacks[0].target is None or "mortar" not in (attacks[0].target.text or "")


def test_an_offensive_pushed_back_is_the_attackers_deed(extractor):
    ms = extractor.extract("t", "Afghan troops pushed back a Taliban offensive on the city of Farah on Saturday.", PUB)
    assert not [m for m in ms if m.modality == "demanded"]
    assert not deeds(ms, ("OPERATION",))
    attacks = deeds(ms, ("ATTACK",))
    assert attacks and attacks[0].source.id == "taliban"


def test_denial_in_a_relative_clause_has_its_speaker_and_names_no_perpetrator(extractor):
    text = ("A bomb ripped through a Sufi shrine in Balkh province on Thursday, killing nine devotees. "
            "The Taliban, who denied any role, described the bombing as a crime.")
    ms = extractor.extract("t", text, PUB)
    denials = [m for m in ms if m.type == "DENY"]
    assert denials and denials[0].source is not None and denials[0].source.id == "taliban"
    attacks = deeds(ms, ("ATTACK",))
    assert attacks and all(m.source is None or m.source.id != "taliban" for m in attacks)


def test_a_claim_of_similar_bombings_is_no_claim_of_this_one(extractor):
    text = ("A bomb planted on a bicycle went off outside a bank in Farah city on Wednesday, killing three people. "
            "An Islamic State affiliate has claimed similar bombings in the province.")
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and all(m.perpetrator_basis != "claimed" for m in attacks)
    assert all(m.source is None or m.source.id != "iskp" for m in attacks)


def test_a_wire_dateline_with_its_country_is_not_an_actor(extractor):
    text = "JALALABAD, Afghanistan — A bomb hidden in a cart exploded near a bus stop on Monday, killing four."
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and (attacks[0].source is None or "JALALABAD" not in (attacks[0].source.text or ""))
    assert attacks[0].sentence.startswith("A bomb")


def test_the_part_of_a_day_is_never_the_target(extractor):
    ms = extractor.extract("t", "A bomb went off near a school in Khost on Sunday morning, killing three children.", PUB)
    attacks = deeds(ms, ("ATTACK",))
    assert attacks and (attacks[0].target is None or "morning" not in attacks[0].target.text)


def test_a_toll_that_rose_as_the_wounded_died_counts_them_once(extractor):
    text = ("A car bomb exploded near a court in Mardan on Tuesday, killing seven people. The death toll rose to ten "
            "as three of the wounded died in hospital.")
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and {m.quantities.get("killed") for m in attacks} == {10}


def test_what_officials_called_hideouts_is_no_appeal(extractor):
    text = ("Pakistani jets struck what officials called hideouts of the Tehrik-i-Taliban Pakistan in Paktika "
            "province on Friday, killing six people, Afghan officials said.")
    ms = extractor.extract("t", text, PUB)
    assert not [m for m in ms if m.type == "DEMAND"]
    assert deeds(ms, ("OPERATION",))
    appeal = extractor.extract("t", "Islamabad on Tuesday called on Kabul to hand over the commanders.", PUB)
    assert [m for m in appeal if m.type == "DEMAND"]


def test_a_search_launched_to_make_arrests_is_the_arrest_alone(extractor):
    for text in ("Frontier Corps personnel launched a search operation in Turbat and detained nine suspects.",
                 "Police said a combing operation was conducted in the village and six suspects arrested."):
        ms = extractor.extract("t", text, PUB)
        assert deeds(ms, ("ARREST",)), text
        assert not deeds(ms, ("OPERATION",)), text
    fought = extractor.extract("t", "Troops launched an operation in Tirah and killed five militants.", PUB)
    assert deeds(fought, ("OPERATION",))


def test_weapons_the_attackers_carried_off_are_no_seizure(extractor):
    text = ("Taliban fighters overran a police checkpoint in Sar-e Pul province on Friday, killing five policemen. "
            "A local official said the insurgents also took away weapons and ammunition.")
    ms = extractor.extract("t", text, PUB)
    assert deeds(ms, ("ATTACK",)) and not deeds(ms, ("DISMANTLE",))
