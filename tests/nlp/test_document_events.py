"""One event across the sentences of a report: its type by who acts, its perpetrator, origin, figures and
verification. Real-text examples are read from the shared evaluation data by record id at run time (their
text is never copied here); the others are written the way wire reports and ACLED's coders write."""

from __future__ import annotations

from datetime import date

import pytest

from tangible.ontology import counts_as_evidence

PUB = date(2026, 11, 20)


def deeds(ms, kind=None):
    return [m for m in ms if m.modality == "asserted" and m.type in (
        kind or ("ARREST", "OPERATION", "FINANCE", "DISMANTLE", "RESTRICT", "EXTRADITE", "ATTACK"))]


@pytest.fixture(scope="module")
def acled_rows(eval_root):
    from tangible.evaluation.acled import load_acled

    return {r["event_id_cnty"]: r for r in load_acled(eval_root)}


def acled(extractor, rows, ident):
    r = rows[ident]
    return r, extractor.extract(ident, r["notes"], r["_date"])


# ---------------------------------------------------------------- the perpetrator named in another sentence
def test_claim_in_a_later_sentence_gives_the_attack_its_perpetrator(extractor):
    text = ("A bomb fitted to a motorcycle exploded near a police van in Quetta, killing four. "
            "The Baloch Liberation Army said its fighters carried out the attack.")
    ms = extractor.extract("t", text, PUB)
    attacks = deeds(ms, ("ATTACK",))
    assert attacks and len({m.event for m in attacks}) == 1  # one attack, not a second one from the claim
    first = attacks[0]
    assert first.source.id == "bla" and first.perpetrator_basis == "claimed"
    assert first.source.text != "bomb" and first.quantities["killed"] == 4
    assert first.location.name == "Quetta"


def test_blame_and_suspicion_are_kept_apart_from_a_claim(extractor):
    blamed = extractor.extract("t", "Gunmen killed three soldiers in Kech district on Tuesday. Officials blamed the "
                                    "Baloch Liberation Front for the attack.", PUB)
    assert deeds(blamed, ("ATTACK",))[0].source.id == "blf"
    assert deeds(blamed, ("ATTACK",))[0].perpetrator_basis == "blamed"
    suspected = extractor.extract("t", "Two policemen were shot dead in Dera Ismail Khan. Police suspect the "
                                       "Tehreek-e-Taliban Pakistan was behind the killing.", PUB)
    assert deeds(suspected, ("ATTACK",))[0].perpetrator_basis == "suspected"
    unclaimed = extractor.extract("t", "A bomb exploded in Bahawalpur, killing one. No group has claimed "
                                       "responsibility.", PUB)
    assert all(m.source is None or not m.source.id for m in deeds(unclaimed, ("ATTACK",)))


def test_real_claim_two_sentences_after_the_blast(extractor, acled_rows):
    # ACLED 1710PAK: a market bombing, its claim by Lashkar-e-Jhangvi in the next sentence
    r, ms = acled(extractor, acled_rows, "1710PAK")
    attack = deeds(ms, ("ATTACK",))
    assert attack and {m.source.id for m in attack} == {"lashkar-e-jhangvi"}
    assert attack[0].perpetrator_basis == "claimed"
    assert attack[0].quantities.get("killed") == int(r["fatalities"])


def attack_of(ms):
    attacks = deeds(ms, ("ATTACK",))
    assert attacks and len({m.event for m in attacks}) == 1
    return attacks


def test_a_claim_that_refers_back_by_a_pronoun(extractor):
    ms = extractor.extract("t", "A grenade exploded outside a police station in Turbat, wounding three constables. "
                                "The Baloch Republican Army claimed it.", PUB)
    assert {(m.source.id, m.perpetrator_basis) for m in attack_of(ms)} == {("bra", "claimed")}


def test_a_group_telling_of_its_own_deed_in_its_own_words(extractor):
    told = extractor.extract("t", "Three soldiers died when a roadside bomb hit their vehicle in Awaran. A spokesman "
                                  "for the Baloch Liberation Front told reporters the group had planted the device.",
                             PUB)
    assert {(m.source.id, m.perpetrator_basis) for m in attack_of(told)} == {("blf", "claimed")}
    statement = extractor.extract("t", "Gunmen shot dead two pilgrims near Mastung, Balochistan. The Islamic State "
                                       "group issued a statement saying its fighters had carried out the shooting.",
                                  PUB)
    assert {(m.source.id, m.perpetrator_basis) for m in attack_of(statement)} == {("iskp", "claimed")}


def test_a_group_that_speaks_of_others_deeds_claims_nothing(extractor):
    ms = extractor.extract("t", "Unknown gunmen killed a shopkeeper in Khuzdar. The Baloch Liberation Front said "
                                "security forces had killed three of its fighters in Kech last week.", PUB)
    assert all(m.perpetrator_basis != "claimed" and (m.source is None or m.source.id != "blf")
               for m in deeds(ms, ("ATTACK",)) if m.quantities.get("killed") == 1)
    # a group no case file knows keeps its text: the country in its name is not its claimant
    ms = extractor.extract("t", "Militants attacked a police post in Zhob, killing two. Tehreek-e-Jihad Pakistan "
                                "claimed responsibility.", PUB)
    assert all(m.source is None or m.source.id != "pakistan" for m in attack_of(ms))


def test_a_group_that_disowns_the_attack_is_not_its_perpetrator(extractor):
    for remark in ("The Tehreek-e-Taliban Pakistan denied any involvement in the bombing.",
                   "The TTP distanced itself from the attack.", "A TTP spokesman condemned the blast."):
        ms = extractor.extract("t", "A bomb went off near a bus stand in Kohat, killing seven passengers. " + remark,
                               PUB)
        assert all(m.source is None or m.source.id != "ttp" for m in deeds(ms, ("ATTACK",))
                   if m.event == deeds(ms, ("ATTACK",))[0].event), remark


@pytest.mark.parametrize("remark, basis", [
    ("Police said the gunmen belonged to the Tehrik-i-Taliban Pakistan.", "blamed"),
    ("The attacker was affiliated with the TTP, a police officer told reporters.", "blamed"),
    ("Investigators believe the killers were from the TTP.", "suspected"),
    ("Officials believe it was the handiwork of the Pakistani Taliban.", "suspected"),
    ("The assailants were TTP militants.", "stated"),
])
def test_the_attackers_named_as_a_groups_in_a_later_sentence(extractor, remark, basis):
    ms = extractor.extract("t", "Two gunmen shot dead a traffic warden in Charsadda on Sunday. " + remark, PUB)
    attacks = attack_of(ms)
    assert attacks[0].source.id == "ttp" and attacks[0].perpetrator_basis == basis


def test_only_the_attackers_linked_to_a_group_are_its(extractor):
    ms = extractor.extract("t", "Two gunmen shot dead a shopkeeper in Charsadda on Sunday. Police said the gunmen "
                                "were linked to the TTP.", PUB)
    assert attack_of(ms)[0].source.id == "ttp"
    for remark in ("Police said the gunmen did not belong to the TTP.", "The victims were members of the TTP.",
                   "Police said the men were linked to a land dispute."):
        ms = extractor.extract("t", "Two gunmen shot dead a shopkeeper in Charsadda on Sunday. " + remark, PUB)
        assert all(m.source is None or m.source.id != "ttp" for m in attack_of(ms)), remark


def test_suspects_named_in_the_deed_itself_are_suspected(extractor):
    ms = extractor.extract("t", "Suspected BLA militants set fire to three trucks near Kalat on Monday.", PUB)
    assert {(m.source.id, m.perpetrator_basis) for m in attack_of(ms)} == {("bla", "suspected")}


def test_a_claim_named_by_its_noun(extractor):
    ms = extractor.extract("t", "A suicide bomber killed 14 people at a market in Parachinar. A TTP claim of "
                                "responsibility was sent to reporters.", PUB)
    assert {(m.source.id, m.perpetrator_basis) for m in attack_of(ms)} == {("ttp", "claimed")}
    disputed = extractor.extract("t", "A bomb killed two soldiers in Kech. Officials rejected the BLA claim that ten "
                                      "soldiers had died.", PUB)
    assert all(m.source is None or m.source.id != "bla" for m in attack_of(disputed))


def test_the_taleban_spelling_of_the_pakistani_taliban(extractor):
    ex = extractor
    early = date(2013, 6, 2)
    ms = ex.extract("t", "Pakistani Taleban fighters attacked a police post in Hangu, killing two policemen.", early)
    assert {m.source.id for m in attack_of(ms)} == {"ttp"}
    ms = ex.extract("t", "The Taleban blew up a girls' school in Bajaur, Pakistan.", early)
    assert {m.source.id for m in attack_of(ms)} == {"ttp"}


def test_forces_that_answer_an_attack_are_its_side_attacked(extractor):
    ms = extractor.extract("t", "Militants attacked a Levies checkpoint in Washuk on Friday, wounding two. The Levies "
                                "returned fire and killed three attackers.", PUB)
    attacks = attack_of(ms)
    assert all(m.source is None or m.source.id != "pakistan" for m in attacks)
    assert any(m.target is not None and m.target.id == "pakistan" for m in attacks)


def test_a_country_named_on_a_bombing_is_where_it_went_off(extractor):
    ms = extractor.extract("t", "IS claims deadly Pakistan market bombing.", PUB)
    assert {(m.source.id, m.perpetrator_basis) for m in attack_of(ms)} == {("iskp", "claimed")}


# ---------------------------------------------------------------- origins
def test_origin_attaches_to_the_attack_and_makes_no_attack_in_khost(extractor):
    text = ("Militants attacked a post in North Waziristan on Tuesday, killing three soldiers. The TTP claimed "
            "responsibility. Officials said the attackers had crossed from Afghanistan's Khost province. The attack "
            "was planned by commanders in Kandahar, officials said.")
    ms = extractor.extract("t", text, PUB)
    attacks = deeds(ms, ("ATTACK",))
    assert len({m.event for m in attacks}) == 1
    assert {m.location.name for m in attacks} == {"North Waziristan"}  # no attack placed in Khost or Kandahar
    origin = attacks[0].launched_from
    assert origin.country == "AF" and origin.admin1 == "Khost" and origin.basis == "officials"
    assert "crossed from" in origin.sentence
    assert attacks[0].source.id == "ttp"


@pytest.mark.parametrize("text, country", [
    ("A suicide bomber killed nine soldiers at a checkpoint in Bajaur on Tuesday. Officials said the attack was "
     "directed from across the border.", "AF"),
    ("Militants attacked a border post in Kurram on Sunday, killing four soldiers. The attack was launched from the "
     "other side of the border, the military said.", "AF"),
    ("A roadside bomb killed three soldiers in Kunar on Sunday. Officials said the attack was planned and directed "
     "by handlers across the border.", "PK"),
])
def test_an_origin_across_the_border_is_the_state_across_the_province_border(extractor, text, country):
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and len({m.event for m in attacks}) == 1
    origin = attacks[0].launched_from
    assert origin is not None and origin.country == country and origin.admin1 is None
    assert origin.basis == "officials" and "border" in origin.sentence


@pytest.mark.parametrize("text", [
    # Balochistan borders Iran as well as Afghanistan: which state is not told
    "Gunmen killed two policemen in Quetta on Friday. Officials said the attackers came from across the border.",
    # where they went is not where they came from
    "Militants attacked a checkpoint in Bajaur on Monday. The attackers later fled across the border.",
])
def test_no_origin_across_a_border_the_report_does_not_tell(extractor, text):
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and all(m.launched_from is None for m in attacks)


def test_an_origin_dated_in_its_own_clause_reaches_the_attack_its_anaphor_names(extractor):
    # "a day earlier" dates the crossing, not the event "after the raid" refers back to
    text = ("Gunmen stormed a police post in Tank district on Tuesday night, killing three constables. A senior "
            "police official said the attackers had crossed into Pakistan from Paktika province a day earlier and "
            "fled back after the raid.")
    ms = extractor.extract("t", text, PUB)
    violent = deeds(ms, ("ATTACK", "OPERATION"))
    assert {m.type for m in violent} == {"ATTACK"} and len({m.event for m in violent}) == 1
    assert all(m.launched_from and m.launched_from.admin1 == "Paktika" for m in violent)


# ---------------------------------------------------------------- verification
def test_unverified_and_disputed_reports(extractor):
    ms = extractor.extract("t", "Member states reported that the Taliban had relocated some TTP fighters away from "
                                "the border, but the team said it could not verify this.", PUB)
    relocation = deeds(ms, ("RESTRICT",))
    assert relocation and relocation[0].verification == "unverified"
    ms = extractor.extract("t", "Afghan officials said they had moved militants' families away from the border. "
                                "Pakistan said it had seen no evidence of the relocation.", PUB)
    moved = deeds(ms, ("RESTRICT",))
    assert moved and moved[0].verification == "disputed"
    assert not any(m.type == "RESTRICT" and m.modality == "negated" for m in ms)  # "no evidence" denies nothing
    # a standing position answers no report: what a party has long or repeatedly denied
    ms = extractor.extract("t", "Taliban intelligence said it had detained six TTP men in Khost. The Islamic Emirate "
                                "has repeatedly rejected Pakistan's charge that it shelters the group.", PUB)
    held = deeds(ms, ("ARREST",))
    assert held and held[0].verification is None


# ---------------------------------------------------------------- one event, one type, who acts
def test_an_arrest_in_a_search_operation_is_one_arrest(extractor):
    ms = extractor.extract("t", "Police arrested three suspects during a search operation in Quetta on Monday.", PUB)
    assert [m.type for m in deeds(ms)] == ["ARREST"]


def test_officials_called_is_not_a_demand(extractor):
    ms = extractor.extract("t", "Pakistani aircraft bombed what officials called TTP hideouts in Paktika.", PUB)
    assert not any(m.type == "DEMAND" for m in ms)
    op = deeds(ms, ("OPERATION",))
    assert op and op[0].source.id == "pakistan"


def test_the_taliban_are_an_armed_group_before_they_took_kabul(extractor):
    before = extractor.extract("t", "A Taliban roadside bomb killed two Afghan soldiers in Helmand.", date(2020, 3, 3))
    attack = deeds(before, ("ATTACK",))
    assert attack and attack[0].source.id == "taliban" and attack[0].quantities == {"killed": 2}
    after = extractor.extract("t", "Taliban security forces arrested five ISKP members in Kunar.", date(2024, 3, 3))
    assert deeds(after, ("ARREST",))[0].source.id == "taliban"


def test_islamic_state_is_its_khorasan_province_only_in_afghanistan_and_pakistan(extractor):
    syria = extractor.extract("t", "Islamic State militants attacked a checkpoint in Raqqa, killing four soldiers.",
                              date(2019, 1, 5))
    afghan = extractor.extract("t", "Islamic State militants attacked a checkpoint in Jalalabad, killing four soldiers.",
                               date(2019, 1, 5))
    assert deeds(syria, ("ATTACK",))[0].source.id == "islamic-state"
    assert deeds(afghan, ("ATTACK",))[0].source.id == "iskp"


def test_an_instrument_is_never_the_actor(extractor):
    ms = extractor.extract("t", "An IED planted by unknown militants killed two policemen in Bannu.", PUB)
    attack = deeds(ms, ("ATTACK",))
    assert attack and (attack[0].source is None or "IED" not in attack[0].source.text)


def test_real_clash_started_by_militants_is_an_attack_with_their_dead_apart(extractor, acled_rows):
    # ACLED 652PAK: a clash first, then "militants had ambushed a military patrol and army men retaliated"
    r, ms = acled(extractor, acled_rows, "652PAK")
    attack = deeds(ms, ("ATTACK",))
    assert attack and not deeds(ms, ("OPERATION",))
    q = attack[0].quantities
    assert q.get("killed", 0) + q.get("attackers_killed", 0) == int(r["fatalities"])
    assert q.get("attackers_killed")


# ---------------------------------------------------------------- scope
def test_force_against_protesters_and_protests_about_attacks_are_not_events(extractor, acled_rows):
    for ident in ("97PAK", "281PAK"):  # police tear gas at a protest; a rally against an earlier blast
        _, ms = acled(extractor, acled_rows, ident)
        assert not deeds(ms, ("OPERATION", "ATTACK")), ident


def test_expelled_diplomats_are_a_sanction_not_an_action(extractor):
    ms = extractor.extract("t", "Germany has expelled diplomats from 23 countries in retaliation in a spy row.", PUB)
    assert not any(counts_as_evidence(m.type, m.modality) for m in ms)
    assert any(m.type == "SANCTION" for m in ms)


def test_a_list_of_what_evidence_would_be_is_no_evidence(extractor):
    text = ("Pakistan and China have pressed Afghanistan's Taliban administration to take verifiable steps against "
            "militant groups operating from Afghan soil. Officials in Islamabad and Beijing said they wanted tangible "
            "evidence. This includes disrupting terrorist financing, apprehending militants, and dismantling their "
            "infrastructure. On Sunday the Taliban spokesman reiterated the commitment that Afghan soil would not be "
            "used against any country.")
    ms = extractor.extract("t", text, PUB)
    assert not any(counts_as_evidence(m.type, m.modality) for m in ms)
    demand = next(m for m in ms if m.type == "DEMAND")
    assert demand.source.id == "pakistan" and demand.target.id == "taliban"
    assert any(m.type == "ASSURE" and m.source and m.source.id == "taliban" for m in ms)


@pytest.mark.parametrize("text,source", [
    ("Pakistan's Foreign Office voiced concern over the rise in attacks. It wants Kabul to take concrete action "
     "against the TTP.", "pakistan"),
    ("Beijing has raised the issue repeatedly with the Taliban. It has urged Kabul to hand over ETIM members.", "china"),
])
def test_a_demand_whose_speaker_is_a_pronoun_is_the_previous_subjects(extractor, text, source):
    demand = next(m for m in extractor.extract("t", text, PUB) if m.type == "DEMAND")
    assert demand.source is not None and demand.source.id == source and demand.target.id == "taliban"


@pytest.mark.parametrize("text,source", [
    ("Pakistan's Foreign Office on Monday renewed its concerns over militant sanctuaries. The spokesperson said "
     "evidence had been shared with Kabul. \"We expect the interim Afghan government to act against the TTP,\" she "
     "said.", "pakistan"),
    ("China's foreign ministry voiced concern over the attacks on Chinese workers. The statement said the attacks "
     "were of grave concern. It urged Kabul to act against ETIM fighters.", "china"),
])
def test_a_quoted_or_later_speaker_is_the_party_spoken_of_before(extractor, text, source):
    demand = next(m for m in extractor.extract("t", text, PUB) if m.type == "DEMAND")
    assert demand.source is not None and demand.source.id == source and demand.target.id == "taliban"


