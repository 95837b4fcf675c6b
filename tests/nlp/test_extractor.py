import pytest
from datetime import date

from tangible.ontology import counts_as_evidence

PUB = date(2026, 11, 20)  # a Friday


def events(ex, text, published=PUB):
    ms = ex.extract("t", text, published)
    for m in ms:
        assert text[m.char_span[0]:m.char_span[1]] == m.sentence
        assert text[m.trigger_span[0]:m.trigger_span[1]] == m.trigger
    return ms


def kinds(ms):
    return {(m.type, m.modality) for m in ms}


def test_demand_is_not_a_deed(extractor):
    ms = events(extractor, "Pakistan urged Kabul to arrest TTP commanders.")
    assert ("DEMAND", "asserted") in kinds(ms)
    assert ("ARREST", "demanded") in kinds(ms)
    demand = next(m for m in ms if m.type == "DEMAND")
    assert demand.source.id == "pakistan" and demand.target.id == "taliban"
    assert not any(counts_as_evidence(m.type, m.modality) for m in ms)
    assert next(m for m in ms if m.type == "ARREST").groups == ["ttp"]


def test_asserted_arrest_with_arguments(extractor):
    text = ("Taliban security forces arrested 14 members of the Tehrik-i-Taliban Pakistan in Kunar province "
            "on Monday, a provincial spokesman said.")
    ms = events(extractor, text)
    arrest = next(m for m in ms if m.type == "ARREST")
    assert arrest.modality == "asserted" and arrest.acled_subtype == "ARREST"
    assert arrest.source.id == "taliban" and arrest.target.id == "ttp"
    assert arrest.quantities == {"arrested": 14}
    assert arrest.location.name == "Kunar" and arrest.location.precision == "admin1"
    assert arrest.date == date(2026, 11, 16) and arrest.date_precision == "day"
    assert arrest.attribution.kind == "spokesperson"


@pytest.mark.parametrize("text, figure", [
    ("The district police chief said 27 suspects were taken into custody during the search.", 27),
    ("Rangers took nine men into custody in Lyari on Friday.", 9),
])
def test_people_taken_into_custody_are_counted(extractor, text, figure):
    arrest = next(m for m in events(extractor, text) if m.type == "ARREST")
    assert arrest.quantities == {"arrested": figure}


@pytest.mark.parametrize("text, deeds_told", [
    ("Levies arrested three men and seized weapons.", {"ARREST", "DISMANTLE"}),
    ("Rangers arrested five target killers and recovered pistols.", {"ARREST", "DISMANTLE"}),
    ("Police arrested a suspect and recovered hand grenades.", {"ARREST", "DISMANTLE"}),
])
def test_a_second_deed_the_parse_reads_as_a_modifier_is_still_a_deed(extractor, text, deeds_told):
    # the parse reads "seized explosives" as "the seized explosives" joined to the first verb
    assert {m.type for m in deeds(events(extractor, text))} == deeds_told


def test_negation_denial_future_conditional(extractor):
    assert kinds(events(extractor, "No one has been detained so far.")) == {("ARREST", "negated")}
    ms = events(extractor, "Officials denied any arrests.")
    assert ("DENY", "asserted") in kinds(ms) and ("ARREST", "negated") in kinds(ms)
    assert ("ARREST", "future") in kinds(events(extractor, "Officials pledged to detain anyone found training fighters."))
    assert ("DISMANTLE", "future") in kinds(events(extractor, "The Taliban will dismantle the camps in Kunar."))
    ms = events(extractor, "If talks fail, Taliban forces could raid the hideouts.")
    assert ("OPERATION", "hypothetical") in kinds(ms)
    assert ("ARREST", "negated") in kinds(events(extractor, "The authorities did not arrest the TTP commanders."))


def test_demand_only_text_has_no_asserted_action(extractor):
    text = ("Pakistan urged the Taliban administration to arrest TTP leaders and dismantle their camps. "
            "Islamabad wants Kabul to detain the commanders and hand them over. "
            "China called on Afghan authorities to freeze the accounts of ETIM. "
            "The Taliban promised to disarm the fighters. Kabul denied that any camps exist. "
            "Will the Taliban ever extradite them?")
    ms = events(extractor, text)
    assert ms
    assert not [m for m in ms if counts_as_evidence(m.type, m.modality)]
    assert {m.type for m in ms} >= {"DEMAND", "ASSURE", "DENY"}


def test_capital_as_actor_vs_place(extractor):
    ms = events(extractor, "Kabul denied the accusation on Tuesday.")
    deny = next(m for m in ms if m.type == "DENY")
    assert deny.source.id == "taliban"
    ms = events(extractor, "A suicide blast in Kabul killed six people.")
    attack = next(m for m in ms if m.type == "ATTACK")
    assert attack.source is None or attack.source.id != "taliban"
    assert attack.location.name == "Kabul" and attack.acled_subtype == "SUIC_BOMB"
    assert attack.quantities["killed"] == 6


def test_generic_actor_from_context(extractor):
    text = ("North Waziristan remained tense. Security forces killed six militants in an operation in "
            "North Waziristan on Tuesday, the ISPR said.")
    op = next(m for m in events(extractor, text) if m.type == "OPERATION")
    assert op.source.id == "pakistan" and op.source.text.lower() == "security forces"
    assert op.modality == "asserted" and op.quantities["killed"] == 6
    assert op.location.country == "PK"
    # no context: the id stays null and the text is kept
    m = next(m for m in events(extractor, "Police arrested three men.") if m.type == "ARREST")
    assert m.source.id is None and m.source.text == "Police"


def test_relative_dates(extractor):
    from tangible.nlp.dates import resolve_date

    assert resolve_date("Police said on Monday", PUB) == (date(2026, 11, 16), "day")
    assert resolve_date("arrests made last week", PUB) == (date(2026, 11, 13), "week")
    assert resolve_date("earlier this month", PUB) == (date(2026, 11, 1), "month")
    assert resolve_date("yesterday", PUB) == (date(2026, 11, 19), "day")
    assert resolve_date("on November 3", PUB) == (date(2026, 11, 3), "day")
    assert resolve_date("on 28 December", date(2027, 1, 5)) == (date(2026, 12, 28), "day")
    assert resolve_date("no date here", PUB) == (None, None)


