"""Parallel extraction and the relevance prefilter, on real SQLite stores and real worker processes."""

from __future__ import annotations

from datetime import date

from tangible.case import DEFAULT_CASE
from tangible.models import DocumentInput
from tangible.services.extraction import extract_documents
from tangible.services.ingest import ingest_paths
from tangible.services.relevance import IRRELEVANT, get_filter, reexamine_irrelevant

from tests.conftest import SAMPLES

OFF_TOPIC = [
    "The city council approved a new budget for public parks on Tuesday. Residents asked for more benches.",
    "Police arrested four men in Lyon after a jewellery robbery, prosecutors said on Monday.",
    "A tip from a neighbour led firefighters to the blaze; nobody was hurt.",
]
ZETAN = "Security forces arrested six members of the Zetan Front in a raid on Sunday, officials said."


def _mention_keys(store) -> list[tuple]:
    out = []
    for doc in store.documents.iter_all():
        for m in store.mentions.for_document(doc.id):
            out.append((m.id, m.doc_id, m.type, m.modality, m.char_span, tuple(m.groups),
                        m.source.id if m.source else None, m.target.id if m.target else None,
                        m.location.name if m.location else None, m.date, tuple(sorted(m.quantities.items()))))
    return sorted(out)


def _fill(store, settings) -> None:
    ingest_paths(store, settings, [str(SAMPLES)], run_pipeline=False)
    for i, text in enumerate([*OFF_TOPIC, ZETAN]):
        store.documents.add(DocumentInput(text=text, published=date(2026, 11, 1), language="en",
                                          external_id=f"x{i}"))


def test_two_workers_give_the_same_mentions_as_one(make_store, settings):
    one, two = make_store("sqlite"), make_store("sqlite")
    _fill(one, settings)
    _fill(two, settings)
    done: list[int] = []
    f1 = extract_documents(one, settings, workers=1)
    f2 = extract_documents(two, settings, workers=2, progress=done.append)
    assert f2["workers"] == 2
    assert f1["documents"] == f2["documents"] == sum(done) > 30
    assert f1["mentions"] == f2["mentions"] > 0
    assert _mention_keys(one) == _mention_keys(two)


def test_off_topic_documents_are_kept_counted_and_skipped(sqlite_store, settings):
    _fill(sqlite_store, settings)
    figures = extract_documents(sqlite_store, settings, workers=1)
    assert figures["irrelevant"] == len(OFF_TOPIC) + 1
    fingerprint = get_filter(settings).fingerprint
    marks = dict(sqlite_store.documents.relevance_marks(IRRELEVANT))
    assert len(marks) == len(OFF_TOPIC) + 1 and set(marks.values()) == {fingerprint}
    for doc_id in marks:
        assert sqlite_store.mentions.for_document(doc_id) == []
        assert sqlite_store.documents.get(doc_id).status == IRRELEVANT
    # nothing changed in the case file: nothing to re-examine
    assert reexamine_irrelevant(sqlite_store, settings)["examined"] == 0


def test_a_new_case_file_reexamines_irrelevant_documents(sqlite_store, settings_factory, tmp_path):
    first = settings_factory()
    _fill(sqlite_store, first)
    extract_documents(sqlite_store, first, workers=1)
    zetan_id = next(d.id for d in sqlite_store.documents.iter_all() if d.external_id == f"x{len(OFF_TOPIC)}")
    assert sqlite_store.documents.get(zetan_id).status == IRRELEVANT

    text = DEFAULT_CASE.read_text(encoding="utf-8")
    assert "aliases: [Baloch Liberation Army," in text
    case = tmp_path / "case.yaml"
    case.write_text(text.replace("aliases: [Baloch Liberation Army,", "aliases: [Zetan Front, Baloch Liberation Army,"),
                    encoding="utf-8")
    second = settings_factory(case_file=case)
    assert get_filter(second).fingerprint != get_filter(first).fingerprint

    figures = reexamine_irrelevant(sqlite_store, second, workers=2)
    assert figures["examined"] == len(OFF_TOPIC) + 1
    assert figures["relevant"] == 1 and figures["irrelevant"] == len(OFF_TOPIC)
    assert sqlite_store.documents.get(zetan_id).status == "ok"
    mentions = sqlite_store.mentions.for_document(zetan_id)
    arrests = [m for m in mentions if m.type == "ARREST"]
    assert arrests and "bla" in arrests[0].groups
    marks = dict(sqlite_store.documents.relevance_marks(IRRELEVANT))
    assert set(marks.values()) == {get_filter(second).fingerprint}