@pytest.mark.parametrize("text", [
    "Police said the two men should be released on bail.",
    "The minister said the nation must stay united against terrorism.",
])
def test_saying_what_must_be_is_no_demand_of_a_party(extractor, text):
    assert not any(m.type == "DEMAND" for m in extractor.extract("t", text, PUB))


def test_an_attack_asked_investigated_is_the_attack_told_not_one_asked_for(extractor):
    ms = extractor.extract("t", "A suicide bomber killed five Chinese engineers in Shangla on Tuesday. China "
                                "demanded that Pakistan thoroughly investigate the attack and punish the "
                                "perpetrators.", PUB)
    assert [m.modality for m in ms if m.type == "ATTACK"] == ["asserted"]
    assert any(m.type == "DEMAND" and m.source.id == "china" and m.target.id == "pakistan" for m in ms)


@pytest.mark.parametrize("text, asker, asked, deed", [
    ("The United States called on Pakistan to arrest the leaders of Lashkar-e-Taiba.", "us", "pakistan", "ARREST"),
    ("China appealed to the Taliban to hand over ETIM fighters sheltering in Badakhshan.", "china", "taliban",
     "EXTRADITE"),
])
def test_the_party_called_on_to_act_is_the_one_the_demanded_deed_is_asked_of(extractor, text, asker, asked, deed):
    ms = extractor.extract("t", text, PUB)
    assert any(m.type == "DEMAND" and m.source.id == asker and m.target and m.target.id == asked for m in ms)
    demanded = [m for m in ms if m.type == deed]
    assert demanded and all(m.modality == "demanded" and m.source and m.source.id == asked for m in demanded)


@pytest.mark.parametrize("text, deed", [
    ("Pakistan urged the Taliban to hand over the militants behind the attack on the Bannu cantonment.", "EXTRADITE"),
    ("Police arrested three militants behind the attack on a school in Peshawar.", "ARREST"),
])
def test_those_behind_a_deed_told_elsewhere_report_no_deed(extractor, text, deed):
    ms = extractor.extract("t", text, PUB)
    assert any(m.type == deed for m in ms)
    assert not any(m.type == "ATTACK" for m in ms)


@pytest.mark.parametrize("text, denial, verification", [
    ("Afghan forces clashed with the Taliban in Kunduz on Sunday. The defence ministry said 30 Taliban fighters were "
     "killed. A Taliban spokesman denied the figure, saying only four fighters were killed.", "figure", None),
    ("Security forces killed 12 militants in a raid in Bajaur on Monday, the military said. The TTP rejected the "
     "death toll as exaggerated.", "toll", None),
    # the deed itself denied stays disputed
    ("Security forces killed 12 militants in a raid in Bajaur on Monday, the military said. The TTP denied the "
     "claim.", "claim", "disputed"),
])
def test_a_denied_figure_leaves_the_deed_it_counts_undisputed(extractor, text, denial, verification):
    ms = extractor.extract("t", text, PUB)
    ops = deeds(ms, ("OPERATION",))
    assert ops and len({m.event for m in ops}) == 1
    assert {m.verification for m in ops} == {verification}
    assert any(m.type == "DENY" and denial in (m.target.text if m.target else "") for m in ms)


def test_the_forces_that_allege_an_origin_are_the_attacked_state_s(extractor):
    # the place is where the attackers came from, not where the army that says so serves
    ms = extractor.extract("t", "A suicide bomber killed nine soldiers at a checkpoint in Bajaur on Tuesday. The attack "
                                "was planned by commanders based in Afghanistan, the army alleged.", PUB)
    accusations = [m for m in ms if m.type == "ACCUSE"]
    assert accusations and all(m.source and m.source.id == "pakistan" for m in accusations)
    attack = deeds(ms, ("ATTACK",))[0]
    assert attack.launched_from and attack.launched_from.country == "AF"


def test_denying_the_use_of_soil_is_no_denial_of_the_report(extractor):
    ms = extractor.extract("t", "Seven soldiers were killed when militants attacked a checkpost in North "
                                "Waziristan. The military said the attackers had crossed from Afghanistan and that "
                                "Pakistan expects the interim Afghan government to deny the use of its soil to "
                                "terrorists.", PUB)
    assert not any(m.type == "DENY" for m in ms)
    attack = next(m for m in ms if m.type == "ATTACK")
    assert attack.launched_from is not None and attack.launched_from.disputed_by is None


def test_hosting_an_armed_group_is_no_meeting(extractor):
    ms = extractor.extract("t", "The Taliban have repeatedly denied hosting the TTP.", PUB)
    assert not any(m.type == "MEET" for m in ms)


# ---------------------------------------------------------------- numbers and places
def test_dates_years_and_ages_are_never_counts(extractor):
    ms = extractor.extract("t", "On 2 March 2020, a 45-year-old tribal elder was killed by unknown gunmen in "
                                "Narang district (Kunar).", None)
    attack = deeds(ms, ("ATTACK",))[0]
    assert attack.quantities == {"killed": 1}
    assert attack.location.admin1 == "Kunar"  # Narang in Kunar, not Narang Mandi in Punjab


def test_conservative_figures_and_coordinated_groups(extractor):
    ms = extractor.extract("t", "At least 12 suspected militants and four security personnel were killed in an "
                                "exchange of fire in Datta Khel, North Waziristan.", PUB)
    q = deeds(ms, ("OPERATION", "ATTACK"))[0].quantities
    assert q.get("killed", 0) + q.get("forces_killed", 0) + q.get("attackers_killed", 0) == 16
    ms = extractor.extract("t", "Twenty-six people were killed and more than 50 others wounded after a suicide "
                                "bomber struck a government office in Mardan.", PUB)
    assert deeds(ms, ("ATTACK",))[0].quantities == {"killed": 26, "wounded": 50}


def test_a_destination_is_not_the_place(extractor):
    ms = extractor.extract("t", "Militants stopped a bus travelling to Dera Ghazi Khan in Loralai, Balochistan and "
                                "killed two policemen.", PUB)
    assert deeds(ms, ("ATTACK",))[0].location.admin1 == "Balochistan"


def test_where_the_victims_hail_from_is_not_the_place(extractor):
    """Victims from another province are not an event there: one event, in the place of the killing."""
    ms = extractor.extract("t", "Three labourers were shot dead by unidentified gunmen in Kech district on Sunday. "
                                "The labourers, who hailed from Punjab, were building a school in the Hoshab area "
                                "when armed men on motorcycles arrived and opened fire on them.", PUB)
    attacks = deeds(ms, ("ATTACK",))
    assert attacks and len({m.event for m in attacks}) == 1
    assert {m.location.admin1 for m in attacks} == {"Balochistan"}


def test_where_fire_came_from_is_not_the_place(extractor):
    ms = extractor.extract("t", "Militants firing from Afghanistan's Kunar province attacked a border post in Chitral, "
                                "killing a soldier.", PUB)
    assert deeds(ms, ("ATTACK",))[0].location.admin1 == "Khyber Pakhtunkhwa"


# ---------------------------------------------------------------- bad input
@pytest.mark.parametrize("text", [
    "Attack.", "TTP", "Tehreek Tehrik TTP Fitna al-Khawarij", "| Date | Place | Killed |\n| 2 Mar | Bannu | 4 |",
    "TEHREEK-E-TALIBAN MILITANTS ATTACK POLICE STATION IN BANNU, KILL FOUR", "killed killed killed 2020 2021",
    "\u200b\u200b", "(((", "1 2 3 4 5 6 7 8 9",
])
def test_odd_input_gives_clear_output_or_none(extractor, text):
    for m in extractor.extract("t", text, PUB):
        assert text[m.char_span[0]:m.char_span[1]] == m.sentence


def test_capitals_headline_is_read(extractor):
    ms = extractor.extract("t", "TEHREEK-E-TALIBAN MILITANTS ATTACK POLICE STATION IN BANNU, KILL FOUR", PUB)
    attack = deeds(ms, ("ATTACK",))
    assert attack and attack[0].source.id == "ttp" and attack[0].location.name == "Bannu"


def _event_of(extractor, row):
    ms = extractor.extract(row["event_id_cnty"], row["notes"], None)
    return [m for m in ms if m.modality == "asserted" and m.type in ("ATTACK", "OPERATION")]


@pytest.mark.parametrize("record,province", [("1377PAK", "Punjab"), ("1247PAK", "Punjab")])
def test_real_places_in_spellings_the_gazetteer_lacks(extractor, acled_rows, record, province):
    # "Toba-Tek Singh", "Muzafarghar": a transliteration matched by its spelling-blind key
    event = _event_of(extractor, acled_rows[record])
    assert event and {m.location.admin1 for m in event if m.location} == {province}


def test_spelling_blind_places_need_a_place_position_and_one_province(extractor):
    ms = extractor.extract("x", "Gunmen shot dead a shopkeeper in Mansehera on Tuesday.", PUB)
    assert [m.location.name for m in deeds(ms, ("ATTACK",))] == ["Mansehra"]
    # a capitalised name that is not where anything happened is no place
    ms = extractor.extract("x", "Mansehera said the gunmen shot dead a shopkeeper.", PUB)
    assert all(m.location is None for m in ms)


@pytest.mark.parametrize("record,killed", [("1022PAK", 6), ("1452PAK", 15), ("1299PAK", 4)])
def test_real_counts_the_parse_splits(extractor, acled_rows, record, killed):
    # "6 TTP and foreign militants were killed", "At least four persons including a tribal elder and his son"
    event = _event_of(extractor, acled_rows[record])
    assert max(m.quantities.get("killed", 0) for m in event) == killed


def test_a_battle_is_not_a_person_killed(extractor):
    ms = extractor.extract("x", "Police raided a compound in Quetta. A gun battle ensued and 4 militants were killed.", PUB)
    assert max(m.quantities.get("killed", 0) for m in deeds(ms, ("OPERATION",))) == 4


@pytest.mark.parametrize("record", ["711PAK", "923PAK"])
def test_real_strikes_carried_out_by_the_military_name_it(extractor, acled_rows, record):
    # "when aerial precision strikes were carried out by the military": the light verb's agent acts
    event = _event_of(extractor, acled_rows[record])
    assert {m.source.id for m in event if m.source} == {"pakistan"}


@pytest.mark.parametrize("text,group", [
    ("Militants torched a fuel tanker near Dalbandin. Suspected linked to the BLA.", "bla"),
    ("Gunmen shot dead a shopkeeper in Quetta. Police suspect the attackers had links with Lashkar-e-Jhangvi.",
     "lashkar-e-jhangvi"),
])
def test_a_suspected_link_names_the_perpetrator(extractor, text, group):
    attack = deeds(extractor.extract("x", text, PUB), ("ATTACK",))
    assert attack and attack[0].source.id == group and attack[0].perpetrator_basis == "suspected"


# ---------------------------------------------------------------- who conducted an operation named elsewhere
def test_the_operator_of_a_raid_named_in_a_later_sentence_acts_in_the_operation(extractor):
    text = ("Three suspected TTP militants were killed and a policeman was hurt in a shootout in Landhi, Karachi. "
            "The shootout broke out during a raid conducted by Rangers.")
    ops = deeds(extractor.extract("d", text, PUB), ("OPERATION",))
    assert ops and {m.source.id for m in ops if m.source} == {"pakistan"}
    assert ops[0].perpetrator_basis == "stated"


def test_an_operator_in_an_unrelated_sentence_is_not_carried():
    # the second sentence names no event of the first: it does not give the operation its actor
    from tangible.nlp import Extractor

    ex = Extractor()
    text = ("Two suspected militants were killed in an exchange of fire in Turbat. "
            "Separately, officials said a raid conducted by Rangers had been planned for next week in Karachi.")
    ops = [m for m in deeds(ex.extract("d", text, PUB), ("OPERATION",)) if "Turbat" in m.sentence]
    assert all(m.source is None or m.source.id != "pakistan" or m.perpetrator_basis != "stated" for m in ops)


@pytest.mark.parametrize("sentence,killed", [
    ("A security personnel was killed when a roadside bomb hit a patrol in Bajaur.", 1),
    ("A driver was shot dead by unknown gunmen in Quetta.", 1),
    ("Three personnel were killed when militants attacked a checkpost in Tank.", 3),
])
def test_one_member_of_the_forces_or_one_named_trade_is_one_dead(extractor, sentence, killed):
    ms = deeds(extractor.extract("d", sentence, PUB))
    assert ms and sum(v for k, v in ms[0].quantities.items() if k in ("killed", "forces_killed")) == killed


def test_a_denied_origin_leaves_the_attack_standing_and_its_origin_carries_the_denial(extractor):
    text = ("Militants stormed a Levies post in Zhob district on Tuesday, killing three personnel, officials said. "
            "The outlawed TTP claimed responsibility for the assault. "
            "Officials said the attackers had infiltrated from Afghanistan's Paktika province. "
            "A Taliban spokesman rejected the allegation.")
    attacks = deeds(extractor.extract("d", text, PUB), ("ATTACK",))
    assert attacks and len({m.event for m in attacks}) == 1
    lead = attacks[0]
    assert lead.source and lead.source.id == "ttp" and lead.verification is None
    assert lead.launched_from and lead.launched_from.country == "AF" and lead.launched_from.admin1 == "Paktika"
    assert lead.launched_from.disputed_by and "spokesman" in lead.launched_from.disputed_by
    assert all(m.location is None or m.location.country == "PK" for m in attacks)  # never an attack in Paktika


def test_a_disputed_claimed_arrest_stays_disputed_and_a_claim_is_no_detainee(extractor):
    text = ("Afghan authorities said they had detained 11 members of the Pakistani Taliban in Kunar, a claim that "
            "could not be independently verified. Pakistan said it had seen no evidence of the arrests.")
    arrests = deeds(extractor.extract("d", text, PUB), ("ARREST",))
    assert arrests and arrests[0].verification == "disputed" and arrests[0].quantities.get("arrested") == 11


# ---------------------------------------------------------------- the forces of the place
@pytest.mark.parametrize("record", ["212PAK", "1156PAK", "1791PAK"])
def test_real_ground_operations_naming_no_force_are_the_forces_of_the_place(extractor, acled_rows, record):
    # ACLED records whose coders name Pakistan's police or military; the text names no force at all
    r, ms = acled(extractor, acled_rows, record)
    ops = deeds(ms, ("OPERATION",))
    assert ops and {m.source.id for m in ops} == {"pakistan"}


@pytest.mark.parametrize("text,expected", [
    ("Five suspected militants were killed in an encounter in Malir, Karachi, on Sunday.", "pakistan"),
    ("Nine Taliban fighters were killed in a clash in Nad Ali district of Helmand on 3 May 2020.", "afghan-republic"),
    ("Three Daesh militants were killed in a raid in Kunar province on 4 March 2023.", "taliban"),  # de facto authority
    ("Two militants were killed in cross-border shelling in Kurram on Monday.", None),
    ("Four militants were killed in an encounter.", None),  # no place, no guess
])
def test_the_forces_of_the_place_follow_the_place_and_its_date_and_never_fire_from_afar(extractor, text, expected):
    ops = deeds(extractor.extract("t", text, PUB), ("OPERATION",))
    assert ops
    assert {m.source.id if m.source else None for m in ops} == {expected}


@pytest.mark.parametrize("text,published,expected", [
    # air power nobody is named for: the state's that strikes from the air where it struck
    ("Ten militants were killed in air strikes in Datta Khel, North Waziristan.", PUB, "pakistan"),
    ("Jets pounded militant hideouts in the Tirah valley of Khyber district on Sunday, killing 11 militants.", PUB,
     "pakistan"),
    ("On 9 May 2020, airstrikes killed 7 Taliban fighters in Nad Ali district (Helmand).", date(2020, 5, 10),
     "afghan-republic"),
    # ... not the Taliban's, who strike from no air: strikes in Afghanistan since 2021 are another state's
    ("Eight militants were killed in air strikes in Barmal district of Paktika on Tuesday.", PUB, None),
    # ... nor where the report names another state that may have struck
    ("Six militants were killed in air strikes in Shawal, North Waziristan. An American official declined to "
     "comment on the strikes.", PUB, None),
    ("Nine militants were killed in air strikes in Nad Ali district of Helmand, officials said. NATO gave no "
     "details.", date(2020, 5, 10), None),
])
def test_air_power_nobody_is_named_for_is_the_forces_of_the_place_when_no_other_state_is_named(
        extractor, text, published, expected):
    ops = deeds(extractor.extract("t", text, published), ("OPERATION",))
    assert ops
    assert {m.source.id if m.source else None for m in ops} == {expected}
    assert all(m.source is None or m.source.text.lower() not in ("air", "aerial") for m in ops)


@pytest.mark.parametrize("text,figures", [
    # the dead named by a noun: "the killing of", as "the death of"
    ("Militants attacked a checkpost in Kech, resulting in the killing of two troops.", {"killed": 2}),
    # ... and not a killing the report recalls
    ("Gunmen attacked a police post in Quetta on Monday, a week after the killing of three policemen.", {}),
    # nobody: "no one was killed" is no dead, not one
    ("A grenade was thrown at a house in Tando Mohammad Khan. No one was killed in the attack.", {}),
    # a hyphenated title the parse splits is still one person
    ("Sub-inspector of the Hyderabad police was shot dead by unknown assailants in Hyderabad.", {"killed": 1}),
    # companions share the fate: "X along with his driver were shot dead"
    ("A religious party leader along with his driver were shot dead by two gunmen in Karachi.", {"killed": 2}),
    # a toll leaves out the suicide bomber, as reports and ACLED's coders do
    ("A suicide bomber blew himself up near a police station in Quetta, killing three policemen.", {"killed": 3}),
    # the dead a copula states: "were dead", "lay dead"
    ("Five people were dead after the blast in Quetta.", {"killed": 5}),
    ("Three soldiers lay dead on the road after the ambush in Kech.", {"killed": 3}),
    ("At least 12 people were dead and 30 wounded after the suicide attack on the mosque in Peshawar, police said.",
     {"killed": 12, "wounded": 30}),
])
def test_counts_of_the_dead_read_as_reports_word_them(extractor, text, figures):
    ms = deeds(extractor.extract("d", text, PUB), ("ATTACK",))
    assert ms and {k: v for k, v in ms[0].quantities.items() if v} == figures


