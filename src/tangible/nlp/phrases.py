"""Token ids of the phrases the extractor's phrase matchers look for, kept on disk between processes.

The extractor matches the case file's names and the gazetteer's spellings (about 4,500 phrases) with spaCy's
``PhraseMatcher``. Adding a phrase as text means tokenising it, which creates a lexeme for every new word:
about a quarter of a second per process, before the first sentence. The matcher keeps only each phrase's
token ids (the hash of each token's text, or of its lower-cased text), and adds a phrase given as those ids
exactly as it adds a ``Doc`` (it is how a pickled matcher is restored), so the ids are all that is kept.

The ids depend on the phrases, the tokenizer's rules and spaCy's hashing and lower-casing; the file is named
by a digest of all of them (the phrases, the tokenizer as it serialises itself, the model's name and version
and spaCy's version), so a changed case file, gazetteer, model or spaCy finds no file and tokenises again.
``tests/nlp/test_phrases.py`` checks the kept ids against the tokenizer's and the matches against a matcher
built from text.
"""

from __future__ import annotations

import hashlib
import logging
import os
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

Ids = tuple[int, ...]


def phrases_digest(nlp: Any, phrases: list[str]) -> str:
    """What the token ids of ``phrases`` depend on."""
    import spacy

    digest = hashlib.sha256()
    digest.update(f"{spacy.__version__}|{nlp.lang}|{nlp.meta.get('name')}|{nlp.meta.get('version')}|".encode())
    digest.update(hashlib.sha256(nlp.tokenizer.to_bytes(exclude=["vocab"])).digest())
    for phrase in phrases:
        digest.update(phrase.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()[:24]


def _tokenise(nlp: Any, phrases: list[str]) -> tuple[list[Ids], list[Ids]]:
    orth, lower = [], []
    for phrase in phrases:
        doc = nlp.make_doc(phrase)
        orth.append(tuple(t.orth for t in doc))
        lower.append(tuple(t.lower for t in doc))
    return orth, lower


def _read(path: Path, count: int) -> tuple[list[Ids], list[Ids]] | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            lengths, orth_flat, lower_flat = data["lengths"], data["orth"], data["lower"]
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:  # missing or damaged: tokenise again
        if path.exists():
            log.warning("phrase ids %s unreadable (%s); tokenising again", path, exc)
        return None
    if len(lengths) != count or int(lengths.sum()) != len(orth_flat) or len(orth_flat) != len(lower_flat):
        log.warning("phrase ids %s do not fit the phrases; tokenising again", path)
        return None
    ends = np.cumsum(lengths).tolist()
    orth_all, lower_all = orth_flat.tolist(), lower_flat.tolist()
    orth, lower, start = [], [], 0
    for end in ends:
        orth.append(tuple(orth_all[start:end]))
        lower.append(tuple(lower_all[start:end]))
        start = end
    return orth, lower


def _write(path: Path, orth: list[Ids], lower: list[Ids]) -> None:
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(partial, "wb") as fh:
            np.savez(fh, lengths=np.array([len(x) for x in orth], dtype=np.int64),
                     orth=np.array([i for x in orth for i in x], dtype=np.uint64),
                     lower=np.array([i for x in lower for i in x], dtype=np.uint64))
        os.replace(partial, path)  # whole or not at all, whichever process writes it first or last
    except OSError as exc:  # a read-only data folder, a full disk: tokenise each time
        log.info("phrase ids not kept in %s (%s)", path.parent, exc)
        partial.unlink(missing_ok=True)


class PhraseIds:
    """Each phrase's token ids as the pipeline's tokenizer cuts it: ``orth`` for a matcher on ``ORTH``,
    ``lower`` for one on ``LOWER``. Read from ``cache_dir`` when kept there for these phrases and this
    tokenizer, otherwise tokenised (and kept, with a ``cache_dir``)."""

    def __init__(self, nlp: Any, phrases: list[str], cache_dir: Path | None = None):
        unique = list(dict.fromkeys(phrases))
        found = None
        path = None
        if cache_dir is not None:
            path = cache_dir / f"phrases-{phrases_digest(nlp, unique)}.npz"
            found = _read(path, len(unique))
        if found is None:
            found = _tokenise(nlp, unique)
            if path is not None:
                _write(path, *found)
        orth, lower = found
        self._orth = dict(zip(unique, orth))
        self._lower = dict(zip(unique, lower))

    def orth(self, phrase: str) -> Ids:
        return self._orth[phrase]

    def lower(self, phrase: str) -> Ids:
        return self._lower[phrase]
