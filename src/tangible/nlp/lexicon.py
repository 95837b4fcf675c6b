"""Trigger words, modality cues and actor nouns used by the rule layer of the extractor."""

from __future__ import annotations

import re

# lemma -> event type, for verbs
VERB_TRIGGERS: dict[str, str] = {
    # ARREST
    "arrest": "ARREST", "detain": "ARREST", "apprehend": "ARREST", "nab": "ARREST", "capture": "ARREST",
    "round": "ARREST",  # round up (checked for particle)
    "hold": "ARREST",  # only passive "were held" / "held in custody" (checked)
    "pick": "ARREST",  # pick up (checked)
    "take": "ARREST",  # take into custody, a town taken, people taken by forces (checked)
    "advance": "OPERATION",  # forces advancing on a place (checked); the type follows who acts
    "imprison": "ARREST", "jail": "ARREST", "book": "ARREST", "lock": "ARREST", "send": "ARREST", "remand": "ARREST", "net": "ARREST",
    "catch": "ARREST",  # people caught by forces (checked)
    # OPERATION
    "raid": "OPERATION", "neutralise": "OPERATION", "neutralize": "OPERATION", "eliminate": "OPERATION",
    "pound": "OPERATION", "strafe": "OPERATION", "bomb": "ATTACK", "shell": "OPERATION", "target": "ATTACK", "strike": "ATTACK",
    "kill": "ATTACK", "murder": "ATTACK", "shoot": "ATTACK", "gun": "ATTACK", "fire": "ATTACK",
    "clash": "OPERATION", "encounter": "OPERATION", "besiege": "OPERATION", "storm": "OPERATION",
    "fight": "OPERATION",  # armed parties fighting (checked); the type follows who acts
    "execute": "ATTACK",  # people executed by an armed group (checked: a person; a court's sentence is no attack)
    "hang": "ATTACK",  # people hanged by an armed group (checked as "execute" is; the gallows' are the law's)
    # FINANCE
    "freeze": "FINANCE", "block": "FINANCE",
    # DISMANTLE
    "dismantle": "DISMANTLE", "destroy": "DISMANTLE", "demolish": "DISMANTLE", "defuse": "DISMANTLE",
    "foil": "DISMANTLE", "thwart": "DISMANTLE", "bust": "DISMANTLE", "seize": "DISMANTLE",
    "confiscate": "DISMANTLE", "recover": "DISMANTLE", "shut": "DISMANTLE", "close": "DISMANTLE",
    "raze": "DISMANTLE", "unearth": "DISMANTLE", "dislodge": "DISMANTLE",
    # RESTRICT
    "disarm": "RESTRICT", "relocate": "RESTRICT", "expel": "RESTRICT", "ban": "RESTRICT",
    "restrict": "RESTRICT", "outlaw": "RESTRICT", "proscribe": "RESTRICT", "bar": "RESTRICT",
    "evict": "RESTRICT", "curb": "RESTRICT",
    # EXTRADITE
    "extradite": "EXTRADITE", "deport": "EXTRADITE", "hand": "EXTRADITE",  # hand over (checked)
    "transfer": "EXTRADITE",  # transferred to another state's custody (checked)
    "repatriate": "EXTRADITE",  # fighters or suspects sent back (checked)
    "move": "RESTRICT", "shift": "RESTRICT",  # people moved out of / away from an area (checked)
    "remove": "RESTRICT", "resettle": "RESTRICT",  # a group's fighters taken from an area or settled elsewhere (checked)
    # ATTACK
    "attack": "ATTACK", "ambush": "ATTACK", "kidnap": "ATTACK", "abduct": "ATTACK", "assault": "ATTACK",
    "hijack": "ATTACK",
    "behead": "ATTACK", "assassinate": "ATTACK", "blow": "ATTACK", "explode": "ATTACK", "detonate": "ATTACK",
    "stab": "ATTACK", "torch": "ATTACK", "set": "ATTACK", "trade": "OPERATION", "infiltrate": "ATTACK", "hit": "ATTACK", "ram": "ATTACK",
    "open": "ATTACK",  # open fire (checked)
    # blows that killed: "hacked a man to death", "was beaten to death" (checked: triggers._done_to_death)
    "hack": "ATTACK", "beat": "ATTACK", "bludgeon": "ATTACK", "club": "ATTACK", "stone": "ATTACK",
    "torture": "ATTACK", "batter": "ATTACK",
    "martyr": "ATTACK",
    # statements
    "urge": "DEMAND", "demand": "DEMAND", "press": "DEMAND", "ask": "DEMAND", "call": "DEMAND",
    "insist": "DEMAND", "request": "DEMAND", "appeal": "DEMAND", "want": "DEMAND", "exhort": "DEMAND",
    "expect": "DEMAND", "hope": "DEMAND",  # a party expecting another to act (checked)
    # saying that another must act (checked: triggers._told_to_act)
    "say": "DEMAND", "state": "DEMAND", "stress": "DEMAND", "tell": "DEMAND", "emphasise": "DEMAND",
    "emphasize": "DEMAND", "underline": "DEMAND",
    "assure": "ASSURE", "pledge": "ASSURE", "promise": "ASSURE", "vow": "ASSURE", "reiterate": "ASSURE",
    "guarantee": "ASSURE", "reassure": "ASSURE", "commit": "ASSURE", "undertake": "ASSURE",
    "deny": "DENY", "reject": "DENY", "refute": "DENY", "dismiss": "DENY", "rebuff": "DENY",
    "distance": "DENY", "dissociate": "DENY",  # distanced itself from a deed (checked)
    "accuse": "ACCUSE", "blame": "ACCUSE", "allege": "ACCUSE",
    "condemn": "CONDEMN", "denounce": "CONDEMN", "deplore": "CONDEMN", "decry": "CONDEMN",
    "agree": "AGREE", "sign": "AGREE", "ratify": "AGREE",
    # territory taken, weapons found, grenades thrown, bombs going off (each checked in the extractor)
    "recapture": "OPERATION", "retake": "OPERATION", "liberate": "OPERATION", "free": "OPERATION",
    "overrun": "OPERATION", "occupy": "OPERATION", "regain": "OPERATION", "clear": "OPERATION", "wrest": "OPERATION",
    "declare": "SANCTION",  # only "declared persona non grata" (checked)
    "designate": "RESTRICT",  # only a group designated a terrorist outfit (checked)
    "drop": "ATTACK", "disappear": "ATTACK",  # bombs dropped; people forcibly disappeared (checked)
    "find": "DISMANTLE",
    "discover": "DISMANTLE", "detect": "DISMANTLE", "lob": "ATTACK", "hurl": "ATTACK", "throw": "ATTACK",
    "plant": "ATTACK", "go": "ATTACK", "leave": "ATTACK", "launch": "ATTACK", "bombard": "OPERATION", "sanction": "SANCTION",
    "meet": "MEET", "visit": "MEET", "host": "MEET", "discuss": "MEET", "confer": "MEET",
    # each checked in the trigger table: envoys summoned or recalled, pacts concluded, protests lodged, bombs made
    # safe, weapons uncovered, territory reclaimed, militants driven out
    "summon": "DEMAND", "recall": "SANCTION", "conclude": "AGREE", "seal": "AGREE", "ink": "AGREE",
    "broker": "AGREE", "lodge": "CONDEMN", "dispose": "DISMANTLE", "uncover": "DISMANTLE", "intercept": "DISMANTLE",
    "impound": "DISMANTLE", "reclaim": "OPERATION", "drive": "OPERATION", "push": "OPERATION", "flush": "OPERATION",
    "allow": "ASSURE", "permit": "ASSURE", "let": "ASSURE", "stop": "RESTRICT", "prevent": "RESTRICT", "repel": "RESTRICT", "land": "ATTACK", "fall": "ATTACK", "slam": "ATTACK", "crash": "ATTACK", "smash": "ATTACK", "injure": "ATTACK", "wound": "ATTACK", "hurt": "ATTACK", "spray": "ATTACK",
    "engage": "OPERATION", "charge": "ATTACK", "rip": "ATTACK", "tear": "ATTACK",
    "carry": "ATTACK", "surrender": "AGREE", "release": "AGREE",
    "place": "RESTRICT", "put": "RESTRICT", "add": "RESTRICT", "include": "RESTRICT",  # on a watch list (checked)
    # weapons come upon or made safe, positions hammered or rained on with fire (each checked in the trigger table)
    "come": "DISMANTLE", "stumble": "DISMANTLE", "make": "DISMANTLE", "render": "DISMANTLE", "hammer": "OPERATION",
    "rain": "OPERATION",
    "restore": "AGREE", "exchange": "AGREE", "warn": "DEMAND", "telephone": "MEET", "phone": "MEET", "whisk": "ATTACK", "snatch": "ATTACK", "spirit": "ATTACK",
    # relations cut or set up, a visitor of rank received, a membership suspended (each checked in the trigger table)
    "sever": "SANCTION", "cut": "SANCTION", "break": "SANCTION", "establish": "AGREE", "normalise": "AGREE",
    "normalize": "AGREE", "receive": "MEET", "suspend": "SANCTION", "downgrade": "SANCTION",
    "accept": "AGREE",  # only a pact or a plan of peace (checked)
}