def test_prefilter_terms():
    from tangible.settings import Settings

    flt = get_filter(Settings())
    assert flt.check("Pakistani Taliban fighters crossed over.").term == "pakistani taliban"
    assert flt.is_relevant("Clashes were reported in Kunar province.")
    assert flt.is_relevant("The TTP said nothing.")
    assert not flt.is_relevant("Leave a tip for the waiter.")  # TIP matches only in capitals
    assert not flt.is_relevant("")
    assert not any(flt.is_relevant(t) for t in OFF_TOPIC)


def test_workers_are_spawned_when_the_parent_runs_other_threads(make_store, settings):
    import threading

    from tangible.services.extraction import _mp_context

    one, two = make_store("sqlite"), make_store("sqlite")
    for store in (one, two):
        for i, text in enumerate([ZETAN.replace("Zetan Front", "TTP"), *OFF_TOPIC[:1],
                                  "Pakistani forces killed four militants in North Waziristan on Sunday."]):
            store.documents.add(DocumentInput(text=text, published=date(2026, 11, 1), language="en",
                                              external_id=f"t{i}"))
    extract_documents(one, settings, workers=1)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        assert _mp_context().get_start_method() == "spawn"
        figures = extract_documents(two, settings, workers=2)
    finally:
        stop.set()
        other.join()
    assert figures["irrelevant"] == 1 and figures["mentions"] >= 2
    assert _mention_keys(one) == _mention_keys(two)
    # re-extraction on the pool replaces mentions, never duplicates them
    assert extract_documents(two, settings, workers=2)["mentions"] == figures["mentions"]
    assert _mention_keys(one) == _mention_keys(two)


FORK_SCRIPT = """
import json, sys
import tangible.cli  # one BLAS thread per process, as every tangible command runs
from pathlib import Path
from tangible.settings import Settings
from tangible.store import Store
from tangible.services.extraction import extract_documents
from tangible.services.ingest import ingest_paths

out = {}
for workers in (2, 1):  # the pool first, while this process has loaded nothing that starts threads
    settings = Settings(data_dir=Path(sys.argv[1]) / f"w{workers}")
    store = Store.open(settings)
    ingest_paths(store, settings, [sys.argv[2]], run_pipeline=False)
    figures = extract_documents(store, settings, workers=workers)
    keys = sorted((m.doc_id, m.type, m.modality, tuple(m.char_span)) for d in store.documents.iter_all()
                  for m in store.mentions.for_document(d.id))
    out[workers] = {"start": figures.get("start_method"), "mentions": figures["mentions"], "keys": keys}
    store.close()
print(json.dumps(out))
"""


def test_a_single_threaded_parent_forks_its_workers_with_the_model_loaded(tmp_path):
    import json
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("TANGIBLE_")}
    done = subprocess.run([sys.executable, "-c", FORK_SCRIPT, str(tmp_path), str(SAMPLES)], env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["2"]["start"] == "fork"
    assert out["2"]["mentions"] == out["1"]["mentions"] > 0
    assert out["2"]["keys"] == out["1"]["keys"]


def test_no_pool_is_started_when_every_document_is_off_topic(sqlite_store, settings):
    for i, text in enumerate(OFF_TOPIC):
        sqlite_store.documents.add(DocumentInput(text=text, published=date(2026, 11, 1), language="en",
                                                 external_id=f"o{i}"))
    figures = extract_documents(sqlite_store, settings, workers=2)
    assert figures["irrelevant"] == len(OFF_TOPIC) and figures["mentions"] == 0
    assert "start_method" not in figures  # neither a model loaded here nor a worker started