@pytest.mark.parametrize("text,operation", [
    # force against a civilian that a protest answers is no step against militants
    ("Students rioted on the campus on Monday after police fatally shot a student who was carrying a knife.", False),
    ("Traders protested in Lahore after police shot dead a shopkeeper during a raid on the market.", False),
    ("Police shot dead two militants in Karachi as protesters gathered outside the station.", True),
    # what a protest answers is an event reported elsewhere
    ("Thousands held vigils across the country following two police shootings in the capital.", False),
])
def test_force_against_a_civilian_in_a_protest_report_is_no_operation(extractor, text, operation):
    assert bool(deeds(extractor.extract("d", text, PUB), ("OPERATION",))) is operation


@pytest.mark.parametrize("spelling", ["Jamaatul Ahrar", "Jamaat ul Ahrar", "Tehreek-i-Taliban Pakistan",
                                      "Lashkar e Jhangvi"])
def test_a_claim_in_another_transliteration_names_the_group(extractor, spelling):
    text = (f"Six people were killed when a bomb exploded near a market in Mardan. {spelling} claimed "
            "responsibility for the attack.")
    expected = "lashkar-e-jhangvi" if spelling.startswith("Lashkar") else "ttp"
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and {m.source.id for m in attacks} == {expected}


def test_transliteration_variants_keep_single_letter_particles_apart():
    from tangible.nlp.extractor import transliteration_variants

    assert "Jamaatul Ahrar" in transliteration_variants("Jamaat-ul-Ahrar")
    assert "Lashkar-i-Jhangvi" in transliteration_variants("Lashkar-e-Jhangvi")
    assert "Lashkare Jhangvi" not in transliteration_variants("Lashkar-e-Jhangvi")
    assert transliteration_variants("Baloch Liberation Army") == []


@pytest.mark.parametrize("text", [
    "Police in Quetta arrested two suspects in connection with the railway station bombing.",
    "Police arrested two men for the attack on the school in Quetta.",
    "Two suspects involved in the Peshawar mosque bombing were arrested on Sunday.",
])
def test_an_attack_an_arrest_is_for_is_no_attack_of_this_report(extractor, text):
    ms = extractor.extract("t", text, PUB)
    assert deeds(ms, ("ARREST",)) and not deeds(ms, ("ATTACK",))


def test_the_dead_of_a_clause_the_parse_hangs_under_another_verb(extractor):
    text = ("At least 12 suspected militants believed to be involved in the attack on labourers in Turbat died in a "
            "clash with security forces in Turbat.")
    ops = deeds(extractor.extract("t", text, PUB), ("OPERATION",))
    assert ops and ops[0].quantities.get("killed") == 12


# ---------------------------------------------------------------- a deed done in an event reported before
@pytest.mark.parametrize("text", [
    "Twenty militants were killed in Tirah as army jets pounded their hideouts. Four hideouts were also destroyed "
    "in the attacks.",
    "Five militants were killed when air strikes were carried out by the military in Orakzai. Two more hideouts "
    "were destroyed in the raid as well.",
])
def test_an_anaphor_past_a_deed_of_another_type_names_the_first_event(extractor, text):
    ms = extractor.extract("t", text, PUB)
    # "the attacks" are the strikes already reported, not an attack of an armed group
    assert not deeds(ms, ("ATTACK",))
    assert len({m.event for m in deeds(ms, ("OPERATION",))}) == 1
    # the hideouts destroyed in them were destroyed by the same forces
    assert {m.source.id for m in deeds(ms, ("DISMANTLE",)) if m.source} == {"pakistan"}


def test_real_hideouts_destroyed_in_the_remote_attack(extractor, acled_rows):
    # ACLED 711PAK: air strikes by the military; "hideouts were destroyed in the remote attack as well"
    _, ms = acled(extractor, acled_rows, "711PAK")
    assert not deeds(ms, ("ATTACK",))
    assert {m.source.id for m in deeds(ms, ("DISMANTLE",)) if m.source} == {"pakistan"}


def test_a_deed_named_without_an_anaphor_takes_no_actor_from_the_strikes(extractor):
    text = "Army jets pounded militant hideouts in Tirah on Monday. A school was destroyed in Bara."
    ms = extractor.extract("t", text, PUB)
    assert all(m.source is None or not m.source.id for m in ms if m.type == "DISMANTLE")


# ---------------------------------------------------------------- the sides a battle names
@pytest.mark.parametrize("text,etype,actor,key", [
    ("A leader of the banned Baloch Liberation Front (BLF) was killed in Kalat district in a battle with FC troops.",
     "OPERATION", "pakistan", "killed"),
    ("Two soldiers were killed in a clash with TTP militants in Bannu.", "ATTACK", "ttp", "killed"),
])
def test_the_side_named_against_the_dead_acts(extractor, text, etype, actor, key):
    ms = deeds(extractor.extract("t", text, PUB))
    assert ms and {m.type for m in ms} == {etype}
    assert {m.source.id for m in ms if m.source} == {actor}
    assert ms[0].quantities.get(key) in (1, 2)


def test_real_member_of_a_group_is_the_group_s(extractor, acled_rows):
    # ACLED 1760PAK: "A leader of the banned Baloch Liberation Front (BLF) was killed ... in a battle with FC troops"
    _, ms = acled(extractor, acled_rows, "1760PAK")
    violent = deeds(ms, ("OPERATION", "ATTACK"))
    assert violent and {m.target.id for m in violent if m.target} == {"blf"}
    assert {m.source.id for m in violent if m.source} == {"pakistan"}


def test_a_battle_the_attackers_started_stays_theirs(extractor):
    text = ("Two suspected militants were killed during an exchange of fire with security forces in Sibi. Militants "
            "opened fire at a patrol of security forces, wounding four. The forces retaliated and killed two attackers.")
    assert {m.type for m in deeds(extractor.extract("t", text, PUB), ("OPERATION", "ATTACK"))} == {"ATTACK"}


# ---------------------------------------------------------------- what a protest is about, spoken of again
@pytest.mark.parametrize("text", [
    "Party workers in Sukkur staged a protest outside their office against the Rangers raid on the party "
    "headquarters in Karachi. The raid, according to party workers, was unlawful.",
    "Journalists in Lahore held a protest against Monday's grenade attack on a newspaper office in Sargodha. The "
    "attack had left a security guard injured.",
])
def test_the_deed_a_protest_is_against_is_no_event_when_spoken_of_again(extractor, text):
    assert not deeds(extractor.extract("t", text, PUB), ("OPERATION", "ATTACK"))


@pytest.mark.parametrize("text", [
    # the victim the protest named, told again by a definite noun or a pronoun
    "Tribesmen protested in Wana against the killing of a tribal elder. The elder was shot dead by masked men near "
    "his house.",
    # a grievance named under the protest's purpose ("to condemn"), then told on
    "Students protested outside the press club in Turbat to condemn the killing of a schoolteacher. She was shot "
    "dead by unidentified gunmen on her way home.",
    # what the protesters say happened
    "Families of the dead protested outside the deputy commissioner's office in Kech. They said the two brothers "
    "were killed by the FC in a staged encounter.",
    # a protest told in a sentence with no deed in it, then the grievance in the past perfect
    "Villagers protested in Dir. Militants had blown up a school in the village.",
    # the dead a sit-in keeps, killed in the event it answers
    "Hundreds of mourners staged a sit-in on the Kohat road with the coffins of six labourers who were shot dead by "
    "militants.",
    # those to be arrested for an attack: the attack is a given
    "Residents of Kurram protested for the second day, demanding the arrest of those responsible for the bombing "
    "that killed 17 shoppers.",
])
def test_the_grievance_a_protest_report_tells_on_is_no_deed_of_its_own(extractor, text):
    assert not deeds(extractor.extract("t", text, PUB), ("OPERATION", "ATTACK"))


@pytest.mark.parametrize("text,etype", [
    ("Teachers protested in Mardan on Monday. The provincial government had banned new appointments in schools.",
     "RESTRICT"),
])
def test_a_measure_a_protest_answers_told_before_it_is_no_deed(extractor, text, etype):
    assert not deeds(extractor.extract("t", text, PUB), (etype,))


@pytest.mark.parametrize("text", [
    # a deed of the report's own after its protest sentence stays one
    "Shopkeepers protested in Hangu against rising extortion. Later, gunmen shot dead a trader near the main bazaar.",
    # someone other than the protesters telling of a deed they saw
    "Lawyers protested in Quetta on Monday. Police said gunmen shot dead a judge near the courts later that day.",
])
def test_a_deed_a_protest_report_tells_of_its_own_stays(extractor, text):
    assert deeds(extractor.extract("t", text, PUB), ("ATTACK",))


@pytest.mark.parametrize("text", [
    # gatherings that mourn the dead, told as a protest is
    "Kinsmen of three villagers killed by militants in Tank held a condolence gathering on Sunday.",
    "A condolence meeting was held in Buner for a constable martyred in a roadside bombing.",
    "Elders gathered in Swabi to offer condolences to the family of a teacher shot dead by armed men.",
    # the dead a protest shows, whoever carries them and however the protest is told
    "Mourners carried the bodies of two shepherds who were killed in an airstrike to the governor's compound in "
    "Tarinkot.",
    "A sit-in was staged in Mir Ali with the bodies of three labourers who were allegedly killed by soldiers.",
    # the kin protest, though the parse hangs their protest on the kidnappers
    "Relatives of two teachers kidnapped by militants protested in Kulachi and demanded their release.",
    # a protest told by its coming about
    "Villagers in Takhar protested against the Taliban. The protest came a day after the Taliban killed four members "
    "of a family.",
    "The killing of a tailor by unidentified gunmen sparked a protest in Mastung, where traders blocked the road.",
    # what the protesters say, by "according to them"
    "Families of missing persons protested in Gwadar. According to them, their sons were abducted by security "
    "agencies.",
])
def test_a_grievance_told_by_a_mourning_a_coming_about_or_a_protesters_word_is_no_deed(extractor, text):
    assert not deeds(extractor.extract("t", text, PUB), ("OPERATION", "ATTACK"))


@pytest.mark.parametrize("text", [
    # an arrest the protesters tell of, or that happened before the protest, is its grievance
    "Families of missing students staged a sit-in in Quetta. They alleged that the students had been detained by "
    "intelligence agencies.",
    "A protest was held in Hangu against the arrest of a prayer leader. The prayer leader had been detained by police "
    "over a speech.",
    "The brothers of a tailor protested in Hyderabad, saying that he had been picked up by police a year earlier.",
    "Relatives of a student picked up by security forces protested in Panjgur.",
    # those whose release or recovery the protest seeks, taken before it
    "Relatives of missing persons protested outside the press club in Gwadar, demanding the recovery of their loved "
    "ones who were picked up by security agencies.",
    "Families of missing persons protested outside the press club in Turbat, demanding the release of their sons who "
    "were detained by the police.",
])
def test_an_arrest_a_protest_answers_is_no_deed(extractor, text):
    assert not deeds(extractor.extract("t", text, PUB), ("ARREST",))


@pytest.mark.parametrize("text", [
    # the protest's own arrests stay, however they are told
    "Lawyers held a rally in Multan. Police had arrested 14 protesters before it reached the court.",
    "Nurses protested in Lahore. Police detained 9 of them.",
    "Police arrested 12 protesters in Quetta who were demanding the release of their leaders.",
])
def test_an_arrest_of_the_protesters_stays(extractor, text):
    assert deeds(extractor.extract("t", text, PUB), ("ARREST",))


@pytest.mark.parametrize("text", [
    # the killing a protest names by its killers, told on
    "Shopkeepers protested in Zhob, demanding that the killers of a money changer be hanged. The money changer was "
    "gunned down by unknown men on Friday.",
    # a deed's noun under a verb in the past perfect, after a protest
    "Farmers of Garmser protested against the loss of life. Three days earlier, an airstrike had killed four "
    "farmers in the district.",
    "Kin of the dead protested in Tarinkot. The men had been killed in a clash between the Taliban and the army.",
    # a protest told as taking to the streets
    "Residents of Malistan took to the streets after the Taliban attacked the district centre.",
])
def test_more_grievances_a_protest_report_tells_are_no_deeds(extractor, text):
    assert not deeds(extractor.extract("t", text, PUB), ("OPERATION", "ATTACK"))


def test_raids_that_forestall_a_protest_are_no_operation(extractor):
    text = "Police raided the homes of PTM organisers in Lakki Marwat ahead of the sit-in."
    assert not deeds(extractor.extract("t", text, PUB), ("OPERATION",))


def test_a_shutter_down_in_response_to_an_abduction_reports_no_attack(extractor):
    text = "Shopkeepers in Khuzdar shut their shops in response to the kidnapping of a trader by armed men."
    assert not deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    # (the authorities closing markets after a blast do not protest it)
    text = "The authorities closed the markets in Khuzdar after a bomb blast killed four people."
    assert deeds(extractor.extract("t", text, PUB), ("ATTACK",))


@pytest.mark.parametrize("record", ["502PAK", "1700PAK"])
def test_real_protests_against_a_raid_or_an_attack_report_neither(extractor, acled_rows, record):
    # ACLED 502PAK: a protest "against the Rangers Raid", then "The raid ... was unlawful"; 1700PAK: a protest
    # against Monday's cracker attack, then "The attack had left a security guard injured"
    _, ms = acled(extractor, acled_rows, record)
    assert not deeds(ms, ("OPERATION", "ATTACK"))


def test_an_operation_against_militants_during_a_strike_stays_an_operation(extractor):
    text = "Security forces launched an operation against militants in Khyber during a strike by traders."
    assert deeds(extractor.extract("t", text, PUB), ("OPERATION",))


# ---------------------------------------------------------------- battles and clashes as the subject of their outcome
@pytest.mark.parametrize("text,killed", [
    ("A battle between the TTP and the army in Khyber resulted in the death of 3 militants and 4 soldiers.", 3),
    ("Clashes between police and TTP militants in Khyber left 3 militants dead.", 3),
])
def test_a_battle_that_left_dead_is_an_operation_of_the_state_side(extractor, text, killed):
    ops = deeds(extractor.extract("t", text, PUB), ("OPERATION",))
    assert ops and {m.source.id for m in ops if m.source} == {"pakistan"}  # never the TTP of the other conjunct
    assert ops[0].quantities.get("killed") == killed


@pytest.mark.parametrize("text", [
    "The family has fought a long legal battle in Lahore.",
    "Clashes between protesters and police are common in Karachi.",
    "The battle against polio continues in Bannu.",
])
def test_battles_that_are_no_armed_event(extractor, text):
    assert not deeds(extractor.extract("t", text, PUB), ("OPERATION", "ATTACK"))


def test_real_battle_resulting_in_deaths(extractor, acled_rows):
    # ACLED 1740PAK: "A battle between TTP and the Pak Army resulted in the death of 3 militants and 4 security
    # forces personnel"
    _, ms = acled(extractor, acled_rows, "1740PAK")
    assert deeds(ms, ("OPERATION", "ATTACK"))


# ---------------------------------------------------------------- figures in words, tolls and lives lost
@pytest.mark.parametrize("text,dead", [
    ("At least two dozen people were killed in a suicide attack on a mosque in Peshawar.", 24),
    ("Four militants were killed when security forces raided a hideout in Kalat. A soldier also lost his life.", 5),
    ("A bomb ripped through a market in Parachinar on Friday. The death toll rose to 25 on Saturday.", 25),
    ("Gunmen attacked a bus in Karachi, killing 12. The death toll has risen by two since Friday.", 12),
    ("A bomb exploded near a police van in Quetta, killing four. The death toll stands at four.", 4),
    ("Two soldiers embraced martyrdom when militants attacked a check post in Kurram.", 2),
    ("The army said 11 terrorists were killed and 3 soldiers embraced shahadat in an operation in Khyber.", 14),
    ("Militants attacked a police station in Bannu. The attack claimed the lives of four policemen.", 4),
    ("The bodies of three men, abducted last week, were found in Turbat.", 3),
])
def test_the_dead_of_an_event_in_words_and_tolls(extractor, text, dead):
    from tangible.evaluation.acled import _event_deaths

    ms = extractor.extract("t", text, PUB)
    violent = deeds(ms, ("OPERATION", "ATTACK"))
    assert violent and _event_deaths([m for m in ms if m.event == violent[0].event]) == dead


def test_a_toll_of_no_deaths_is_no_count(extractor):
    text = "Fees at the toll plaza in Karachi rose to 250 rupees. Gunmen killed a guard there."
    ms = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert ms and max(m.quantities.get("killed", 0) for m in ms) == 1


def test_an_abduction_by_state_agents_stays_an_abduction(extractor):
    ms = deeds(extractor.extract("t", "The activist was forcibly disappeared by security agencies in Quetta, his "
                                      "family said.", PUB))
    assert ms and {m.type for m in ms} == {"ATTACK"} and ms[0].acled_subtype == "ABDUCT_DISSAP"


# ---------------------------------------------------------------- whose offensive, and what did not happen
def test_its_offensive_is_the_group_s_that_the_sentence_named(extractor):
    text = ("Taliban militants captured a district in Afghanistan's north-eastern Kunduz province, the second to fall "
            "to the group a week after the launch of its spring offensive, police said.")
    for published in (None, date(2015, 4, 25)):  # undated text too: "Taliban militants" are the insurgency
        ms = deeds(extractor.extract("t", text, published))
        assert ms and {m.type for m in ms} == {"ATTACK"} and {m.source.id for m in ms} == {"taliban"}
        assert not any(m.quantities.get("arrested") for m in ms)  # "captured a district" is no one captured


def test_its_troops_are_those_of_the_army_that_speaks(extractor):
    ms = deeds(extractor.extract("t", "The army said its troops killed 12 militants in Khyber.", PUB), ("OPERATION",))
    assert ms and ms[0].source.id == "pakistan" and ms[0].quantities.get("killed") == 12


@pytest.mark.parametrize("text", [
    "Government forces entered the town without firing a shot.",
    "The allied forces pulled out of the coastal town without resistance or firing a gunshot.",
])
def test_what_without_governs_did_not_happen(extractor, text):
    assert not deeds(extractor.extract("t", text, PUB))


# ---------------------------------------------------------------- a headline's present tense
@pytest.mark.parametrize("text,dead", [
    ("Pakistani air strikes leave 23 militants dead in North Waziristan.", 23),
    ("Air strikes and clashes kill at least 75 in Orakzai.", 75),
])
def test_a_headline_with_its_toll_reports_one_event(extractor, text, dead):
    ms = deeds(extractor.extract("t", text, PUB), ("OPERATION", "ATTACK"))
    assert ms and max(sum(m.quantities.values()) for m in ms) == dead