def test_quantities_and_spans_in_longer_text(extractor):
    text = "Intro line.\n\nA roadside bomb killed 3 soldiers and wounded 7 others in Bajaur on Friday.  Next."
    ms = events(extractor, text)
    attack = next(m for m in ms if m.type == "ATTACK")
    assert attack.quantities == {"killed": 3, "wounded": 7}
    assert attack.acled_subtype == "REM_EXPLOS"
    assert attack.char_span[0] == text.index("A roadside")


def test_bad_input_is_skipped_cleanly(extractor):
    assert extractor.extract("e", "", None) == []
    assert extractor.extract("e", "   \n ", None) == []
    assert extractor.extract("ur", "پولیس نے کوئٹہ میں چار افراد کو گرفتار کر لیا۔ " * 20, None) == []
    assert extractor.extract("de", "Die Polizei hat am Montag vier Männer in Quetta festgenommen, und der "
                                   "Sprecher sagte, dass die Ermittlungen noch nicht abgeschlossen sind. " * 5,
                             None) == []
    mixed = "Police arrested four men in Quetta. پولیس نے گرفتار کیا۔ Polizei."
    assert any(m.type == "ARREST" for m in extractor.extract("mix", mixed, None))
    big = ("Police arrested four men in Quetta on Monday. " + "The weather was calm and the markets were open. " * 40) * 260
    assert len(big) > 500_000
    out = extractor.extract("big", big, PUB)
    assert len(out) >= 1


def test_pipe_keeps_order(extractor):
    items = [("a", "Police arrested two men.", None), ("b", "", None), ("c", "Pakistan urged Kabul to act.", None)]
    results = list(extractor.pipe(items, batch_size=2))
    assert len(results) == 3
    assert results[0] and results[0][0].doc_id == "a"
    assert results[1] == []
    assert results[2][0].doc_id == "c" and results[2][0].type == "DEMAND"


def deeds(ms):
    return [m for m in ms if counts_as_evidence(m.type, m.modality) or (m.type == "ATTACK" and m.modality == "asserted")]


def test_background_kinds_and_habits_are_not_incidents(extractor):
    for text in ("Militant groups routinely kidnap truck drivers on the Quetta highway.",
                 "Attacks on polio workers have become more frequent across Khyber Pakhtunkhwa.",
                 "Taliban fighters have in the past detained smugglers along the Kunar river.",
                 "Such raids seldom lead to convictions, lawyers say."):
        assert deeds(events(extractor, text)) == [], text


def test_specific_plural_deeds_stay_asserted(extractor):
    ms = events(extractor, "Security forces conducted raids in Kurram on Tuesday and killed four militants.")
    assert ("OPERATION", "asserted") in kinds(ms)
    ms = events(extractor, "Airstrikes killed nine TTP fighters in Paktika, officials said.")
    assert ("OPERATION", "asserted") in kinds(ms)


def test_historical_event_gets_a_coarse_past_date(extractor):
    ms = events(extractor, "Police in Quetta arrested the group's founder more than a decade ago.")
    arrest = next(m for m in ms if m.type == "ARREST")
    assert arrest.modality == "asserted"
    assert (arrest.date, arrest.date_precision) == (date(2016, 1, 1), "year")
    ms = events(extractor, "Kurram was the scene of a major army offensive in 2013 that displaced thousands.")
    op = next(m for m in ms if m.type == "OPERATION")
    assert (op.date, op.date_precision) == (date(2013, 1, 1), "year")


def test_quantified_negation_and_its_given_events(extractor):
    ms = events(extractor, "Not a single camp has been dismantled in Kandahar since the pledge.")
    assert ("DISMANTLE", "negated") in kinds(ms) and not deeds(ms)
    # the negation belongs to the charging, not to the arrests named inside the subject
    ms = events(extractor, "Not one of the 800 men arrested in Quetta has been charged.")
    assert ("ARREST", "asserted") in kinds(ms)


def test_a_deed_done_to_no_one_is_negated(extractor):
    for text in ("The Taliban have arrested no one in connection with the Bannu bombing, Pakistani officials say.",
                 "Afghan authorities detained none of the commanders named in the dossier.",
                 "Kabul has expelled no TTP fighters so far."):
        assert not deeds(events(extractor, text)), text
    ms = events(extractor, "Police arrested no fewer than 12 suspects in Mardan.")
    assert ("ARREST", "asserted") in kinds(ms)


def test_a_list_of_asked_steps_the_parse_turns_inside_out_is_asked_throughout(extractor):
    ms = events(extractor, "Islamabad wants the Taliban to shut the camps, disrupt the group's funding and detain "
                           "its commanders.")
    assert ("DEMAND", "asserted") in kinds(ms) and not deeds(ms)
    assert ("ARREST", "demanded") in kinds(ms)
    # each step is asked of the Taliban, not done by Islamabad
    assert all(m.source and m.source.id == "taliban" for m in ms if m.type != "DEMAND")
    ms = events(extractor, "Beijing wants Kabul to expel ETIM fighters, freeze their funds and arrest their leaders.")
    asked = [m for m in ms if m.type != "DEMAND"]
    assert {m.type for m in asked} == {"RESTRICT", "FINANCE", "ARREST"}
    assert all(m.modality == "demanded" and m.source and m.source.id == "taliban" for m in asked)


def test_steps_listed_after_a_colon_read_as_the_words_before_it(extractor):
    ms = events(extractor, '"We expect concrete steps: the arrest of TTP commanders, the closure of their camps and an '
                           'end to their funding," the spokeswoman said.')
    assert not deeds(ms) and ("ARREST", "demanded") in kinds(ms)
    ms = events(extractor, "Kabul has pledged two things: the arrest of TTP leaders and the closure of the camps.")
    assert not deeds(ms) and ("ARREST", "future") in kinds(ms)
    ms = events(extractor, "Police listed the week's results: the arrest of five militants in Swat.")
    assert ("ARREST", "asserted") in kinds(ms)


def test_a_toll_over_a_span_of_time_is_no_single_attack(extractor):
    for text in ("Islamabad urged Kabul to act on Thursday, saying attacks launched from Afghan territory had killed "
                 "dozens of soldiers this year.",
                 "Drone strikes have killed 30 militants in North Waziristan since January.",
                 "Attacks from across the border killed 40 policemen last year."):
        assert not deeds(events(extractor, text)), text
    ms = events(extractor, "Air strikes killed 12 militants in Khost on Monday, the third such raid this year.")
    assert ("OPERATION", "asserted") in kinds(ms)


