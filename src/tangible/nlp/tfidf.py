"""TF-IDF features and linear scores computed with numpy alone, to the bit as scikit-learn computes them.

The bundled classifiers (:mod:`~tangible.nlp.subtype`, :mod:`~tangible.nlp.event_kind`) were fitted with
scikit-learn's ``TfidfVectorizer`` (lowercase, sublinear tf, idf, l2 norm) and a linear model. Reading a
sentence needs only the transform and one product with the coefficients, while importing scikit-learn (which
pulls in scipy.stats) takes longer than ingesting an article. So the transform and the product are written
out here, step for step as scikit-learn 1.x and scipy's sparse product do them, with every floating-point
operation on the same values in the same order: the scores are exactly ``hstack(blocks) @ coef.T``
(``tests/nlp/test_tfidf.py`` compares them with scikit-learn's).
"""

from __future__ import annotations

import re
from itertools import chain
from dataclasses import dataclass
from typing import Sequence

import numpy as np

_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # TfidfVectorizer's default token_pattern
_WHITE_SPACES = re.compile(r"\s\s+")
WORD_COLUMNS_KEPT = 200_000  # words whose char_wb columns a transform remembers


@dataclass
class SparseRows:
    """Rows in compressed sparse row form: row ``i``'s values are ``data[indptr[i]:indptr[i+1]]`` at the
    columns ``indices[...]`` (ascending)."""

    data: np.ndarray  # float64
    indices: np.ndarray  # int32
    indptr: np.ndarray  # int64
    width: int


class TfidfTransform:
    """A fitted ``TfidfVectorizer(analyzer=..., ngram_range=..., sublinear_tf=True, lowercase=True)``'s
    transform, from its vocabulary (terms in column order) and idf."""

    def __init__(self, terms: Sequence, idf: np.ndarray, analyzer: str, ngram_range: tuple[int, int]):
        if analyzer not in ("word", "char_wb"):
            raise ValueError(f"analyzer {analyzer!r} is not 'word' or 'char_wb'")
        # numpy's strings to Python's in one call (converting them one by one cost twice as long)
        names = terms.tolist() if isinstance(terms, np.ndarray) else [str(t) for t in terms]
        self.vocabulary = dict(zip(map(str, names), range(len(names))))
        self.idf = np.asarray(idf, dtype=np.float64)
        self.analyzer = analyzer
        self.ngram_range = ngram_range
        # char_wb n-grams never cross a word, so each word's columns are found once and remembered: news
        # repeats its words, and slicing and looking up every n-gram of every word again cost most of a transform
        self._word_columns: dict[str, tuple[int, ...]] = {}

    def ngrams(self, text: str) -> list[str]:
        text = text.lower()
        return self._word_ngrams(text) if self.analyzer == "word" else self._char_wb_ngrams(text)

    def _word_ngrams(self, text: str) -> list[str]:
        tokens = _TOKEN.findall(text)
        min_n, max_n = self.ngram_range
        if max_n == 1:
            return tokens
        out = list(tokens) if min_n == 1 else []
        for n in range(max(min_n, 2), min(max_n + 1, len(tokens) + 1)):
            for i in range(len(tokens) - n + 1):
                out.append(" ".join(tokens[i:i + n]))
        return out

    def _char_wb_ngrams(self, text: str) -> list[str]:
        text = _WHITE_SPACES.sub(" ", text)
        min_n, max_n = self.ngram_range
        out: list[str] = []
        for w in text.split():
            w = " " + w + " "
            w_len = len(w)
            for n in range(min_n, max_n + 1):
                offset = 0
                out.append(w[offset:offset + n])
                while offset + n < w_len:
                    offset += 1
                    out.append(w[offset:offset + n])
                if offset == 0:  # a short word counts once
                    break
        return out

    def _columns(self, text: str) -> list[int]:
        """The vocabulary columns of ``text``'s n-grams, one per occurrence (n-grams out of the vocabulary
        dropped)."""
        vocabulary = self.vocabulary
        if self.analyzer == "word":
            return [j for j in map(vocabulary.get, self.ngrams(text)) if j is not None]
        known = self._word_columns
        if len(known) > WORD_COLUMNS_KEPT:
            known.clear()  # a long-running process reading ever new words keeps a bounded memo
        out: list[int] = []
        for w in _WHITE_SPACES.sub(" ", text.lower()).split():
            cols = known.get(w)
            if cols is None:
                cols = known[w] = tuple(j for j in map(vocabulary.get, self._char_wb_ngrams(w)) if j is not None)
            out.extend(cols)
        return out

    def transform(self, texts: Sequence[str]) -> SparseRows:
        width = len(self.vocabulary)
        rows = [self._columns(text) for text in texts]
        # every (row, column) occurrence as one key; the distinct keys in order are each row's columns
        # ascending, and their counts the term frequencies
        lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
        keys = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=int(lengths.sum()))
        keys += np.repeat(np.arange(len(rows), dtype=np.int64) * width, lengths)
        keys, counts = np.unique(keys, return_counts=True)
        cols = (keys % width).astype(np.int32)
        indptr = np.searchsorted(keys, np.arange(len(rows) + 1, dtype=np.int64) * width).tolist()
        data = counts.astype(np.float64)
        # sublinear tf, idf, then each row scaled to unit length, as TfidfTransformer.transform does
        np.log(data, data)
        data += 1.0
        data *= self.idf[cols]
        for start, end in zip(indptr, indptr[1:]):
            if end > start:
                # the squares summed one after another (sklearn's _inplace_csr_row_normalize_l2 loop)
                total = float(np.cumsum(data[start:end] * data[start:end])[-1])
                if total != 0.0:
                    data[start:end] /= np.sqrt(total)
        return SparseRows(data, cols, np.asarray(indptr, dtype=np.int64), width)


def weighted(rows: SparseRows, weight: float) -> SparseRows:
    """``rows * weight``, as a sparse matrix times a scalar."""
    return SparseRows(rows.data * weight, rows.indices, rows.indptr, rows.width)


def dense_rows(matrix: np.ndarray) -> SparseRows:
    """A dense matrix's non-zero entries as rows (``csr_matrix(matrix)``), in float64."""
    matrix = np.asarray(matrix)
    mask = matrix != 0
    rows, cols = np.nonzero(mask)
    indptr = np.zeros(matrix.shape[0] + 1, dtype=np.int64)
    np.cumsum(mask.sum(axis=1), out=indptr[1:])
    return SparseRows(matrix[rows, cols].astype(np.float64), cols.astype(np.int32), indptr, matrix.shape[1])


def linear_scores(blocks: Sequence[SparseRows], coef: np.ndarray) -> np.ndarray:
    """``hstack(blocks) @ coef.T`` for coefficients of shape (classes, features): each row's products summed
    in column order, one after another, as scipy's ``csr_matvecs`` sums them."""
    n = len(blocks[0].indptr) - 1
    weights = np.asarray(coef, dtype=np.float64).T  # (features, classes)
    out = np.zeros((n, weights.shape[1]), dtype=np.float64)
    for i in range(n):
        data_parts, col_parts, offset = [], [], 0
        for block in blocks:
            start, end = block.indptr[i], block.indptr[i + 1]
            data_parts.append(block.data[start:end])
            col_parts.append(block.indices[start:end].astype(np.int64) + offset)
            offset += block.width
        data = np.concatenate(data_parts)
        if len(data):
            products = data[:, None] * weights[np.concatenate(col_parts)]
            out[i] = np.cumsum(products, axis=0)[-1]
    return out