@pytest.mark.parametrize("text", ["Air strikes kill civilians in Yemen.", "Drone strikes kill dozens every year."])
def test_a_present_without_a_toll_or_with_a_habit_is_no_event(extractor, text):
    assert not deeds(extractor.extract("t", text, PUB))


# ---------------------------------------------------------------- a state's fire named by its demonym
@pytest.mark.parametrize("text,state", [
    ("Indian shelling kills one in Pakistani Kashmir.", "india"),
    ("Five Pakistani civilians were killed by Indian fire along the Line of Control.", "india"),
    ("Pakistani air strikes killed 15 militants in North Waziristan.", "pakistan"),
    # the soldiers the fire killed are the other state's: the fire is still an operation, never an attack
    ("A soldier was martyred in unprovoked Indian firing on a border post along the Line of Control in Battal.",
     "india"),
    ("Two soldiers were martyred in Indian firing along the LoC in Rawalakot.", "india"),
    # the fire that opens the sentence, parsed as a verb whose subject is the demonym
    ("Indian firing along the Line of Control killed a shopkeeper in the Nakyal sector.", "india"),
])
def test_a_demonym_on_fire_or_strikes_names_the_state_acting(extractor, text, state):
    ms = extractor.extract("t", text, PUB)
    ops = deeds(ms, ("OPERATION",))
    assert ops and {m.source.id for m in ops if m.source} == {state}
    assert not deeds(ms, ("ATTACK",))


def test_a_demonym_on_people_names_no_state_acting(extractor):
    ms = extractor.extract("t", "Pakistani protesters attacked a police station in Lahore.", PUB)
    assert not any(m.source and m.source.id == "pakistan" for m in deeds(ms))


def test_a_clash_in_the_background_of_an_attack_does_not_type_it(extractor):
    text = ("At least 11 people were injured in three grenade attacks in Quetta. The hand grenades were hurled at "
            "shops during the clashes between government forces and militants.")
    assert {m.type for m in deeds(extractor.extract("t", text, PUB), ("OPERATION", "ATTACK"))} == {"ATTACK"}


def test_real_battle_names_the_army_as_acting(extractor, acled_rows):
    # ACLED 1740PAK: "A battle between TTP and the Pak Army resulted in the death of ..."
    _, ms = acled(extractor, acled_rows, "1740PAK")
    assert "pakistan" in {m.source.id for m in deeds(ms, ("OPERATION",)) if m.source}


# ---------------------------------------------------------------- how a deed was done, and what it is linked to
def test_weapons_seized_in_a_raid_are_one_seizure(extractor):
    ms = deeds(extractor.extract("t", "Police seized 40 kilograms of explosives and two suicide vests in a raid in "
                                      "Quetta.", PUB))
    assert {m.type for m in ms} == {"DISMANTLE"}


def test_an_exchange_of_fire_before_the_arrests_is_reported_too(extractor):
    text = ("After an exchange of fire during an intelligence raid, police in Karachi arrested 7 militants including a "
            "TTP commander.")
    assert {"ARREST", "OPERATION"} <= {m.type for m in deeds(extractor.extract("t", text, PUB))}


def test_suspects_linked_to_a_bombing_report_no_bombing(extractor):
    ms = deeds(extractor.extract("t", "Police in Peshawar detained three suspects linked to the bombing of a mosque.",
                                 PUB))
    assert {m.type for m in ms} == {"ARREST"}


def test_real_toll_stated_as_people_dead_including_the_attackers(extractor, acled_rows):
    # ACLED 1477PAK: "In the end, 29 people were dead, including 13 militants"
    row, ms = acled(extractor, acled_rows, "1477PAK")
    attacks = deeds(ms, ("ATTACK",))
    assert attacks and {m.quantities.get("killed") for m in attacks if m.event == attacks[0].event} == {29}


@pytest.mark.parametrize("text,province", [
    # villages where UCDP's events took place, which no town list holds
    ("Two soldiers were killed when militants attacked a checkpost in Kukikhel on Monday.", "Khyber Pakhtunkhwa"),
    ("A landmine blast injured three Levies personnel in Lehri on Tuesday.", "Balochistan"),
    ("Indian shelling killed a woman in Leepa on Saturday.", "Azad Kashmir"),
])
def test_villages_of_reported_fighting_give_their_province(extractor, text, province):
    ms = deeds(extractor.extract("t", text, PUB))
    assert ms and ms[0].location is not None and ms[0].location.admin1 == province


def test_the_gazetteer_villages_are_no_english_words_people_or_other_provinces_places():
    import spacy

    from tangible.nlp.extractor import SPACY_MODEL
    from tangible.nlp.gazetteer import load_gazetteer

    places = load_gazetteer()
    villages = [p for p in places if p.precision == "village"]
    assert len(villages) > 200
    vocab = spacy.load(SPACY_MODEL, exclude=["parser", "ner", "tagger", "lemmatizer", "attribute_ruler"]).vocab.strings
    for v in villages:
        tokens = v.name.replace("-", " ").split()
        assert not all(t.lower() in vocab for t in tokens), v.name
        assert not {"Khan", "Shah", "District", "Kashmir"} & set(tokens), v.name
    others = {v.lower(): p.admin1 for p in places if p.precision != "village" for v in p.variants}
    assert not [v.name for v in villages if v.name.lower() in others]
    # nor a part of another name of Pakistan's: "Waziristan" of "North Waziristan" is a region (a part of an Afghan
    # district's name named as one, "Barmal district", is not: the village keeps its own name)
    here = {v.lower() for p in places if p.precision != "village" and p.country == "PK" for v in p.variants}
    assert not [v.name for v in villages if any(f" {v.name.lower()} " in f" {o} " for o in here)]


@pytest.mark.parametrize("text,kept", [
    # a deed a protest report names by a noun, nobody acting and no toll, was reported elsewhere
    ("Traders staged a protest at the press club on Monday. They recited prayers for those who lost their lives in "
     "the suicide bombings at two churches.", False),
    # ... but not a deed the report states with its toll, or one that comes after a deed of its own
    ("Protesters blocked roads in Quetta on Monday. The suicide bombing at the market killed 12 people.", True),
    ("Lawyers protested in Karachi on Tuesday. Meanwhile, a bomb exploded near a police van in Quetta, killing three "
     "policemen.", True),
])
def test_a_protest_reports_deeds_it_names_as_nouns_as_background(extractor, text, kept):
    assert bool(deeds(extractor.extract("p", text, PUB), ("ATTACK",))) == kept


def test_real_protest_report_prays_for_the_victims_of_bombings_reported_elsewhere(extractor, acled_rows):
    # ACLED 520PAK: a protest at the press club, prayers "for those who lost in the suicide bombings"
    _, ms = acled(extractor, acled_rows, "520PAK")
    assert not deeds(ms)


@pytest.mark.parametrize("text,etype,killed", [
    # a headline's passive: "shot dead" with nobody after "dead" was done to its subject
    ("Four polio vaccinators shot dead in SW Pakistan.", "ATTACK", 4),
    ("Two traffic wardens gunned down in Peshawar.", "ATTACK", 2),
    # ... while "gunmen shot dead two policemen" is done by its subject
    ("Gunmen shot dead two policemen in Quetta on Monday.", "ATTACK", 2),
    # plural strikes a toll is dead in are these strikes, not a kind
    ("48 militants dead in fresh air strikes in Pakistan tribal area.", "OPERATION", 48),
])
def test_headline_passives_of_shooting(extractor, text, etype, killed):
    ms = deeds(extractor.extract("h", text, PUB), (etype,))
    assert ms and ms[0].quantities.get("killed") == killed
    assert ms[0].source is None or ms[0].source.id is None  # nobody the case file knows


@pytest.mark.parametrize("text,etype", [
    # a killing nobody is named for, without words of armed violence: the learned reading types it when sure
    ("Two policemen were killed in Quetta on Monday.", "ATTACK"),
    ("Woman killed in Indian shelling in Pakistani Kashmir.", "OPERATION"),
])
def test_a_killing_nobody_is_named_for_is_typed_by_the_learned_reading(extractor, text, etype):
    assert [m.type for m in deeds(extractor.extract("k", text, PUB))] == [etype]


@pytest.mark.parametrize("text", [
    "Two men were killed in a road accident in Quetta on Monday.",
    "Protesters clashed with police in Lahore; two people were killed.",
])
def test_the_learned_reading_adds_no_violence_to_accidents_or_protests(extractor, text):
    assert not deeds(extractor.extract("k", text, PUB), ("ATTACK", "OPERATION"))


@pytest.mark.parametrize("text,violent", [
    # fighting between armed parties is a clash whoever is named
    ("Fighting between government troops and separatists killed five people in eastern Ukraine.", True),
    ("Troops fought the militants for six hours near Mir Ali on Monday.", True),
    # ... the fight against an idea is not
    ("Pakistan vowed to keep fighting terrorism until the end.", False),
    ("The prime minister said the fight against extremism will continue.", False),
    ("Police are fighting a rise in street crime in Lahore.", False),
])
def test_fighting_between_armed_parties_is_a_clash(extractor, text, violent):
    assert bool(deeds(extractor.extract("f", text, PUB), ("ATTACK", "OPERATION"))) == violent


@pytest.mark.parametrize("text,etype", [
    # "March" in a date is a month, not a protest march that would make the killing a riot
    ("Five terrorists killed during encounter with Pakistan security forces 14 March.", "OPERATION"),
    # forces killed in a gunfight nobody is named for: an attack (a brawl or a feud is no armed violence)
    ("Two soldiers were killed in a shootout in Karachi on Monday.", "ATTACK"),
    ("Two men were killed in a brawl in Lahore.", None),
])
def test_months_gunfights_and_brawls(extractor, text, etype):
    got = [m.type for m in deeds(extractor.extract("g", text, PUB), ("ATTACK", "OPERATION"))]
    assert got == ([etype] if etype else [])


@pytest.mark.parametrize("text,types", [
    # a blaze is no gunfire
    ("A fire at a garment factory killed 40 workers in Dhaka.", []),
    ("Militants opened fire on a police van in Quetta, killing two policemen.", ["ATTACK"]),
    # where something was seized is not territory taken
    ("Customs officials seized 20 kilograms of explosives at the airport.", ["DISMANTLE"]),
    ("Government troops seized control of the airport from the rebels.", ["OPERATION"]),
])
def test_blazes_and_places_of_seizures(extractor, text, types):
    assert [m.type for m in deeds(extractor.extract("b", text, PUB))] == types


@pytest.mark.parametrize("text,expected", [
    # a past tense the parse hangs on an infinitive is coordinated with the finite verb above it
    ("Security forces foiled a plot to attack a church and arrested three suspects.",
     {("ARREST", "asserted"), ("ATTACK", "future")}),
    # what a party warns of may come
    ("The Taliban vowed to fight on and warned of more attacks.", {("ATTACK", "future")}),
    # a conjunct with a subject of its own is a clause of its own: the negation of the first stays there
    ("No group claimed responsibility for the blast, but officials blamed the TTP.",
     {("ATTACK", "asserted"), ("ACCUSE", "asserted")}),
    ("Police did not arrest anyone at the scene, but the army later detained two suspects in Bannu.",
     {("ARREST", "negated"), ("ARREST", "asserted")}),
])
def test_modality_across_coordination_and_warnings(extractor, text, expected):
    got = {(m.type, m.modality) for m in extractor.extract("m", text, PUB)
           if m.type in ("ARREST", "ATTACK", "ACCUSE")}
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    # a year or the day of a date is never a count
    ("On 19 January 2020, Levies personnel recovered a cache of arms during a search operation in Kohlu.",
     [("DISMANTLE", {})]),
    # those who helped, and verdicts on, an event reported elsewhere
    ("On 27 January 2020, Pakistani security forces arrested 2 facilitators of the Peshawar attack in Charsadda.",
     [("ARREST", {"arrested": 2})]),
    ("Pakistan executed two militants convicted of the school attack.", []),
    # an execution by an armed group is an attack; clashes that broke out between two parties are a clash
    ("On 13 January 2020, the Taliban executed a man accused of spying in Ghor province.",
     [("ATTACK", {"killed": 1})]),
    ("On 17 January 2020, clashes broke out between the Taliban and the ANA in Arghandab district (Kandahar).",
     [("OPERATION", {})]),
])
def test_acled_style_counts_backgrounds_executions_and_clashes(extractor, text, expected):
    got = [(m.type, {k: v for k, v in m.quantities.items() if v}) for m in deeds(extractor.extract("a", text, PUB))]
    assert got == expected


# ---------------------------------------------------------------- clashes and infighting as what killed
@pytest.mark.parametrize("text,dead", [
    ("Four soldiers were killed in a clash in Kurram on Tuesday.", 4),
    ("Clashes in Kurram killed two soldiers and three rebels on Tuesday.", 5),
])
def test_forces_killed_in_a_clash_were_attacked(extractor, text, dead):
    ms = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert ms and max(sum(m.quantities.values()) for m in ms) == dead


@pytest.mark.parametrize("text", ["Nine militants died in fresh infighting in Orakzai.",
                                  "Six militants were killed in infighting between two factions in Khyber."])
def test_militants_killed_in_infighting_is_an_attack(extractor, text):
    ms = deeds(extractor.extract("t", text, PUB), ("ATTACK", "OPERATION"))
    assert ms and {m.type for m in ms} == {"ATTACK"}


@pytest.mark.parametrize("text,published,parties", [
    ("Clashes between IS-K and the Taliban in Darzab district of Jawzjan left 10 fighters dead.", date(2020, 4, 2),
     {"iskp", "taliban"}),
    ("Clashes between the BLA and the BLF in Kech on Sunday left four fighters dead.", PUB, {"bla", "blf"}),
])
def test_a_clash_between_armed_groups_alone_is_an_attack_by_one_of_them(extractor, text, published, parties):
    ms = deeds(extractor.extract("t", text, published), ("ATTACK", "OPERATION"))
    assert ms and {m.type for m in ms} == {"ATTACK"}
    assert {m.source.id for m in ms if m.source} <= parties and any(m.source and m.source.id for m in ms)
    assert all(m.target is None or m.target.text != "Sunday" for m in ms)  # a day is when, never whom


@pytest.mark.parametrize("text", ["Infighting in the ruling party deepened on Monday.",
                                  "Two policemen were killed in clashes with protesters in Lahore."])
def test_a_party_quarrel_or_a_riot_is_no_attack(extractor, text):
    assert not deeds(extractor.extract("t", text, PUB), ("ATTACK", "OPERATION"))


def test_an_attack_on_an_operation_under_way_is_one_battle(extractor):
    # ACLED's descriptions tell it so (half a, 308PAK); the words are our own
    ms = extractor.extract("t", "Troops were conducting a search operation in Bajaur when militants opened fire at "
                                "them. The troops retaliated and killed seven.", PUB)
    violent = deeds(ms, ("ATTACK", "OPERATION"))
    assert len({m.event for m in violent}) == 1
    assert max(sum(m.quantities.values()) for m in violent) == 7


def test_a_separate_event_in_the_same_sentence_stays_apart(extractor):
    ms = extractor.extract("t", "Police arrested two suspects in Quetta, while in a separate raid troops killed "
                                "four militants in Zhob.", PUB)
    assert len({m.event for m in deeds(ms)}) == 2


@pytest.mark.parametrize("text,asserted", [
    ("The government approved new sanctions against Iran on Monday.", True),
    ("The cabinet decided to impose sanctions on Iran.", False),
])
def test_sanctions_decided_are_sanctions_taken(extractor, text, asserted):
    ms = [m for m in extractor.extract("t", text, PUB) if m.type == "SANCTION"]
    assert ms and (ms[0].modality == "asserted") is asserted


@pytest.mark.parametrize("text", ["A Pakistan suicide bombing killed nine people in Quetta.",
                                  "The death toll in the Afghanistan blast rose to 14."])
def test_a_country_named_on_a_blast_is_where_not_who(extractor, text):
    ms = deeds(extractor.extract("t", text, PUB), ("ATTACK", "OPERATION"))
    assert ms and all(m.type == "ATTACK" and m.source is None for m in ms)


@pytest.mark.parametrize("text,published,struck", [
    ("On 16 March 2020, an airstrike on a Taliban gathering in Gereshk district (Helmand) killed 12 militants.",
     date(2020, 3, 17), "taliban"),
    ("An attack against a TTP compound in Datta Khel by security forces killed six militants.", PUB, "ttp"),
])
def test_whom_a_strike_was_aimed_at_never_struck(extractor, text, published, struck):
    ms = deeds(extractor.extract("t", text, published), ("ATTACK", "OPERATION"))
    assert ms and all(m.source is None or m.source.id != struck for m in ms)


@pytest.mark.parametrize("text,state", [
    ("Four civilians were killed by Pakistani airstrikes in Khost.", "pakistan"),
    ("A woman was killed in the Indian shelling of Kotli.", "india"),
])
def test_a_demonym_on_the_strikes_names_who_struck(extractor, text, state):
    ms = deeds(extractor.extract("t", text, PUB), ("OPERATION",))
    assert ms and ms[0].source is not None and ms[0].source.id == state


@pytest.mark.parametrize("text,state", [
    ("The Pakistani army said 14 militants were killed in air strikes in North Waziristan.", "pakistan"),
    ("Pakistan military says 30 militants killed in air strikes.", "pakistan"),
    ("Afghan officials say 12 militants were killed in air strikes in Kunar.", None),
])
def test_forces_reporting_strikes_nobody_is_named_for_report_their_own(extractor, text, state):
    ms = deeds(extractor.extract("t", text, PUB), ("OPERATION",))
    assert ms and (ms[0].source.id if ms[0].source else None) == state


@pytest.mark.parametrize("text,handover", [
    ("Villagers handed over the suspect to the political administration.", False),
    ("Pakistan handed over two TTP commanders to Afghanistan.", True),
])
def test_only_a_state_hands_a_suspect_over(extractor, text, handover):
    assert bool(deeds(extractor.extract("t", text, PUB), ("EXTRADITE",))) is handover


@pytest.mark.parametrize("text,quantities", [
    ("A suicide bomber killed himself and six soldiers in Khyber.", {"attackers_killed": 1, "killed": 6}),
    ("Gunmen stopped the judge's car in Quetta and shot him dead.", {"killed": 1}),
])
def test_a_pronoun_among_the_dead_counts_for_whom_it_names(extractor, text, quantities):
    ms = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert ms and {k: v for k, v in ms[0].quantities.items() if v} == quantities