@pytest.mark.parametrize("text", [
    "The Taliban said they had detained 25 Daesh members in raids across Kabul and Nangarhar in the past week.",
    "Police in Quetta arrested eleven suspected BLA facilitators over the last week, officials said.",
])
def test_a_report_of_one_past_week_tells_its_deeds(extractor, text):
    # one week is a report's own period, as "the past 24 hours" is: what it reports was done, and counts
    assert ("ARREST", "asserted") in kinds(events(extractor, text))


@pytest.mark.parametrize("text", [
    "Police have arrested dozens of suspects over the past weeks.",
    "Police arrested 40 suspects over the past month.",
    "Police arrested 40 suspects in recent weeks.",
])
def test_arrests_over_weeks_or_months_are_a_tally_of_steps_taken(extractor, text):
    # a tally of arrests reports arrests made (evidence a commitment is weighed by), with no day of its own
    arrests = [m for m in events(extractor, text) if m.type == "ARREST" and m.modality == "asserted"]
    assert arrests and all(m.date is None for m in arrests), text


@pytest.mark.parametrize("text", [
    "Security forces have killed dozens of militants over the past weeks.",
    "Militants have carried out 40 attacks in recent months.",
])
def test_violence_over_weeks_or_months_is_a_tally_of_no_event(extractor, text):
    assert not deeds(events(extractor, text)), text


def test_events_that_rise_or_continue_are_a_trend(extractor):
    for text in ("A UN report says the group's attacks on Pakistan have increased.",
                 "Arrests of TTP members have risen since the talks began."):
        assert not deeds(events(extractor, text)), text
    assert ("OPERATION", "asserted") in kinds(events(extractor, "Clashes between troops and militants continued in "
                                                                "Tirah on Monday. Ten militants were killed."))


def test_insisting_on_what_one_does_is_no_demand(extractor):
    ms = events(extractor, "The Taliban have insisted that they do not allow anyone to use Afghan soil against other "
                           "countries.")
    assert not any(m.type == "DEMAND" for m in ms) and any(m.type == "ASSURE" for m in ms)
    ms = events(extractor, "Pakistan insisted that Kabul hand over the militants.")
    assert any(m.type == "DEMAND" for m in ms)


def test_the_writers_own_view_asserts_nothing(extractor):
    ms = events(extractor, "Our view: the handover of the three suspects is a modest but real step.")
    assert not deeds(ms)


@pytest.mark.parametrize("sentence", [
    "Commanders defected amid the army's preparations for a large-scale operation in the valley.",
    "Preparations for the operation in North Waziristan were completed on Monday.",
])
def test_an_operation_being_prepared_is_not_yet_done(extractor, sentence):
    ops = [m for m in extractor.extract("x", sentence, None) if m.type == "OPERATION"]
    assert ops and all(m.modality == "future" for m in ops)


def test_the_perpetrators_of_an_attack_presuppose_it(extractor):
    ms = extractor.extract("x", "Mourners demanded that the perpetrators of the market bombings be brought to justice.",
                           None)
    assert not [m for m in ms if m.type == "ATTACK" and m.modality == "asserted"]
    ms = extractor.extract("x", "Police arrested three perpetrators of the market bombing in Quetta.", None)
    assert [m.type for m in ms if m.modality == "asserted"] == ["ARREST"]


@pytest.mark.parametrize("sentence,actor", [
    ("A mine planted by the Pakistani army inside the hideout killed four militants.", "pakistan"),
    ("A shepherd was killed after Indian fire across the Line of Control.", "india"),
    ("Indian border forces resorted to shelling on villages near Sialkot.", "india"),
])
def test_who_placed_fired_or_resorted_to_it_acts(extractor, sentence, actor):
    ms = [m for m in extractor.extract("x", sentence, None) if m.type in ("OPERATION", "ATTACK")
          and m.modality == "asserted"]
    assert ms and ms[0].source is not None and ms[0].source.id == actor, [(m.type, m.source) for m in ms]


def test_what_one_wants_to_see_done_is_asked_for_not_done(extractor):
    ms = extractor.extract("x", "Islamabad wants to see militants apprehended and their camps dismantled.", None)
    assert not [m for m in ms if m.type in ("ARREST", "DISMANTLE") and m.modality == "asserted"]
    ms = extractor.extract("x", "Observers saw the camps dismantled last week.", None)
    assert [m.type for m in ms if m.modality == "asserted"] == ["DISMANTLE"]


def test_a_strike_the_parse_reads_as_an_auxiliary_is_still_a_strike(extractor):
    ms = extractor.extract("x", "Pakistani jets struck suspected TTP hideouts in Paktika province on Monday night, "
                                "officials said.", None)
    ops = [m for m in ms if m.type == "OPERATION" and m.modality == "asserted"]
    assert ops and ops[0].source and ops[0].source.id == "pakistan"


def test_steps_not_taken_are_no_action(extractor):
    ms = extractor.extract("x", "Monitors said the Taliban had taken no steps to restrict the TTP.", None)
    assert not [m for m in ms if m.type == "RESTRICT" and m.modality == "asserted"]


def test_the_words_of_an_assurance(extractor):
    ms = extractor.extract("x", "The Taliban said they will not allow anyone to use Afghan territory against "
                                "Pakistan.", None)
    assert [(m.type, m.modality, m.source.id) for m in ms] == [("ASSURE", "asserted", "taliban")]


@pytest.mark.parametrize("text, source, dead", [
    ("Three TTP militants were killed when their explosives went off prematurely in South Waziristan.", "ttp",
     {"attackers_killed": 3}),
    ("A roadside bomb went off prematurely near Turbat on Sunday, killing two militants who were planting it. The Baloch "
     "Liberation Front claimed responsibility.", "blf", {"attackers_killed": 2}),
    ("A bomb exploded prematurely near a bus stop in Quetta on Monday, killing the bomber and two passers-by.", None,
     {"attackers_killed": 1, "killed": 2}),
    # the bomb told as the one they were planting
    ("Two militants were killed in Khyber as the mine they were planting went off.", None, {"attackers_killed": 2}),
])
def test_a_bomb_going_off_in_its_makers_hands_is_their_failed_attack(extractor, text, source, dead):
    """GTD and ACLED code a bomb that goes off as it is planted or made as the group's explosion: the makers act,
    their dead are their own."""
    ms = [m for m in extractor.extract("x", text, None) if m.type in ("ATTACK", "OPERATION")]
    assert ms and {m.type for m in ms} == {"ATTACK"}
    assert {m.source.id if m.source else None for m in ms} == {source}
    assert ms[0].quantities == dead


