"""A denial of where an attack came from, reported by another outlet, is kept beside the attack's origin: the
attack stays corroborated and, launched from the covered territory, contradicts the pledge."""

from __future__ import annotations

import json
from datetime import date

from tangible.nlp import Extractor
from tangible.services.case import get_case
from tangible.services.ingest import ingest_paths
from tangible.services.ledger import ledger_at

REPORTS = [
    {"id": "o1", "published": "2025-11-05", "url": "https://frontier.example/1", "publisher": "Frontier Post",
     "text": "PESHAWAR: Five soldiers were martyred when militants attacked a check post in Mohmand district on "
             "Tuesday night, the ISPR said. The TTP claimed responsibility. Officials said the attackers had crossed "
             "from Afghanistan's Nangarhar province."},
    {"id": "o2", "published": "2025-11-05", "url": "https://wire.example/2", "publisher": "Asia Wire",
     "text": "ISLAMABAD - Militants killed five Pakistani soldiers in an attack on a border post in the northwestern "
             "Mohmand district late on Tuesday, the military said. The Pakistani Taliban said they carried out the "
             "assault."},
    {"id": "o3", "published": "2025-11-06", "url": "https://kabul.example/3", "publisher": "Kabul Herald",
     "text": "KABUL: The Islamic Emirate rejected Pakistani allegations that Tuesday's attack in Mohmand was "
             "launched from Afghan soil, spokesman Zabihullah Mujahid said."},
]


def _ingested(reports, make_store, settings, tmp_path):
    """A SQLite store holding ``reports``, ingested (extracted and resolved) as one JSONL file."""
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in reports) + "\n", encoding="utf-8")
    store = make_store("sqlite")
    assert not ingest_paths(store, settings, [str(path)]).failed
    return store


def test_an_origin_denied_by_another_outlet_leaves_the_attack_counted(make_store, settings, tmp_path):
    store = _ingested(REPORTS, make_store, settings, tmp_path)
    attacks = [i for i in store.incidents.iter_incidents() if i.type == "ATTACK"]
    assert len(attacks) == 1 and attacks[0].grade == "corroborated", [(i.grade, i.grade_reason) for i in attacks]
    assert attacks[0].launched_from is not None and attacks[0].launched_from.country == "AF"
    ratings = {r.commitment_id: r for r in ledger_at(store, get_case(settings), date(2025, 11, 30))}
    assert ratings["pakistan-assurance-2025"].contradicting == [attacks[0].id]


def test_the_denial_sentence_asserts_the_attack_and_disputes_its_origin():
    ms = [m for m in Extractor().extract("d", REPORTS[2]["text"], date(2025, 11, 6)) if m.type == "ATTACK"]
    assert ms and all(m.modality == "asserted" for m in ms)
    assert ms[0].launched_from is not None and ms[0].launched_from.country == "AF"
    assert ms[0].launched_from.disputed_by


OTHER_ATTACK = {"id": "o4", "published": "2025-10-24", "url": "https://frontier.example/4", "publisher": "Frontier Post",
                "text": "PESHAWAR: Seven soldiers were martyred when terrorists attacked a fort in Mir Ali, North "
                        "Waziristan, on Thursday, the ISPR said. The Hafiz Gul Bahadur group claimed the attack."}


def test_a_denial_said_of_one_attacks_origin_disputes_no_other_attack(make_store, settings, tmp_path):
    # (the denial of Mohmand's origin, two weeks after an attack elsewhere in the province, is Mohmand's alone)
    store = _ingested([OTHER_ATTACK, *REPORTS], make_store, settings, tmp_path)
    attacks = {i.location.name if i.location else None: i for i in store.incidents.iter_incidents()
               if i.type == "ATTACK"}
    assert attacks["Mir Ali"].grade != "disputed", attacks["Mir Ali"].grade_reason


LABELLED = [
    {"id": "m1", "published": "2026-02-21", "url": "https://frontier.example/m1", "publisher": "Frontier Post",
     "text": "MIRAMSHAH: Seven soldiers were martyred when terrorists attacked a Frontier Corps fort in North "
             "Waziristan's Mir Ali tehsil early on Friday, the military's media wing said. The Hafiz Gul Bahadur group "
             "claimed responsibility for the attack."},
    {"id": "m2", "published": "2026-02-21", "url": "https://capital.example/m2", "publisher": "Capital News",
     "text": "RAWALPINDI: Seven soldiers embraced shahadat while repulsing a terrorist attack on a security forces' "
             "fort in Mir Ali, North Waziristan, on Friday, the ISPR said. The khwarij, who infiltrated from across "
             "the Pak-Afghan border, were sent to hell in a befitting response, the ISPR said."},
]


def test_one_attack_whose_attackers_another_outlet_labels_stays_one_incident(make_store, settings, tmp_path):
    # (the state's label for the attackers, read as the TTP, against the group that claimed the attack: the same
    # day, place and dead make one attack)
    store = _ingested(LABELLED, make_store, settings, tmp_path)
    attacks = [i for i in store.incidents.iter_incidents() if i.type == "ATTACK"]
    assert len(attacks) == 1, [(i.groups, i.grade_reason) for i in attacks]
    assert set(attacks[0].groups) == {"hgb", "ttp"} and "2 publishers" in attacks[0].grade_reason
