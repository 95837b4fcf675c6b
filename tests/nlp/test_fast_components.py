"""The faster attribute ruler and lemmatizer give spaCy's own output, token for token."""

from __future__ import annotations

import json

import pytest
import spacy

from tangible.nlp.extractor import SPACY_EXCLUDE, SPACY_MODEL, load_pipeline
from tangible.nlp.fast_components import CachedLemmatizer, IndexedAttributeRuler
from tangible.nlp.sentences import split_sentences
from tangible.errors import InputError
from tangible.models import DocumentInput
from tangible.sources.files import read_file

from tests.conftest import SAMPLES

# the rules of more than one token or with a pattern ("ain't", "can't", "gonna") and plain prose
CRAFTED = [
    "They ain't going to arrest anyone, and we can't say they won't.",
    "I'm gonna tell you: police didn't detain the suspects, they'd already fled.",
    "The Taliban's spokesman said its forces had apprehended 12 TTP militants in Kunar on Monday.",
    "  Two  spaces, a tab\tand a new\nline; 'quotes' and (brackets) - dashes -- and ... dots!",
    "Isn't it true that Pakistan urged Kabul to dismantle the camps?",
]


def _sentences() -> list[str]:
    out = list(CRAFTED)
    for path in sorted(SAMPLES.iterdir()):
        for item in read_file(path):
            if isinstance(item, DocumentInput):
                out += [item.text[s:e] for s, e in split_sentences(item.text, max_chars=1500)]
    try:
        from tangible.evaluation import eval_dir

        with open(eval_dir() / "india_police_events" / "metadata.jsonl", encoding="utf-8") as fh:
            for _, line in zip(range(40), fh):
                text = json.loads(line).get("full_text") or ""
                out += [text[s:e] for s, e in split_sentences(text, max_chars=1500)]
    except (OSError, InputError):  # evaluation data absent: the bundled corpus still runs
        pass
    return out


def _attributes(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    return spacy.load(SPACY_MODEL, exclude=list(SPACY_EXCLUDE)), load_pipeline()


def test_the_extractor_runs_the_fast_components(pipelines):
    _, fast = pipelines
    assert isinstance(fast.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), CachedLemmatizer)
    # the language's own lemmatizer rules are still the ones that run
    assert type(fast.get_pipe("lemmatizer")).__mro__[2].__name__ == "EnglishLemmatizer"


def test_the_tokenizer_is_the_models(pipelines):
    stock, fast = pipelines
    assert fast.config["nlp"]["tokenizer"] == {"@tokenizers": "tangible.model_tokenizer.v1"}
    assert type(fast.tokenizer) is type(stock.tokenizer)
    assert fast.tokenizer.to_bytes(exclude=["vocab"]) == stock.tokenizer.to_bytes(exclude=["vocab"])
    assert fast.tokenizer.rules and fast.tokenizer.rules == stock.tokenizer.rules


def test_every_layer_multiplies_through_numpy(pipelines):
    stock, fast = pipelines
    layers = [node for _, proc in fast.pipeline if getattr(proc, "model", None) is not None
              for node in proc.model.walk()]
    assert len(layers) > 50
    assert all(node.ops.use_blis is False for node in layers)
    # the stock pipeline still uses BLIS: the test below compares the two
    assert stock.get_pipe("tok2vec").model.ops.use_blis is True


def test_same_tags_morphology_and_lemmas_as_spacy(pipelines):
    stock, fast = pipelines
    sentences = _sentences()
    assert len(sentences) > 300
    differ = []
    # twice: the second pass reads the caches the first one filled
    for _ in range(2):
        for a, b in zip(stock.pipe(sentences, batch_size=64), fast.pipe(sentences, batch_size=64)):
            if _attributes(a) != _attributes(b):
                differ.append([(x, y) for x, y in zip(_attributes(a), _attributes(b)) if x != y][:3])
    assert not differ, differ[:5]