# lemma -> event type, for nouns
NOUN_TRIGGERS: dict[str, str] = {
    "arrest": "ARREST", "detention": "ARREST", "custody": "ARREST", "capture": "ARREST", "roundup": "ARREST",
    "operation": "OPERATION", "raid": "OPERATION", "airstrike": "OPERATION", "crackdown": "OPERATION",
    "offensive": "OPERATION", "clash": "OPERATION", "gunfight": "OPERATION", "firefight": "OPERATION",
    "encounter": "OPERATION", "shelling": "OPERATION", "strike": "OPERATION", "sweep": "OPERATION",
    "firing": "OPERATION", "battle": "OPERATION", "gunbattle": "OPERATION", "fighting": "OPERATION",
    "sortie": "OPERATION", "ibo": "OPERATION", "fire": "OPERATION",  # fire directed at a place (checked)  # (an intelligence-based operation, as Pakistan's army calls it)
    "infighting": "ATTACK",
    # fire between two sides that people die in: typed by the sides named, nothing without them
    "crossfire": "OPERATION", "cross-fire": "OPERATION",
    "exchange": "OPERATION",  # fire exchanged (checked)
    "shootout": "OPERATION", "shoot-out": "OPERATION",
    "freeze": "FINANCE", "freezing": "FINANCE", "disarming": "RESTRICT", "detaining": "ARREST",
    "seizure": "DISMANTLE", "haul": "DISMANTLE", "closure": "DISMANTLE", "sealing": "DISMANTLE", "demolition": "DISMANTLE", "dismantling": "DISMANTLE",
    "ban": "RESTRICT", "expulsion": "RESTRICT", "relocation": "RESTRICT", "disarmament": "RESTRICT",
    "extradition": "EXTRADITE", "handover": "EXTRADITE", "deportation": "EXTRADITE",
    "attack": "ATTACK", "bombing": "ATTACK", "blast": "ATTACK", "explosion": "ATTACK", "ambush": "ATTACK",
    "kidnapping": "ATTACK", "abduction": "ATTACK", "assault": "ATTACK", "killing": "ATTACK", "hijacking": "ATTACK",
    "assassination": "ATTACK", "shooting": "ATTACK", "ied": "ATTACK", "bomber": "ATTACK",
    "demand": "DEMAND", "appeal": "DEMAND",
    "assurance": "ASSURE", "pledge": "ASSURE", "promise": "ASSURE", "commitment": "ASSURE", "vow": "ASSURE",
    "guarantee": "ASSURE",
    "denial": "DENY",
    "accusation": "ACCUSE", "allegation": "ACCUSE",
    "condemnation": "CONDEMN",
    "agreement": "AGREE", "deal": "AGREE", "understanding": "AGREE", "accord": "AGREE", "mechanism": "AGREE", "memorandum": "AGREE",
    "ceasefire": "AGREE", "cease-fire": "AGREE", "truce": "AGREE", "armistice": "AGREE", "pact": "AGREE",
    "treaty": "AGREE", "sanction": "SANCTION", "sanctions": "SANCTION", "embargo": "SANCTION",
    "landmine": "ATTACK", "bombardment": "OPERATION", "airstrikes": "OPERATION",
    "talk": "MEET", "meeting": "MEET", "visit": "MEET", "consultation": "MEET", "summit": "MEET",
    "mou": "AGREE", "hostage-taking": "ATTACK", "recovery": "DISMANTLE", "confiscation": "DISMANTLE",
    "disappearance": "ATTACK", "demarche": "CONDEMN", "démarche": "CONDEMN", "restoration": "AGREE",
    "liberation": "OPERATION", "recapture": "OPERATION",
}

