"""Reports that spread one deed over several sentences and recall older ones beside it: a background paragraph
dated to another month or year is an event of its own, not more of today's."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 6, 1)
DEEDS = ("ARREST", "OPERATION", "FINANCE", "DISMANTLE", "RESTRICT", "EXTRADITE", "ATTACK")


def deeds(ms, kinds=DEEDS):
    return [m for m in ms if m.modality == "asserted" and m.type in kinds]


def by_sentence(ms, words: str):
    found = [m for m in ms if words in m.sentence]
    assert found, words
    return found[0]


def test_an_older_attack_told_by_its_month_is_its_own_event(extractor):
    ms = deeds(extractor.extract("t", "Militants stormed a police station in Lakki Marwat on Tuesday, killing two "
                                      "constables. Three attackers were killed in the exchange of fire. In March, a "
                                      "similar assault on the same station killed five policemen.", PUB), ("ATTACK",))
    today, before = by_sentence(ms, "on Tuesday"), by_sentence(ms, "In March")
    assert today.event != before.event
    assert today.quantities.get("killed") == 2 and before.quantities.get("killed") == 5
    assert by_sentence(ms, "Three attackers").event == today.event


def test_a_bombing_recalled_in_a_background_clause_keeps_its_own_toll(extractor):
    ms = deeds(extractor.extract("t", "PARACHINAR: A car bomb exploded near a bazaar in Parachinar on Sunday, killing "
                                      "seven people, officials said. Officials blamed the Islamic State group. The "
                                      "district has seen sectarian strife for years, and a bombing at a mosque in "
                                      "October killed 30 people.", PUB), ("ATTACK",))
    today, before = by_sentence(ms, "on Sunday"), by_sentence(ms, "in October")
    assert today.event != before.event
    assert today.quantities.get("killed") == 7 and before.quantities.get("killed") == 30
    assert today.source is not None and today.source.id == "iskp" and today.perpetrator_basis == "blamed"
    assert before.source is None or before.source.id is None


def test_a_deed_named_by_its_place_and_an_older_year_is_not_the_raid(extractor):
    ms = extractor.extract("t", "The Taliban's interior ministry said on Monday its forces killed four Islamic State "
                                "militants in a raid in Kunduz province. Ministry spokesman Abdul Mateen Qani said the "
                                "militants were behind a recent attack on a shrine in Kunduz city. Two Taliban "
                                "fighters were wounded in the operation. IS has claimed a string of attacks in "
                                "Kunduz, including the killing of a district chief in June 2022.", PUB)
    raid, chief = by_sentence(ms, "its forces killed"), by_sentence(ms, "June 2022")
    assert raid.type == "OPERATION" and raid.quantities.get("killed") == 4
    assert chief.event != raid.event and chief.type == "ATTACK"
    assert by_sentence(ms, "wounded in the operation").event == raid.event


def test_a_month_that_holds_the_deeds_day_is_the_same_event(extractor):
    ms = deeds(extractor.extract("t", "Gunmen killed two policemen guarding a polio team in Bajaur on May 20. The "
                                      "killing in May was the third such attack in the district this year, police "
                                      "said.", PUB), ("ATTACK",))
    assert ms and len({m.event for m in ms}) == 1
    assert {m.quantities.get("killed") for m in ms} == {2}


def test_a_month_told_in_another_clause_of_the_claim_leaves_the_claim_the_deeds(extractor):
    ms = deeds(extractor.extract("t", "Gunmen stormed a mosque in Hayatabad on Friday, killing 12 worshippers. The "
                                      "provincial government confirmed the toll, and the banned Jundallah group claimed "
                                      "responsibility for the attack in an email, saying it was revenge for a militant "
                                      "who was executed in December 2014.", date(2015, 6, 1)), ("ATTACK",))
    first = by_sentence(ms, "Gunmen stormed")
    assert first.source is not None and first.source.id == "jundallah" and first.perpetrator_basis == "claimed"


def test_a_group_named_behind_the_deed_in_a_later_sentence_is_its_suspect(extractor):
    # (a sentence that only says who is behind the deed has no other word of violence in it)
    ms = deeds(extractor.extract("t", "Police foiled an attack on a police station in Lakki Marwat on Monday, killing "
                                      "two attackers, officials said. A constable was injured in the exchange of fire. "
                                      "The Hafiz Gul Bahadur group is believed to be behind the attempt, intelligence "
                                      "officials said.", PUB), ("ATTACK",))
    assert ms and all(m.source is not None and m.source.id == "hgb" and m.perpetrator_basis == "suspected"
                      for m in ms)
    named = deeds(extractor.extract("t", "Gunmen shot dead a tribal elder in Bara on Tuesday. Police said "
                                         "Lashkar-e-Islam was behind it.", PUB), ("ATTACK",))
    assert named and named[0].source is not None and named[0].source.id == "lashkar-e-islam"
    # a group the sentence says was not behind it stays unnamed
    denied = deeds(extractor.extract("t", "Gunmen shot dead a tribal elder in Bara on Tuesday. Police said "
                                          "Lashkar-e-Islam was not behind it.", PUB), ("ATTACK",))
    assert denied and all(m.source is None or m.source.id is None for m in denied)


def test_a_report_a_denial_answers_in_its_own_sentence_is_disputed(extractor):
    ms = extractor.extract("t", "KABUL: Taliban authorities denied on Sunday that they had detained TTP commanders, "
                                "after reports in Pakistani newspapers said 15 TTP fighters had been arrested in Khost.",
                           PUB)
    told = deeds(ms, ("ARREST",))
    assert told and all(m.verification == "disputed" for m in told)
    assert not any(m.modality == "asserted" and m.verification is None for m in ms if m.type == "ARREST")
    # a report the denial does not answer stays as it was told
    plain = deeds(extractor.extract("t", "Pakistani newspapers said 15 TTP fighters had been arrested in Khost.", PUB),
                  ("ARREST",))
    assert plain and all(m.verification is None for m in plain)
    # a deed that harmed people is not undone by a denial answering reports of where its attackers came from
    ms = deeds(extractor.extract("t", "A suicide bomber killed nine soldiers in Bannu on Monday. The Taliban denied "
                                      "any role in the attack, after reports said the bomber had crossed from Khost.",
                                 PUB), ("ATTACK",))
    assert ms and all(m.verification is None for m in ms)