def test_forces_that_shoot_bomb_planters_keep_their_operation(extractor):
    ms = extractor.extract("x", "Troops shot dead two militants while planting an IED on a road in North Waziristan.",
                           None)
    assert {(m.type, m.source.id) for m in ms if m.type in ("ATTACK", "OPERATION")} == {("OPERATION", "pakistan")}


@pytest.mark.parametrize("sentence", [
    "A peace committee member was killed by an IED that went off near his house in Bajaur.",
    "A local peace committee leader was shot dead by militants in Bajaur.",
])
def test_the_victims_group_is_never_the_attacker(extractor, sentence):
    attacks = [m for m in extractor.extract("x", sentence, None) if m.type == "ATTACK"]
    assert attacks and all(m.source is None or m.source.id != "pro-government-militia" for m in attacks)


def test_militants_killed_by_their_own_bomb_are_no_operation(extractor):
    ms = extractor.extract("x", "Two TTP militants were killed when their own bomb went off.", None)
    violent = [m for m in ms if m.type in ("ATTACK", "OPERATION")]  # their own failed attack, their own dead
    assert violent and {(m.type, m.source.id) for m in violent} == {("ATTACK", "ttp")}
    assert violent[0].quantities == {"attackers_killed": 2}


def test_a_search_operation_is_the_forces_of_the_place_but_air_strikes_are_named_only(extractor):
    ms = extractor.extract("x", "A search operation in Kalat, Balochistan left 13 militants dead.", None)
    assert [m.source.id for m in ms if m.type == "OPERATION" and m.source] == ["pakistan"]
    # strikes cross borders: air strikes in Paktika are not the Taliban's for being in Afghanistan
    ms = extractor.extract("x", "Eight militants were killed in air strikes in Barmal district of Paktika.", None)
    assert all(m.source is None or m.source.id is None for m in ms if m.type == "OPERATION")


@pytest.mark.parametrize("text", [
    "While opposition activists were being detained in Lahore, ministers refused to comment.",
    "The minister refused to comment after police arrested 20 activists in Quetta.",
])
def test_a_clause_of_time_keeps_its_own_deed_whatever_the_main_verb_refuses(extractor, text):
    ms = extractor.extract("t", text, date(2026, 11, 20))
    assert ("ARREST", "asserted") in kinds(ms)


@pytest.mark.parametrize("text, etype", [
    # "shut" reads as a past tense beside the infinitive it is coordinated with; it is what Islamabad wants
    ("Islamabad wants Kabul to detain TTP leaders and shut down their camps.", "DISMANTLE"),
    ("The arrest of ETIM members remains a key Chinese demand.", "ARREST"),
])
def test_what_is_wanted_or_named_as_a_demand_is_no_deed(extractor, text, etype):
    ms = extractor.extract("t", text, date(2026, 11, 20))
    assert (etype, "demanded") in kinds(ms) and not any(counts_as_evidence(m.type, m.modality) for m in ms)


def test_neither_nor_negates_both_deeds(extractor):
    ms = extractor.extract("t", "Kabul has neither arrested nor expelled any TTP commander, a UN report said.",
                           date(2026, 11, 20))
    assert ("ARREST", "negated") in kinds(ms) and not any(counts_as_evidence(m.type, m.modality) for m in ms)


def test_what_demands_include_is_demanded(extractor):
    ms = extractor.extract("t", "Pakistan's demands include the arrest of TTP leaders and the closure of their "
                                "training camps.", date(2026, 11, 20))
    assert ("ARREST", "demanded") in kinds(ms) and not any(counts_as_evidence(m.type, m.modality) for m in ms)


@pytest.mark.parametrize("text, source, target", [
    ("Amir Khan Muttaqi told his Pakistani counterpart that Kabul was committed to the Doha agreement.",
     "taliban", "pakistan"),
    ("The Taliban remain committed to the Doha agreement, their spokesman said.", "taliban", None),
    # a pronoun committed in what a party says is that party
    ("The Afghan defence ministry said it was committed to ensuring that Afghan soil is not used against any "
     "country.", "taliban", None),
    ("Pakistan's Foreign Office said it was committed to dialogue with Kabul.", "pakistan", None),
])
def test_the_party_committed_gives_the_assurance_to_whom_it_is_told(extractor, text, source, target):
    ms = extractor.extract("t", text, date(2026, 11, 20))
    assure = next(m for m in ms if m.type == "ASSURE")
    assert assure.source is not None and assure.source.id == source
    assert (assure.target.id if assure.target else None) == target


def test_the_us_named_alone_is_the_united_states(extractor):
    ms = extractor.extract("t", "The US called on the Taliban to live up to their commitments.", date(2026, 11, 20))
    demand = next(m for m in ms if m.type == "DEMAND")
    assert demand.source.id == "us" and demand.target.id == "taliban"


def test_a_party_named_beside_the_speaker_is_not_where_the_statement_was_made(extractor):
    ms = extractor.extract("t", "Pakistan and China have urged Afghanistan's Taliban administration to take "
                                "verifiable steps against terrorist groups.", date(2026, 11, 20))
    demand = next(m for m in ms if m.type == "DEMAND")
    assert demand.location is None or demand.location.name != "China"


@pytest.mark.parametrize("text", [
    "Dismantling militant hideouts is the only way forward, he said.",
    "Officers said raiding hideouts in the valley had become far more dangerous.",
    # the parser hangs the first of two coordinated gerunds on the verb of saying
    "An analyst said arresting militants and cutting off their funding would be the real test of Taliban sincerity.",
    "Officials said freezing the accounts and arresting the financiers were the next steps.",
    # the later items of a list hang on the listing verb
    "The measures include arresting militants, freezing their assets and closing training camps.",
])
def test_a_kind_of_action_argued_about_is_no_deed(extractor, text):
    assert deeds(events(extractor, text)) == [], text


def test_a_dated_action_named_by_its_gerund_stays_one(extractor):
    ms = events(extractor, "Capturing the three bombers took police six weeks, the inspector said.")
    assert ("ARREST", "asserted") in kinds(ms)
    ms = events(extractor, "Shelling kills 7 near border town")
    assert ("OPERATION", "asserted") in kinds(ms)


