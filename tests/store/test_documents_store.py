"""The document store on SQLite and PostgreSQL: idempotence, versions, lookups, paging."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from tangible.models import DocumentInput
from tangible.store import migrate


def doc(text, url=None, published=None, publisher="Valley Gazette"):
    return DocumentInput(text=text, url=url, publisher=publisher, title=text[:20], published=published,
                         raw=text.encode(), raw_type="text/plain")


def test_migrations_apply_twice_and_reach_head(store):
    migrate.upgrade(store.db)
    migrate.upgrade(store.db)
    assert migrate.current_revision(store.db) == migrate.head_revision()
    names = set(sa.inspect(store.db.engine).get_table_names())
    assert {"documents", "mentions", "incidents", "sources", "ingest_runs", "replies", "tokens"} <= names


def test_same_content_is_stored_once(store):
    first = store.documents.add(doc("Eleven men were taken into custody.", "https://a.example/1"))
    again = store.documents.add(doc("Eleven men were taken  into\ncustody.", "https://b.example/other"))
    assert first.status == "added"
    assert again.status == "unchanged" and again.doc_id == first.doc_id
    assert store.documents.count() == 1


def test_changed_page_at_same_url_is_a_new_version(store):
    url = "https://a.example/story"
    v1 = store.documents.add(doc("First text of the story.", url), canonical_url=url)
    v2 = store.documents.add(doc("Updated text of the story, with a correction.", url), canonical_url=url)
    assert (v1.version, v2.version, v2.status) == (1, 2, "version")
    latest = store.documents.get(url)
    assert latest.id == v2.doc_id and latest.version == 2
    assert [d.version for d in store.documents.versions(v1.doc_id)] == [1, 2]
    # the list shows the latest version only; the export shows both
    assert [d.id for d in store.documents.list()] == [v2.doc_id]
    assert {d.id for d in store.documents.iter_all()} == {v1.doc_id, v2.doc_id}


def test_raw_input_is_kept_compressed_and_returned_exactly(store):
    text = "Raw bytes survive: ünïcödé and quotes \u201clike these\u201d."
    result = store.documents.add(doc(text))
    raw, raw_type = store.documents.raw(result.doc_id)
    assert raw == text.encode() and raw_type == "text/plain"


def test_list_is_newest_first_with_keyset_paging(store):
    ids = []
    for day in range(1, 8):
        ids.append(store.documents.add(doc(f"Report number {day} from the district.", published=date(2026, 11, day))).doc_id)
    page1 = store.documents.list(limit=3)
    assert [d.published.day for d in page1] == [7, 6, 5]
    last = page1[-1]
    page2 = store.documents.list(limit=3, after=(last.published.isoformat(), last.id))
    assert [d.published.day for d in page2] == [4, 3, 2]
    assert store.documents.list(query="number 3")[0].published.day == 3


def test_ingest_runs_are_recorded(store):
    run = store.documents.start_run("files", {"paths": ["x"]})
    store.documents.finish_run(run, added=2, versions=0, unchanged=1, failed=1, status="partial")
    [row] = store.documents.runs()
    assert (row.added, row.unchanged, row.failed, row.status) == (2, 1, 1, "partial")


def test_a_failed_write_rolls_back_and_keeps_stored_data(store):
    store.documents.add(doc("A report that is already stored."))
    try:
        with store.db.write() as conn:
            conn.execute(sa.text("DELETE FROM documents"))
            raise RuntimeError("crash in the middle of a write")
    except RuntimeError:
        pass
    assert store.documents.count() == 1


def test_count_takes_the_list_filters(store):
    store.documents.add(doc("Police sealed a depot in the district.", publisher="Valley Gazette"))
    store.documents.add(doc("A convoy was ambushed near the pass.", publisher="Frontier Post"))
    assert store.documents.count() == 2
    assert store.documents.count(publisher="Frontier Post") == 1
    assert store.documents.count(query="depot") == 1
    assert store.documents.count(query="nothing like this") == 0


def test_identical_text_from_another_publisher_is_stored_once_and_noted(store):
    text = "KARACHI (Indus Wire) - Police detained six suspects after a raid, officials said."
    first = store.documents.add(doc(text, "https://wire.example/1", publisher="Indus Wire Service"))
    copy = store.documents.add(doc(text, "https://times.example/a", publisher="Karakoram Times"))
    store.documents.add(doc(text, "https://times.example/a", publisher="Karakoram Times"))  # noted once
    assert copy.status == "unchanged" and copy.doc_id == first.doc_id
    stored = store.documents.get(first.doc_id)
    assert stored.publisher == "Indus Wire Service"
    assert stored.copies == [{"publisher": "Karakoram Times", "url": "https://times.example/a"}]
    # the batched path notes copies too, within a batch and against stored rows
    other = "A second wire story about a border crossing that reopened."
    results = store.documents.add_many([(doc(other, publisher="Wire A"), None, "ok"),
                                        (doc(other, publisher="Paper B"), None, "ok"),
                                        (doc(text, publisher="Paper C"), None, "ok")])
    assert [r.status for r in results] == ["added", "unchanged", "unchanged"]
    assert [c["publisher"] for c in store.documents.get(results[0].doc_id).copies] == ["Paper B"]
    assert [c["publisher"] for c in store.documents.get(first.doc_id).copies] == ["Karakoram Times", "Paper C"]


def test_store_at_the_newest_revision_is_recognised_without_alembic(store, tmp_path):
    from tangible.store.db import Database

    assert migrate.script_heads() == {migrate.head_revision()}
    assert migrate.is_current(store.db)
    fresh = Database(f"sqlite:///{tmp_path / 'fresh.db'}")
    assert not migrate.is_current(fresh)
    migrate.upgrade(fresh)
    assert migrate.is_current(fresh) and migrate.current_revision(fresh) == migrate.head_revision()
    fresh.dispose()
