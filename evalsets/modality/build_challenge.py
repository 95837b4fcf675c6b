"""Writes challenge.jsonl: each action paired with asserted, demanded, future, negated, denied and
conditional forms. Run from this folder: python build_challenge.py"""
import json

ACTIONS = {
    "ARREST": ("detained", "detain", "detention", "five TTP commanders", "in Khost"),
    "OPERATION": ("raided", "raid", "raid", "an ETIM hideout", "in Badakhshan"),
    "DISMANTLE": ("dismantled", "dismantle", "dismantling", "a TTP training camp", "in Paktika"),
    "FINANCE": ("froze", "freeze", "freezing", "the bank accounts of the Baloch Liberation Army", "in Kandahar"),
    "RESTRICT": ("disarmed", "disarm", "disarming", "Pakistani Taliban fighters", "in Kunar"),
    "EXTRADITE": ("extradited", "extradite", "extradition", "three al-Qaeda members", "to Pakistan"),
}
ACTORS = [("Taliban security forces", "taliban"), ("The Afghan interior ministry", "taliban"),
          ("Islamic Emirate forces", "taliban")]


def rows():
    out = []
    for i, (etype, (past, base, noun, obj, where)) in enumerate(ACTIONS.items()):
        for j, (actor, aid) in enumerate(ACTORS):
            a_low = actor[0].lower() + actor[1:]
            cases = [
                (f"{actor} {past} {obj} {where} on Sunday.", "asserted"),
                (f"Pakistan urged Kabul to {base} {obj}.", "demanded"),
                (f"Islamabad has asked the Taliban to {base} {obj} {where}.", "demanded"),
                (f"China called on {a_low} to {base} {obj}.", "demanded"),
                (f"{actor} will {base} {obj} {where}, a spokesman said.", "future"),
                (f"{actor} pledged to {base} {obj}.", "future"),
                (f"{actor} plan to {base} {obj} next month.", "future"),
                (f"{actor} did not {base} {obj} {where}.", "negated"),
                (f"{actor} have never {past if etype != 'OPERATION' else 'raided'} {obj}.", "negated"),
                (f"Kabul denied that its forces had {past} {obj}.", "negated"),
                (f"If talks fail, {a_low} could {base} {obj}.", "hypothetical"),
                (f"Will {a_low} {base} {obj}?", "hypothetical"),
                (f"{actor} may {base} {obj} if Pakistan shares evidence.", "hypothetical"),
                (f"{actor} failed to {base} {obj} {where}.", "negated"),
                (f"Pakistan demanded the {noun} of {obj}.", "demanded"),
            ]
            # keep the set balanced: a different subset of templates per actor
            for k, (text, modality) in enumerate(cases):
                if j == 0 or k == 0 or k % 3 == j:
                    out.append({"text": text, "expected": [{"type": etype, "modality": modality}],
                                "asserted_actions": 1 if modality == "asserted" else 0})
    statements = [
        ("Pakistan urged the Taliban administration to act against the TTP.", "DEMAND", "pakistan"),
        ("China pressed Kabul to rein in Uyghur militants.", "DEMAND", "china"),
        ("The Taliban assured Beijing that Afghan soil would not be used against China.", "ASSURE", "taliban"),
        ("Kabul rejected the accusation that it shelters TTP fighters.", "DENY", "taliban"),
        ("Islamabad accused Kabul of harbouring the Pakistani Taliban.", "ACCUSE", "pakistan"),
        ("Afghanistan's foreign ministry condemned the suicide bombing in Peshawar.", "CONDEMN", "taliban"),
        ("Delegations from Kabul and Islamabad met in Doha on Saturday.", "MEET", "taliban"),
        ("Both sides agreed to set up a joint verification mechanism.", "AGREE", None),
    ]
    for text, etype, src in statements:
        out.append({"text": text, "expected": [{"type": etype, "modality": "asserted", "source": src}],
                    "asserted_actions": 0})
    out.extend(specificity_rows())
    return out


PUBLISHED = "2026-11-20"