def test_intelligence_operatives_are_the_states(extractor):
    ms = extractor.extract("t", "Afghan intelligence operatives detained four suspected ISKP members in Nangarhar "
                                "on Sunday.", date(2023, 5, 2))
    assert [m.type for m in deeds(ms)] == ["ARREST"]
    ms = extractor.extract("t", "TTP operatives detained two teachers in Bajaur.", date(2023, 5, 2))
    assert [m.type for m in deeds(ms)] == ["ATTACK"]


def test_deporting_migrants_is_no_handover(extractor):
    text = "Pakistan deported thousands of Afghan nationals without documents in October."
    assert deeds(events(extractor, text)) == [], text


@pytest.mark.parametrize("text", [
    "Iran has deported more than 300,000 Afghans since January, the UN refugee agency said.",
    "Turkey deported 200 undocumented Pakistanis on Friday.",
    "Saudi Arabia deported 2,500 Pakistanis for overstaying their visas.",
])
def test_deporting_people_by_their_status_or_nationality_is_no_handover(extractor, text):
    assert deeds(events(extractor, text)) == [], text


def test_deporting_people_wanted_for_attacks_is_a_handover(extractor):
    ms = events(extractor, "The UAE deported two Pakistani nationals wanted for the Quetta bombing to Islamabad.")
    assert ("EXTRADITE", "asserted") in kinds(ms)
    # what makes them suspects hangs on the verb in the parse, not on the people
    ms = events(extractor, "Kabul deported two Pakistanis wanted for the Peshawar bombing.")
    assert ("EXTRADITE", "asserted") in kinds(ms)


def test_a_man_wanted_for_an_attack_is_sought_not_asked_for(extractor):
    ms = events(extractor, "Rangers detained a BLA commander wanted for the 2023 Turbat attack during a raid in Kech.")
    assert [m.type for m in deeds(ms)] == ["ARREST"]
    assert not [m for m in ms if m.modality == "demanded"]


def test_a_raid_that_only_makes_an_arrest_is_the_arrest(extractor):
    ms = events(extractor, "Police raided a house in Mardan on Monday and arrested two suspected extortionists.")
    assert [m.type for m in deeds(ms)] == ["ARREST"]


def test_hearsay_of_a_deed_leaves_it_unverified(extractor):
    ms = events(extractor, "Taliban intelligence is believed to have detained two TTP commanders in Paktika.")
    arrest = next(m for m in ms if m.type == "ARREST")
    assert arrest.verification == "unverified"
    # what social media says is not yet a verified deed; a post as the deed's subject matter is no hearsay
    ms = events(extractor, "Posts shared on social media claimed that Taliban guards had detained four TTP men "
                           "near Barmal.")
    assert next(m for m in ms if m.type == "ARREST").verification == "unverified"
    ms = events(extractor, "Police in Multan arrested a man for posting threats on social media.")
    assert next(m for m in ms if m.type == "ARREST").verification is None


def test_coordinated_verbs_share_who_took_people_away(extractor):
    ms = extractor.extract("t", "Taliban fighters stormed a TTP hideout in Barmal and took away five men.",
                           date(2023, 6, 1))
    assert [m for m in ms if m.type in ("ARREST", "OPERATION", "ATTACK") and m.source and m.source.id == "taliban"]


@pytest.mark.parametrize("text", [
    "The accused told the court in Rawalpindi that he had been tortured.",
    "Police handed the accused over to the CTD for questioning.",
])
def test_a_participle_used_as_a_noun_names_people_not_an_accusation(extractor, text):
    assert [m for m in events(extractor, text) if m.type == "ACCUSE"] == [], text


def test_a_handover_inside_one_state_is_no_extradition(extractor):
    ms = events(extractor, "Levies personnel handed the two suspects over to the police in Loralai.")
    assert [m for m in ms if m.type == "EXTRADITE"] == []
    # a branch of the state's police named in full is still the state's own
    for text in ("Police in Chaman handed the detainees over to the counter-terrorism department for questioning.",
                 "Rangers handed three suspects over to the Counter Terrorism Department in Hyderabad."):
        assert [m for m in events(extractor, text) if m.type == "EXTRADITE"] == [], text
    ms = events(extractor, "Oman handed over the suspect to the FIA at Islamabad airport on Monday.")
    assert ("EXTRADITE", "asserted") in kinds(ms)


def test_a_joint_statement_is_each_named_partys_own(extractor):
    day = date(2026, 11, 20)
    ms = extractor.extract("t", "Pakistan and Iran called on the Taliban administration to stop militants from "
                                "using Afghan soil.", day)
    demands = [m for m in ms if m.type == "DEMAND"]
    assert sorted(m.source.id for m in demands) == ["iran", "pakistan"]
    assert {m.target.id for m in demands} == {"taliban"} and len({m.event for m in demands}) == 1
    ms = extractor.extract("t", "Islamabad and Beijing asked Kabul to hand over the militants.", day)
    assert sorted(m.source.id for m in ms if m.type == "DEMAND") == ["china", "pakistan"]
    # an unnamed conjunct names nobody to hold to the statement
    ms = extractor.extract("t", "Pakistan and other neighbours urged the Taliban to act against the TTP.", day)
    assert [m.source.id for m in ms if m.type == "DEMAND"] == ["pakistan"]


def test_a_party_expecting_another_to_act_demands_it(extractor):
    ms = extractor.extract("t", "Beijing expects the Taliban administration to rein in Uyghur militants, the "
                                "ministry said.", date(2025, 3, 1))
    demand = next(m for m in ms if m.type == "DEMAND")
    assert demand.source.id == "china" and demand.target.id == "taliban"
    ms = extractor.extract("t", "Observers expect the Taliban to relocate more fighters this year.", date(2025, 3, 1))
    assert [m for m in ms if m.type == "DEMAND"] == []


