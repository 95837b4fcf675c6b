"""Who is speaking: attributions and publishers mapped to the case's actors.

A report is the acting party's own word when its attribution names that party (its
spokesperson, its ministry, its name) or when the publisher is that party's own media. The
publisher lists come from the case file (the ``media`` list of each actor or group).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_SELF_KINDS = ("spokesperson", "official", "media", "report")
# a state's own bodies named with no country: "the Ministry of Interior", "the interior ministry", "provincial police"
_STATE_BODY = re.compile(r"^(?:the\s+)?(?:(?:ministry|minister)\s+of\s+(?:interior|defen[cs]e|foreign affairs)|"
                         r"(?:interior|defen[cs]e|foreign)\s+ministry|(?:provincial\s+|local\s+)?police(?:\s+chief)?|"
                         r"security\s+forces|(?:provincial|district)\s+(?:governor|government|administration)|"
                         r"intelligence\s+(?:agency|directorate))\b", re.I)
# another country's body named: its word is not the acting government's
_OTHER_STATE = re.compile(r"\b(?:pakistan|pakistani|chinese|china|indian|india|iranian|iran|us|american|british|un)\b",
                          re.I)
# a state's forces, whose media wing speaks for them
_FORCES_WORD = re.compile(r"\b(?:military|army|armed forces|security forces|ISPR)\b", re.I)
# An attribution to a party's own outlet without naming it: "the military's media wing said".
_OWN_MEDIA = re.compile(r"\b(media wing|media cell|mouthpiece|propaganda (arm|wing|outlet)|own (news|media))\b", re.I)

# what was done to the people a report's speaker is named by: "the family of one of three men detained by ..."
_DONE_BY = re.compile(r"\b(?:detained|arrested|held|killed|captured|abducted|kidnapped|seized|wounded|injured|"
                      r"picked\s+up|taken\s+away|taken\s+into\s+custody)\s+by\b", re.IGNORECASE)


@dataclass(slots=True)
class SourceBook:
    """Maps attribution text and publisher names to actor ids."""

    # (name, case-blind, actor id), longest names first; each name's pattern is compiled when a text first
    # holds the name (about 400 names: compiling them all cost every process a twentieth of a second)
    aliases: list[tuple[str, bool, str]] = field(default_factory=list)
    media: dict[str, str] = field(default_factory=dict)  # lower-case publisher name -> actor id
    countries: dict[str, str] = field(default_factory=dict)  # actor id -> ISO country
    governments: set[str] = field(default_factory=set)
    named: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)  # see actors_in
    patterns: dict[int, re.Pattern[str]] = field(default_factory=dict, repr=False, compare=False)  # compiled

    @classmethod
    def from_case(cls, case: Any) -> "SourceBook":
        book = cls()
        if case is None:
            from tangible.case import load_case

            case = load_case()  # the bundled case: its actors' own outlets
        pairs: list[tuple[str, str]] = []
        for entity in [*case.actors.values(), *case.groups.values()]:
            for name in entity.names:
                pairs.append((name, entity.id))
            if entity.country:
                book.countries[entity.id] = entity.country
            if entity.kind == "government":
                book.governments.add(entity.id)
        pairs.sort(key=lambda p: -len(p[0]))
        for name, eid in pairs:
            book.aliases.append((name, not (len(name) <= 4 and name.isupper()), eid))
        case_media = {e.id: list(e.media) for e in [*case.actors.values(), *case.groups.values()]
                      if getattr(e, "media", ())}
        for actor, names in case_media.items():
            for n in names:
                book.media[n.lower()] = actor
        return book

    def actors_in(self, text: str | None) -> list[str]:
        """Actor ids named in a text, longest names first, each once."""
        if not text:
            return []
        known = self.named.get(text)  # attributions repeat ("a spokesman", "police said"): looked up once
        if known is None:
            found: list[str] = []
            plain = text.isascii()
            lowered = text.lower()
            for i, (name, blind, eid) in enumerate(self.aliases):
                if eid in found:
                    continue
                # in ASCII, a name matches only where it is a substring (case-blind: of the lower-cased text);
                # other scripts have case foldings str.lower does not make, and are left to the pattern
                if plain and name.isascii() and (name.lower() not in lowered if blind else name not in text):
                    continue
                if self.pattern(i).search(text):
                    found.append(eid)
            known = self.named[text] = tuple(found)
        return list(known)

    def pattern(self, i: int) -> re.Pattern[str]:
        """The pattern of ``aliases[i]``: the name between non-word characters, case-blind unless it is a short
        abbreviation."""
        found = self.patterns.get(i)
        if found is None:
            name, blind, _ = self.aliases[i]
            found = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE if blind else 0)
            self.patterns[i] = found
        return found

    def publisher_owner(self, publisher: str | None) -> str | None:
        if not publisher:
            return None
        return self.media.get(publisher.strip().lower())

    def speaker(self, attribution: Any, publisher: str | None, location_country: str | None,
                acting: set[str]) -> tuple[str | None, str]:
        """Who vouches for a report: (actor id or None, a short description).

        The actor id is set when the report rests on an actor's own word: an attribution naming
        an actor, an actor's own outlet, or an unnamed spokesperson of the acting government on
        its own territory ("a provincial spokesman said" in Afghanistan for the Taliban).
        """
        owner = self.publisher_owner(publisher)
        if owner and attribution is not None and owner not in acting:
            # (another state's outlet relaying the acting party's own word rests on that word: "a Taliban
            # spokesman told Xinhua")
            who, told = self._by_attribution(attribution, location_country, acting)
            if who is not None and who in acting:
                return who, told
        if owner:
            # An actor's own outlet speaks for that actor; with the acting party unknown, it is taken
            # to report its own side's action.
            who = owner if acting else "acting-party"
            return who, f"{publisher} ({owner} media)"
        if attribution is None:
            return None, "the publisher's own reporting"
        return self._by_attribution(attribution, location_country, acting)

    def _by_attribution(self, attribution: Any, location_country: str | None,
                        acting: set[str]) -> tuple[str | None, str]:
        """Who vouches for a report by its attribution alone (see :meth:`speaker`)."""
        kind, text = attribution.kind, attribution.text
        if kind in ("witness", "anonymous"):
            return None, {"witness": "witnesses", "anonymous": "unnamed sources"}[kind]
        # (a party named as what was done to the speakers is not who speaks: "the family of one of three men
        # detained by Taliban intelligence")
        named = self.actors_in(_DONE_BY.split(text, maxsplit=1)[0])
        if named and kind in _SELF_KINDS:
            return named[0], text
        owner = self.publisher_owner(text)
        if owner:
            return owner, f"{text} ({owner} media)"
        if _OWN_MEDIA.search(text):
            if _FORCES_WORD.search(text) and acting and not any(a in self.governments for a in acting):
                # ("the military's media wing said" of an armed group's attack on its soldiers: the side attacked)
                return None, text
            return (sorted(acting)[0] if acting else "acting-party"), text
        if location_country and (kind == "spokesperson" or kind == "official" and _STATE_BODY.search(text)
                                 and not _OTHER_STATE.search(text)):
            # (the acting government's own ministry or forces, named with no country, where they act: "The Ministry
            # of Interior said" of the Taliban's arrests in Kabul)
            for actor in sorted(acting):
                if actor in self.governments and self.countries.get(actor) == location_country:
                    return actor, text
        return None, text