# Things whose seizure/destruction/closure counts as DISMANTLE; else the verb is not a trigger.
DISMANTLE_OBJECTS = {
    "camp", "hideout", "hide-out", "hideouts", "base", "facility", "office", "site", "compound", "cell",
    "network", "plot", "plan", "attack", "weapon", "arm", "ammunition", "explosive", "explosives", "bomb",
    "ied", "device", "rifle", "gun", "grenade", "rocket", "mortar", "cache", "depot", "factory", "lab",
    "laboratory", "madrasa", "madrassa", "seminary", "centre", "center", "den", "tunnel", "launcher",
    "vest", "detonator", "material", "equipment", "stockpile", "hideaway", "sanctuary", "haven",
    "safehouse", "safe", "module", "ring", "kg", "kilogram", "round", "cartridge", "pistol", "kalashnikov",
    "pistols", "arsenal",
}
FINANCE_OBJECTS = {"fund", "funds", "asset", "account", "money", "finance", "financing", "fundraising",
                   "transfer", "hawala", "donation", "property", "cash", "bank", "currency", "wallet"}
# the political parties of Pakistan by the names the press gives them: civic bodies, whose offices, workers and
# funds a state's measure against is politics, not a step against an armed group
PARTY_NAMES = frozenset({"pti", "pml-n", "pmln", "pml-q", "ppp", "jui-f", "bnp", "pkmap",
                         "pdm"})
