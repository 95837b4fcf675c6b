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
    return out


if __name__ == "__main__":
    data = rows()
    with open("challenge.jsonl", "w", encoding="utf-8") as fh:
        for r in data:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(data))
