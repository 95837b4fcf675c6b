"""The source book names the same actors whether or not a name's pattern is compiled before it is needed."""

from __future__ import annotations

import re
from pathlib import Path

from tangible.case import load_case, load_case_text
from tangible.resolve.sources import SourceBook

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _every_pattern(book: SourceBook, text: str) -> list[str]:
    """The actors a text names, every alias's pattern compiled and searched in order (longest names first)."""
    found: list[str] = []
    for name, blind, eid in book.aliases:
        pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE if blind else 0)
        if eid not in found and pattern.search(text):
            found.append(eid)
    return found


def _texts() -> list[str]:
    texts = [
        "a Taliban spokesman said", "TTP said in a statement", "ttp said", "the ttp's spokesman",
        "Pakistan's military media wing ISPR said", "a spokesperson of the Islamic Emirate told reporters",
        "police in Quetta said", "officials of the Tehreek-e-Taliban Pakistan", "anti-Taliban fighters",
        "Taliban-led forces", "the Talibans", "TALIBAN", "IS-K claimed", "Islamic State Khorasan Province",
        "", "   ", "said the BLA", "the BLA's", "BLAS",
        # beyond ASCII: foldings the lower-cased text does not show (long s, Kelvin sign, dotted capital I)
        "the Taliban\u017f spokesman", "\u212aabul police said", "\u0130SPR said", "Talib\u0101n officials",
        "the ISPR\u00a0said", "Ta\u200bliban",
    ]
    for path in sorted(SAMPLES.glob("*.html")):
        text = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))
        texts.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip())
    return texts


def test_names_found_as_every_pattern_finds_them():
    book = SourceBook.from_case(load_case())
    assert len(book.aliases) > 100
    texts = _texts()
    assert len(texts) > 300
    named = [t for t in texts if _every_pattern(book, t)]
    assert len(named) > 30  # the comparison covers texts that do name actors
    for text in texts:
        assert book.actors_in(text) == _every_pattern(book, text), text


def test_patterns_are_compiled_for_names_a_text_holds():
    book = SourceBook.from_case(load_case())
    assert book.patterns == {}  # none compiled before a text is read
    assert book.actors_in("A Taliban spokesman said on Monday.") == _every_pattern(
        book, "A Taliban spokesman said on Monday.")
    assert 0 < len(book.patterns) < 10


def test_short_abbreviations_keep_their_case():
    case = load_case_text("actors:\n  - id: tal\n    name: Taliban\n    kind: government\n"
                          "groups:\n  - id: bla\n    name: BLA\n    kind: armed_group\n")
    book = SourceBook.from_case(case)
    assert book.actors_in("the BLA said") == ["bla"]
    assert book.actors_in("the bla said") == []
    assert book.actors_in("the TALIBAN said") == ["tal"]
    assert book.actors_in("the BLA and the Taliban") == ["tal", "bla"]  # longest names first
    assert book.actors_in("the Taliban-led BLA") == ["bla"]  # a name joined to a word by a hyphen is not it
    assert book.actors_in("anti-BLA talibans") == []