# the pronouns that stand for a speaker named elsewhere ("Afghan authorities said they will ...")
SPEAKER_PRONOUNS = frozenset({"it", "they", "we", "he", "she"})
MILITANT_NOUNS = {"militant", "terrorist", "insurgent", "gunman", "attacker", "bomber", "extremist",
                  "jihadist", "fighter", "khawarij", "khwarij", "kharji", "khariji", "rebel", "assailant",
                  "commander", "operative", "suspect", "miscreant", "dacoit", "separatist", "terrorists",
                  "militants", "member", "leader", "jihadi", "outlaw"}
# what an armed group is called when not by name ("the group", "the banned outfit")
GROUP_NOUNS = frozenset({"group", "faction", "outfit", "organisation", "organization", "network", "movement"})
AUTHORITY_NOUNS = {"police", "force", "forces", "troops", "troop", "army", "soldier", "military", "security",
                   "official", "authority", "authorities", "government", "personnel", "policeman",
                   "policemen", "cop", "ctd", "agency", "agencies", "intelligence", "ministry", "jet",
                   "aircraft", "drone", "commando", "paramilitary", "ranger", "rangers", "fc", "law-enforcement",
                   "enforcement", "administration", "regime", "emirate", "guard", "guards", "department",
                   "spokesman", "spokesperson", "minister", "governor", "officer"}
