"""A train siege told over four sentences, and two attacks a blame names together (sentences written in the manner
of AP and Dawn reports of 2024-2025)."""

from datetime import date

from tests.nlp.conftest import asserted_of_type

DAY = date(2024, 5, 20)

SIEGE = ("Baloch separatists attacked the Jaffar Express on Tuesday, blowing up a section of the track near Mushkaf in "
         "the Bolan district and taking hundreds of passengers hostage. The Baloch Liberation Army said it had seized "
         "the train. Security forces said on Wednesday that the operation to free the hostages had ended and that "
         "all 33 militants were killed. At least 26 hostages, most of them soldiers travelling off-duty, died in the "
         "siege, the military said.")


def _asserted(extractor, text, etype):
    return asserted_of_type(extractor, text, etype, DAY)


def test_a_group_saying_it_seized_the_train_claims_the_attack(extractor):
    attack = _asserted(extractor, SIEGE, "ATTACK")[0]
    assert (attack.source.id, attack.perpetrator_basis) == ("bla", "claimed")
    # (a group saying it seized weapons from the forces claims nothing of an attack told before it)
    text = "Gunmen attacked a police post in Turbat. The police said they had seized weapons from the attackers."
    assert _asserted(extractor, text, "ATTACK")[0].perpetrator_basis != "claimed"


def test_hostages_dead_in_the_siege_are_the_attacks_not_the_rescues(extractor):
    attack = _asserted(extractor, SIEGE, "ATTACK")[0]
    rescue = _asserted(extractor, SIEGE, "OPERATION")[0]
    assert rescue.quantities.get("killed") == 33
    assert attack.quantities.get("killed") == 26


POLIO = ("Suspected militants shot dead three polio workers and a policeman escorting them in Bajaur on Wednesday. The "
         "killings came a day after a bomb attack on a polio team in Mohmand. Police blamed the Pakistani Taliban for "
         "both attacks, although the group denied involvement.")


def test_a_blame_for_both_attacks_names_the_authors_of_each(extractor):
    attacks = _asserted(extractor, POLIO, "ATTACK")
    mohmand = next(m for m in attacks if m.location is not None and m.location.name == "Mohmand")
    bajaur = next(m for m in attacks if m.location is not None and m.location.name == "Bajaur")
    assert mohmand.event != bajaur.event
    assert (mohmand.source.id, mohmand.perpetrator_basis) == ("ttp", "blamed")
    assert (bajaur.source.id, bajaur.perpetrator_basis) == ("ttp", "blamed")
    assert bajaur.quantities.get("killed") == 4
    # the attack the killings came a day after was on the day before theirs
    assert (bajaur.date, mohmand.date) == (date(2024, 5, 15), date(2024, 5, 14))


def test_a_records_tally_of_two_events_dead_is_no_figure_of_the_last(extractor):
    # (an ACLED-style note of 2025 with its "Fatalities:" line)
    text = ("On 11 March 2025, BLA militants hijacked the Jaffar Express passenger train near Mashkaf tunnel in Bolan "
            "(Kachhi, Balochistan), killing 26 hostages. Security forces launched a rescue operation, killing 33 "
            "militants. Fatalities: 59.")
    assert _asserted(extractor, text, "ATTACK")[0].quantities.get("killed") == 26
    assert _asserted(extractor, text, "OPERATION")[0].quantities.get("killed") == 33
    # (a tally of one event is that event's)
    text = "On 5 May 2025, militants attacked a checkpost in Kurram, killing 2 soldiers. Fatalities: 4."
    assert _asserted(extractor, text, "ATTACK")[0].quantities.get("killed", 0) + \
        _asserted(extractor, text, "ATTACK")[0].quantities.get("attackers_killed", 0) == 4
