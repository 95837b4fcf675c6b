import io
import json
from datetime import date

import pyarrow.parquet as pq
import pytest

from tangible.case import load_case
from tangible.errors import InputError, NotFound
from tangible.services import exports
from tangible.services.resolution import resolve_all
from tangible.services.review import merge_incidents, review_incident, review_mention, split_incident

CASE = load_case()
D = date(2026, 11, 16)


@pytest.fixture(params=["sqlite", "postgresql"])
def loaded(request, make_store, add_document, mention):
    make_mention = mention
    store = make_store(request.param)
    a = add_document(store, "Taliban security forces detained 14 TTP members in Kunar on Monday.", "Kabul Daily Monitor", D,
                     [make_mention("Taliban security forces detained 14 TTP members in Kunar on Monday.", mid="x", doc="x",
                                   quantities={"arrested": 14})])
    b = add_document(store, "At least 12 TTP members were taken into custody in Kunar on Monday.", "Frontier Ledger", D,
                     [make_mention("At least 12 TTP members were taken into custody in Kunar on Monday.", mid="y", doc="y",
                                   quantities={"arrested": 12})])
    c = add_document(store, "Taliban forces arrested five TTP suspects in Nangarhar on Monday.", "Karakoram Times", D,
                     [make_mention("Taliban forces arrested five TTP suspects in Nangarhar on Monday.", mid="z", doc="z",
                                   place="Nangarhar")])
    resolve_all(store, CASE)
    return store, a[0].id, b[0].id, c[0].id


def _incident_of(store, mention_id):
    return [i for i in store.incidents.incident_of(mention_id) if store.incidents.incident(i).type == "ARREST"][0]


def test_resolve_is_idempotent_and_exports_design_fields(loaded):
    store, a, b, c = loaded
    first = sorted(r.id for r in store.incidents.page())
    resolve_all(store, CASE)
    assert sorted(r.id for r in store.incidents.page()) == first
    kunar = store.incidents.incident(_incident_of(store, a))
    assert kunar.grade == "corroborated" and kunar.quantities == {"arrested": 12}
    assert {m.publisher for m in kunar.mentions} == {"Kabul Daily Monitor", "Frontier Ledger"}
    recs = list(exports.iter_incidents(store))
    assert list(recs[0]) == list(exports.INCIDENT_FIELDS)
    assert set(recs[0]["mentions"][0]) == {"doc_id", "publisher", "url", "sentence", "char_span", "modality"}
    buf = io.StringIO()
    assert exports.write(iter(recs), list(exports.INCIDENT_FIELDS), "jsonl", buf) == 2
    assert json.loads(buf.getvalue().splitlines()[0])["id"] == recs[0]["id"]
    raw = io.BytesIO()
    exports.write(iter(recs), list(exports.INCIDENT_FIELDS), "parquet", raw)
    raw.seek(0)
    assert pq.read_table(raw).column_names == list(exports.INCIDENT_FIELDS)
    with pytest.raises(InputError):
        exports.write(iter(recs), [], "xml", buf)


def test_filters_and_keyset_pagination(loaded):
    store, *_ = loaded
    assert store.incidents.count_filtered(place="Kunar") == 1
    assert store.incidents.count_filtered(grade="corroborated") == 1
    assert store.incidents.count_filtered(group="ttp", type="ARREST") == 2
    assert store.incidents.count_filtered(text="nangarhar") == 1
    page1 = store.incidents.page(limit=1)
    page2 = store.incidents.page(limit=1, after=(page1[0].date.isoformat(), page1[0].id))
    assert page1[0].id != page2[0].id
    assert store.incidents.page(limit=1, after=(page2[0].date.isoformat(), page2[0].id)) == []
    assert sum(n for _, _, n in store.incidents.summary_counts().by_type_date) == 2


def test_human_split_merge_and_reject_survive_re_resolution(loaded):
    store, a, b, c = loaded
    kunar = _incident_of(store, a)
    out = split_incident(store, kunar, [b], reviewer="ana", reason="different raids", case=CASE)
    assert _incident_of(store, b) == out["new_incident"] != _incident_of(store, a)
    resolve_all(store, CASE)
    assert _incident_of(store, b) != _incident_of(store, a)  # the split holds
    merge_incidents(store, _incident_of(store, a), [_incident_of(store, c)], reviewer="ana", reason="same op", case=CASE)
    assert _incident_of(store, a) == _incident_of(store, c)
    resolve_all(store, CASE)
    assert _incident_of(store, a) == _incident_of(store, c)  # the merge holds
    review_incident(store, _incident_of(store, a), "correct", reviewer="ana", changes={"date": "2026-11-15"})
    resolve_all(store, CASE)
    assert store.incidents.incident(_incident_of(store, a)).date == date(2026, 11, 15)  # the correction is replayed
    review_mention(store, b, "reject", reviewer="ana", reason="not an arrest", case=CASE)
    assert store.incidents.incident_of(b) == []
    log = store.incidents.reviews.history()
    assert [r.action for r in log][:4] == ["reject", "correct", "merge", "split"]
    assert all(r.reviewer == "ana" and r.created_at for r in log)
    with pytest.raises(NotFound):
        review_incident(store, "nope", "confirm", reviewer="ana")
    with pytest.raises(InputError):
        review_incident(store, _incident_of(store, a), "correct", reviewer="ana", changes={"colour": "red"})