WEAPON_NOUNS = {"weapon", "arm", "ammunition", "explosive", "bomb", "ied", "grenade", "rocket", "mortar",
                "rifle", "gun", "pistol", "detonator", "vest", "launcher", "cartridge", "kalashnikov", "round"}

# day words that can own an event ("Thursday's operation")
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
              "today", "tonight", "week", "weekend", "night", "month", "year"}

# modality cues: lemma of a governing word
DEMAND_CUES = {"urge", "demand", "call", "ask", "press", "request", "appeal", "insist", "want", "exhort",
               "pressure", "push", "seek", "need", "require", "expect_of", "encourage", "invite", "direct",
               "instruct", "order", "tell", "advise", "recommend", "should", "must", "ought"}
FUTURE_CUES = {"pledge", "promise", "vow", "assure", "commit", "guarantee", "undertake", "plan", "intend",
               "prepare", "aim", "decide", "resolve", "expect", "threaten", "agree", "consent", "offer",
               "propose", "schedule", "set", "due", "likely", "ready", "willing", "prepared", "determined",
               "assurance", "commitment", "plan", "intention", "bid", "goal", "mission", "vowing", "hope",
               "wish", "aspire", "will", "shall", "announce_plan", "mull", "consider", "weigh", "contemplate",
               "threat", "warn", "going", "try", "attempt", "effort", "move", "step", "measure",
               "reassure", "reiterate", "preparation", "readiness", "authorize", "authorise", "approve", "permit", "allow",
               # what a plan or a draft foresees is not yet done: "the plan envisages the arrest of key commanders"
               "envisage", "envision", "foresee"}
HYPO_CUES = {"may", "might", "could", "would", "possible", "possibility", "whether", "if", "unless",
             "question", "wonder", "doubt", "perhaps", "chance", "risk", "fear", "suspect_that", "unclear",
             "potential", "prospect", "scenario", "can", "capable", "able_future", "capacity", "capability",
             # doubt voiced as a state of mind: "officials are skeptical that the Taliban have frozen any funds"
             "skeptical", "sceptical", "doubtful", "unconvinced", "dubious"}
NEG_HEAD_CUES = {"deny", "reject", "refute", "dismiss", "fail", "refuse", "decline", "avoid", "neglect",
                 "halt", "stop", "cancel", "abandon", "prevent", "forbid", "denial", "failure", "refusal",
                 "unable", "lack", "absence", "without", "rule", "rebuff"}
IMPLICATIVE_HEADS = {"able", "manage", "succeed", "begin", "start", "continue", "help", "go_on", "proceed",
                     "resume", "keep", "dare", "bother", "come", "happen", "lucky", "quick", "force", "compel",
                     "swift", "oblige", "fortunate", "first", "last"}
# adjectives of nationality of states beyond South and Central Asia: forces they qualify are that state's, which
# a case file may not watch; no place they act in makes them the local government's ("Turkish troops arrested five
# men in Tal" are not Pakistan's). The region's own peoples (Baloch, Pashtun, Tajik, Uzbek ...) are not here.
FOREIGN_DEMONYMS = frozenset({
    "turkish", "syrian", "iraqi", "israeli", "russian", "ukrainian", "saudi", "yemeni", "egyptian", "libyan",
    "malian", "nigerian", "nigerien", "somali", "kenyan", "ethiopian", "eritrean", "sudanese", "congolese",
    "ugandan", "rwandan", "burundian", "tanzanian", "mozambican", "cameroonian", "chadian", "burkinabe",
    "algerian", "tunisian", "moroccan", "lebanese", "jordanian", "palestinian", "emirati", "qatari", "omani",
    "bahraini", "kuwaiti", "french", "british", "german", "italian", "spanish", "polish", "dutch", "belgian",
    "canadian", "australian", "japanese", "korean", "filipino", "indonesian", "thai", "burmese", "bangladeshi",
    "nepali", "nepalese", "mexican", "colombian", "brazilian", "venezuelan", "azerbaijani", "armenian", "georgian",
    "belarusian", "kazakh", "kyrgyz", "kurdish", "zimbabwean", "ivorian", "senegalese", "mauritanian", "beninese",
    "togolese", "ghanaian", "sri", "lankan"})

