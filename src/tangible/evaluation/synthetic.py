"""Generated stores: documents with the mentions an extractor could have found in them, for tests and
benchmarks of resolution at any size.

Every real event is reported by a few documents of several publishers over a few days, with the
variety resolution has to deal with: dates to the day, week or month (or only the publication date),
places to the town or the province or none, known and unknown actors, armed groups, several sentences
of one event linked by a document-level event key (sometimes of another type), denials and negated
reports that dispute events, and demands and promises that join the statements of their article.
Events are spread over time at a fixed density (``per_day`` reports a day), so a larger store covers a
longer period, as a growing archive does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterator

from tangible.models import ActorRef, Attribution, DocumentInput, Location, Mention

ACTIONS = ("ARREST", "OPERATION", "FINANCE", "DISMANTLE", "RESTRICT", "EXTRADITE")
TYPES = (*ACTIONS, "ATTACK", "ATTACK", "ATTACK", "ASSURE", "DEMAND", "MEET", "ACCUSE")
PLACES = (
    ("AF", "Kunar", "Asadabad"), ("AF", "Kunar", "Chawkay"), ("AF", "Nangarhar", "Jalalabad"),
    ("AF", "Nangarhar", "Achin"), ("AF", "Khost", "Khost"), ("AF", "Paktika", "Barmal"),
    ("AF", "Kabul", "Kabul"), ("AF", "Badakhshan", "Faizabad"), ("PK", "Khyber Pakhtunkhwa", "Bajaur"),
    ("PK", "Khyber Pakhtunkhwa", "Miranshah"), ("PK", "Balochistan", "Quetta"), ("PK", "Balochistan", "Mastung"),
)
GROUPS = ("ttp", "etim", "iskp", "bla", "hgb", "al-qaeda")
PUBLISHERS = tuple(f"Publisher {i}" for i in range(24))
WORDS = ("forces detained suspected members militants raid compound district officials said weapons seized "
         "explosives hideout killed commanders cell network border checkpoint attack convoy police soldiers "
         "fighters camp funds accounts frozen talks delegation pledge arrested wounded bombing gunmen").split()
VERBS = {"ARREST": "detained", "OPERATION": "raided", "FINANCE": "froze the accounts of",
         "DISMANTLE": "destroyed a hideout of", "RESTRICT": "relocated", "EXTRADITE": "handed over",
         "ATTACK": "attacked", "ASSURE": "pledged to act against", "DEMAND": "urged action against",
         "MEET": "held talks about", "ACCUSE": "accused", "DENY": "denied any operation against"}


@dataclass(slots=True)
class Article:
    item: DocumentInput
    mentions: list[Mention]


def _sentence(rng: random.Random, base: list[str], type_: str, place: str | None, group: str) -> str:
    words = base + rng.sample(WORDS, 3)
    where = f" in {place}" if place else ""
    return f"Officials said {group} {VERBS.get(type_, 'reported')} {' '.join(words)}{where}."


def articles(n_mentions: int, *, seed: int = 7, per_day: float = 60.0, start: date = date(2024, 1, 1),
             first_doc: int = 0) -> Iterator[Article]:
    """Documents whose mentions add up to about ``n_mentions``, at ``per_day`` mentions a day."""
    rng = random.Random(seed)
    days = max(1, int(n_mentions / per_day))
    made = 0
    doc = first_doc
    while made < n_mentions:
        event = rng.randrange(1 << 30)
        erng = random.Random(event)
        etype = erng.choice(TYPES)
        country, province, town = erng.choice(PLACES)
        day = start + timedelta(days=erng.randrange(days))
        group = erng.choice(GROUPS)
        base = erng.sample(WORDS, 6)
        actor = "taliban" if country == "AF" else "pakistan"
        for _ in range(erng.choice((1, 1, 2, 3, 4))):  # the documents that report this event
            published = day + timedelta(days=rng.choice((0, 1, 1, 2, 3)))
            publisher = rng.choice(PUBLISHERS)
            sentences: list[str] = []
            mentions: list[Mention] = []
            key = f"e{rng.randrange(10**6)}" if rng.random() < 0.5 else None

            def add(type_: str, modality: str, *, verification: str | None = None, event: str | None = None,
                    same_event: bool = True) -> None:
                precision = rng.choices(("day", "week", "month", None), (70, 12, 6, 12))[0]
                when = None
                if precision is not None:
                    when = day + timedelta(days=rng.choice((0, 0, 0, 1, -1)) if precision == "day" else 0)
                placed = rng.random()
                loc = (Location(town, country, province, precision="city") if placed < 0.45 else
                       Location(province, country, province, precision="admin1") if placed < 0.8 else None)
                text = _sentence(rng, base if same_event else rng.sample(WORDS, 6), type_,
                                 loc.name if loc else None, group)
                offset = sum(len(s) + 1 for s in sentences)
                sentences.append(text)
                mentions.append(Mention(
                    doc_id="", type=type_, modality=modality, sentence=text, char_span=(offset, offset + len(text)),
                    source=ActorRef(actor if rng.random() < 0.8 else None, "forces"),
                    target=ActorRef(group, group) if rng.random() < 0.6 else None,
                    groups=[group] if rng.random() < 0.8 else [], location=loc, date=when,
                    date_precision=precision if when else None,
                    quantities={"arrested": erng.randrange(1, 20)} if type_ == "ARREST" else {},
                    attribution=Attribution("a spokesman", "spokesperson") if rng.random() < 0.3 else None,
                    confidence=0.9, trigger=VERBS.get(type_, "x").split()[0], event=event,
                    verification=verification,
                ))

            add(etype, "asserted", event=key)
            if rng.random() < 0.3:  # a second sentence of the same event, now and then read as another type
                add(etype if rng.random() < 0.7 else rng.choice(TYPES), "asserted", event=key)
            if rng.random() < 0.15:
                add(etype, "negated") if etype not in ("ASSURE", "DEMAND", "MEET", "ACCUSE") else None
            if rng.random() < 0.08 and etype in (*ACTIONS, "ATTACK"):
                add("DENY", "asserted")
            if rng.random() < 0.05 and etype in ACTIONS:
                add(etype, "asserted", verification="disputed")
            if rng.random() < 0.2:
                add("DEMAND", "asserted", same_event=False)
                add(rng.choice(ACTIONS), rng.choice(("demanded", "future", "hypothetical")), same_event=False)
            if rng.random() < 0.05:
                add(rng.choice(ACTIONS), "asserted", same_event=False)  # an unrelated event, told in passing
            doc_id_hint = doc
            doc += 1
            text = " ".join(sentences) + f" (document {doc_id_hint})"
            item = DocumentInput(text=text, url=f"https://example.org/{doc_id_hint}", publisher=publisher,
                                 title=f"Report {doc_id_hint}",
                                 published=published if rng.random() > 0.02 else published, language="en")
            made += len(mentions)
            yield Article(item, mentions)


def fill(store, items: list[Article], *, extractor_version: str = "synthetic") -> list[str]:
    """Store ``items`` and their mentions as extraction would; returns the documents' ids."""
    results = store.documents.add_many([(a.item, a.item.url, "ok") for a in items])
    found: dict[str, list[Mention]] = {}
    for a, r in zip(items, results):
        for m in a.mentions:
            m.doc_id = r.doc_id
            m.id = None
        found.setdefault(r.doc_id, []).extend(a.mentions)
    store.mentions.replace_for_documents(found, extractor_version)
    return [r.doc_id for r in results]