def test_a_standing_policy_on_the_soil_is_an_assurance(extractor):
    ms = extractor.extract("t", "The Islamic Emirate does not permit anyone to use Afghan territory against "
                                "neighbouring countries, Mujahid said.", date(2025, 3, 1))
    assert any(m.type == "ASSURE" and m.source and m.source.id == "taliban" for m in ms)
    # reported in the past tense, the soil named; a past refusal about anything else is no assurance
    ms = extractor.extract("t", "A spokesman said the Islamic Emirate did not allow anyone to use its territory "
                                "against Pakistan.", date(2025, 3, 1))
    assert any(m.type == "ASSURE" and m.source and m.source.id == "taliban" for m in ms)
    ms = extractor.extract("t", "Witnesses said the Taliban did not allow anyone to enter the market in Kunduz.",
                           date(2025, 3, 1))
    assert not any(m.type == "ASSURE" for m in ms)


def test_a_headline_in_capitals_keeps_its_abbreviations_and_places(extractor):
    ms = events(extractor, "BLA FIGHTERS KILL FOUR SOLDIERS IN TURBAT AMBUSH")
    attack = next(m for m in ms if m.type == "ATTACK")
    assert attack.source is not None and attack.source.id == "bla"
    ms = events(extractor, "JEM CHIEF ARRESTED IN LAHORE RAID")
    arrest = next(m for m in ms if m.type == "ARREST")
    assert arrest.location is not None and arrest.location.name == "Lahore"


def test_a_body_found_with_the_marks_of_a_killing_is_an_attack_whoever_found_it(extractor):
    for text in ("The bullet-riddled body of a shopkeeper was found near a stream in Pishin on Tuesday.",
                 "Villagers found the tortured body of a schoolteacher in an orchard in Turbat.",
                 "Levies recovered the bullet-riddled body of a missing engineer from a ravine in Harnai."):
        attack = next(m for m in events(extractor, text) if m.type == "ATTACK")
        assert attack.modality == "asserted" and attack.source is None, text
        assert attack.quantities.get("killed") == 1, text
    # a body and no killing: a drowning, an earthquake's dead
    for text in ("Police recovered the body of a boy who drowned in a canal near Sibi.",
                 "Rescuers recovered the bodies of nine people from the rubble after the earthquake in Harnai."):
        assert [m for m in events(extractor, text) if m.type in ("ATTACK", "OPERATION")] == [], text


@pytest.mark.parametrize("text", [
    # a question of how to act, not an act
    "The envoys' meeting in Tashkent focused on how to curb cross-border infiltration.",
    "Officials were divided over whether to freeze the group's accounts.",
    # an operation the report expects, plans or schedules
    "The operation against the militants is expected to begin after the snow melts, officials said.",
    "A fresh crackdown on the network is planned to start next month.",
])
def test_a_question_or_an_expected_operation_is_no_deed(extractor, text):
    assert [m for m in events(extractor, text) if m.modality == "asserted" and m.type in (
        "ARREST", "OPERATION", "FINANCE", "DISMANTLE", "RESTRICT", "EXTRADITE")] == [], text


def test_premises_sealed_are_an_action_only_when_money_or_militants_are_named(extractor):
    ms = events(extractor, "Officials in Peshawar sealed four currency exchange outlets suspected of moving funds "
                           "for the BLA.")
    assert ("FINANCE", "asserted") in kinds(ms)
    for text in ("Police sealed 15 shops in Liaquat Bazaar for violating the lockdown.",
                 "The administration sealed the offices of a student union in Quetta."):
        assert [m for m in events(extractor, text) if m.type in ("FINANCE", "DISMANTLE")] == [], text


def test_people_seized_are_taken_whatever_they_carried(extractor):
    ms = events(extractor, "Levies seized three men carrying detonators at a checkpoint near Nushki.")
    assert ("ARREST", "asserted") in kinds(ms)
    ms = events(extractor, "Customs officers seized a lorry carrying 300 rifles near Torkham.")
    assert ("DISMANTLE", "asserted") in kinds(ms)


def test_a_deed_that_others_criticise_is_reported_elsewhere(extractor):
    ms = events(extractor, "Rights groups criticised the detention of Afghan families in Islamabad.")
    assert [m for m in ms if m.type == "ARREST" and m.modality == "asserted"] == []


@pytest.mark.parametrize("text", [
    "Three Levies soldiers killed in Panjgur.",
    "Two FC personnel were shot dead near Kharan on Friday.",
])
def test_forces_killed_by_nobody_named_are_an_attack(extractor, text):
    attack = [m for m in events(extractor, text) if m.type == "ATTACK" and m.modality == "asserted"]
    assert attack and attack[0].source is None, text


@pytest.mark.parametrize("text", [
    "Two Levies soldiers were killed when their jeep overturned near Panjgur.",
    "A constable died in a road accident on the Indus Highway.",
])
def test_forces_dying_in_an_accident_are_no_attack(extractor, text):
    assert [m for m in events(extractor, text) if m.type in ("ATTACK", "OPERATION")] == [], text


def test_a_deed_insisted_on_as_fact_is_stated_not_asked_for(extractor):
    ms = events(extractor, "Taliban officials insist they have detained 40 ISKP members in Nangarhar this month.")
    assert ("ARREST", "asserted") in kinds(ms) and not [m for m in ms if m.type == "DEMAND"]
    ms = events(extractor, "Islamabad insisted that the TTP commanders be handed over to Pakistan.")
    assert ("DEMAND", "asserted") in kinds(ms) and ("EXTRADITE", "asserted") not in kinds(ms)


@pytest.mark.parametrize("text", [
    "Instead of detaining the commanders, the Taliban gave them houses in Khost.",
    "Kabul has stopped short of arresting TTP leaders, urging them instead to keep away from the border.",
    "Rather than dismantling the camps in Kunar, the de facto authorities have allowed them to grow.",
    "Few diplomats in Islamabad believe the Taliban detained the TTP commanders.",
    "Pakistani officials remain sceptical that Kabul has frozen any of the group's funds.",
    "The crackdown on hawala dealers in Chaman, announced in August, has yet to begin.",
    "The two men named in the dossier are yet to be arrested.",
    "The draft envisages the arrest of TTP commanders living in Paktika.",
])
def test_an_alternative_set_aside_a_doubted_report_or_a_draft_is_no_deed(extractor, text):
    assert not [m for m in events(extractor, text) if counts_as_evidence(m.type, m.modality)], text


def test_a_few_who_believe_still_report(extractor):
    ms = events(extractor, "A few officials in Kabul believe the GDI detained the commanders in Khost last week.")
    assert ("ARREST", "asserted") in kinds(ms)