@pytest.mark.parametrize("text", [
    "Customs officials seized 200 kilograms of heroin at Karachi port.",
    "Police dismantled a drug trafficking network in Punjab.",
    "Police raided a gambling den in Rawalpindi.",
    "The court banned the rally ahead of the elections.",
])
def test_police_work_against_crime_and_bans_on_rallies_are_no_counter_terrorism(extractor, text):
    assert not deeds(extractor.extract("t", text, PUB), ("OPERATION", "DISMANTLE", "RESTRICT", "FINANCE"))


@pytest.mark.parametrize("text,etype", [
    ("Police seized five kilograms of hashish and two pistols from the suspects.", "DISMANTLE"),
    ("The government banned the TTP and froze its accounts.", "RESTRICT"),
])
def test_weapons_or_a_group_keep_the_step(extractor, text, etype):
    assert deeds(extractor.extract("t", text, PUB), (etype,))


# ---------------------------------------------------------------- a militant who blows himself up
@pytest.mark.parametrize("text, quantities", [
    # cornered: his own death is the toll
    ("As police closed in on a wanted militant in Karachi, he opened fire on them and then blew himself up.",
     {"attackers_killed": 1}),
    ("Troops raided a compound in Kurram where a wanted militant blew himself up.", {"killed": 1}),
    # a suicide bombing's toll is its victims
    ("A suicide bomber blew himself up at a checkpoint in Bannu, killing two soldiers.", {"killed": 2}),
])
def test_a_militant_who_blows_himself_up_is_dead_unless_he_was_a_suicide_bomber(extractor, text, quantities):
    ms = deeds(extractor.extract("t", text, PUB), ("ATTACK", "OPERATION"))
    assert ms
    assert {k: v for k, v in ms[0].quantities.items() if v} == quantities


# ---------------------------------------------------------------- "another" that is not another event
def test_one_attacker_killed_and_another_arrested_is_the_same_attack(extractor):
    text = ("Gunmen ambushed a convoy of officials near Kharan and killed two guards. "
            "One attacker was killed and another was arrested when the guards fired back.")
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert len({m.event for m in attacks}) == 1
    assert attacks[0].quantities.get("killed") == 2 and attacks[0].quantities.get("attackers_killed") == 1
    separate = ("Gunmen killed two guards near Kharan. In another attack, militants killed a policeman in Turbat.")
    assert len({m.event for m in deeds(extractor.extract("t", separate, PUB), ("ATTACK",))}) == 2


# ---------------------------------------------------------------- a year that dates another event
def test_a_year_in_the_phrase_of_an_earlier_attack_does_not_date_the_raid(extractor):
    text = ("Police killed a militant wanted for the attack on a shrine in Sehwan in 2017 in a raid near "
            "Hyderabad. Two other militants were killed.")
    ms = extractor.extract("t", text, PUB)
    raid = deeds(ms, ("OPERATION",))
    assert raid and all(m.date is None or m.date.year == PUB.year for m in raid)
    earlier = [m for m in ms if m.type == "ATTACK"]
    assert all(m.event not in {r.event for r in raid} for m in earlier)
    assert extractor.extract("t", "In 2017, militants attacked a shrine in Sehwan.", PUB)[0].date.year == 2017


# ---------------------------------------------------------------- a group's spokesman claims for it
@pytest.mark.parametrize("text, group", [
    ("Suspected militants blew up two power pylons near Dera Murad Jamali. Sarbaz Baloch, a spokesman for the "
     "banned Baloch Republican Army, told reporters that his organisation had carried out the attack.", "bra"),
    ("Gunmen killed three policemen in Kech. A BLF spokesman said the group had carried out the attack.", "blf"),
    # the title before the spokesman's name: "TTP spokesman Mohammad Khurasani said"
    ("A blast killed three soldiers in Mohmand on Friday. Jamaat-ul-Ahrar spokesman Ehsanullah Ehsan said its men "
     "planted the bomb.", "ttp"),
    ("A bomb killed two Levies men in Kalat. BLA spokesman Jeeyand Baloch said the group's fighters had planted "
     "the device.", "bla"),
])
def test_a_spokesman_of_a_group_claims_the_attack_for_it(extractor, text, group):
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert len({m.event for m in attacks}) == 1
    assert attacks[0].source.id == group and attacks[0].perpetrator_basis == "claimed"


# ---------------------------------------------------------------- a subject the parse hung its verb on
@pytest.mark.parametrize("text,published,etype,source,text_kept", [
    ("On 8 June 2022, Taliban intelligence (GDI) arrested and then killed a former ANA soldier in Khost province.",
     date(2022, 6, 9), "ARREST", "taliban", "Taliban intelligence"),
    ("Unknown armed men on a motorcycle opened fire on a car in Chaman, killing a local trader.", PUB, "ATTACK", None,
     "Unknown armed men"),
])
def test_a_clause_the_parse_hangs_on_its_subject_is_still_that_subjects_deed(extractor, text, published, etype,
                                                                              source, text_kept):
    ms = deeds(extractor.extract("t", text, published), (etype,))
    assert ms and all(m.source is not None and m.source.id == source for m in ms)
    assert any(m.source.text == text_kept for m in ms)


# ---------------------------------------------------------------- two states' forces on one head
@pytest.mark.parametrize("text,published,first", [
    ("Three people were killed in Sialkot in a series of firefights between Pakistani and Indian troops.", PUB,
     "pakistan"),
    ("Two civilians were wounded at Torkham when Afghan and Pakistani border forces exchanged fire.",
     date(2020, 7, 2), "afghan-republic"),
])
def test_two_sides_named_by_their_demonyms_on_one_head_stand_for_the_first(extractor, text, published, first):
    ms = deeds(extractor.extract("t", text, published), ("OPERATION",))
    assert ms and ms[0].source is not None and ms[0].source.id == first


# ---------------------------------------------------------------- firing by someone, arson
@pytest.mark.parametrize("text, etype, source", [
    ("A shepherd was wounded in Kotli on Sunday in firing by Indian troops from across the Line of Control.",
     "OPERATION", "india"),
    ("A school teacher was set on fire by two masked men in Lahore.", "ATTACK", None),
    ("Militants set fire to a girls' school in Chilas.", "ATTACK", None),
])
def test_firing_by_a_named_side_and_arson_are_violent_events(extractor, text, etype, source):
    ms = deeds(extractor.extract("t", text, PUB), (etype,))
    assert ms
    assert (ms[0].source.id if ms[0].source else None) == source


def test_an_attack_blamed_on_a_group_is_not_an_operation_of_those_who_blame(extractor):
    text = "Gunmen shot dead two policemen in Turbat on Monday. Police officials blamed the attack on the BLF."
    ms = extractor.extract("t", text, PUB)
    violent = [m for m in ms if m.type in ("ATTACK", "OPERATION") and m.modality == "asserted"]
    assert {m.type for m in violent} == {"ATTACK"} and len({m.event for m in violent}) == 1
    assert {m.source.id for m in violent if m.source} == {"blf"}
    target = deeds(extractor.extract("t", "Officials blamed the attack on a police post in Kech on the BLF.", PUB),
                   ("ATTACK",))
    assert target[0].source.id == "blf" and "police post" in target[0].target.text


# ---------------------------------------------------------------- an armed attack on a gathering
@pytest.mark.parametrize("text, killed", [
    ("Six people were killed when unknown persons opened fire at an election rally in Lakki Marwat.", 6),
    ("Three people were killed and nine injured in a cracker attack on a political rally in Khuzdar.", 3),
])
def test_an_armed_attack_on_a_gathering_is_an_attack(extractor, text, killed):
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and attacks[0].quantities.get("killed") == killed


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in Karachi, injuring five.",
    "Protesters pelted the police with stones and set tyres on fire in Lahore.",
])
def test_force_against_protesters_and_a_riot_stay_out(extractor, text):
    assert not deeds(extractor.extract("t", text, PUB), ("ATTACK", "OPERATION"))


def test_a_person_found_dead_is_counted(extractor):
    ms = deeds(extractor.extract("t", "A police constable was found dead in his car in Mardan.", PUB), ("ATTACK",))
    assert ms and ms[0].quantities.get("killed") == 1


# ---------------------------------------------------------------- what a protest answers
@pytest.mark.parametrize("text", [
    "After a shopkeeper was shot dead by unidentified gunmen, traders in Quetta protested against the police.",
    "The protesters said that their leader had been killed by unknown men in his home in Larkana.",
])
def test_a_killing_told_as_what_a_protest_answers_is_not_a_new_attack(extractor, text):
    assert not deeds(extractor.extract("t", text, PUB), ("ATTACK", "OPERATION"))


def test_a_deed_after_which_no_one_protested_stays(extractor):
    text = "Police arrested ten men after they blocked the highway near Sukkur."
    assert deeds(extractor.extract("t", text, PUB), ("ARREST",))


def test_the_clash_of_a_protest_is_no_attack_but_a_shooting_after_it_is(extractor):
    riot = ("Hundreds of traders staged a protest in Tank against the arrest of their leader. They said they were "
            "being targeted for being poor.")
    assert not deeds(extractor.extract("t", riot, PUB), ("ATTACK", "OPERATION"))
    shooting = ("Traders staged a protest in Tank against the arrest of their leader. Later, gunmen shot dead a "
                "shopkeeper in the city.")
    assert deeds(extractor.extract("t", shooting, PUB), ("ATTACK",))


# ---------------------------------------------------------------- blame of a killing, a claim of a bombing
@pytest.mark.parametrize("text, group, basis", [
    ("Three barbers were gunned down in Quetta. Police said Lashkar-e-Jhangvi was behind the killing.",
     "lashkar-e-jhangvi", "blamed"),
    ("TTP militants were blamed for the killing of two policemen in Tank.", "ttp", "blamed"),
    ("Islamic State claimed the bombing at a market in Bajaur that killed 12 people.", "iskp", "claimed"),
])
def test_a_killing_blamed_on_or_a_bombing_claimed_by_a_group_is_its_attack(extractor, text, group, basis):
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and attacks[0].source is not None and attacks[0].source.id == group
    assert attacks[0].perpetrator_basis == basis


def test_a_husband_blamed_for_a_killing_is_no_armed_attack(extractor):
    assert not deeds(extractor.extract("t", "Police blamed the husband for the killing of the woman in Lahore.", PUB))


@pytest.mark.parametrize("text, killed", [
    ("Militants and soldiers exchanged fire in Kurram, leaving two soldiers dead.", 2),
    ("Security forces traded fire with militants in Bajaur; three militants were killed.", 3),
])
def test_gunfire_exchanged_or_traded_is_a_clash(extractor, text, killed):
    ms = deeds(extractor.extract("t", text, PUB), ("ATTACK", "OPERATION"))
    assert ms and sum(v for k, v in ms[0].quantities.items() if k.rstrip("+").endswith("killed")) == killed
    assert all(m.target is None or m.target.text != "gunfire" for m in ms)


# ---------------------------------------------------------------- ACLED's own wording: dates, brackets, lists
D2020 = date(2020, 6, 1)


def test_the_day_that_opens_a_note_is_never_whom_it_was_done_to(extractor):
    ms = deeds(extractor.extract("t", "On 1 September 2020, Pakistani forces fired mortar shells into Dangam "
                                      "district (Kunar), wounding 3 civilians.", D2020))
    assert ms and all(m.target is None or "September" not in m.target.text for m in ms)


def test_verbs_joined_on_one_subject_share_its_object(extractor):
    ms = deeds(extractor.extract("t", "On 14 February 2020, unidentified armed men shot and killed a PTI leader "
                                      "in Dera Ismail Khan city.", D2020), ("ATTACK",))
    assert ms and ms[0].target is not None and ms[0].target.text == "PTI leader"


@pytest.mark.parametrize("text, province", [
    ("On 3 May 2020, the Taliban ambushed a police convoy on the Kabul-Kandahar highway in Sayed Abad district "
     "(Wardak), killing 5 police officers.", "Wardak"),
    ("Gunmen opened fire on a bus on the Peshawar-Torkham road near Landi Kotal, wounding three passengers.",
     "Khyber Pakhtunkhwa"),
])
def test_the_ends_of_a_road_are_not_where_the_event_happened(extractor, text, province):
    ms = deeds(extractor.extract("t", text, D2020))
    assert ms and ms[0].location is not None and ms[0].location.admin1 == province


@pytest.mark.parametrize("text, killed", [
    ("Taliban militants attacked ANA checkpoints in Kunduz. 7 ANA soldiers were killed. Several Taliban were "
     "also killed.", 7),  # "several" gives no figure
    ("4 BLA gunmen attacked the stock exchange in Karachi. 2 guards, a police officer and all 4 attackers were "
     "killed.", 7),  # a list the parse hangs as an apposition
])
def test_vague_numbers_give_no_figure_and_listed_dead_add_up(extractor, text, killed):
    ms = deeds(extractor.extract("t", text, D2020), ("ATTACK",))
    assert ms and sum(v for k, v in ms[0].quantities.items() if k.rstrip("+").endswith("killed")) == killed


def test_an_air_force_strike_on_a_gathering_of_militants_is_an_operation_with_its_civilian_dead(extractor):
    text = ("On 20 July 2020, Afghan Air Force airstrikes targeted a Taliban gathering in Adraskan district "
            "(Herat). 45 people, including civilians, were reportedly killed.")
    ms = deeds(extractor.extract("t", text, D2020))
    assert ms and {m.type for m in ms} == {"OPERATION"} and ms[0].source.id == "afghan-republic"
    # the dead are the strike's victims, not the air force's own losses
    assert ms[0].quantities.get("killed") == 45 and not ms[0].quantities.get("forces_killed")


def test_is_as_the_islamic_state_claims_the_attack(extractor):
    text = ("A suicide car bomber and gunmen attacked the prison in Jalalabad. At least 29 people were killed. "
            "IS claimed responsibility.")
    ms = deeds(extractor.extract("t", text, D2020), ("ATTACK",))
    assert ms and ms[0].source is not None and ms[0].source.id == "iskp" and ms[0].perpetrator_basis == "claimed"


def test_members_of_a_state_force_act_for_the_state(extractor):
    ms = deeds(extractor.extract("t", "ALP members clashed with Taliban in Qaisar district (Faryab), killing 3 "
                                      "Taliban.", D2020))
    assert ms and ms[0].type == "OPERATION" and ms[0].source.id == "afghan-republic"


def test_a_hyphenated_group_name_is_kept_whole_in_the_actor_text(extractor):
    ms = deeds(extractor.extract("t", "Jamaat-ul-Ahrar militants killed 2 policemen in Mohmand.", D2020))
    assert ms and ms[0].source.text == "Jamaat-ul-Ahrar militants"


@pytest.mark.parametrize("text, key, n", [
    # the forces the case file names are counted on their side, not read as civilians and lost beside the
    # attackers' larger figure
    ("Taliban attacked ANDSF outposts in Arghandab district (Kandahar). 3 ANDSF were killed and 5 wounded, while "
     "11 Taliban were killed.", "killed", 3),
    ("Taliban attacked an ANA checkpoint in Andar district (Ghazni), resulting in 3 fatalities.", "killed", 3),
    ("Taliban attacked an ANA checkpoint in Andar district (Ghazni). 4 fatalities were reported.", "killed", 4),
    ("ANA forces repelled a Taliban attack on a checkpoint in Andar district (Ghazni). The Taliban suffered 5 "
     "fatalities.", "attackers_killed", 5),
])
def test_the_dead_of_each_side_and_fatalities_given_on_their_own(extractor, text, key, n):
    ms = deeds(extractor.extract("t", text, D2020), ("ATTACK",))
    assert ms and ms[0].quantities.get(key) == n


# ---------------------------------------------------------------- a wire report across its paragraphs
NEIGHBOURS = (
    "PESHAWAR: At least seven soldiers were martyred and five others injured when terrorists attacked a security "
    "forces post in North Waziristan's Spinwam area late on Tuesday night, the military's media wing said.\n\n"
    "Troops responded and killed four terrorists in the ensuing exchange of fire, it said.\n\n"
    "The Foreign Office later summoned Afghanistan's charge d'affaires and lodged a strong protest, urging the "
    "interim Afghan government to act against TTP sanctuaries and to hand over the perpetrators.\n\n"
    "A Taliban spokesman in Kabul rejected the allegation. He said the Islamic Emirate had arrested several people "
    "in Khost last month, a claim that could not be verified. Officials in Kabul and Kandahar said Afghan soil "
    "was used by no one.\n\n"
    "Residents in Mir Ali said a search operation was under way.")


def test_a_report_of_an_attack_in_pakistan_that_speaks_mostly_of_afghanistan(extractor):
    ms = extractor.extract("t", NEIGHBOURS, date(2026, 11, 18))
    attack = deeds(ms, ("ATTACK",))
    # "PESHAWAR:" is a dateline, not a word of the sentence: the seven dead are counted
    assert attack and attack[0].quantities.get("killed") == 7 and attack[0].quantities.get("attackers_killed") == 4
    # the troops of a sentence that names no place are those of the place the report last named (Spinwam); they
    # answer the attack, so they are its side attacked
    troops = next(m for m in attack if m.trigger == "killed")
    assert troops.target is not None and troops.target.id == "pakistan"
    # the envoy summoned speaks for the government the demand is addressed to; the handover is demanded
    demand = next(m for m in ms if m.type == "DEMAND")
    assert demand.source.id == "pakistan" and demand.target is not None and demand.target.id == "taliban"
    assert any(m.type == "EXTRADITE" and m.modality == "demanded" for m in ms)
    # residents speak from where it happened: the search operation is in Mir Ali, Pakistan's
    search = next(m for m in deeds(ms, ("OPERATION",)) if "Mir Ali" in m.sentence)
    assert search.location.name == "Mir Ali" and search.source.id == "pakistan"


def test_where_a_speaker_is_never_places_the_event_even_in_another_spelling(extractor):
    ms = deeds(extractor.extract("t", "Security sources in Peshawar said troops killed five militants in Tirah.",
                                 date(2026, 11, 18)))
    assert ms and ms[0].location.admin1 == "Khyber Pakhtunkhwa" and ms[0].location.name != "Peshawar"


