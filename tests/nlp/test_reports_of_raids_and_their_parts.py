"""Afghan and Pakistani reports tell one raid or one assault in parts: soldiers who "killed five of the attackers"
answer the attack told before, a hideout "destroyed in the operation" is the operation's (its doer and its day), a
day named inside "after a bomber attacked a bank on May 28" is the bombing's, not the arrests'; the Taliban moving a
group's men "and their families" from one province to another relocate them; an assessment of "effective
operations" is no event; the Chinese words for ETIM and "Uygur militants" name it."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_mentions, asserted_of_type, first_asserted


def test_soldiers_who_killed_some_of_the_attackers_answer_the_attack(extractor):
    text = ("KHAR: Seven soldiers were martyred and four others injured when a large group of terrorists attacked a "
            "security forces' check post in the Salarzai tehsil of Bajaur district late on Tuesday night, officials "
            "said. According to a statement issued by the ISPR, the soldiers put up a valiant resistance and killed "
            "five of the attackers in the ensuing exchange of fire. The banned Tehreek-i-Taliban Pakistan (TTP) "
            "claimed responsibility for the attack.")
    ms = asserted_mentions(extractor, text, date(2026, 4, 8))
    assert {m.type for m in ms} == {"ATTACK"}, ms
    assert ms[0].source and ms[0].source.id == "ttp"
    assert ms[0].quantities.get("killed") == 7 and ms[0].quantities.get("attackers_killed") == 5, ms[0].quantities


def test_a_hideout_destroyed_in_the_operation_is_the_operations(extractor):
    text = ("Security forces of the Islamic Emirate killed six members of Daesh in an operation in the Achin district "
            "of Nangarhar province on Tuesday night, the Ministry of Interior said. A Daesh hideout used for making "
            "explosives was destroyed in the operation, Qani said. \"The operation was carried out based on precise "
            "intelligence,\" he said.")
    hideout = first_asserted(extractor, text, "DISMANTLE", date(2026, 5, 20))
    assert hideout.source and hideout.source.id == "taliban"
    assert hideout.date == date(2026, 5, 19), hideout.date


def test_the_day_named_in_the_earlier_deeds_clause_is_that_deeds(extractor):
    text = ("The Islamic Emirate's intelligence forces have arrested seven members of Daesh in Mazar-e-Sharif, the "
            "capital of Balkh province, the provincial police command said on Tuesday. The arrests come less than two "
            "weeks after a Daesh suicide bomber attacked a bank in Kunduz city on May 28, killing at least eight "
            "people.")
    ms = asserted_mentions(extractor, text, date(2026, 6, 9))
    bombing = [m for m in ms if m.type == "ATTACK"]
    assert bombing and bombing[0].date == date(2026, 5, 28), bombing
    assert all(m.date != date(2026, 5, 28) for m in ms if m.type == "ARREST")


def test_members_and_their_families_moved_to_other_provinces_are_relocated(extractor):
    text = ("Taliban intelligence has moved around 40 members of the Turkistan Islamic Party (TIP) and their families "
            "from Jurm and Warduj districts of Badakhshan to Baghlan and Samangan provinces, local sources told Amu.")
    move = first_asserted(extractor, text, "RESTRICT", date(2026, 4, 22))
    assert move.source and move.source.id == "taliban" and move.groups == ["etim"]


def test_an_assessment_of_effective_operations_is_no_operation(extractor):
    text = ("Some Member States assessed that the de facto authorities had conducted \"effective operations\" against "
            "ISIL-K, reducing its capacity to carry out attacks inside Afghanistan.")
    assert not asserted_of_type(extractor, text, "OPERATION", date(2026, 6, 5))


def test_an_assessment_of_a_dated_arrest_keeps_the_arrest(extractor):
    text = "The Monitoring Team assessed that the Taliban had arrested a senior ISIL-K commander in Kabul on 3 March."
    assert first_asserted(extractor, text, "ARREST", date(2026, 6, 5)).groups == ["iskp"]


def test_uygur_militants_and_east_turkistan_terrorist_forces_are_etim(extractor):
    text = "Afghanistan's Taliban government has handed two suspected Uygur militants over to China."
    assert first_asserted(extractor, text, "EXTRADITE", date(2026, 5, 27)).groups == ["etim"]
    demands = [m for m in extractor.extract("c", "China hopes Afghanistan will crack down on East Turkistan terrorist "
                                                 "forces, the foreign ministry said.", date(2026, 3, 11))
               if m.type == "DEMAND"]
    assert demands and demands[0].groups == ["etim"]