REPORTING_VERBS = {"say", "tell", "report", "confirm", "announce", "state", "add", "claim", "disclose",
                   "reveal", "inform", "note", "explain", "quote", "learn", "show", "acknowledge", "admit",
                   "insist_that", "write", "post", "declare", "stress", "accuse", "allege", "blame",
                   "believe", "know", "see", "hear", "find", "detail", "describe", "record", "document"}
NEG_WORDS = {"not", "n't", "never", "no", "nobody", "none", "neither", "nor", "nothing", "without", "nowhere"}

WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    # vague plurals at their conservative figure, as conflict-event records code them ("dozens" is 12)
    "dozen": 12, "dozens": 12, "tens": 10, "scores": 20, "hundreds": 100,
}

# A sentence must contain one of these stems to be parsed at all (cheap prefilter).
_CUE_STEMS = [
    "arrest", "detain", "detention", "apprehend", "nabb", "nab ", "captur", "custody", "round", "held", "caught", "catch",
    "behind bars", "lodged",
    "picked up", "imprison", "jail", "book", "lock", "sent to", "to hell", "remand", "raid", "operation", "strike", "struck", "airstrike", "bomb",
    "shell", "kill", "murder", "shot", "shoot", "gunn", "gunfight", "fire", "firing", "clash", "encounter", "offensive",
    "fight", "execute", "executing",
    "hanged", "hanging",  # (not "hang": it would pass every sentence naming Hangu)
    "crackdown", "neutrali", "eliminat", "freez", "froze", "block", "fund", "dismantl", "destroy", "demolish",
    "defus", "foil", "thwart", "bust", "seiz", "confiscat", "recover", "shut", "clos", "raze", "razed",
    "unearth", "disarm", "relocat", "expel", "ban", "restrict", "outlaw", "proscri", "evict", "extradit",
    "deport", "repatriat", "hand over", "hands over", "handed over", "hand-over", "handover",
    # (the particle after the people: "handed the two men over to Kabul")
    "handed ", "handing ", "hand ", "hands ", "attack", "ambush", "kidnap", "abduct", "hijack",
    "assault", "behead", "assassin", "blast", "blew", "blow", "explo", "deton", "stab", "torch", "ied",
    "to death",  # (blows that killed: "hacked a man to death")
    "suicide", "urg", "demand", "press", "ask", "call", "insist", "request", "appeal", "want", "expect", "hope", "hoping", "must ", "should ", "assur", "pledg",
    "promis", "vow", "reiterat", "guarant", "commit", "undert", "deni", "deny", "reject", "refut", "distanc", "dissociat",
    "dismiss", "rebuff", "accus", "blame", "alleg", "condemn", "denounc", "deplor", "decr", "agree", "sign",
    "accord", "deal", "mechanism", "memorandum", "ratif", "meet", "met ", "visit", "talks", "consultation",
    "summit", "host", "discuss", "confer", "relations", "downgrad", "accept", "severed", "severing", "severs ", "receiv", "membership", "sweep", "ceasefire", "cease-fire", "truce", "pact", "treaty", "sanction",
    "embargo", "landmine", "lob", "hurl", "threw", "thrown", "throw", "went off", "gone off", "goes off", "planted",
    "found", "discover", "recaptur", "retook", "retake", "liberat", "freed", "overran", "occup", "regain", "bombard",
    "body", "bodies", "haul", "storm", "sortie", "besieg", "target", "hit", "infiltrat", "advanc", "control of",
    "broke up", "broken up", "break up", "breaks up", "breaking up", "took over", "taken over", "took back", "taken back", "take back", "takes back", "taking back", "control over", "summon", "recall", "conclu", "sealed", "sealing", "inked", "broker", "lodg", "dispos",
    "uncover", "intercept", "impound", "reclaim", "drove", "driven", "pushed", "flush", "mou", "recovery",
    "confiscation", "disappearance", "neutrali", "disarm", "seiz", "charged", "kamikaze", "whisk", "snatch", "spirit", "taken away", "took away", "action against", "allow", "permit", " let ", "stop", "prevent", "repel",
    "be used", "soil", "presence", "rammed", "ramming",  # (assurances and denials told as a party's words: "said Afghan soil would not be used")
    "martyr", "militant", "terrorist", "dead", "died", "injur", "wound", "fatalit", "grenade", "rocket", "mortar",
    "incident", "happen", "occur", "took place", "take place", "taken place", "curb", "bar ", "barred", "move", "shift", "remov", "resettl", "transfer", "eviction", "expuls", "evacuat", "dislodg", "captive", "hostage", "rape", "loot",
    # what a report says about an event it has named: who claimed or is blamed, where attackers came from,
    # whether it could be verified
    "claim", "responsib", "suspect", "suspicion", "crossed", "verif", "confirm", "evidence", "sanctuar", "haven",
    "planned", "hatched", "masterminded", "orchestrated",  # where a deed was planned: "the plot was hatched in Kunar"
    "belong", "affiliat", "work of", "handiwork", "hallmark", "linked to", "links to", "links with", "ties to",
    "ties with", "associated with", "finger at", "behind",
    # what monitoring bodies find about a standing situation
    "presence", "strength of", "not taken", "no steps", "operates from", "operating from", "tolerat", "camps",
    "freedom of movement",
    # trigger words the stems above missed (a test holds every trigger of the table to a stem)
    "pound", "straf", "hammer", "rained", "came across", "come across", "comes across", "coming across", "came upon",
    "stumbl", "made safe", "render", "armistice", "demoli", "detect", "exhort", "overrun", "gun down", "guns down", "cleared", "wrest", "persona non grata", "dropped", "disappeared",
    "understanding", "battle", "lost his life", "lost her life", "lost their lives", "death toll", "toll", "shahadat", "carried away", "carried off", "surrender", "releas", "restor", "exchang", "warn", "phone", "demarche", "démarche", "embass", "ripped through", "rips through", "ripping through", "ablaze", "alight",
    # figures a report gives on their own ("4 fatalities were reported", "resulting in two deaths"), and a record's
    # own figure ("[coded as 3]", "Casualties coded as 10")
    "fatalit", "deaths", "coded as",
    # a blast that tore through a place; people put on a watch list ("placed on the Fourth Schedule")
    "tore through", "torn through", "tears through", "tearing through", "schedule", "watchlist", "watch list",
    "blacklist", "control list",
    # an intelligence-based operation by its initials ("conducted an IBO in Boya")
    "ibo",
    # violence told only by its weapons or its doers: "two missiles slammed into a house", "gunmen opened up on a
    # checkpoint", "artillery rounds fell on a village", "a post came under fire", "armed men intercepted a bus"
    "missile", "projectile", "artillery", "gunm", "armed men", "assailant", "sniper", "came under", "come under",
    "comes under", "coming under", "spray",
    # a party stressing the need for steps against a group asks for them (triggers._need_stressed)
    "need for",
]
CUE_RE = re.compile("|".join(re.escape(s) for s in _CUE_STEMS), re.IGNORECASE)
_CUE_LOWER = tuple(dict.fromkeys(s.lower() for s in _CUE_STEMS))


