from datetime import date, timedelta

from tangible.case import load_case
from tangible.ledger import launched_from, rate
from tangible.models import ActorRef, Commitment, Contradiction, Incident, IncidentMention, Location
from tangible.services.codebook import CODEBOOK_PATH, render_codebook

NAMES = load_case().territories  # how reports name the territories, from the case file

C = Commitment(id="c1", by="taliban", to=["pakistan"], made_on=date(2026, 1, 1), text="No group may use Afghan soil.",
                   source="talks", groups=["ttp"], action_types=["ARREST", "OPERATION", "FINANCE"], territory=["AF"],
                   contradicted_by=[Contradiction("ATTACK", ["ttp"], ["AF"], ["PK"])])


def inc(i, day, type="ARREST", grade="corroborated", source="taliban", groups=("ttp",), country="AF", sentence="x"):
    return Incident(id=f"i{i}", type=type, acled_subtype=None, grade=grade, grade_reason="", date=day,
                    date_precision="day", location=Location("", country), source=ActorRef(source, ""), target=None,
                    groups=list(groups), quantities={}, quantities_reported={}, publishers=[], n_mentions=1,
                    n_publishers=0, mentions=(IncidentMention(f"m{i}", "d", sentence, (0, len(sentence)), "asserted"),))


ATTACK = "TTP militants who crossed from Afghanistan attacked a checkpoint in Bajaur."


def test_ratings_rise_and_fall_with_the_evidence():
    d0 = date(2026, 3, 1)
    items = [inc(1, d0), inc(2, d0 + timedelta(days=2), grade="single-source")]
    assert rate(C, items, d0 - timedelta(days=1), territory_names=NAMES).rating == "no evidence"  # nothing dated yet
    r = rate(C, items, d0 + timedelta(days=5), territory_names=NAMES)
    assert r.rating == "some action" and r.supporting == ["i1", "i2"]
    many = items + [inc(3 + k, d0 + timedelta(days=3 + k), type=t) for k, t in enumerate(["OPERATION", "FINANCE", "ARREST"])]
    r = rate(C, many, d0 + timedelta(days=10), territory_names=NAMES)
    assert r.rating == "substantial action"
    assert r.counts["supporting_by_type"] == {"ARREST": 3, "OPERATION": 1, "FINANCE": 1}
    # months later with no new action the rating falls back
    assert rate(C, many, d0 + timedelta(days=200), territory_names=NAMES).rating == "no evidence"
    # attacks launched from covered territory that outnumber actions contradict it
    attacks = [inc(20 + k, d0 + timedelta(days=100 + k), type="ATTACK", source="ttp", country="PK", sentence=ATTACK)
               for k in range(2)]
    r = rate(C, many + attacks, d0 + timedelta(days=110), territory_names=NAMES)
    assert r.rating == "contradicted" and r.contradicting == ["i20", "i21"]
    assert r.trend["contradicting"]["direction"] == "up"
    assert any("Trend in contradicting incidents: up" in x for x in r.reasons)


def test_attacks_without_cross_border_reporting_or_disputed_do_not_count():
    d0 = date(2026, 3, 1)
    plain = inc(1, d0, type="ATTACK", source="ttp", country="PK", sentence="TTP militants attacked a checkpoint in Bajaur.")
    elsewhere = inc(2, d0, type="ATTACK", source="ttp", country="AF", sentence=ATTACK)
    disputed = inc(3, d0, grade="disputed")
    r = rate(C, [plain, elsewhere, disputed], d0 + timedelta(days=1), territory_names=NAMES)
    assert r.rating == "no evidence" and r.counts["disputed"] == 1
    assert launched_from([ATTACK], ["AF"], NAMES) == ATTACK
    assert launched_from(["The attack in Afghanistan killed nine."], ["AF"], NAMES) is None
    assert launched_from([ATTACK], ["AF"]) is None  # a case that names no territory names none


