"""What no one has found ("investigators have found no evidence that the attack was directed from across the
border") gives no origin; a blame on a trend of attacks ("a surge in attacks in Pakistan, which Islamabad blames on
the TTP, operating from Afghanistan") gives no event its doer or origin; a broadcaster's dateline ("Kabul,
Afghanistan – ...") names where the story was filed, not a party that acted."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_of_type, first_asserted


def test_no_evidence_of_an_origin_is_no_origin(extractor):
    text = ("PESHAWAR: The suicide bomber who struck a JUI-F convention in Bajaur on Friday was an Afghan national who "
            "had lived in the district's Mamund tehsil for several years, police said on Saturday, as the death toll "
            "rose to 14. The Islamic State Khorasan Province (ISKP) claimed responsibility for the bombing. \"So far "
            "investigators have found no evidence that the attack was directed from across the border.\"")
    attacks = asserted_of_type(extractor, text, "ATTACK", date(2026, 8, 1))
    assert attacks and all(m.launched_from is None for m in attacks), attacks


def test_an_origin_told_is_still_one(extractor):
    text = ("The suicide bomber who struck a JUI-F convention in Bajaur on Friday killed 14 people. Officials said the "
            "attack was directed from across the border.")
    attack = first_asserted(extractor, text, "ATTACK", date(2026, 8, 1))
    assert attack.launched_from is not None and attack.launched_from.country == "AF"


def test_a_blame_on_a_trend_of_attacks_gives_a_clash_no_doer_or_origin(extractor):
    text = ("Pakistan's military said on Tuesday its troops had responded to \"unprovoked firing\" by Afghan forces "
            "in Kurram and destroyed several of their posts. He said three Afghan soldiers were killed. Ties between "
            "the neighbours have been strained by a surge in attacks in Pakistan, which Islamabad blames on the "
            "Pakistani Taliban, or TTP, operating from Afghanistan.")
    ms = [m for m in extractor.extract("t", text, date(2026, 8, 12))
          if m.modality == "asserted" and m.type in ("ATTACK", "OPERATION")]
    assert ms and all(m.launched_from is None and "ttp" not in m.groups for m in ms), ms


def test_a_broadcasters_dateline_is_no_party(extractor):
    text = ("Kabul, Afghanistan – Pakistani air strikes overnight hit homes in Afghanistan's southeastern Paktika and "
            "Khost provinces, killing at least 10 civilians, including women and children, Taliban officials said.")
    strike = first_asserted(extractor, text, "OPERATION", date(2026, 8, 25))
    assert strike.source is not None and strike.source.id == "pakistan", strike.source


def test_irans_sistan_and_baluchestan_is_not_pakistans_balochistan(extractor):
    for text in ("Iranian border guards clashed with a terrorist team of the Jaish al-Adl group in the Saravan area of "
                 "Sistan and Baluchestan province on Monday, killing two terrorists, IRNA reported.",
                 "Iranian border guards and Taliban forces exchanged fire near the Milak border crossing in "
                 "Sistan-Baluchestan province on Sunday, leaving one Iranian guard dead."):
        op = first_asserted(extractor, text, "OPERATION", date(2026, 4, 22))
        assert op.location is None or op.location.admin1 != "Balochistan", op.location


def test_balochistan_spelt_baluchestan_is_still_pakistans(extractor):
    text = "Militants attacked a Levies post in Panjgur district of Baluchestan province, killing two."
    attack = first_asserted(extractor, text, "ATTACK", date(2026, 4, 22))
    assert attack.location is not None and attack.location.admin1 == "Balochistan"