def test_an_event_some_days_before_is_its_own_and_a_charge_denied_is_still_made(extractor):
    text = ("Afghan border forces fired on Pakistani posts along the Kurram border on Thursday, Pakistani officials "
            "said. The firing came days after a suicide bombing killed 12 people at a police station in Dera Ismail "
            "Khan. Pakistan blamed that attack on TTP militants operating from Afghan soil, a charge Kabul denies.")
    ms = extractor.extract("t", text, date(2026, 11, 20))
    bombing = next(m for m in deeds(ms, ("ATTACK",)) if m.trigger == "bombing")
    firing = next(m for m in deeds(ms) if m.trigger == "fired")
    assert bombing.event != firing.event  # not one event with the firing on the border
    assert bombing.location.name == "Dera Ismail Khan" and bombing.quantities.get("killed") == 12
    assert bombing.source.id == "ttp" and bombing.perpetrator_basis == "blamed"
    assert any(m.type == "ACCUSE" and m.modality == "asserted" and m.source.id == "pakistan" for m in ms)


@pytest.mark.parametrize("text", [
    "Local sources said the Taliban had detained several TTP commanders in Kunar, but officials did not confirm "
    "the arrests.",
    "Taliban forces arrested 10 TTP members in Khost, residents said. A provincial spokesman declined to confirm it.",
])
def test_a_deed_officials_would_not_confirm_is_unverified(extractor, text):
    arrests = deeds(extractor.extract("t", text, PUB), ("ARREST",))
    assert arrests and arrests[0].verification == "unverified"


def test_the_dead_a_sit_in_mourns_were_killed_in_an_event_reported_elsewhere(extractor):
    text = ("Hundreds of Hazaras staged a sit-in in Quetta with the coffins of 11 coal miners killed by IS militants, "
            "refusing to bury them until the prime minister visited.")
    assert not deeds(extractor.extract("t", text, PUB), ("ATTACK", "OPERATION"))


def test_a_suspect_held_is_no_protest_however_the_sentence_ends(extractor):
    ms = extractor.extract("t", "Police held a suspect arrested after the blast in a protest camp.", PUB)
    assert deeds(ms, ("ARREST",))


def test_officials_naming_the_attackers_in_a_later_sentence_blame_them(extractor):
    ms = extractor.extract("d", "A remote-controlled bomb hit a Frontier Corps vehicle in Kech, killing two soldiers. "
                                "Security officials said the blast was carried out by the BLF.", date(2024, 2, 1))
    attack = attack_of(ms)[0]
    assert attack.source is not None and attack.source.id == "blf"
    assert attack.perpetrator_basis == "blamed"


def test_a_tally_over_a_year_is_no_event_and_adds_no_dead(extractor):
    text = ("Gunmen killed three policemen at a checkpoint in Tank on Sunday, officials said. "
            "So far this year, more than 200 people have been killed in militant attacks across the province, "
            "according to police records.")
    ms = deeds(extractor.extract("t", text, PUB))
    assert ms and {m.event for m in ms} == {ms[0].event}
    assert all(m.quantities.get("killed") == 3 for m in ms)


def test_an_anaphor_before_the_words_of_another_time_names_the_event_reported(extractor):
    text = ("Militants stormed a police station in Dera Ismail Khan on Monday, killing two constables. "
            "The attack came days after the provincial government announced new security measures.")
    ms = deeds(extractor.extract("t", text, PUB))
    assert len({m.event for m in ms}) == 1


def test_a_claim_made_on_the_events_own_day_names_its_perpetrator(extractor):
    text = ("A roadside bomb killed four soldiers on a patrol near Turbat on Tuesday morning. "
            "The Baloch Liberation Front claimed responsibility for the blast in a message to journalists late on "
            "Tuesday.")
    ms = deeds(extractor.extract("t", text, date(2026, 11, 19)))
    assert len({m.event for m in ms}) == 1
    assert all(m.source and m.source.id == "blf" and m.perpetrator_basis == "claimed" for m in ms)


def test_a_claim_disputed_in_its_own_sentence(extractor):
    # the remark hung on the report names who disputes it, never who acted
    ms = extractor.extract("t", "The military said it had killed nine militants in Zhob, a claim the TTP denied.", PUB)
    op = deeds(ms, ("OPERATION",))
    assert op and op[0].source.id == "pakistan" and op[0].verification == "disputed"
    ms = extractor.extract("t", "Taliban officials say they have detained 30 ISKP members, a claim that Pakistani "
                                "officials dispute.", PUB)
    held = deeds(ms, ("ARREST",))
    assert held and held[0].verification == "disputed"
    ms = extractor.extract("t", "A roadside bomb killed three Levies men near Mastung, a charge the BLA denies.", PUB)
    attack = deeds(ms, ("ATTACK",))
    assert attack and (attack[0].source is None or attack[0].source.id != "bla")


def test_a_seizure_from_those_just_arrested_is_the_arresting_forces(extractor):
    ms = extractor.extract("t", "Levies arrested two men at a checkpoint near Nushki on Friday. Detonators and a "
                                "pistol were recovered from their possession.", PUB)
    seized = deeds(ms, ("DISMANTLE",))
    assert seized and seized[0].source and seized[0].source.id == "pakistan"
    ms = extractor.extract("t", "Levies arrested two men at a checkpoint near Nushki on Friday. In a separate raid, "
                                "explosives were recovered in Kharan.", PUB)
    seized = deeds(ms, ("DISMANTLE",))
    assert seized and seized[0].source is None


def test_a_group_named_as_involved_or_calling_itself_by_a_name(extractor):
    ms = deeds(extractor.extract("t", "Armed men shot dead two shopkeepers in Mastung. Police said Lashkar-e-Jhangvi "
                                      "militants were involved.", PUB), ("ATTACK",))
    assert ms and ms[0].source and ms[0].source.id == "lashkar-e-jhangvi"
    ms = deeds(extractor.extract("t", "Armed men shot dead two shopkeepers in Mastung. The TTP denied it was "
                                      "involved.", PUB), ("ATTACK",))
    assert ms and not (ms[0].source and ms[0].source.id)
    ms = deeds(extractor.extract("t", "Gunmen attacked a convoy near Pasni, killing two guards. A group calling "
                                      "itself the Baloch Republican Army claimed responsibility.", PUB), ("ATTACK",))
    assert ms and ms[0].source and ms[0].source.id == "bra"


def test_an_accusation_naming_no_other_charge_blames_the_attack(extractor):
    ms = deeds(extractor.extract("t", "A roadside bomb killed three passengers of a van in Zabul. Provincial officials "
                                      "accused the Taliban.", date(2020, 6, 1)), ("ATTACK",))
    assert ms and ms[0].source and ms[0].source.id == "taliban" and ms[0].perpetrator_basis == "blamed"
    ms = deeds(extractor.extract("t", "A roadside bomb killed three passengers of a van in Zabul. Provincial officials "
                                      "accused the Taliban of breaking the truce.", date(2020, 6, 1)), ("ATTACK",))
    assert ms and not (ms[0].source and ms[0].source.id)


def test_a_group_in_a_victims_office_or_in_the_object_attacked_is_not_the_attacker(extractor):
    ms = deeds(extractor.extract("t", "Peace committee chief Haji Gul was driving to his village when his car was hit "
                                      "by a roadside bomb near Wana.", PUB), ("ATTACK",))
    assert ms and not (ms[0].source and ms[0].source.id)
    ms = deeds(extractor.extract("t", "Gunmen attacked the home of a peace committee member in Dir, killing him and "
                                      "his nephew.", PUB), ("ATTACK",))
    assert ms and not any(m.source and m.source.id for m in ms)


def test_a_claim_after_the_forces_answer_is_the_attacks(extractor):
    ms = extractor.extract("t", "A roadside bomb killed two Levies men near Surab. Security forces cordoned off the area "
                                "and launched a search operation. The BLA claimed responsibility for the blast.", PUB)
    attack = deeds(ms, ("ATTACK",))
    assert attack and all(m.source and m.source.id == "bla" for m in attack)
    assert all(m.source and m.source.id == "pakistan" for m in deeds(ms, ("OPERATION",)))
    ms = extractor.extract("t", "Gunmen killed a trader in Chaman. Levies arrested three suspects in the evening. The "
                                "BLF claimed responsibility.", PUB)
    attack = deeds(ms, ("ATTACK",))
    assert attack and attack[0].source and attack[0].source.id == "blf"


def test_a_group_said_to_be_responsible_is_blamed_and_makes_the_deed_an_attack(extractor):
    ms = deeds(extractor.extract("t", "Mortar shells were fired at a Frontier Corps camp near Zhob overnight. Officials "
                                      "said TTP militants were responsible.", PUB))
    assert ms and all(m.type == "ATTACK" for m in ms)
    assert ms[0].source and ms[0].source.id == "ttp" and ms[0].perpetrator_basis == "blamed"
    ms = deeds(extractor.extract("t", "Gunmen shot dead a shopkeeper in Kuchlak. Police said the LeJ was responsible for "
                                      "the killing.", PUB), ("ATTACK",))
    assert ms and ms[0].source and ms[0].source.id == "lashkar-e-jhangvi"
    # answerable for something else, denied, or in question: nobody is blamed
    for tail in ("The Taliban are responsible for security in the district.", "The TTP denied it was responsible.",
                 "Police are investigating whether the TTP was responsible."):
        ms = deeds(extractor.extract("t", "Gunmen shot dead a shopkeeper in Kuchlak. " + tail, PUB), ("ATTACK",))
        assert ms and not (ms[0].source and ms[0].source.id), tail


def test_a_claim_of_a_hijacking_and_a_claim_the_parse_misreads(extractor):
    ms = deeds(extractor.extract("t", "Gunmen stopped a passenger train near Sibi and took its passengers hostage. The "
                                      "banned Baloch Liberation Army claimed the hijacking.", PUB), ("ATTACK",))
    assert ms and all(m.source and m.source.id == "bla" for m in ms) and ms[0].perpetrator_basis == "claimed"
    text = ("Unknown men blew up a gas pipeline in Sui overnight. Sher Baloch, a spokesman for the Baloch Republican "
            "Army, calling from an undisclosed place informed journalists that his organisation had carried out the "
            "attack.")
    ms = extractor.extract("t", text, PUB)
    assert {m.modality for m in ms if m.type == "ATTACK"} == {"asserted"}  # "calling from" asks nothing
    assert all(m.source and m.source.id == "bra" for m in deeds(ms, ("ATTACK",)))
    ms = deeds(extractor.extract("t", "Unknown men blew up a gas pipeline in Sui overnight. A spokesman for the Baloch "
                                      "Republican Army denied that his organisation had carried out the attack.", PUB),
               ("ATTACK",))
    assert ms and not (ms[0].source and ms[0].source.id)


def test_the_islamic_state_by_its_long_names_in_afghanistan_is_its_khorasan_province(extractor):
    for name in ("The Islamic State of Iraq and the Levant-Khorasan Province (ISIL-K)",
                 "The Khorasan Chapter of the Islamic State", "The Islamic State of Iraq and the Levant"):
        ms = deeds(extractor.extract("t", "Gunmen stormed a Sikh temple in Kabul, killing 25 worshippers. " + name +
                                          " claimed responsibility for the attack.", date(2020, 3, 25)), ("ATTACK",))
        assert ms and ms[0].source and ms[0].source.id == "iskp", name


def test_an_accusation_of_another_wrong_blames_nobody_for_the_attack(extractor):
    ms = extractor.extract("t", "Islamabad accused Kabul of harbouring the militants who carried out the bombing of a "
                                "mosque in Peshawar.", PUB)
    assert not any(m.source and m.source.id in ("taliban", "afghan-republic") for m in deeds(ms, ("ATTACK",)))
    ms = deeds(extractor.extract("t", "A bomb killed four people in Quetta. Officials accused the BLA of being behind "
                                      "the blast.", PUB), ("ATTACK",))
    assert ms and ms[0].source and ms[0].source.id == "bla"


def test_forces_killing_the_attackers_answer_the_attack(extractor):
    text = ("A suicide bomber drove an explosives-laden pickup into the gate of the Bannu cantonment on Tuesday. Five "
            "soldiers were martyred. All six attackers were killed by security forces, the ISPR said.")
    ms = deeds(extractor.extract("t", text, PUB))
    assert ms and {m.type for m in ms} == {"ATTACK"} and len({m.event for m in ms}) == 1
    assert ms[0].source is not None and "bomber" in ms[0].source.text
    assert ms[0].quantities.get("attackers_killed") == 6


def test_a_remark_that_claims_are_unverified_covers_every_deed_before_it(extractor):
    text = ("The Taliban's interior ministry said its forces had detained 22 people in Kunar on charges of links with "
            "Daesh, and that weapons and explosives were recovered from their hideouts. The claims could not be "
            "independently verified.")
    ms = deeds(extractor.extract("t", text, PUB))
    assert {m.type for m in ms} >= {"ARREST", "DISMANTLE"}
    assert all(m.verification == "unverified" for m in ms)


def test_a_remark_that_a_claim_is_unverified_covers_the_account_it_ends(extractor):
    text = ("Taliban forces killed five ISKP militants in a raid on a hideout in Kunduz province, a spokesman for the "
            "interior ministry said on Monday. He said three others were detained during the raid. The claim could not "
            "be independently verified.")
    ms = deeds(extractor.extract("t", text, PUB))
    assert {m.type for m in ms} >= {"OPERATION", "ARREST"}
    assert all(m.verification == "unverified" for m in ms)


def test_a_remark_that_a_claim_is_unverified_covers_an_account_past_a_sentence_without_a_deed(extractor):
    text = ("Taliban forces killed four ISKP members and detained two others in a night raid in Mazar-i-Sharif, the "
            "provincial police chief said. He said the men had been plotting attacks on a Sufi shrine. Rifles and a "
            "suicide vest were recovered from the compound, he added. The claim could not be independently verified.")
    ms = deeds(extractor.extract("t", text, PUB))
    assert {m.type for m in ms} >= {"OPERATION", "ARREST", "DISMANTLE"}
    assert all(m.verification == "unverified" for m in ms)
    seizure = next(m for m in ms if m.type == "DISMANTLE")
    assert seizure.source is not None and seizure.source.id == "taliban"


def test_an_account_that_turns_to_another_partys_deed_is_not_covered_before_it(extractor):
    text = ("Police said they arrested three suspects in Quetta on Monday. Separately, gunmen shot dead a shopkeeper in "
            "Turbat. The Baloch Liberation Army claimed the killing, a claim that could not be verified.")
    ms = deeds(extractor.extract("t", text, PUB))
    arrest = next(m for m in ms if m.type == "ARREST")
    assert arrest.verification is None


def test_neither_claim_verified_leaves_the_fighting_unverified(extractor):
    text = ("Taliban fighters clashed with resistance forces in the Panjshir valley on Friday, killing four of them, a "
            "local commander said. The resistance said its men had killed six Taliban fighters. Neither claim could "
            "be verified.")
    ms = deeds(extractor.extract("t", text, PUB))
    assert ms and all(m.verification == "unverified" for m in ms)


def test_an_origin_is_where_attackers_came_from_not_where_arrests_were_made(extractor):
    text = ("The interior ministry said its forces had detained nine men in Khost and seized weapons from their "
            "hideouts. Pakistani officials have long accused Kabul of failing to act against militant groups, "
            "including the TTP, which they say operate from Afghan soil.")
    ms = deeds(extractor.extract("t", text, PUB), ("ARREST", "DISMANTLE"))
    assert ms and all(m.launched_from is None for m in ms)


def test_the_frontier_corps_by_its_initials_is_pakistans(extractor):
    ms = deeds(extractor.extract("t", "Afghan Taliban forces opened fire on a border post, killing one FC "
                                      "soldier.", PUB))
    assert ms and ms[0].target is not None and ms[0].target.id == "pakistan"


def test_a_seizure_told_as_part_of_the_raid_is_the_raiding_forces(extractor):
    text = ("Security forces killed seven militants in an intelligence-based operation in Mir Ali on Friday, the ISPR "
            "said. Rifles, ammunition and explosives were also recovered.")
    ms = deeds(extractor.extract("t", text, PUB), ("DISMANTLE",))
    assert ms and ms[0].source and ms[0].source.id == "pakistan"
    ms = deeds(extractor.extract("t", "Levies arrested two suspects in Chaman, and weapons were recovered from their "
                                      "hideout.", PUB), ("DISMANTLE",))
    assert ms and ms[0].source and ms[0].source.id == "pakistan"


def test_an_attack_named_as_what_came_before_a_demand(extractor):
    text = ("China on Monday called on Kabul to crack down on the East Turkestan Islamic Movement, days after an attack "
            "on Chinese workers in northern Afghanistan. One Chinese national was killed when gunmen opened fire on a "
            "mining site in Takhar province on Wednesday, Taliban police said.")
    ms = deeds(extractor.extract("t", text, date(2025, 12, 1)), ("ATTACK",))
    assert ms and len({m.event for m in ms}) == 1  # the attack named before the demand is the one told after it
    assert all(not (m.source and m.source.id) for m in ms)  # the group to crack down on is not the attacker
    assert all(m.date == date(2025, 11, 26) for m in ms) and all(m.location.admin1 == "Takhar" for m in ms)
    ms = extractor.extract("t", "Pakistan urged Kabul to act against the TTP after an attack on a police station in "
                                "Bannu.", PUB)
    assert not any(m.source and m.source.id == "ttp" for m in ms if m.type == "ATTACK")


def test_a_capital_pressing_from_afar_is_no_place_of_the_deed(extractor):
    ms = deeds(extractor.extract("t", "Taliban authorities have moved hundreds of Pakistani militants away from the "
                                      "border, in what appears to be a response to pressure from Islamabad.", PUB))
    assert ms and all(m.location is None or m.location.name != "Islamabad" for m in ms)


def test_the_place_a_following_sentence_gives_the_event_it_names(extractor):
    for tail, admin1 in (("The incident took place in the Kulachi area of Dera Ismail Khan.", "Khyber Pakhtunkhwa"),
                         ("It happened near Surab.", "Balochistan")):
        ms = deeds(extractor.extract("t", "Two policemen were shot dead by unknown gunmen on Monday. " + tail, PUB))
        assert ms and all(m.location is not None and m.location.admin1 == admin1 for m in ms), tail


def test_what_is_blown_up_with_nobody_named_is_an_attack(extractor):
    ms = deeds(extractor.extract("t", "A gas pipeline was blown up near Pir Koh on Sunday night. The Baloch Republican "
                                      "Army claimed responsibility.", PUB))
    assert ms and {m.type for m in ms} == {"ATTACK"} and ms[0].source and ms[0].source.id == "bra"
    assert not deeds(extractor.extract("t", "The row blew up after the vote in the assembly.", PUB))


