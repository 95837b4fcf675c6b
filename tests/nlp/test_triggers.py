"""The trigger table (nlp/triggers.py): every named constraint has sentences of the reporting it was written for,
and each sentence gives the outcome the constraint promises for the word."""

from __future__ import annotations

import pytest

from tangible.nlp.triggers import NOUN_CONSTRAINTS, VERB_CONSTRAINTS, trigger_type

# constraint name -> [(sentence, the trigger word, the type it reports or None)]
CASES: dict[str, list[tuple[str, str, str | None]]] = {
    "an envoy summoned or recalled": [
        ("The foreign office summoned the Afghan charge d'affaires on Monday.", "summoned", "DEMAND"),
        ("Kabul recalled its ambassador from Islamabad.", "recalled", "SANCTION"),
        ("The committee recalled that the meeting had been postponed.", "recalled", None)],
    "a pact concluded": [("The two factions sealed a ceasefire deal in Doha.", "sealed", "AGREE"),
                         ("Qatar brokered a truce between the tribes.", "brokered", "AGREE"),
                         ("The envelope was sealed with wax.", "sealed", None)],
    "a protest lodged": [("Islamabad lodged a strong protest with Kabul.", "lodged", "CONDEMN"),
                         ("The travellers lodged at an inn near the border.", "lodged", None)],
    "a bomb made safe": [("The bomb disposal squad disarmed the device.", "disarmed", "DISMANTLE"),
                         ("Experts disposed of the explosives near the school.", "disposed", "DISMANTLE"),
                         ("The council disposed of the matter quickly.", "disposed", None)],
    "infiltrated a place, not from one": [
        ("Gunmen infiltrated the camp before dawn.", "infiltrated", "ATTACK"),
        ("The assailants had infiltrated from Kunar province.", "infiltrated", None)],
    "people whisked away": [("Gunmen whisked away a local trader in Bannu.", "whisked", "ATTACK"),
                            ("Police snatched a wanted suspect from the market.", "snatched", "ARREST"),
                            ("The thief snatched her bag.", "snatched", None)],
    "no one allowed to use the soil": [
        ("They will not allow anyone to use Afghan soil against Pakistan.", "allow", "ASSURE"),
        ("The school does not allow phones.", "allow", None),
        ("Officials said they would not allow the protest.", "allow", None)],
    "militants stopped": [
        ("Border guards stopped a group of armed men trying to cross into Pakistan.", "stopped", "RESTRICT"),
        ("Afghan forces foiled an infiltration bid by TTP militants.", "foiled", "RESTRICT"),
        ("The rain stopped the match.", "stopped", None),
        ("Customs intercepted a shipment of weapons bound for the rebels.", "intercepted", "DISMANTLE")],
    "a position charged": [("Al-Shabab fighters charged a camp outside the town at night.", "charged", "ATTACK"),
                           ("Police charged the suspects with murder.", "charged", None)],
    "driven out": [("Troops drove the militants out of the valley.", "drove", "OPERATION"),
                   ("The army drove al-Shabaab out of the town of Bulobarde.", "drove", "OPERATION"),
                   ("She drove to Kabul on Friday.", "drove", None)],
    "weapons recovered": [("Police announced the recovery of a large cache of arms.", "recovery", "DISMANTLE"),
                          ("The economy's recovery was slow.", "recovery", None)],
    "an enforced disappearance": [
        ("Families marked the enforced disappearance of two activists.", "disappearance", "ATTACK"),
        ("The disappearance of the aircraft puzzled investigators.", "disappearance", None)],
    "particle up": [("Police rounded up 30 suspects in Quetta.", "rounded", "ARREST"),
                    ("The team rounded the corner.", "rounded", None)],
    "taken into custody, a place taken or people taken by forces": [
        ("Forty men were taken into custody at the railway station.", "taken", "ARREST"),
        ("They took the road to Khost.", "took", None),
        ("Security forces took eleven suspects from the village.", "took", "ARREST"),
        ("Rescuers took the injured to the district hospital.", "took", None),
        ("The rebels took control of the town after a week of fighting.", "took", "OPERATION"),
        ("Militants took twelve passengers hostage on the highway.", "took", "ATTACK"),
        ("Soldiers took dozens of young men in night raids.", "took", "ARREST"),
        ("Two engineers were taken away by unidentified gunmen.", "taken", "ATTACK")],
    "forces advanced on": [("Government forces advanced on the town from the north.", "advanced", "OPERATION"),
                           ("The talks advanced slowly on Tuesday.", "advanced", None)],
    "a person booked": [("Police booked four men for rioting.", "booked", "ARREST"),
                        ("The delegation booked a hotel in Doha.", "booked", None)],
    "sent to jail": [("The accused were sent to jail.", "sent", "ARREST"), ("They sent a letter to Kabul.", "sent", None)],
    "people arrested": [("Police arrested 14 members of the group.", "arrested", "ARREST"),
                        ("The measures failed to arrest the decline.", "arrest", None)],
    "someone apprehended": [("The CTD apprehended a TTP commander in Karachi.", "apprehended", "ARREST")],
    "people held": [("Militants are holding six soldiers captive.", "holding", "ATTACK"),
                    ("Four men were held in Peshawar.", "held", "ARREST"),
                    ("One such meeting was held in Lucknow on Thursday.", "held", None),
                    ("A rally to be held at the stadium on Sunday was called off.", "held", None),
                    ("The annual conclave being held near the city ended on Monday.", "held", None)],
    "handed over": [("The Taliban handed four suspects over to Pakistan.", "handed", "EXTRADITE"),
                    ("She handed him a letter.", "handed", None),
                    ("The district was handed over to the rebels under the truce.", "handed", None),
                    ("The army handed over control of the border crossing to the police.", "handed", None)],
    "a meeting hosted": [("Qatar hosted the talks between the two delegations.", "hosted", "MEET"),
                         ("Islamabad hosted the Chinese foreign minister on Monday.", "hosted", "MEET"),
                         ("Militants stormed a camp hosting government troops.", "hosting", None)],
    "into another's custody": [("Three men were transferred to Pakistani custody.", "transferred", "EXTRADITE"),
                               ("The bank transferred the money to Dubai.", "transferred", None)],
    "moved away": [("The Taliban moved the fighters away from the border.", "moved", "RESTRICT"),
                   ("The talks moved to Istanbul.", "moved", None),
                   ("Its forces had moved dozens of militants away from the border.", "moved", "RESTRICT")],
    "opened fire": [("Gunmen opened fire on a police post.", "opened", "ATTACK"),
                    ("The minister opened a school.", "opened", None)],
    "called on or for": [("Pakistan called on Kabul to act against the TTP.", "called", "DEMAND"),
                         ("The spokesman called the report baseless.", "called", None)],
    "not a wanted man": [("Three men wanted for attacks were arrested.", "wanted", None),
                         ("Police say the man wanted for the killings was arrested on Friday.", "wanted", None),
                         ("Pakistan wanted Kabul to act against the TTP.", "wanted", "DEMAND")],
    "with what is asked": [("Islamabad asked Kabul to hand them over.", "asked", "DEMAND"),
                           ("A security official told reporters, asking not to be named.", "asking", None)],
    "not the press": [("He told a press conference in Kabul.", "press", None)],
    "territory taken": [("Government forces captured a key neighbourhood of the town.", "captured", "OPERATION"),
                        ("Iraqi forces freed several villages from the militants.", "freed", "OPERATION")],
    "weapons found": [("Explosive devices were found near the airport.", "found", "DISMANTLE")],
    "a body found": [("The bullet-riddled body of a policeman was found near Zhob.", "found", "ATTACK")],
    "projectiles launched at": [("The Houthis launched drones at a US destroyer.", "launched", "ATTACK")],
    "something thrown": [("Unidentified men lobbed a hand grenade into a house.", "lobbed", "ATTACK")],
    "went off": [("A bomb went off near a police van in Quetta.", "went", "ATTACK")],
    "nothing by itself": [("The delegation found the talks useful.", "found", None)],
    "what was seized": [("Authorities froze the accounts of three money changers.", "froze", "FINANCE"),
                        ("Police recovered weapons and explosives from the house.", "recovered", "DISMANTLE"),
                        ("The navy seized a dhow carrying thousands of rifles.", "seized", "DISMANTLE"),
                        ("The shops were closed for Eid.", "closed", None),
                        ("Gunmen seized two engineers near the dam.", "seized", "ATTACK"),
                        ("Police seized four suspects at the bus stand.", "seized", "ARREST"),
                        ("Customs officials intercepted a shipment of rifles.", "intercepted", "DISMANTLE")],
    "an agreement signed": [("The two sides signed a memorandum on border security.", "signed", "AGREE"),
                            ("Both parties signed a declaration of principles in Jeddah.", "signed", "AGREE"),
                            ("He signed the guest book.", "signed", None)],
    "not a crime committed": [("Those who committed the attack will be punished.", "committed", None)],
    "fired at": [("Militants fired at a police patrol.", "fired", "ATTACK")],
    "something hit": [("A rocket hit a house in Khar.", "hit", "ATTACK")],
    "a physical target": [("The violence hit business in the bazaar.", "hit", None)],
    "not demands met": [("Their demands were met.", "met", None),
                        ("The envoy met Taliban officials in Kabul.", "met", "MEET")],
    "something banned": [("The government banned the group in August.", "banned", "RESTRICT")],
    "not what a group is": [("Members of the banned group were arrested.", "banned", None)],
    "blown up": [("Militants blew up a gas pipeline in Dera Bugti.", "blew", "ATTACK")],
    "an air strike": [("Pakistani air strikes hit hideouts in Paktika.", "strikes", "OPERATION"),
                      ("Russian jets carried out strikes on rebel-held areas.", "strikes", "OPERATION"),
                      ("Doctors went on strike in Lahore.", "strike", None),
                      ("Doctors launched a strike against the new law.", "strike", None)],
    "a deal struck": [("The two sides reached a deal in Doha.", "deal", "AGREE")],
    "firing by forces or indiscriminate": [("Two people died in indiscriminate firing by gunmen.", "firing", "ATTACK")],
    "into custody": [("Forty men were taken into custody at the railway station.", "taken", "ARREST")],
    "not a cardiac arrest or a warrant": [("The former minister died of a cardiac arrest.", "arrest", None)],
    "not to court arrest": [("The leaders vowed to court arrest.", "arrest", None),
                            ("Hundreds of workers tried to court arrest outside the assembly.", "arrest", None)],
    "not a jail": [("Temporary jails were set up for the marchers.", "jails", None)],
    "a security operation": [("Five militants were killed in an intelligence-based operation.", "operation", "OPERATION"),
                             ("Operation theatres at the hospital were closed.", "Operation", None)],
    "talks": [("Talks in Doha ended without a deal.", "Talks", "MEET")],
    "a joint mechanism": [("The three countries agreed on a joint verification mechanism.", "mechanism", "AGREE")],
    "a suicide bomber": [("A suicide bomber struck a mosque in Peshawar.", "bomber", "ATTACK")],
    "a ban on": [("The cabinet approved a ban on fundraising by the group.", "ban", "RESTRICT")],
    "a controlled explosion": [
        ("Army engineers detonated the unexploded shells in a controlled explosion.", "detonated", "DISMANTLE"),
        ("Militants detonated a bomb near the checkpoint.", "detonated", "ATTACK")],
    "people dislodged": [("Soldiers dislodged the militants from their positions on the ridge.", "dislodged",
                          "OPERATION"),
                         ("Troops dislodged a militant camp near the border.", "dislodged", "DISMANTLE")],
    "declared persona non grata": [
        ("The country declared the Russian military attache persona non grata.", "declared", "SANCTION"),
        ("The minister declared the bridge open.", "declared", None)],
    "bombs dropped": [("Government aircraft dropped barrel bombs on the town.", "dropped", "ATTACK"),
                      ("The prosecution dropped the charges against him.", "dropped", None)],
    "forcibly disappeared": [("A human rights activist was forcibly disappeared in Quetta.", "disappeared", "ATTACK"),
                             ("The files disappeared from the office.", "disappeared", None)],
    "an understanding reached": [
        ("Negotiators reached an understanding on a prisoner exchange.", "understanding", "AGREE"),
        ("We need a better understanding of the threat.", "understanding", None)],
    "cleared of militants": [("Security forces cleared the area of militants.", "cleared", "OPERATION"),
                             ("Troops cleared the road of landmines.", "cleared", "DISMANTLE"),
                             ("Police cleared the square of protesters.", "cleared", None),
                             ("The court cleared him of all charges.", "cleared", None)],
}


def test_every_constraint_has_its_cases():
    names = {c.name for _, c in [*VERB_CONSTRAINTS, *NOUN_CONSTRAINTS]}
    assert names <= set(CASES), sorted(names - set(CASES))
    for _, c in [*VERB_CONSTRAINTS, *NOUN_CONSTRAINTS]:
        assert c.example, c.name


@pytest.mark.parametrize("name,sentence,word,expected",
                         [(n, s, w, e) for n, cases in CASES.items() for s, w, e in cases])
def test_constraint_cases(extractor, name, sentence, word, expected):
    doc = extractor.nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert trigger_type(tok, {}) == expected, (name, sentence, [(t.text, t.pos_, t.dep_) for t in doc])