@pytest.mark.parametrize("text, source, target", [
    # a simple past coordinated with a clause in another tense goes with the saying
    ("The Foreign Office said the bombing had been planned in Afghanistan and called on Kabul to hand over the "
     "perpetrators.", "pakistan", "taliban"),
    ("A Chinese foreign ministry spokesperson said the attack was being investigated and urged Islamabad to "
     "protect Chinese workers.", "china", "pakistan"),
    # a participle that asks someone something does not modify the noun it hangs on
    ("Mujahid, reacting to the remarks, called on Islamabad to stop blaming Afghanistan.", "taliban", "pakistan"),
    # the side in talks speaks for its state
    ("The Chinese side asked the Taliban to detain the ETIM fighters in Badakhshan.", "china", "taliban"),
])
def test_a_demand_keeps_its_speaker_where_the_parse_loses_it(extractor, text, source, target):
    demand = next(m for m in events(extractor, text) if m.type == "DEMAND")
    assert (demand.source and demand.source.id, demand.target and demand.target.id) == (source, target), text


def test_a_state_in_talks_assures_and_never_urges_itself(extractor):
    ms = events(extractor, "The Afghan side assured the visiting delegation that ETIM would not be allowed to "
                           "operate on Afghan soil.")
    assert next(m for m in ms if m.type == "ASSURE").source.id == "taliban"
    demand = next(m for m in events(extractor, "China has asked the interim government to freeze the assets of "
                                               "ETIM fighters.") if m.type == "DEMAND")
    assert demand.source.id == "china" and not (demand.target and demand.target.id == "china")


@pytest.mark.parametrize("text", [
    "The Taliban's claim that they relocated TTP families to Ghazni is disputed by Pakistani officials.",
    "Kabul insists its forces have detained 30 TTP members, a claim Islamabad dismisses.",
    "The Taliban say they have shut the camps in Barmal, a claim Pakistan rejects.",
])
def test_a_claim_its_own_sentence_disputes_is_disputed(extractor, text):
    deed = next(m for m in events(extractor, text) if m.type in ("RESTRICT", "ARREST", "DISMANTLE"))
    assert deed.modality == "asserted" and deed.verification == "disputed", text


def test_a_clause_with_its_own_subject_keeps_its_own_negation(extractor):
    ms = events(extractor, "The interior minister said Afghan soil would not be used against China and that the "
                           "Islamic Emirate was committed to its pledges.")
    assert ("ASSURE", "asserted") in kinds(ms)
    assert next(m for m in ms if m.type == "ASSURE").source.id == "taliban"


@pytest.mark.parametrize("text, etype", [
    # an inverted passive: the parse hangs what was taken on the auxiliary
    ("Also recovered from the compound were three pistols and a suicide vest.", "DISMANTLE"),
    ("Arrested at the scene was a TTP commander wanted for the Bannu attack.", "ARREST"),
    # the origin hung on the people moved
    ("The Taliban moved scores of TTP fighters from Paktika to Ghazni last month.", "RESTRICT"),
    # a watch list, a proscription, a travel ban
    ("The Punjab home department placed 12 TTP commanders on the Fourth Schedule.", "RESTRICT"),
    ("The interior ministry declared Jamaat-ul-Ahrar a proscribed outfit on Friday.", "RESTRICT"),
    ("The Security Council committee subjected the two TTP leaders to a travel ban.", "RESTRICT"),
    ("A roadside bomb tore through a Levies vehicle near Kalat on Sunday.", "ATTACK"),
])
def test_deeds_in_less_common_wording(extractor, text, etype):
    assert (etype, "asserted") in kinds(events(extractor, text)), text


@pytest.mark.parametrize("text", [
    "The government declared the day a public holiday.",
    "Rescuers moved the wounded from the blast site to hospital.",
    "He added that the talks had been useful.",
])
def test_no_restriction_in_ordinary_declaring_moving_or_adding(extractor, text):
    assert "RESTRICT" not in {m.type for m in events(extractor, text)}, text


def test_a_madrassa_closed_is_dismantled_and_a_border_closed_is_not(extractor):
    ms = events(extractor, "The Afghan interior ministry announced the closure of a madrassa in Khost that was "
                           "training TTP recruits.")
    closure = next(m for m in ms if m.type == "DISMANTLE")
    assert closure.modality == "asserted" and closure.source.id == "taliban"
    assert "DISMANTLE" not in {m.type for m in events(extractor, "Officials announced the closure of the Torkham "
                                                                  "border for two days.")}


@pytest.mark.parametrize("text", [
    "The dossier names 20 TTP hideouts that Islamabad wants destroyed.",
    "The ISPR said the interim Afghan government was expected to deny sanctuaries to the khwarij, and to hand over "
    "the terrorists behind the attacks.",
])
def test_what_is_wanted_or_expected_is_not_done(extractor, text):
    assert not [m for m in events(extractor, text) if counts_as_evidence(m.type, m.modality)], text


def test_an_allegation_is_against_whom_its_clause_names(extractor):
    ms = events(extractor, "Pakistani officials allege that the Taliban's intelligence service has given TTP "
                           "commanders safe houses in Kabul.")
    accuse = next(m for m in ms if m.type == "ACCUSE")
    assert accuse.source.id == "pakistan" and accuse.target.id == "taliban"


@pytest.mark.parametrize("text, actor", [
    ("On 14 August 2020, ANA commandos supported by US airstrikes killed 19 Taliban in Maiwand district (Kandahar).",
     "afghan-republic"),
    ("On 14 August 2020, Afghan Special Forces, backed by US drone strikes, raided a Taliban prison in Nawa "
     "district (Helmand), killing 7 guards.", "afghan-republic"),
])
def test_the_backing_of_a_named_party_is_not_who_acted(extractor, text, actor):
    ms = [m for m in extractor.extract("b", text, date(2020, 8, 20)) if m.type == "OPERATION"
          and m.modality == "asserted"]
    assert ms and ms[0].source is not None and ms[0].source.id == actor, [m.source for m in ms]


@pytest.mark.parametrize("text, etype, figure", [
    ("On Friday, a man wanted for the murder of a shopkeeper was arrested in Swabi, police said.", "ARREST",
     ("arrested", 1)),
    ("A suspected militant wanted for the murder of two policemen was killed in an encounter with police in Mardan "
     "on Tuesday.", "OPERATION", ("killed", 1)),
])
def test_a_man_wanted_for_a_killing_is_sought_not_asked_for(extractor, text, etype, figure):
    """The parse reads 'a man wanted for the murder ... was arrested' as the man wanting the arrest: the
    participle only says why he is sought, and the arrest or the killing is reported, with its figure."""
    ms = [m for m in extractor.extract("x", text, None) if m.type == etype]
    assert ms and all(m.modality == "asserted" for m in ms)
    assert ms[0].quantities.get(figure[0]) == figure[1]


