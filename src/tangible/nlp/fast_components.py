"""spaCy's English pipeline with the same output for less work: two components and the matrix products.

``attribute_ruler``, with its single-token rules answered from an index. The English pipeline's ``attribute_ruler`` maps each token's fine tag (and, for some words, its
lower-cased form or dependency label) to its coarse part of speech, morphology and lemma exceptions,
with about 180 rules. spaCy runs them through its general token ``Matcher``, which evaluates every
rule on every token of every sentence: about a third of the pipeline's time in extraction. Nearly
all of those rules test one token for exact values, so the rules that apply to a token depend only on
that token's few tested values; here they are looked up once per distinct combination and cached.
Rules of any other form (several tokens, a regular expression) still go through a ``Matcher``.

The result is the one spaCy gives: the rules matched on the unmodified tokens, then applied in rule
order, a later rule overriding an earlier one (``AttributeRuler.match`` sorts by rule number for that
reason).

``lemmatizer``: spaCy caches each word's lemma by (word, part of speech, morphology) inside its rule
lemmatizer, but still pays, per token, a method call, a string lookup and a string hash to set the
lemma. Here the lemma's string id is cached under the same key and set directly. A word not yet seen
is lemmatised by spaCy's own rules, with the known words of each part of speech held as a set instead
of a list it scanned for every candidate form.

Matrix products: thinc multiplies the networks' matrices (the shared token-to-vector layers, the
parser's input layer) with BLIS, which picks its kernels by reading the processor's identity; where it
does not recognise the processor, as on some virtual machines, it falls back to generic kernels
several times slower than numpy's BLAS (15 against 60-70 GFLOP/s on one core here). Here every
layer multiplies through numpy, thinc's own ``use_blis=False`` path. On the 9,359 IndiaPoliceEvents
sentences every tag, lemma and parse stayed the same.

``tests/nlp/test_fast_components.py`` checks every token attribute against spaCy's own pipeline.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from spacy.errors import Errors
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs
from thinc.api import NumpyOps

# token pattern keys the index answers, and the token attribute each one reads
_INDEXED = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "ORTH": "orth_", "TEXT": "text",
            "POS": "pos_", "IS_SPACE": "is_space"}


def _test(value: Any) -> frozenset | Callable[[Any], bool] | None:
    """A token pattern's test of one attribute as spaCy's ``Matcher`` reads it: the accepted values (a
    value, ``IN``), a predicate (``NOT_IN``, ``REGEX``, searched in the text), or None for anything else."""
    if not isinstance(value, dict):
        return frozenset([value])
    if len(value) != 1:
        return None
    (op, arg), = value.items()
    if op == "IN":
        return frozenset(arg)
    if op == "NOT_IN":
        refused = frozenset(arg)
        return lambda v: v not in refused
    if op == "REGEX":
        pattern = re.compile(arg)
        return lambda v: isinstance(v, str) and pattern.search(v) is not None
    return None


def _token_tests(token_spec: dict) -> list[tuple[str, frozenset | Callable]] | None:
    """A token pattern as (token attribute, predicate) pairs, or None where it tests something else."""
    out = []
    for key, value in token_spec.items():
        attr = _INDEXED.get(key)
        test = _test(value) if attr else None
        if test is None:
            return None
        out.append((attr, test))
    return out


class IndexedAttributeRuler(AttributeRuler):
    """Drop-in for a loaded ``AttributeRuler`` (see :func:`use_fast_components`).

    Every test a rule makes on one token is numbered; a token is summarised by the outcomes of the
    tests on each attribute it has (cached per attribute value), and the rules that apply to a token
    by that summary (cached too). Rules over several tokens still run on a ``Matcher``, only for a
    sentence where some token passes the first token's tests of one of them.
    """

    def _build_index(self) -> None:
        tests: list[tuple[str, frozenset | Callable]] = []

        def numbered(pairs):
            ids = []
            for pair in pairs:
                tests.append(pair)
                ids.append(len(tests) - 1)
            return tuple(ids)

        simple: list[tuple[int, tuple[int, ...]]] = []
        starts: list[tuple[int, ...]] = []
        rest = Matcher(self.vocab)
        always_rest = False
        for i in range(len(self.attrs)):
            for pattern in self.matcher.get(str(i))[1]:
                first = _token_tests(pattern[0])
                if len(pattern) == 1 and first is not None:
                    simple.append((i, numbered(first)))
                    continue
                rest.add(str(i), [pattern])
                if first is None:
                    always_rest = True
                else:
                    starts.append(numbered(first))
        self._attrs_read = tuple(sorted({attr for attr, _ in tests}))
        # per attribute read: value -> the value tests it passes, and the predicate tests
        self._passes: tuple[dict, ...] = tuple({} for _ in self._attrs_read)
        self._predicates: tuple[list, ...] = tuple([] for _ in self._attrs_read)
        for t, (attr, test) in enumerate(tests):
            k = self._attrs_read.index(attr)
            if isinstance(test, frozenset):
                for value in test:
                    self._passes[k].setdefault(value, []).append(t)
            else:
                self._predicates[k].append((t, test))
        self._simple, self._starts = simple, starts
        self._rest = rest if len(rest) else None
        self._always_rest = always_rest
        self._outcomes: tuple[dict, ...] = tuple({} for _ in self._attrs_read)
        self._rules_for: dict[tuple, tuple[tuple[int, ...], bool]] = {}
        self._merged: dict[tuple[int, ...], dict] = {}

    def _outcome(self, k: int, value: Any) -> frozenset:
        """The tests on the ``k``-th attribute read that ``value`` passes."""
        passed = frozenset([*self._passes[k].get(value, ()), *(t for t, test in self._predicates[k] if test(value))])
        self._outcomes[k][value] = passed
        return passed

    def _rules_of(self, key: tuple) -> tuple[tuple[int, ...], bool]:
        passed = frozenset().union(*key)
        rules = tuple(i for i, ids in self._simple if passed.issuperset(ids))
        starts = any(passed.issuperset(ids) for ids in self._starts)
        self._rules_for[key] = (rules, starts)
        return rules, starts

    def _attrs_of(self, rules: tuple[int, ...]) -> dict:
        merged: dict[Any, Any] = {}
        for i in rules:  # in rule order: a later rule overrides an earlier one
            merged.update(self.attrs[i])
        self._merged[rules] = merged
        return merged

    def __call__(self, doc: Doc) -> Doc:
        # every rule is matched on the tokens as they came in, before any rule changes them
        plan = []
        run_rest = self._always_rest
        reads = tuple(zip(self._attrs_read, self._outcomes, range(len(self._attrs_read))))
        rules_for = self._rules_for
        for tok in doc:
            key = []
            for attr, outcomes, k in reads:
                value = getattr(tok, attr)
                passed = outcomes.get(value)
                key.append(passed if passed is not None else self._outcome(k, value))
            key = tuple(key)
            found = rules_for.get(key)
            rules, starts = found if found is not None else self._rules_of(key)
            run_rest = run_rest or starts
            plan.append(rules)
        if run_rest and self._rest is not None:
            for match_id, start, end in self._rest(doc, allow_missing=True):
                rule = int(self.vocab.strings[match_id])
                target = Span(doc, start, end)[self.indices[rule]].i
                plan[target] = tuple(sorted(set(plan[target]) | {rule}))
        for tok, rules in zip(doc, plan):
            if rules:
                attrs = self._merged.get(rules)
                if attrs is None:
                    attrs = self._attrs_of(rules)
                set_token_attrs(tok, attrs)
        return doc


class CachedLemmatizer(Lemmatizer):
    """Drop-in for a loaded ``Lemmatizer`` (or a subclass: the language's own rules are kept)."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)  # the message spaCy's own lemmatizer gives
        cache = self.__dict__.setdefault("_lemma_ids", {})
        strings = self.vocab.strings
        overwrite = self.overwrite
        for token in doc:
            if overwrite or token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)  # spaCy's own cache key for a lemma
                lemma = cache.get(key)
                if lemma is None:
                    lemma = cache[key] = strings.add(self.lemmatize(token)[0])
                token.lemma = lemma
        return doc


def _faster(component, base: type, fast: type) -> None:
    cls = type(component)
    if isinstance(component, base) and not issubclass(cls, fast):
        # a subclass of the loaded class (the English lemmatizer's own rules stay in force)
        component.__class__ = type(f"Fast{cls.__name__}", (fast, cls), {})


def use_fast_components(nlp) -> None:
    """Swap ``nlp``'s attribute ruler and lemmatizer for the equivalents above (same state, same output)."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        _faster(ruler, AttributeRuler, IndexedAttributeRuler)
        ruler._build_index()
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        _faster(lemmatizer, Lemmatizer, CachedLemmatizer)
        if lemmatizer.mode == "rule" and lemmatizer.lookups.has_table("lemma_index"):
            # the rule lemmatizer only asks whether a candidate form is a known word (``form in index``):
            # each part of speech's word list (57,000 nouns) as a set answers that without a scan
            index = lemmatizer.lookups.get_table("lemma_index")
            for pos in list(index.keys()):
                index[pos] = frozenset(index[pos])


def use_numpy_gemm(nlp) -> None:
    """Every network layer of ``nlp`` multiplies its matrices through numpy instead of BLIS."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