def has_cue(sentence: str) -> bool:
    """Whether ``sentence`` contains a cue stem in any case (``CUE_RE``). For ASCII text, substring
    tests on the lower-cased sentence give the same answer as the case-blind pattern at a fraction of
    its cost (it tried every stem at every position); other text keeps the pattern, whose Unicode
    case rules ``str.lower`` does not share."""
    if sentence.isascii():
        low = sentence.lower()
        return any(stem in low for stem in _CUE_LOWER)
    return CUE_RE.search(sentence) is not None

# finding or recovering a body with the marks of a killing reports the killing (triggers._body_found); the finder
# is not the killer
BODY_FOUND_VERBS = frozenset({"find", "discover", "recover"})
PERSON_NOUNS = {"one", "anyone", "someone", "nobody", "everyone", "anybody", "none", "man", "men", "woman", "women", "people", "person", "persons", "suspect", "militant", "terrorist",
                "member", "members", "activist", "worker", "leader", "commander", "accused", "youth", "boy",
                "individual", "insurgent", "fighter", "operative", "agent", "supporter", "volunteer", "cadre",
                "criminal", "rioter", "culprit", "offender", "gunman", "bomber", "kar", "sevak", "ramsevak",
                "devotee", "miscreant", "smuggler", "facilitator", "financier", "official", "officer", "student",
                "protester", "others", "other", "associate", "accomplice", "national", "citizen", "chief",
                "head", "spy", "trafficker", "dacoit", "sympathiser", "sympathizer", "recruiter", "preacher",
                "family", "families", "relative", "relatives", "dependant", "dependent", "dependents",
                "trader", "engineer", "driver", "shopkeeper", "journalist", "teacher", "schoolteacher", "doctor",
                "employee", "labourer", "laborer", "passenger", "tribesman", "tribesmen", "elder", "cleric",
                "contractor", "villager", "farmer", "businessman", "lawyer", "child", "children", "girl", "girls",
                "crew", "priest", "tourist", "pilgrim", "hostage", "worshipper", "sailor", "fisherman", "fishermen",
                "perpetrator", "fugitive", "mastermind", "ringleader", "plotter",
                # the people of public life and of the household whom reports name as taken or held
                "politician", "councillor", "councilor", "mayor", "lawmaker", "legislator", "senator", "monarch",
                "ruler", "pastor", "nun", "missionary", "nurse", "resident", "civilian", "foreigner", "wife",
                "husband", "son", "daughter", "brother", "father", "mother", "traveller", "traveler", "motorist"}

