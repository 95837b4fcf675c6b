"""The classifiers read without scikit-learn give exactly the scores scikit-learn's fitted vectorizers and
scipy's sparse product give (tangible.nlp.tfidf), on every sentence of the sample articles."""

import re
from pathlib import Path

import numpy as np
import pytest

from tangible.nlp import event_kind, subtype

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def sentences():
    from tangible.sources.html import extract_article

    out = []
    for path in sorted(SAMPLES.glob("*.html")):
        text = extract_article(path.read_text(encoding="utf-8"), None).text
        out.extend(s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip())
    # odd input: empty, no known n-gram, whitespace runs, one short word, non-Latin letters
    out += ["", "zzqx", "  Police \t\t arrested   two\n\nmen  ", "a", "Полиция задержала двоих.", "I"]
    assert len(out) > 300
    return out


def _fitted(params, word_range, char_range, feature=None):
    """scikit-learn vectorizers set to the shipped vocabularies and idf, as the models were read before."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    word = TfidfVectorizer(ngram_range=word_range, sublinear_tf=True, lowercase=True)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=char_range, sublinear_tf=True, lowercase=True)
    for vec, name in ((word, "word"), (char, "char")):
        vec.vocabulary_ = {str(t): i for i, t in enumerate(params[f"{name}_terms"])}
        vec.idf_ = np.asarray(params[f"{name}_idf"], dtype=np.float64)
    return word, char


def test_event_kind_scores_are_scikit_learns(sentences):
    from scipy.sparse import hstack

    model = event_kind.EventKindModel.load()
    word, char = _fitted(model.params, (1, 2), (3, 5))
    for w, c in ((model.word, word), (model.char, char)):
        mine, theirs = w.transform(sentences), c.transform(sentences).tocsr()
        assert np.array_equal(mine.indptr, theirs.indptr) and np.array_equal(mine.indices, theirs.indices)
        assert np.array_equal(mine.data, theirs.data)
    X = hstack([word.transform(sentences), char.transform(sentences) * event_kind.CHAR_WEIGHT]).tocsr()
    s = np.asarray(X @ model.coef.T) + model.intercept
    s = np.exp(s - s.max(axis=1, keepdims=True))
    assert np.array_equal(model.proba(sentences), s / s.sum(axis=1, keepdims=True))


def test_subtype_scores_are_scikit_learns(sentences):
    model = subtype.SubtypeClassifier.load()
    word, char = _fitted(model.params, (1, 2), (2, 5))
    emb = np.random.default_rng(7).standard_normal((len(sentences), 384)).astype(np.float32)
    emb[:, ::5] = 0.0  # zeros are left out of a sparse row
    expected = np.asarray(subtype._stack(word, char, sentences, emb) @ model.coef.T) + model.intercept
    assert np.array_equal(model.scores(sentences, emb), expected)
