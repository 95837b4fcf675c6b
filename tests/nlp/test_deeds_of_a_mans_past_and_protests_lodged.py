"""Deeds told apart from the one a report is about: the past attacks of a man the forces killed ("Fateh was
responsible for several attacks in Kabul"), and the attack a state lodges a protest over with another's envoy
(sentences written in the manner of TOLOnews and Dawn reports of 2024)."""

from datetime import date

from tests.nlp.conftest import first_asserted

DAY = date(2024, 5, 20)

RAID = ("Taliban intelligence forces killed a senior ISKP commander, Qari Fateh, in an operation in Kabul's Khair Khana "
        "area, the Islamic Emirate's spokesman said on Monday. Fateh was responsible for several attacks in Kabul, "
        "including an attack on the Russian embassy, Mujahid said in a post on X. Two of his associates were "
        "arrested.")


def test_the_past_attacks_of_a_man_killed_are_no_part_of_the_raid(extractor):
    ms = extractor.extract("r", RAID, DAY)
    raid = [m for m in ms if m.type == "OPERATION" and m.modality == "asserted"]
    assert len(raid) == 1 and raid[0].source.id == "taliban" and raid[0].quantities.get("killed") == 1
    attacks = [m for m in ms if m.type == "ATTACK" and m.modality == "asserted"]
    assert attacks and all(m.event != raid[0].event for m in attacks)
    assert not any(m.source is not None and m.source.id == "taliban" for m in attacks)
    arrest = first_asserted(extractor, RAID, "ARREST", DAY)
    assert arrest.quantities.get("arrested") == 2


def test_the_men_killed_responsible_for_an_attack(extractor):
    text = ("Security forces killed five militants in North Waziristan on Sunday. They were responsible for an attack "
            "on a checkpost that killed three soldiers last month.")
    ms = [m for m in extractor.extract("r", text, DAY) if m.modality == "asserted"]
    op = next(m for m in ms if m.type == "OPERATION")
    attack = next(m for m in ms if m.type == "ATTACK")
    assert op.quantities.get("killed") == 5 and attack.quantities.get("killed") == 3
    assert op.event != attack.event
    # (the group held responsible for the attack told is that attack's)
    attack = first_asserted(extractor, "A bomb killed four policemen in Quetta. The TTP was responsible for the "
                                       "attack, officials said.", "ATTACK", DAY)
    assert attack.source is not None and attack.source.id == "ttp"


PROTEST_LODGED = (
    "Pakistan's Foreign Office on Monday summoned the Afghan charge d'affaires and lodged a strong protest over the "
    "cross-border attack in Chitral, in which militants who came from Afghanistan killed four soldiers. The ministry "
    "demanded that Kabul hand over the TTP leadership. A day earlier, gunmen had attacked a checkpoint in Bajaur, "
    "killing two soldiers.")


def test_the_attack_a_state_protests_to_an_envoy_is_told(extractor):
    ms = [m for m in extractor.extract("r", PROTEST_LODGED, DAY) if m.type == "ATTACK" and m.modality == "asserted"]
    chitral = [m for m in ms if m.location is not None and m.location.name == "Chitral"]
    bajaur = [m for m in ms if m.location is not None and m.location.name == "Bajaur"]
    assert chitral and bajaur and chitral[0].event != bajaur[0].event
    assert chitral[0].quantities.get("killed") == 4 and chitral[0].launched_from is not None \
        and chitral[0].launched_from.country == "AF"
    assert bajaur[0].quantities.get("killed") == 2 and bajaur[0].launched_from is None


def test_a_street_protest_over_an_attack_tells_no_attack(extractor):
    text = "Traders staged a protest over the attack in Chitral, in which militants killed four soldiers."
    assert not [m for m in extractor.extract("r", text, DAY) if m.type == "ATTACK" and m.modality == "asserted"]


def test_a_deed_some_days_before_told_by_its_noun_and_verb(extractor):
    text = ("Militants attacked a police station in Makeen in South Waziristan on Sunday night, killing 12 policemen, "
            "officials said. The attack came days after a similar raid in Lakki Marwat killed four policemen.")
    ms = [m for m in extractor.extract("r", text, DAY) if m.type == "ATTACK" and m.modality == "asserted"]
    makeen = [m for m in ms if m.location is not None and m.location.name == "Makeen"]
    earlier = [m for m in ms if m.location is not None and m.location.name != "Makeen"]
    assert makeen and earlier and {m.event for m in makeen}.isdisjoint({m.event for m in earlier})
    assert all(m.quantities.get("killed") == 12 for m in makeen)
    assert earlier[0].quantities.get("killed") == 4


def test_who_uses_the_ground_does_the_deed(extractor):
    for text in ("She urged the interim Afghan government to take concrete and verifiable actions against the TTP, "
                 "which she said was using Afghan soil to launch attacks inside Pakistan.",
                 "The Taliban have repeatedly assured that they will not allow anyone to use Afghan soil to launch "
                 "attacks against other countries."):
        attacks = [m for m in extractor.extract("r", text, DAY) if m.type == "ATTACK"]
        assert attacks and all(m.modality != "asserted" for m in attacks)
        assert not any(m.source is not None and "soil" in m.source.text.lower() for m in attacks)
