"""Two sides fighting each other: the side named first acts, the other is acted on; a state's border posts are its
forces."""

from __future__ import annotations

from datetime import date

import pytest

AFTER = date(2024, 3, 10)  # the Taliban are Afghanistan's de facto authority
BEFORE = date(2020, 3, 10)  # the republic's forces are Afghanistan's


def _deed(extractor, text: str, published: date):
    ms = [m for m in extractor.extract("x", text, published) if m.type in ("ATTACK", "OPERATION")
          and m.modality == "asserted"]
    assert ms, text
    return ms[0]


def _ids(m) -> tuple[str | None, str | None]:
    return (m.source.id if m.source else None, m.target.id if m.target else None)


@pytest.mark.parametrize("text, published, sides", [
    # coordinated demonyms on one head name two states
    ("Afghan and Pakistani border guards exchanged fire near the Ghulam Khan crossing late on Tuesday.", AFTER,
     ("taliban", "pakistan")),
    ("Pakistani and Afghan forces clashed near the Durand Line in Khost province.", AFTER, ("pakistan", "taliban")),
    ("Afghan and Pakistani troops exchanged fire in Spin Boldak district of Kandahar.", BEFORE,
     ("afghan-republic", "pakistan")),
    # two coordinated phrases
    ("Afghan border forces and Pakistani soldiers traded fire for several hours in Kurram.", AFTER,
     ("taliban", "pakistan")),
    # the other side in a with-phrase, or in a clash's between-phrase
    ("Pakistani troops clashed with Afghan border forces near Angoor Adda on Friday.", AFTER,
     ("pakistan", "taliban")),
    ("A soldier was wounded in clashes between Taliban border guards and Pakistani troops near Chaman.", AFTER,
     ("taliban", "pakistan")),
    # a state's forces and an armed group
    ("Security forces and TTP militants exchanged fire for two hours in Mir Ali.", AFTER, ("pakistan", "ttp")),
])
def test_an_exchange_names_two_sides(extractor, text, published, sides):
    assert _ids(_deed(extractor, text, published)) == sides


def test_a_clash_with_nobody_acting_is_the_first_states(extractor):
    m = _deed(extractor, "Four villagers were killed in firefights between Pakistani and Indian troops along the "
                         "Working Boundary in Sialkot.", AFTER)
    assert _ids(m) == ("pakistan", "india")


def test_forces_on_one_side_and_unnamed_fighters(extractor):
    m = _deed(extractor, "Police and militants traded fire for two hours in Bannu.", AFTER)
    assert _ids(m) == ("pakistan", None) and m.target is not None and m.target.text == "militants"


@pytest.mark.parametrize("text, published, target", [
    ("Pakistani troops shelled Afghan border posts in Dand-e-Patan district of Paktia.", AFTER, "taliban"),
    ("Pakistani artillery pounded Afghan checkposts in Dangam district of Kunar.", BEFORE, "afghan-republic"),
])
def test_a_states_border_posts_are_its_forces(extractor, text, published, target):
    assert _ids(_deed(extractor, text, published))[1] == target


@pytest.mark.parametrize("text, sides", [
    # what stays as it was: an operation on a group, a clash with no second party named, one side's forces together
    ("Pakistani jets struck TTP hideouts in Paktika province.", ("pakistan", "ttp")),
    ("Six militants were killed in a clash in Datta Khel.", ("pakistan", None)),
    ("Police and FC personnel arrested four suspects in Quetta.", ("pakistan", None)),
])
def test_one_sided_deeds_keep_their_parties(extractor, text, sides):
    ms = [m for m in extractor.extract("x", text, AFTER) if m.modality == "asserted"]
    assert ms and _ids(ms[0]) == sides


@pytest.mark.parametrize("text, sides, place", [
    # the subject names both sides of the battle it fought
    ("Pakistani and Afghan border forces fought a gunbattle near the Torkham crossing late on Saturday.",
     ("pakistan", "taliban"), "Torkham"),
    ("Afghan and Pakistani border guards fought a fierce battle in Kurram on Monday.", ("taliban", "pakistan"),
     "Kurram"),
])
def test_a_battle_fought_by_two_states(extractor, text, sides, place):
    m = _deed(extractor, text, AFTER)
    assert m.type == "OPERATION" and _ids(m) == sides and m.location is not None and m.location.name == place


@pytest.mark.parametrize("text, target, figures", [
    # the fight between two named sides is the subject of what it left: the state's side fought it, whoever died
    ("An exchange of fire between police and militants left two constables dead in Lakki Marwat.", "militants",
     {"forces_killed": 2}),
    ("The gunbattle between FC troops and BLA fighters claimed the lives of two soldiers in Kech.", "BLA",
     {"forces_killed": 2}),
    ("Clashes between security forces and TTP militants left three soldiers dead in South Waziristan.",
     "TTP militants", {"forces_killed": 3}),
    ("A shootout between CTD personnel and terrorists in Quetta left three terrorists dead.", "three terrorists",
     {"killed": 3}),
    # and what the fight is said to have killed them in: the state's own dead are not whom it fought
    ("Two policemen were martyred in an exchange of fire between police and militants in Bannu.", "militants",
     {"forces_killed": 2}),
    ("A soldier was killed in a gunbattle between troops and terrorists in Zhob.", "terrorists",
     {"forces_killed": 1}),
])
def test_a_fight_between_forces_and_militants_is_the_forces(extractor, text, target, figures):
    m = _deed(extractor, text, AFTER)
    assert m.type == "OPERATION" and m.source is not None and m.source.id == "pakistan"
    assert m.target is not None and m.target.text == target and m.target.id != "pakistan"
    assert m.quantities == figures


@pytest.mark.parametrize("text", [
    # what stays without a deed: an exchange of no fire, a fight of criminals or of families, a battle in court
    "The two sides agreed an exchange of prisoners at Torkham.",
    "The ministers held an exchange of views on regional security.",
    "A gunfight between police and dacoits left two dacoits dead in Sukkur.",
    "A clash between two rival families left three people dead in Kohat.",
    "The family has fought a long legal battle over the land.",
])
def test_no_fight_of_armed_sides(extractor, text):
    assert not [m for m in extractor.extract("x", text, AFTER) if m.type in ("ATTACK", "OPERATION")]


def test_forces_dead_in_a_clash_with_one_side_named_stay_an_attack(extractor):
    # a clash with militants alone named: the forces' dead are the militants' victims, as before
    m = _deed(extractor, "Three soldiers were killed in a clash with militants in Orakzai.", AFTER)
    assert m.type == "ATTACK" and m.quantities == {"killed": 3}
