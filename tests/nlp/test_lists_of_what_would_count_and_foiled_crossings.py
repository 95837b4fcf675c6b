"""What a page probe and a ledger probe of unseen text found: the items of a bulleted list of what would count as
evidence, and every deed listed after "would include", are no deeds; a foiled infiltration in which the forces kill
the infiltrators is the forces' operation against the group the next sentence names, not a restriction; a deed told
in a clause of "where" on a bordering province is placed there."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import first_asserted

D = date(2027, 10, 15)

BULLETS = """Officials and analysts interviewed for this piece offered a fairly consistent list of steps that would count \
as evidence that Kabul is serious:
- the arrest and handover of named TTP commanders wanted in Pakistan;
- the relocation of TTP fighters and their families away from the border provinces of Kunar, Nangarhar, Khost and Paktika;
- the closure of training camps and the seizure of weapons left behind by foreign forces;
- the freezing of money channels used to fund attacks in Khyber Pakhtunkhwa;
- a verifiable ban on TTP leaders travelling freely inside Afghanistan.
None of these would be easy."""


def _asserted_actions(extractor, text: str, published: date = D) -> list:
    return [m for m in extractor.extract("l", text, published) if m.modality == "asserted"
            and m.type in ("ARREST", "EXTRADITE", "RESTRICT", "DISMANTLE", "FINANCE", "OPERATION")]


def test_the_items_of_a_bulleted_list_of_what_would_count_are_no_deeds(extractor):
    assert not _asserted_actions(extractor, BULLETS)
    # (a page's list items come as paragraphs of their own)
    assert not _asserted_actions(extractor, BULLETS.replace("\n", "\n\n"))
    demands = BULLETS.replace("offered a fairly consistent list of steps that would count as evidence that Kabul is "
                              "serious:", "said Islamabad's demands are:")
    assert {m.modality for m in extractor.extract("l", demands, D) if m.type == "RESTRICT"} == {"demanded"}
    # (a list of steps told as taken stays told)
    done = BULLETS.replace("offered a fairly consistent list of steps that would count as evidence that Kabul is "
                           "serious:", "listed the steps the Taliban took last month:")
    assert _asserted_actions(extractor, done)


def test_every_deed_listed_after_would_include_is_what_would_be(extractor):
    text = ("Tangible steps would include the arrest of TTP commanders known to live in Kunar, Khost and Paktika, the "
            "closure of their training camps, the freezing of the funds that sustain them and the handover of wanted "
            "men at the border.")
    assert not _asserted_actions(extractor, text)
    assert _asserted_actions(extractor, "The operation included the arrest of 12 suspects and the seizure of weapons.")


def test_a_foiled_infiltration_whose_men_the_forces_killed_is_their_operation(extractor):
    text = ("RAWALPINDI: Security forces foiled an attempt by a group of terrorists to infiltrate into Chitral from "
            "Afghanistan on Saturday and killed six of them, the ISPR said. The military's media wing said the "
            "terrorists, belonging to the Fitna al-Khawarij, were spotted crossing the border in the Arandu area and "
            "were engaged by troops.")
    ms = [m for m in extractor.extract("f", text, date(2028, 8, 13)) if m.modality == "asserted"]
    ops = [m for m in ms if m.type == "OPERATION"]
    assert ops and ops[0].source.id == "pakistan" and "ttp" in ops[0].groups
    assert ops[0].quantities.get("killed") == 6 and ops[0].launched_from is not None \
        and ops[0].launched_from.country == "AF"
    assert not [m for m in ms if m.type in ("RESTRICT", "ATTACK")]


def test_a_deed_in_a_clause_of_where_on_a_bordering_province_is_placed_there(extractor):
    raid = first_asserted(extractor, "Bajaur borders Afghanistan's Kunar province, where the Taliban last month raided "
                          "a hideout of the Pakistani Taliban.", "OPERATION", date(2028, 7, 7))
    assert raid.location is not None and raid.location.admin1 == "Kunar"


def test_a_similar_blast_of_a_past_year_is_dated_that_year(extractor):
    blast = first_asserted(extractor, "The same area was hit by a similar blast in 2019.", "ATTACK", date(2027, 9, 20))
    assert (blast.date, blast.date_precision) == (date(2019, 1, 1), "year")


def test_a_kind_of_people_named_by_a_participle_is_no_deed(extractor):
    assert not [m for m in extractor.extract("k", "Militants captured in such raids are rarely tried.",
                                             date(2027, 9, 20)) if m.modality == "asserted"]
    assert first_asserted(extractor, "Three militants captured in the raid were handed to the CTD.", "ARREST",
                          date(2027, 9, 20)).quantities.get("arrested") == 3


def test_attacks_told_as_being_planned_are_not_done(extractor):
    text = ("Pakistan on Saturday called on the Taliban administration to hand over TTP leaders hiding in Afghanistan, "
            "saying attacks in Khyber Pakhtunkhwa and Balochistan were being planned across the border.")
    assert not [m for m in extractor.extract("p", text, date(2027, 10, 24))
                if m.type == "ATTACK" and m.modality == "asserted"]
    assert first_asserted(extractor, "Officials said the attack was planned in Kunar.", "ATTACK", date(2027, 10, 24))


def test_deeds_judged_for_what_they_achieve_are_no_deed_told(extractor):
    d = date(2028, 11, 20)
    assert not [m for m in extractor.extract("j", "Analysts say Pakistan's airstrikes are unlikely to eliminate the TTP "
                                             "leadership in Afghanistan.", d) if m.modality == "asserted"]
    # (nor do they deny the deeds: "not enough" is no denial)
    assert not [m for m in extractor.extract("j", "The raids are not enough to deter the group, officials said.", d)
                if m.type == "OPERATION"]
    assert first_asserted(extractor, "Pakistani airstrikes killed 12 militants in Khost on Monday, officials said.",
                          "OPERATION", d)


def test_a_step_told_as_part_of_the_one_before_is_against_its_group(extractor):
    text = ("The General Directorate of Intelligence (GDI) of the Islamic Emirate said on Tuesday that it had arrested "
            "11 people suspected of involvement in last week's attack on Chinese workers in Baghlan.\n\nIn a statement, "
            "the GDI said the suspects were members of Daesh and had been detained in raids in the Dand-e-Ghori area "
            "of Baghlan province.\n\nThe GDI said weapons and explosives were also seized from the hideouts.")
    seizure = first_asserted(extractor, text, "DISMANTLE", date(2028, 9, 12))
    assert seizure.groups == ["iskp"]
    madrasa = ("Local officials in Paktika said on Saturday that the Islamic Emirate had closed a madrasa in Barmal "
               "district that had been used to recruit young men for the TTP.\n\nThe head of the madrasa has been "
               "detained and about 60 students were sent back to their families, the officials said.")
    assert first_asserted(extractor, madrasa, "ARREST", date(2028, 10, 28)).groups == ["ttp"]
    # (a step told apart, elsewhere, is not)
    apart = ("The Taliban arrested five ISKP members in Kunar on Monday. Separately, police also detained two drug "
             "smugglers in Kabul.")
    assert [m.groups for m in extractor.extract("s", apart, date(2028, 9, 12)) if m.type == "ARREST"] == [["iskp"], []]


def test_the_place_of_a_deed_named_in_the_speakers_phrase_is_the_deeds(extractor):
    text = ("Families of men detained by the Taliban in Kunar earlier this month say their relatives are refugees.")
    arrest = first_asserted(extractor, text, "ARREST", date(2028, 10, 24))
    assert arrest.location is not None and arrest.location.admin1 == "Kunar"
    # (where speakers are is no place of the deed they tell)
    attack = first_asserted(extractor, "Security officials in Quetta said militants attacked a checkpost in Turbat.",
                            "ATTACK", date(2028, 10, 24))
    assert attack.location is not None and attack.location.name == "Turbat"