# ---------------------------------------------------------------- several claimants, a spokesman who names himself
@pytest.mark.parametrize("claim, first, groups", [
    ("The Baloch Republican Army and the Baloch Liberation Front both claimed responsibility.", "bra", {"bra", "blf"}),
    ("Responsibility was claimed by the Baloch Liberation Front and later by the Baloch Liberation Army.", "blf",
     {"blf", "bla"}),
    ("Responsibility was claimed by both the BLF and the BLA.", "blf", {"blf", "bla"}),
    ("The BLF claimed responsibility, and the BLA later also claimed it.", "blf", {"blf", "bla"}),
])
def test_every_group_that_claims_the_attack_is_carried_by_it(extractor, claim, first, groups):
    """Two groups claiming one attack: the first named is its perpetrator on their claim, and both are its groups
    (before, only one of them reached the attack, the later one where each had its own clause)."""
    ms = extractor.extract("t", "A bomb went off near a Levies van in Kharan on Sunday, wounding three. " + claim, PUB)
    attacks = deeds(ms, ("ATTACK",))
    assert attacks and len({m.event for m in attacks}) == 1
    assert {(m.source.id, m.perpetrator_basis) for m in attacks} == {(first, "claimed")}
    assert all(set(m.groups) >= groups for m in attacks)


def test_an_incident_claimed_in_the_passive_is_claimed(extractor):
    ms = extractor.extract("t", "Unknown men set fire to a girls' school in Matta on Tuesday night. The incident was "
                                "claimed by the Tehreek-e-Taliban Pakistan.", PUB)
    assert {(m.source.id, m.perpetrator_basis) for m in deeds(ms, ("ATTACK",))} == {("ttp", "claimed")}


@pytest.mark.parametrize("claim", [
    "A spokesman for the banned outfit, identifying himself as Sarbaz Baloch of the Baloch Republican Army, said the "
    "group carried out the attack.",
    "Speaking to reporters by telephone, a man identifying himself as a commander of the Baloch Republican Army said "
    "his men had blown up the tower.",
    "A man who called himself a spokesman for the Baloch Republican Army told journalists that the group had blown "
    "up the tower.",
])
def test_a_spokesman_who_names_his_group_claims_for_it(extractor, claim):
    ms = extractor.extract("t", "Militants blew up an electricity tower near Dera Murad Jamali on Monday night. " + claim,
                           PUB)
    assert {(m.source.id, m.perpetrator_basis) for m in deeds(ms, ("ATTACK",))} == {("bra", "claimed")}


# ---------------------------------------------------------------- suspicion by the signs of the attack
@pytest.mark.parametrize("remark, source", [
    ("The killing bore the hallmarks of the Lashkar-e-Jhangvi.", "lashkar-e-jhangvi"),
    ("No one has claimed responsibility, though suspicion fell on the Lashkar-e-Jhangvi.", "lashkar-e-jhangvi"),
])
def test_an_attack_suspected_by_its_signs(extractor, remark, source):
    ms = extractor.extract("t", "Gunmen on a motorcycle shot dead two Hazara shopkeepers on Jinnah Road in Quetta on "
                                "Tuesday. " + remark, PUB)
    attacks = deeds(ms, ("ATTACK",))
    assert attacks and {(m.source.id, m.perpetrator_basis) for m in attacks} == {(source, "suspected")}


@pytest.mark.parametrize("remark, source, basis", [
    ("Police said the attack was carried out by men belonging to the Lashkar-e-Jhangvi.", "lashkar-e-jhangvi",
     "blamed"),
])
def test_an_attack_done_by_men_of_a_group_is_the_groups(extractor, remark, source, basis):
    """The attack named again and done by a phrase that names a group ('men belonging to', 'members of') is that
    group's, on the word of whoever says so."""
    ms = extractor.extract("t", "A Shia scholar was shot dead outside a mosque in Karachi on Friday. " + remark, PUB)
    attacks = deeds(ms, ("ATTACK",))
    assert attacks and {(m.source.id if m.source else None, m.perpetrator_basis) for m in attacks} == {
        (source, basis)}


def test_where_the_fighters_came_from_reaches_the_fighting_past_a_seizure_in_its_sentence(extractor):
    text = ("Troops killed three militants in a gunfight near Angoor Adda on Sunday, the army said. The militants were "
            "trying to sneak in from Afghanistan, the statement said, adding that arms and explosives were recovered "
            "from the slain terrorists.")
    ms = extractor.extract("t", text, PUB)
    fight = next(m for m in deeds(ms, ("OPERATION",)))
    assert fight.launched_from is not None and fight.launched_from.country == "AF"
    seized = deeds(ms, ("DISMANTLE",))
    assert seized and seized[0].source and seized[0].source.id == "pakistan"


@pytest.mark.parametrize("remark, source", [
    ("Police believe the attack was carried out by LeJ.", "lashkar-e-jhangvi"),
    ("Investigators believe the killing was carried out by JeM.", "jaish-e-mohammed"),
])
def test_a_mixed_case_abbreviation_ending_the_sentence_names_its_group(extractor, remark, source):
    """'LeJ.' at the end of a sentence is one word with its full stop: still the group, and on a belief, a
    suspect."""
    ms = extractor.extract("t", "A Shia cleric was shot dead outside his seminary in Karachi on Monday. " + remark, PUB)
    attacks = deeds(ms, ("ATTACK",))
    assert attacks and {(m.source.id if m.source else None, m.perpetrator_basis) for m in attacks} == {
        (source, "suspected")}


def test_a_group_claiming_after_another_does_not_take_the_attack_from_the_first(extractor):
    text = ("Militants blew up a gas pipeline in Sui, Dera Bugti, on Monday. The Baloch Liberation Front claimed "
            "responsibility for the attack. The Baloch Republican Army also claimed responsibility for the blast.")
    ms = extractor.extract("t", text, PUB)
    attacks = deeds(ms, ("ATTACK",))
    assert attacks and len({m.event for m in attacks}) == 1
    assert {m.source.id for m in attacks} == {"blf"}
    assert all({"blf", "bra"} <= set(m.groups) for m in attacks)


def test_an_arrest_nobody_is_named_for_is_the_states_where_it_is_made(extractor):
    text = ("A bomb went off in a vegetable market in Quetta, killing four people. Two suspects were later detained "
            "in connection with the attack, the interior ministry said.")
    ms = extractor.extract("t", text, PUB)
    arrests = deeds(ms, ("ARREST",))
    assert arrests and all(m.source and m.source.id == "pakistan" for m in arrests)


@pytest.mark.parametrize("text", [
    "Two militants died while assembling a bomb in a house in Bannu on Sunday, police said.",
    "A TTP commander died while making a suicide vest at a compound in Mir Ali.",
])
def test_bomb_makers_dying_at_their_work_is_their_own_failed_attack(extractor, text):
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and not (attacks[0].source and attacks[0].source.id == "pakistan")
    assert attacks[0].quantities.get("attackers_killed") and not attacks[0].quantities.get("killed")


def test_falling_victim_to_a_killing_is_a_killing_done(extractor):
    ms = extractor.extract("t", "A shopkeeper fell victim to target killing in Orangi Town, Karachi, on Tuesday.", PUB)
    assert [m.modality for m in ms if m.type == "ATTACK"] == ["asserted"]


def test_an_attack_named_as_the_charge_of_a_blame_is_an_event_of_its_own(extractor):
    text = ("Pakistani jets struck Fitna al-Khawarij hideouts in Paktika province of Afghanistan on Monday, which "
            "Islamabad blamed for an attack on a checkpost in Orakzai that killed eleven soldiers. The Taliban "
            "retaliated, attacking Pakistani posts along the border.")
    ms = extractor.extract("t", text, PUB)
    strikes = [m for m in deeds(ms) if m.source and m.source.id == "pakistan"]
    charged = [m for m in deeds(ms, ("ATTACK",)) if m.source and m.source.id == "ttp"]
    assert strikes and charged and {m.event for m in strikes}.isdisjoint({m.event for m in charged})
    assert charged[0].perpetrator_basis == "blamed" and charged[0].quantities.get("killed") == 11
    assert charged[0].location is not None and charged[0].location.name == "Orakzai"
    assert not any(m.quantities.get("killed") or m.quantities.get("forces_killed") for m in strikes)
    answer = [m for m in deeds(ms) if m.source and m.source.id == "taliban"]
    assert answer and answer[0].event not in {m.event for m in charged}


def test_an_attack_an_operation_answers_keeps_its_own_dead(extractor):
    text = ("Security forces launched an operation in Tirah in retaliation for an ambush that killed four soldiers on "
            "Friday. Twelve militants were killed, the ISPR said.")
    ms = extractor.extract("t", text, PUB)
    ops = deeds(ms, ("OPERATION",))
    ambush = deeds(ms, ("ATTACK",))
    assert ops and ambush and ambush[0].event not in {m.event for m in ops}
    assert ambush[0].quantities.get("killed") == 4 and not ops[0].quantities.get("forces_killed")


def test_a_hijacking_claimed_is_the_claimants_attack(extractor):
    text = ("A passenger train was hijacked near Mach in Kachhi district on Tuesday. The Baloch Liberation Army later "
            "claimed the hijacking.")
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and {(m.source.id, m.perpetrator_basis) for m in attacks} == {("bla", "claimed")}
    ms = extractor.extract("t", "The opposition accused the ruling party of trying to hijack the agenda of the talks.",
                           PUB)
    assert not [m for m in ms if m.type == "ATTACK"]


def test_those_who_fell_victim_to_target_killing_are_its_dead(extractor):
    ms = extractor.extract("t", "A shopkeeper fell victim to target killing in Karachi on Tuesday.", PUB)
    attacks = deeds(ms, ("ATTACK",))
    assert attacks and attacks[0].quantities.get("killed") == 1


# ---------------------------------------------------------------- the group's own word, in more shapes
@pytest.mark.parametrize("claim", [
    "The Islamic State said one of its suicide bombers had attacked the convoy.",
    "The BLA's Fateh Squad said it had carried out the ambush.",
    "The Tehreek-e-Taliban Pakistan (TTP) said in a statement that its fighters planted the device.",
])
def test_a_group_telling_of_its_own_deed_in_another_sentence_claims_it(extractor, claim):
    text = "Gunmen ambushed a Frontier Corps convoy near Kalat, killing five soldiers. " + claim
    first = deeds(extractor.extract("t", text, PUB), ("ATTACK",))[0]
    assert first.source and first.source.id in ("bla", "iskp", "ttp") and first.perpetrator_basis == "claimed"


def test_a_group_believed_to_have_done_the_deed_is_suspected(extractor):
    text = ("Two rockets landed in a bazaar in Miranshah, wounding four shopkeepers. "
            "The banned Hafiz Gul Bahadur group is believed to have fired them.")
    first = deeds(extractor.extract("t", text, PUB), ("ATTACK",))[0]
    assert first.source and first.source.id == "hgb" and first.perpetrator_basis == "suspected"


def test_a_group_suspected_after_another_denies_is_the_suspect(extractor):
    text = ("Gunmen shot dead a tribal elder in Bara on Tuesday. The TTP denied carrying out the killing, and "
            "police suspected Lashkar-e-Islam.")
    first = deeds(extractor.extract("t", text, PUB), ("ATTACK",))[0]
    assert first.source and first.source.id == "lashkar-e-islam" and first.perpetrator_basis == "suspected"


def test_a_claim_timed_from_the_attack_is_that_attacks(extractor):
    text = ("A roadside bomb struck a police vehicle in Dera Ismail Khan on Friday, killing three policemen. "
            "Hours after the blast, the TTP claimed responsibility.")
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert len({m.event for m in attacks}) == 1
    assert attacks[0].source and attacks[0].source.id == "ttp" and attacks[0].perpetrator_basis == "claimed"


def test_a_claim_naming_its_attack_by_place_goes_to_that_attack(extractor):
    text = ("Militants attacked a police post in Kulachi on Monday, killing two constables. On Wednesday, a bomb "
            "killed a shopkeeper in Bannu. The TTP claimed the Kulachi attack.")
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    by_event: dict = {}
    for m in attacks:
        by_event.setdefault(m.event, []).append(m)
    first, second = list(by_event.values())[:2]
    assert any(m.source and m.source.id == "ttp" for m in first)
    assert not any(m.source and m.source.id == "ttp" for m in second)


def test_an_intelligence_based_operation_by_its_initials_is_an_operation_where_it_was(extractor):
    # "IBO" is the operation, and the dead told in the next sentence are its dead, in its place
    text = ("On 2 September 2026, security forces conducted an IBO in Boya area of North Waziristan. "
            "Three militants were killed.")
    ops = deeds(extractor.extract("ibo", text, PUB), ("OPERATION",))
    assert ops and ops[0].trigger_span is not None and text[slice(*ops[0].trigger_span)] == "IBO"
    assert all(m.location is not None and m.location.admin1 == "Khyber Pakhtunkhwa" for m in ops)


def test_the_killing_of_civilians_a_group_claims_is_its_attack(extractor):
    text = "The Baloch Liberation Front claimed the killing of six road workers in Panjgur, calling them army informers."
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and attacks[0].source.id == "blf" and attacks[0].perpetrator_basis == "claimed"
    assert attacks[0].quantities.get("killed") == 6


def test_a_group_believed_to_be_behind_the_blast_is_suspected(extractor):
    text = "A bomb went off near a school van in Swabi, wounding three children. The TTP is believed to be behind the blast."
    first = deeds(extractor.extract("t", text, PUB), ("ATTACK",))[0]
    assert first.source and first.source.id == "ttp" and first.perpetrator_basis == "suspected"


def test_a_claim_told_as_a_habit_names_no_perpetrator(extractor):
    text = ("Unknown men torched two trucks carrying supplies for NATO forces near Torkham. "
            "The TTP has claimed such attacks in the past.")
    first = deeds(extractor.extract("t", text, PUB), ("ATTACK",))[0]
    assert not (first.source and first.source.id)


def test_a_taliban_spokesman_in_pakistan_before_the_takeover_speaks_for_the_ttp(extractor):
    text = ("Militants fired rockets at a police station in Tank, killing a constable. "
            "A Taliban spokesman claimed the attack.")
    first = deeds(extractor.extract("t", text, date(2014, 3, 2)), ("ATTACK",))[0]
    assert first.source and first.source.id == "ttp" and first.perpetrator_basis == "claimed"


def test_a_deed_with_no_place_takes_the_place_of_the_sentence_before_that_tells_no_deed(extractor):
    # the first sentence has no word of a deed and is not parsed; its place is still where the killing was
    text = "Security forces cordoned off Spinwam bazaar on Sunday. Four militants were killed."
    ops = deeds(extractor.extract("cordon", text, PUB))
    assert ops and all(m.location is not None and m.location.name == "Spinwam" for m in ops)


def test_a_group_that_owns_what_a_bomb_went_off_near_is_not_its_maker(extractor):
    text = ("A roadside bomb went off near a vehicle of the Aman Lashkar in Bara, killing two of its volunteers. "
            "Lashkar-e-Islam said it had planted the bomb.")
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert len({m.event for m in attacks}) == 1
    assert attacks[0].source and attacks[0].source.id == "lashkar-e-islam"


def test_an_attack_claimed_by_a_group_in_its_own_sentence_is_claimed(extractor):
    text = "Four Hazara vegetable sellers were shot dead in Quetta in an attack claimed by Lashkar-e-Jhangvi."
    first = deeds(extractor.extract("t", text, PUB), ("ATTACK",))[0]
    assert first.source and first.source.id == "lashkar-e-jhangvi" and first.perpetrator_basis == "claimed"


@pytest.mark.parametrize("text,source", [
    ("Police launched a search operation in Tank after militants killed two constables at a checkpost.", None),
    ("The FC cordoned off the bazaar and launched a search operation after unknown gunmen shot dead a shopkeeper.",
     None),
    ("Levies conducted a search operation in Kalat following the killing of three road workers by BLA militants.",
     "bla"),
])
def test_a_search_told_after_an_attack_in_its_sentence_leaves_the_attack(extractor, text, source):
    ms = extractor.extract("t", text, PUB)
    attacks = deeds(ms, ("ATTACK",))
    assert attacks and not deeds(ms, ("OPERATION",))
    assert (attacks[0].source.id if attacks[0].source else None) == source


@pytest.mark.parametrize("text", [
    "The CTD thwarted a suicide attack on a mosque in Quetta, arresting a would-be bomber.",
    "Police foiled a terrorist attack on a girls' school in Swabi by defusing a bomb planted at its gate.",
])
def test_an_attack_foiled_is_no_attack(extractor, text):
    assert not deeds(extractor.extract("t", text, PUB), ("ATTACK",))


def test_a_rescue_of_kidnapped_people_is_no_kidnapping(extractor):
    ms = extractor.extract("t", "Police rescued three kidnapped shopkeepers in a raid on a house in Dera Murad "
                                "Jamali.", PUB)
    assert not deeds(ms, ("ATTACK",)) and deeds(ms, ("OPERATION",))


@pytest.mark.parametrize("text", [
    "A landlord's guards opened fire on tenant farmers in Khanewal, killing two.",
    "Private guards of a provincial minister shot dead a rickshaw driver in Multan.",
    "A lashkar of the Kukikhel tribe raided a militant hideout in Jamrud and killed two militants.",
])
def test_private_guards_and_tribal_levies_are_not_the_state(extractor, text):
    ms = extractor.extract("t", text, PUB)
    assert not deeds(ms, ("OPERATION",)) and deeds(ms, ("ATTACK",))


def test_border_guards_stay_the_state(extractor):
    text = "Iranian border guards fired mortar shells into Panjgur district, damaging two houses."
    ops = deeds(extractor.extract("t", text, PUB), ("OPERATION",))
    assert ops and ops[0].source and ops[0].source.id == "iran"


def test_a_search_that_struck_after_an_attack_stays_an_operation(extractor):
    text = "Troops launched a search operation in Mohmand after the ambush and killed four militants."
    assert deeds(extractor.extract("t", text, PUB), ("OPERATION",))


def test_a_search_that_answers_an_attack_and_finds_nothing_is_no_deed(extractor):
    ms = extractor.extract("t", "Gunmen on a motorcycle shot dead a polio worker in Bajaur. Police cordoned off the "
                                "area and launched a search operation for the attackers.", PUB)
    assert deeds(ms, ("ATTACK",)) and not deeds(ms, ("OPERATION",))
    # a search that struck or found something is the forces' deed; so is one with no attack told before it
    for text in ("Gunmen killed two policemen in Tank. Troops launched a search operation in the area and killed "
                 "three militants.",
                 "Security forces launched a search operation in the Tirah valley on Monday."):
        assert deeds(extractor.extract("t", text, PUB), ("OPERATION",)), text


