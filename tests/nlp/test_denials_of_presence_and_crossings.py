"""What a party says is not on its soil, what monitors say remains there, assurances referred to, and a foreign
national who crossed into the country.

- "The Taliban told the Chinese side that there were no ETIM fighters in Afghanistan": the Taliban deny the
  charge (DENY, with the group). "Police said there were no casualties in the blast" denies nothing.
- "A UN sanctions monitoring team report in July said several hundred ETIM fighters remained in Badakhshan and
  Baghlan provinces": the monitors' finding, not a sanction (the parse reads "monitoring" as a participle).
  "The US slapped sanctions on the group's leaders" is still one.
- "TTP fighters remained in Kunar despite the Taliban's assurances": the assurances given before, no new one.
- "Police said the bomber was an Afghan national who had crossed into Pakistan weeks before the attack": the
  attack came from Afghanistan.
"""

from __future__ import annotations

from datetime import date

DAY = date(2024, 8, 1)


def _asserted(extractor, text: str, etype: str) -> list:
    return [m for m in extractor.extract("t", text, DAY) if m.type == etype and m.modality == "asserted"]


def test_a_party_saying_a_group_is_not_there_denies_it(extractor):
    denials = _asserted(extractor, "The Taliban told the Chinese side that there were no ETIM fighters in "
                                   "Afghanistan, the official added.", "DENY")
    assert denials and denials[0].source and denials[0].source.id == "taliban"
    assert "etim" in denials[0].groups
    said = _asserted(extractor, "Zabihullah Mujahid said there was no TTP presence in Afghanistan.", "DENY")
    assert said and said[0].source and said[0].source.id == "taliban" and "ttp" in said[0].groups


def test_saying_there_was_no_harm_denies_nothing(extractor):
    for text in ("Police said there were no casualties in the blast.",
                 "Officials said there was no evidence of TTP involvement."):
        assert not _asserted(extractor, text, "DENY"), text


def test_a_monitoring_team_named_by_its_sanctions_finds_and_sanctions_nothing(extractor):
    text = ("A UN sanctions monitoring team report in July said several hundred ETIM fighters remained in "
            "Badakhshan and Baghlan provinces.")
    assert not _asserted(extractor, text, "SANCTION")
    findings = _asserted(extractor, text, "FINDING")
    assert findings and findings[0].source and findings[0].source.id == "un"
    assert findings[0].target and findings[0].target.id == "etim"


def test_sanctions_imposed_are_still_a_sanction(extractor):
    assert _asserted(extractor, "The US slapped sanctions on the group's leaders, the Treasury said.", "SANCTION")


def test_assurances_a_report_sets_its_news_against_are_no_new_assurance(extractor):
    text = "Pakistani officials said TTP fighters remained in Kunar despite the Taliban's assurances."
    assert not _asserted(extractor, text, "ASSURE")
    text = "China welcomed the Taliban's assurances that ETIM would not be allowed to operate."
    assert _asserted(extractor, text, "ASSURE")


def test_a_foreign_national_who_crossed_in_came_from_his_country(extractor):
    text = ("PESHAWAR: A suicide bomber blew himself up at a rally of the Jamiat Ulema-e-Islam-Fazl party in "
            "Bajaur's Khar tehsil on Sunday, killing at least 54 people and injuring nearly 200, officials said. The "
            "Islamic State's Khorasan branch claimed responsibility through its Amaq news agency. Police said the "
            "bomber was an Afghan national who had crossed into Pakistan weeks before the attack.")
    attacks = _asserted(extractor, text, "ATTACK")
    assert attacks and all(m.launched_from and m.launched_from.country == "AF" for m in attacks)
    assert attacks[0].source and attacks[0].source.id == "iskp"


def test_a_national_of_the_country_entered_brings_no_origin_of_his_own(extractor):
    text = ("A suicide bomber killed five policemen in Quetta on Monday. Police said the bomber was a Pakistani "
            "national who had crossed into Pakistan.")
    attacks = _asserted(extractor, text, "ATTACK")
    assert attacks and all(m.launched_from is None for m in attacks)