# objects of "arrest"/"detain" that are not people ("arrest the decline"); anything else counts as a person,
# because lower-cased or unfamiliar names are often not tagged as proper nouns
NONPERSON_ARREST_OBJECTS = {"decline", "slide", "fall", "drop", "growth", "spread", "trend", "erosion", "rot",
                            "deterioration", "momentum", "inflation", "attention", "progress", "development",
                            "disease", "epidemic", "outbreak", "slump", "downturn", "loss", "losses", "bleeding",
                            "vessel", "ship", "cargo", "consignment", "flow", "rise", "increase", "threat",
                            "danger", "fear", "trouble", "violence", "situation", "crisis", "tension", "slide",
                            "deterioration", "unrest", "anarchy", "chaos", "problem", "attention", "interest",
                            # trains, flights and buses held up on their way ("the express was detained at Godhra")
                            "train", "express", "flight", "plane", "aircraft", "bus", "convoy"}

# objects of "hit"/"target"/"strike" that are not something violence is done to ("hit business", "hit a record")
NONPHYSICAL_TARGETS = {"business", "economy", "trade", "sale", "revenue", "income", "price", "morale", "confidence",
                       "record", "high", "low", "peak", "headline", "snag", "roadblock", "wall", "jackpot", "stride",
                       "note", "road", "target", "mark", "milestone", "market", "investment", "growth", "tourism",
                       "export", "import", "supply", "earning", "profit", "deal", "chord", "nerve"}

MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                         "sept", "oct", "nov", "dec"})

# what "picked up" takes that is no one arrested: the dead and injured, what rescuers gather, and what sensors and
# watchers detect
PICKED_AFTER = frozenset({"body", "bodies", "corpse", "remains", "injured", "wounded", "dead", "casualty", "debris",
                          "evidence", "casing", "shell", "part", "movement", "signal", "sign", "trail", "chatter",
                          "communication", "transmission", "activity", "pace", "momentum"})