@pytest.mark.parametrize("text", [
    "A bomb planted on a bicycle ripped through a Levies vehicle near Nushki, killing three Levies men, and the "
    "Levies launched a search operation in the area.",
    "An improvised explosive device hit a police mobile in Tank, wounding four constables; police cordoned off the "
    "area and started a search.",
    "A remote-controlled bomb struck an army truck in Mir Ali, killing a soldier. The troops then carried out an "
    "operation in the area.",
])
def test_a_hunt_after_a_blast_carries_none_of_the_blast_s_dead(extractor, text):
    # the forces the blast killed or wounded are its victims; the hunt that answers it found and struck nothing
    ms = extractor.extract("t", text, PUB)
    assert deeds(ms, ("ATTACK",)) and not deeds(ms, ("OPERATION",)), [(m.type, m.trigger, m.quantities)
                                                                       for m in deeds(ms)]


@pytest.mark.parametrize("text", [
    "Three Frontier Corps soldiers died when a bomb went off during a search operation near Khuzdar.",
    "Two policemen were wounded when a landmine exploded during a combing operation in Kohlu on Sunday.",
    "During a clearance operation in the Shawal valley, an improvised explosive device blew up, killing a soldier.",
    "A roadside bomb struck an army vehicle during a search operation in Datta Khel, killing two troops.",
])
def test_a_bomb_that_goes_off_during_an_operation_is_the_attack_alone(extractor, text):
    # the operation is when the bomb went off: the forces it killed are the blast's victims, not a fight's dead
    ms = extractor.extract("t", text, PUB)
    assert deeds(ms, ("ATTACK",)) and not deeds(ms, ("OPERATION",)), [(m.type, m.trigger) for m in deeds(ms)]
    # an operation that did something of its own stays the forces' deed
    ms = extractor.extract("t", "Troops killed four militants during a search operation near Khuzdar, where a bomb "
                                "had gone off the day before.", PUB)
    assert deeds(ms, ("OPERATION",))


@pytest.mark.parametrize("text, claimed_at, other_at", [
    ("A bomb planted on a motorcycle exploded near a school in Bannu, killing two children. Another blast in Lakki "
     "Marwat wounded three policemen. The Hafiz Gul Bahadur group claimed the one in Bannu.", "Bannu", "Lakki"),
    ("Gunmen shot dead two policemen in Tank on Monday. A roadside bomb wounded four soldiers in Quetta the same "
     "day. The Hafiz Gul Bahadur group claimed the one in Tank.", "Tank", "Quetta"),
])
def test_a_claim_that_names_a_place_is_the_attack_told_there(extractor, text, claimed_at, other_at):
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    there = [m for m in attacks if claimed_at in m.sentence]
    other = [m for m in attacks if other_at in m.sentence]
    assert there and all(m.source is not None and m.source.id == "hgb" and m.perpetrator_basis == "claimed"
                         for m in there), [(m.sentence[:30], m.source) for m in attacks]
    assert other and all(m.source is None or m.source.id != "hgb" for m in other)


@pytest.mark.parametrize("text, basis", [
    ("A constable was shot dead in Karachi on Monday. Police believe the killing was the work of the Sindhudesh "
     "Revolutionary Army.", "suspected"),
    ("Two traders were gunned down in Larkana. Police said the shooting was the handiwork of the SRA.", "blamed"),
])
def test_the_deed_named_as_a_groups_work_gives_the_attack_that_group(extractor, text, basis):
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and attacks[0].source is not None and attacks[0].source.id == "sra" \
        and attacks[0].perpetrator_basis == basis, [(m.sentence[:30], m.source, m.perpetrator_basis) for m in attacks]


@pytest.mark.parametrize("text", [
    "A roadside bomb killed two soldiers in Kurram. Later, another bomb went off in Orakzai, wounding four. "
    "Lashkar-e-Islam claimed both attacks.",
    "Gunmen killed a policeman in Tank. In a separate attack, a bomb wounded two soldiers in Quetta. The TTP "
    "claimed the two attacks.",
])
def test_a_claim_of_both_attacks_gives_each_its_claimant(extractor, text):
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert len({m.event for m in attacks}) == 2
    assert all(m.source is not None and m.source.id in ("lashkar-e-islam", "ttp") and m.perpetrator_basis == "claimed"
               for m in attacks), [(m.sentence[:30], m.source) for m in attacks]


def test_a_deed_told_separately_is_not_the_claimed_one(extractor):
    text = ("Two soldiers were martyred when militants attacked a check post in Datta Khel. The banned TTP claimed "
            "the attack in a message to journalists. Separately, a policeman was shot dead in Bannu.")
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    bannu = [m for m in attacks if "Bannu" in m.sentence]
    assert bannu and all(m.source is None for m in bannu) and bannu[0].event != attacks[0].event


@pytest.mark.parametrize("text, group, basis", [
    ("A bomb went off outside an imambargah in Kohat, killing three worshippers. Officials pointed the finger at "
     "the Islamic State.", "iskp", "blamed"),
    ("Militants raided a police post in Lakki Marwat on Tuesday night. The attackers, believed to be from the "
     "Tehreek-e-Taliban Pakistan, fled after an hour-long exchange of fire.", "ttp", "suspected"),
    ("A bomb killed two policemen in Chaman. A faction of the Pakistani Taliban, Jamaat-ul-Ahrar, said it was "
     "responsible.", "ttp", "claimed"),
])
def test_a_perpetrator_named_in_the_press_idiom(extractor, text, group, basis):
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and attacks[0].source is not None and attacks[0].source.id == group \
        and attacks[0].perpetrator_basis == basis, [(m.sentence[:30], m.source, m.perpetrator_basis) for m in attacks]


def test_groups_named_beside_no_claim_are_not_the_attackers(extractor):
    text = ("Two vaccinators were shot dead in Bajaur. No group claimed responsibility for the attack, but the "
            "Tehreek-e-Taliban Pakistan and the Islamic State have both targeted polio teams.")
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and all(m.source is None for m in attacks), [(m.sentence[:30], m.source) for m in attacks]


@pytest.mark.parametrize("text", [
    "A police station in Kulachi came under attack late on Saturday. Police repulsed the attack and killed two "
    "assailants.",
    "Police repulsed an attack on a checkpost in Tank and killed two assailants.",
])
def test_forces_repulsing_an_attack_keep_it_an_attack_with_its_attackers_dead(extractor, text):
    ms = extractor.extract("t", text, PUB)
    violent = deeds(ms, ("ATTACK", "OPERATION"))
    assert violent and all(m.type == "ATTACK" for m in violent), [(m.type, m.source) for m in violent]
    assert violent[0].quantities.get("attackers_killed") == 2 and not violent[0].quantities.get("killed")


@pytest.mark.parametrize("text, group", [
    ("Two soldiers were killed in Tank on Sunday. Suspicion fell on TTP militants.", "ttp"),
    ("Gunmen killed two policemen in Bannu. The Tahreek-e-Taliban Pakistan claimed responsibility.", "ttp"),
])
def test_suspicion_and_spellings_name_the_attackers(extractor, text, group):
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK", "OPERATION"))
    assert attacks and all(m.type == "ATTACK" for m in attacks)
    assert attacks[0].source is not None and attacks[0].source.id == group, [(m.type, m.source) for m in attacks]


def test_a_tally_the_attack_is_counted_in_is_not_another_attack(extractor):
    text = ("A remote-controlled bomb struck a police vehicle in Bajaur, killing a constable. It was the third attack "
            "on the police in the district this month. Daesh's Pakistan wing claimed it.")
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert len({m.event for m in attacks}) == 1 and attacks[0].source is not None \
        and attacks[0].source.id == "iskp", [(m.sentence[:30], m.source, m.event) for m in attacks]


@pytest.mark.parametrize("text", [
    # operations told as a series or of another time are no part of the blast told before them
    "A bomb went off outside a shrine in Orakzai, killing five worshippers. Security forces have carried out several "
    "operations in the district.",
    "A bomb went off outside a shrine in Orakzai, killing five worshippers. The army cleared the district of militants "
    "in an operation last year.",
    "A bomb went off outside a shrine in Orakzai, killing five worshippers. Troops have raided militant hideouts in "
    "the district in recent weeks.",
])
def test_a_blast_keeps_its_type_beside_operations_of_another_time(extractor, text):
    ms = extractor.extract("s", text, date(2021, 5, 2))
    blast = [m for m in ms if m.modality == "asserted" and m.quantities.get("killed") == 5]
    assert blast and all(m.type == "ATTACK" for m in blast)


def test_a_tally_over_weeks_adds_nothing_to_the_arrest_told(extractor):
    text = ("Police arrested four suspected militants in Quetta on Monday. In recent weeks police have arrested 35 "
            "suspects in the city.")
    ms = [m for m in extractor.extract("t", text, date(2021, 5, 4)) if m.type == "ARREST" and m.modality == "asserted"]
    # the tally is a report of arrests of its own (with no day), never part of Monday's
    assert [m.quantities.get("arrested") for m in ms] == [4, 35]
    assert ms[0].event != ms[1].event and ms[1].date is None


@pytest.mark.parametrize("text", [
    "In the past 24 hours, Afghan forces killed 28 Taliban fighters in operations in Kandahar.",
    "Security forces have killed 14 militants in Kurram over the past two days.",
])
def test_a_reporting_period_of_hours_or_counted_days_stays_one_report(extractor, text):
    assert any(m.type == "OPERATION" and m.modality == "asserted"
               for m in extractor.extract("p", text, date(2021, 5, 4)))


@pytest.mark.parametrize("text", [
    # the forces' operation after a bombing is a deed of its own: the bombing stays an attack
    "A roadside bomb killed two Levies men near Kohlu. The Levies then launched an operation in the area and killed "
    "three militants.",
    "A landmine wounded five soldiers in Shawal. Helicopter gunships later struck militant hideouts nearby, killing "
    "nine.",
])
def test_an_operation_after_a_bombing_is_its_own_event(extractor, text):
    ms = [m for m in extractor.extract("b", text, date(2021, 5, 2)) if m.modality == "asserted"]
    attacks = [m for m in ms if m.type == "ATTACK"]
    operations = [m for m in ms if m.type == "OPERATION"]
    assert attacks and operations and {m.event for m in attacks}.isdisjoint({m.event for m in operations})


def test_forces_killing_the_attackers_later_is_still_the_attack(extractor):
    text = "Gunmen raided a polling station in Dera Bugti, killing a constable. All four attackers were later killed by the FC."
    ms = [m for m in extractor.extract("k", text, date(2021, 5, 2)) if m.modality == "asserted"]
    assert len({m.event for m in ms if m.type in ("ATTACK", "OPERATION")}) == 1


@pytest.mark.parametrize("remark", [
    "Pakistan has repeatedly urged Kabul to rein in the TTP, which it says operates from Afghan territory.",
    "The TTP, which is based in Afghanistan's Kunar province, claimed the attack.",
    "Islamabad says the Jamaat-ul-Ahrar trains its fighters in Afghanistan.",
])
def test_where_a_group_keeps_its_base_is_no_origin_of_the_attack(extractor, remark):
    # a standing charge about a named group's sanctuary says nothing of where this attack was launched from
    text = "Gunmen stormed a Levies post in Zhob on Tuesday, killing three men. " + remark
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and all(m.launched_from is None for m in attacks)


@pytest.mark.parametrize("remark", [
    "The attackers operated from a hideout in Khost, officials said.",
    "The militants had crossed from Afghanistan, officials said.",
])
def test_where_the_attackers_came_from_stays_the_origin(extractor, remark):
    text = "Gunmen stormed a Levies post in Zhob on Tuesday, killing three men. " + remark
    attacks = deeds(extractor.extract("t", text, PUB), ("ATTACK",))
    assert attacks and all(m.launched_from and m.launched_from.country == "AF" for m in attacks)


def test_militants_based_across_the_border_who_attack_bring_their_origin(extractor):
    attacks = deeds(extractor.extract("t", "TTP militants based in Afghanistan attacked a checkpost in Zhob, killing "
                                           "three soldiers.", PUB), ("ATTACK",))
    assert attacks and attacks[0].launched_from and attacks[0].launched_from.country == "AF"


def test_what_police_came_to_do_is_no_deed_done(extractor):
    # coming to do something tells its purpose ("came to know" is another matter)
    text = "A police party came to arrest a wanted man in Okara but was pelted with stones by villagers."
    assert not deeds(extractor.extract("t", text, PUB), ("ARREST",))


def test_the_deed_of_those_a_protest_wants_arrested_is_a_given(extractor):
    text = ("Workers of the Qaumi Watan Party protested in Charsadda. Party leaders demanded the arrest of the men who "
            "attacked their office the night before.")
    assert not deeds(extractor.extract("t", text, PUB), ("ATTACK", "OPERATION"))


@pytest.mark.parametrize("text,state", [
    ("Police said two suspects were arrested in Quetta and a cache of weapons was recovered from their possession.",
     "pakistan"),
    ("The Taliban said two ISKP members were arrested and weapons were recovered from their possession.", "taliban"),
])
def test_a_seizure_told_with_an_arrest_nobody_is_named_for_is_the_arresting_state_s(extractor, text, state):
    ms = extractor.extract("t", text, PUB)
    for kind in ("ARREST", "DISMANTLE"):
        found = deeds(ms, (kind,))
        assert found and found[0].source and found[0].source.id == state, kind


@pytest.mark.parametrize("text,state", [
    ("Zabihullah Mujahid said 11 suspected Daesh members were detained overnight.", "taliban"),
    ("Pakistani officials said three suspects were arrested on Monday.", "pakistan"),
    ("Pakistani officials said three Afghan nationals were arrested in Kabul.", "taliban"),
])
def test_a_state_reporting_an_arrest_nobody_is_named_for_reports_its_own(extractor, text, state):
    # an arrest is made by the state where it is made; a state that tells of one with no place tells of its own
    held = deeds(extractor.extract("t", text, PUB), ("ARREST",))
    assert held and held[0].source and held[0].source.id == state


@pytest.mark.parametrize("text,group,basis", [
    ("A tribal elder was killed in Sangin district of Helmand on Monday. The Taliban claimed responsibility.",
     "taliban", "claimed"),
    ("A civilian was killed in Chaparhar district of Nangarhar on 4 May 2020. Officials blamed the Taliban.",
     "taliban", "blamed"),
    ("A teacher was killed in Khost on 5 June. Officials said Taliban militants were behind it.", "taliban", "blamed"),
])
def test_a_killing_nobody_is_named_for_is_the_attack_of_the_group_charged_after_it(extractor, text, group, basis):
    day = date(2020, 6, 30)  # (the Taliban an armed group)
    attacks = deeds(extractor.extract("t", text, day), ("ATTACK",))
    assert attacks and attacks[0].source and attacks[0].source.id == group
    assert attacks[0].perpetrator_basis == basis and attacks[0].quantities.get("killed") == 1


@pytest.mark.parametrize("text", [
    "A tribal elder was killed in Sangin district of Helmand on Monday. The Taliban denied responsibility.",
    "A man was killed in a dispute over land in Ghazni. Police said the Taliban were not involved.",
    "Two people were killed in a road accident in Logar. The Taliban blamed the driver.",
    "A woman was killed in Herat on Monday. Officials blamed a family dispute.",
])
def test_a_killing_no_group_is_charged_with_stays_unread(extractor, text):
    assert not deeds(extractor.extract("t", text, date(2020, 6, 30)), ("ATTACK",))


def test_operations_named_again_after_the_attack_they_answer_are_the_operations(extractor):
    text = ("Pakistani jets carried out air strikes in Afghanistan's Khost province on Monday, killing eight people, the "
            "Taliban said. The strikes came two days after a suicide bomber killed seven soldiers in North Waziristan. "
            "Pakistan's Foreign Office said the operations targeted hideouts of the TTP.")
    ms = extractor.extract("t", text, date(2024, 3, 18))
    told = [m for m in ms if m.sentence.startswith("Pakistan's Foreign Office")]
    strikes = deeds(ms, ("OPERATION",))
    assert told and all(m.type == "OPERATION" for m in told if m.type in ("ATTACK", "OPERATION"))
    assert strikes and {m.event for m in strikes} == {strikes[0].event} and "ttp" in strikes[0].groups
    attack = deeds(ms, ("ATTACK",))
    assert attack and attack[0].event != strikes[0].event and attack[0].quantities.get("killed") == 7


def test_posts_captured_are_ground_taken_not_people_held(extractor):
    ms = extractor.extract("t", "Zabihullah Mujahid said Afghan forces had captured 25 Pakistani army posts along the "
                                "border in Kunar.", PUB)
    assert ms and not any(m.quantities.get("arrested") for m in ms)
    ms = extractor.extract("t", "Police captured 25 suspects in a raid in Quetta.", PUB)
    assert any(m.quantities.get("arrested") == 25 for m in ms)


def test_a_sentence_telling_the_actors_own_losses_is_not_its_deed_on_itself(extractor):
    text = ("Taliban forces clashed with gunmen in the Khost district of Baghlan province on Thursday, killing three "
            "of them, local sources said. The resistance front said in a statement that its fighters killed five "
            "Taliban fighters in the clash.")
    ms = deeds(extractor.extract("t", text, PUB))
    assert ms and ms[0].source.id == "taliban"
    assert not any(m.source is not None and m.target is not None and m.source.id == m.target.id == "taliban"
                   for m in ms)


@pytest.mark.parametrize("text", [
    "A suicide bomber killed 30 people at a mosque in Peshawar on Monday. The police chief said investigators were "
    "looking into whether the bomber had come from Afghanistan.",
    "Gunmen killed four policemen in Tank on Sunday. Officials are investigating if the attackers crossed from "
    "Paktika province.",
])
def test_an_origin_still_looked_into_is_none_told(extractor, text):
    ms = deeds(extractor.extract("t", text, PUB))
    assert ms and all(m.launched_from is None for m in ms)


def test_the_killed_named_again_are_the_dead_of_the_deed_told(extractor):
    text = ("Security forces killed 10 terrorists in an intelligence-based operation in Khyber district on Friday. "
            "Weapons and ammunition were recovered from the killed terrorists.")
    ms = [m for m in extractor.extract("t", text, PUB) if m.type == "OPERATION"]
    assert len({m.event for m in ms}) == 1 and ms[0].quantities == {"killed": 10}
