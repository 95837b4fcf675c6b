"""Phrase matchers built from token ids kept on disk match exactly as matchers built from text."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.matcher import PhraseMatcher

from tangible.case import load_case
from tangible.models import DocumentInput
from tangible.nlp.extractor import load_pipeline, transliteration_variants
from tangible.nlp.gazetteer import load_gazetteer
from tangible.nlp.phrases import PhraseIds
from tangible.sources.files import read_file

from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _patterns() -> list[tuple[str, list[str]]]:
    """The extractor's phrases under keys of their own: every gazetteer place (many with several spellings,
    spellings shared between places) and every case name with its transliterations."""
    case = load_case()
    out = [(f"P{i}", list(place.variants)) for i, place in enumerate(load_gazetteer())]
    for ent in [*case.actors.values(), *case.groups.values()]:
        for name in dict.fromkeys((ent.name, *ent.aliases)):
            out.append((f"A:{ent.id}:{name}", [name, *transliteration_variants(name)]))
        out += [(f"C:{ent.id}:{cap}", [cap]) for cap in ent.capitals]
    return out


def _texts() -> list[str]:
    out = ["Jamaat ul Ahrar and Tehreek-i-Taliban Pakistan fighters crossed from Kunar into Bajaur, TTP said.",
           "", "KABUL (Reuters) - the islamic emirate's forces raided a hideout in nangarhar province."]
    for path in sorted(SAMPLES.iterdir()):
        out += [item.text for item in read_file(path) if isinstance(item, DocumentInput)]
    return out


def test_kept_ids_are_the_tokenizers(nlp, tmp_path):
    phrases = [p for _, forms in _patterns() for p in forms]
    built = PhraseIds(nlp, phrases, tmp_path)
    kept = list(tmp_path.glob("phrases-*.npz"))
    assert len(kept) == 1
    read = PhraseIds(nlp, phrases, tmp_path)  # from the file
    for phrase in phrases:
        doc = nlp.make_doc(phrase)
        assert read.orth(phrase) == built.orth(phrase) == tuple(t.orth for t in doc)
        assert read.lower(phrase) == built.lower(phrase) == tuple(t.lower for t in doc)
    # other phrases are another file; a damaged file is tokenised again and replaced
    PhraseIds(nlp, phrases[:10], tmp_path)
    assert len(list(tmp_path.glob("phrases-*.npz"))) == 2
    whole = kept[0].read_bytes()
    for damaged in (b"not a numpy archive", whole[: len(whole) // 2], b""):
        kept[0].write_bytes(damaged)
        again = PhraseIds(nlp, phrases, tmp_path)
        assert all(again.orth(p) == built.orth(p) and again.lower(p) == built.lower(p) for p in phrases)
        with np.load(kept[0], allow_pickle=False) as data:  # replaced by a whole file
            assert len(data["lengths"]) == len(set(phrases))


@pytest.mark.parametrize("attr", ["ORTH", "LOWER"])
def test_matchers_from_kept_ids_match_as_matchers_from_text(nlp, tmp_path, attr):
    patterns = _patterns()
    PhraseIds(nlp, [p for _, forms in patterns for p in forms], tmp_path)
    ids = PhraseIds(nlp, [p for _, forms in patterns for p in forms], tmp_path)
    of = ids.lower if attr == "LOWER" else ids.orth
    from_text, from_ids = PhraseMatcher(nlp.vocab, attr=attr), PhraseMatcher(nlp.vocab, attr=attr)
    for key, forms in patterns:
        from_text.add(key, [nlp.make_doc(f) for f in forms])
        from_ids.add(key, [of(f) for f in forms])
    found = 0
    for text in _texts():
        doc = nlp.make_doc(text)
        expected = from_text(doc)
        assert from_ids(doc) == expected  # the same matches in the same order
        found += len(expected)
    assert found > 100