@pytest.mark.parametrize("text, dead", [
    ("A police constable fell victim to a targeted attack in Orangi Town on Wednesday.", 1),
    ("Three Levies men fell prey to a suicide attack on their checkpoint in Kalat on Monday.", 3),
])
def test_those_who_fell_victim_to_an_attack_were_killed(extractor, text, dead):
    """The press's "fell victim to a targeted attack" tells of the dead (not of an attempt survived)."""
    attacks = [m for m in extractor.extract("x", text, None) if m.type == "ATTACK" and m.modality == "asserted"]
    assert attacks and attacks[0].quantities.get("killed") == dead


def test_an_end_not_yet_reached_is_future(extractor):
    text = "The army spokesman said operations in Bajaur would go on until every militant is eliminated."
    ops = [m for m in extractor.extract("u", text, date(2024, 5, 1)) if m.type in ("OPERATION", "ARREST")]
    assert ops and all(m.modality != "asserted" for m in ops)
    done = "Troops fought the militants until all five attackers were killed, the military said."
    assert any(m.modality == "asserted" and m.quantities.get("killed") == 5
               for m in extractor.extract("v", done, date(2024, 5, 1)))


@pytest.mark.parametrize("text", [
    # the strike's doer named by its own phrase, not the air force of the country it fell in
    "Three militants were killed in a drone strike carried out by US forces in Shawal, North Waziristan.",
    "Four militants were killed in a drone strike believed to have been carried out by the US in Datta Khel.",
    "Three militants were killed in a drone strike by the US in Shawal.",
])
def test_the_doer_of_the_strike_the_dead_fell_in(extractor, text):
    ms = [m for m in extractor.extract("s", text, date(2015, 6, 1)) if m.type == "OPERATION"
          and m.modality == "asserted"]
    assert ms and ms[0].source is not None and ms[0].source.id == "us"


@pytest.mark.parametrize("text,speaker", [
    ("The Islamic Emirate has given assurances to all neighbours that Afghan soil would not be used against them.",
     "taliban"),
    ("Kabul offered fresh guarantees that its soil would not be used against Pakistan.", "taliban"),
    ("The Taliban reiterated their commitment that Afghan territory would not be used against any country.", "taliban"),
])
def test_an_assurance_given_or_offered_is_its_giver_s(extractor, text, speaker):
    ms = [m for m in events(extractor, text) if m.type == "ASSURE"]
    assert ms and ms[0].modality == "asserted" and ms[0].source and ms[0].source.id == speaker


@pytest.mark.parametrize("text,speaker", [
    ("China hopes the Afghan side will crack down on ETIM, the spokeswoman said.", "china"),
    ("Pakistan hoped Kabul would hand over the militants.", "pakistan"),
])
def test_a_party_hoping_another_will_act_demands_it(extractor, text, speaker):
    ms = [m for m in events(extractor, text) if m.type == "DEMAND"]
    assert ms and ms[0].source and ms[0].source.id == speaker and ms[0].target and ms[0].target.id == "taliban"


def test_a_hope_of_ones_own_is_no_demand(extractor):
    for text in ("Pakistan hopes to reopen the Torkham crossing next week.", "Officials hope the talks will succeed."):
        assert not any(m.type == "DEMAND" for m in events(extractor, text)), text


@pytest.mark.parametrize("text,speaker", [
    ("Pakistan said the Taliban must take action against the TTP.", "pakistan"),
    ("The Afghan Taliban should act against the TTP, the Pakistani Foreign Office said.", "pakistan"),
    ("China told the Taliban they should hand over ETIM fighters.", "china"),
    ("The Foreign Office said Kabul needs to arrest TTP leaders.", "pakistan"),
])
def test_a_party_saying_another_must_act_demands_it(extractor, text, speaker):
    ms = [m for m in events(extractor, text) if m.type == "DEMAND"]
    assert ms and ms[0].modality == "asserted" and ms[0].source and ms[0].source.id == speaker
    assert ms[0].target and ms[0].target.id == "taliban"


@pytest.mark.parametrize("text", [
    "Police arrested three members of a kidnapping gang in Peshawar.",
    "Police arrested two kidnapping suspects in Quetta.",
    "The bombing suspect was detained at a checkpoint in Mardan.",
    "Police arrested members of a target killing network in Karachi.",
])
def test_a_deed_naming_a_kind_of_people_is_no_deed_of_its_own(extractor, text):
    ms = events(extractor, text)
    assert [m.type for m in deeds(ms)] == ["ARREST"], text


@pytest.mark.parametrize("text", [
    "The TTP has rejected the ceasefire and announced a fresh offensive against security forces.",
    "The government announced a new military operation against militants in the tribal districts.",
    "The TTP announced its spring offensive against Pakistani forces.",
])
def test_a_campaign_announced_is_not_yet_carried_out(extractor, text):
    ms = events(extractor, text)
    assert deeds(ms) == [], text
    assert any(m.type in ("ATTACK", "OPERATION") and m.modality == "future" for m in ms), text


@pytest.mark.parametrize("text", [
    "The army announced the launch of an operation against militants in Khyber.",
    "The military announced a successful operation in Tirah in which 12 militants were killed.",
    "The army announced that it had killed 10 militants in North Waziristan.",
])
def test_a_campaign_announced_as_begun_or_done_stays(extractor, text):
    assert [m.type for m in deeds(events(extractor, text))] == ["OPERATION"], text


def test_the_party_asked_does_every_deed_demanded_of_it(extractor):
    ms = events(extractor, "Pakistan demanded that the Taliban arrest and extradite TTP leaders.")
    demand = next(m for m in ms if m.type == "DEMAND")
    assert demand.source.id == "pakistan" and demand.target is not None and demand.target.id == "taliban"
    asked = [m for m in ms if m.modality == "demanded"]
    assert {m.type for m in asked} == {"ARREST", "EXTRADITE"}
    assert all(m.source is not None and m.source.id == "taliban" for m in asked)