def test_past_ratings_are_reproducible_from_the_store(make_store, add_document, mention):
    from tangible.services.ledger import ledger_at, rating_history
    from tangible.services.resolution import resolve_all

    case = load_case()
    store = make_store("sqlite")
    d = date(2026, 11, 16)
    text = "Taliban security forces detained 14 TTP members in Kunar on Monday."
    add_document(store, text, "Kabul Daily Monitor", d, [mention(text, mid="a", doc="a")])
    resolve_all(store, case)
    before = {r.commitment_id: r.rating for r in ledger_at(store, case, d - timedelta(days=1))}
    after = {r.commitment_id: r.to_dict() for r in ledger_at(store, case, d + timedelta(days=1), save=True)}
    assert before["pakistan-assurance-2025"] == "no evidence"
    assert after["pakistan-assurance-2025"]["rating"] == "some action"
    # a later report does not change what was true on the earlier date
    later = "Taliban forces raided a TTP hideout in Kunar."
    add_document(store, later, "Frontier Ledger", d + timedelta(days=20),
                 [mention(later, mid="b", doc="b", type="OPERATION", day=d + timedelta(days=20))])
    resolve_all(store, case)
    again = {r.commitment_id: r.to_dict() for r in ledger_at(store, case, d + timedelta(days=1))}
    assert again == after
    stored = store.ledger.ratings(commitment_id="pakistan-assurance-2025", at=d + timedelta(days=1))
    assert stored[0].rating == "some action" and stored[0].supporting == after["pakistan-assurance-2025"]["supporting"]
    history = rating_history(store, case, "pakistan-assurance-2025", step="week", since=d - timedelta(days=7),
                             until=d + timedelta(days=21))
    assert [h.rating for h in history][0] == "no evidence" and history[-1].counts["supporting"] == 2


def test_proposed_commitments_wait_for_an_analyst(make_store, add_document, mention):
    from tangible.services.ledger import sync_commitments
    from tangible.services.resolution import resolve_all

    case = load_case()
    store = make_store("sqlite")
    text = "The Taliban administration pledged that Afghan soil will not be used against Pakistan."
    add_document(store, text, "Kabul Daily Monitor", date(2026, 10, 24),
                 [mention(text, mid="p", doc="p", type="ASSURE", day=date(2026, 10, 24), place=None)])
    resolve_all(store, case)
    proposed = store.ledger.list(status="proposed")
    assert len(proposed) == 1 and proposed[0].origin == "news"
    store.ledger.accept(proposed[0].id)
    sync_commitments(store, case)
    assert store.ledger.get(proposed[0].id).status == "active"  # re-sync keeps the analyst's decision


def test_codebook_is_in_sync():
    assert CODEBOOK_PATH.read_text(encoding="utf-8") == render_codebook(), "run `tangible codebook`"


def test_an_undated_incident_that_would_count_is_listed_not_lost(make_store, add_document, mention):
    from tangible.services.ledger import ledger_at
    from tangible.services.resolution import resolve_all

    d0 = date(2026, 3, 1)
    undated_attack = inc(9, None, type="ATTACK", source="ttp", country="PK", sentence=ATTACK)
    undated_arrest = inc(8, None)
    r = rate(C, [inc(1, d0), undated_attack, undated_arrest, inc(7, None, type="ATTACK", source="ttp", country="PK",
                                                               sentence="TTP militants attacked a post in Bajaur.")],
             d0 + timedelta(days=1), territory_names=NAMES)
    assert r.rating == "some action" and r.supporting == ["i1"] and r.contradicting == []
    assert r.counts["undated"] == 2 and {"id": "i9", "why": "undated"} in r.not_counted
    assert any("2 undated incidents that would count" in x for x in r.reasons)
    # from the store: a report whose document and sentences give no day
    case = load_case()
    store = make_store("sqlite")
    text = "Militants who crossed from Afghanistan killed eleven soldiers in a raid on a post in North Waziristan."
    add_document(store, text, "Frontier Ledger", None, [mention(text, mid="u", doc="u", type="ATTACK", day=None, place="Bajaur",
                                                                 source="ttp", groups=["ttp"])])
    resolve_all(store, case)
    assert [i.date for i in store.incidents.iter_incidents()] == [None]
    rated = {x.commitment_id: x for x in ledger_at(store, case, date(2026, 12, 1))}
    assert rated["pakistan-assurance-2025"].counts["undated"] == 1
    assert rated["pakistan-assurance-2025"].not_counted[0]["why"] == "undated"