def specificity_rows():
    """Historical, generic/habitual, opinion and quantifier-negation sentences, with controls that must stay
    specific. Historical events stay asserted but carry a coarse past date (resolved against ``published``).
    ``asserted_actions`` counts tangible actions only, as for the rows above: an asserted ATTACK counts 0."""
    past = [  # (text, type, date, precision)
        ("Kurram was the scene of a major army offensive in 2013 that displaced thousands of families.",
         "OPERATION", "2013-01-01", "year"),
        ("Police in Quetta arrested the group's founder more than a decade ago.", "ARREST", "2016-01-01", "year"),
        ("The training camp near Zhob was demolished by the army in 2017, residents recall.", "DISMANTLE",
         "2017-01-01", "year"),
        ("Afghan forces raided the valley three years ago, killing a local commander.", "OPERATION", "2023-01-01",
         "year"),
        ("Kabul handed two wanted militants over to Pakistan last year.", "EXTRADITE", "2025-01-01", "year"),
        ("The main bazaar never fully reopened after the 2009 bombing.", "ATTACK", "2009-01-01", "year"),
        ("The central bank froze the accounts of a Kandahar money exchanger in the summer.", "FINANCE",
         "2026-07-01", "month"),
        ("Gunmen ambushed a customs convoy near Chaman two decades ago.", "ATTACK", "2006-01-01", "year"),
    ]
    generic = [  # kinds, habits and unspecified series: no event at all
        "Militant groups routinely kidnap truck drivers on the Quetta highway.",
        "Attacks on polio workers have become more frequent across Khyber Pakhtunkhwa.",
        "The province has witnessed a steady rise in kidnappings over the past two years.",
        "Taliban fighters have in the past detained smugglers along the Kunar river.",
        "Such raids seldom lead to convictions, lawyers say.",
        "Previous crackdowns on the group drove its leaders into hiding across the border.",
        "Arrests of low-level facilitators are common in the border districts.",
        "Border closures and expulsions of refugees have strained relations between the neighbours.",
        "Drone strikes on militant hideouts have continued for years.",
        "Police in Balochistan often seize weapons at highway checkpoints.",
        "A series of bombings has shaken the city over the past year.",
        "Security forces carry out raids in the tribal districts every week.",
        "Kidnappings for ransom remain a source of income for the group.",
        "Extraditions between the two countries are rare.",
        "Earlier relocations of foreign fighters were never confirmed by Kabul.",
    ]
    opinion = [  # the writer's own assessment: an event it names is not asserted
        ("Our assessment: the relocation of the fighters was a gesture aimed at Beijing.", "RESTRICT"),
        ("In our view, the arrests were a signal to Islamabad rather than a change of policy.", "ARREST"),
        ("Our verdict: the dismantling of the camps was largely cosmetic.", "DISMANTLE"),
        ("Our view: the handover of the three suspects is a modest but real step.", "EXTRADITE"),
    ]
    quantifier = [  # (text, type, modality)
        ("Not a single fighter from the group has been disarmed, a diplomat said.", "RESTRICT", "negated"),
        ("Not one of the accused has been arrested so far.", "ARREST", "negated"),
        ("None of the commanders on Islamabad's list has been extradited.", "EXTRADITE", "negated"),
        ("Not a single camp has been dismantled in Kandahar since the pledge.", "DISMANTLE", "negated"),
        ("The ministry did not say where the suspects were being held.", "ARREST", "hypothetical"),
        ("Police did not confirm that the two men had been detained.", "ARREST", "hypothetical"),
        ("The cell had the capability for a coordinated assault on the airport, officials believe.", "ATTACK",
         "hypothetical"),
    ]
    controls = [  # specific events that must stay asserted
        ("Security forces conducted raids in Kurram on Tuesday and killed four militants.", "OPERATION"),
        ("The detainees were picked up in raids across Kunar province, an official said.", "ARREST"),
        ("Airstrikes killed nine TTP fighters in Paktika, officials said.", "OPERATION"),
        ("The two arrests were made near the Torkham crossing.", "ARREST"),
        ("Reports in local media said that three ETIM members had been detained in Badakhshan.", "ARREST"),
        ("The attacks on two checkpoints in Zhob on Sunday killed five soldiers.", "ATTACK"),
    ]
    rows = []
    for text, etype, day, precision in past:
        rows.append({"text": text, "published": PUBLISHED, "expected": [
            {"type": etype, "modality": "asserted", "date": day, "date_precision": precision}],
            "asserted_actions": 0 if etype == "ATTACK" else 1})
    for text in generic:
        rows.append({"text": text, "published": PUBLISHED, "expected": [], "asserted_actions": 0})
    for text, etype in opinion:
        rows.append({"text": text, "published": PUBLISHED, "expected": [{"type": etype, "modality": "hypothetical"}],
                     "asserted_actions": 0})
    for text, etype, modality in quantifier:
        rows.append({"text": text, "published": PUBLISHED, "expected": [{"type": etype, "modality": modality}],
                     "asserted_actions": 0})
    for text, etype in controls:
        rows.append({"text": text, "published": PUBLISHED, "expected": [{"type": etype, "modality": "asserted"}],
                     "asserted_actions": 0 if etype == "ATTACK" else 1})
    return rows


if __name__ == "__main__":
    data = rows()
    with open("challenge.jsonl", "w", encoding="utf-8") as fh:
        for r in data:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(data))
