"""The story in the demo corpus, as an analyst reads it: an attack on a post in North Waziristan reported by two
outlets and claimed by the TTP, launched from Khost; the Taliban's corroborated arrest of TTP members in Kunar; a
Pakistani CTD arrest in Quetta; the Taliban's word that militants' families were moved from the border, which
Pakistan says it has seen no evidence of; a UN monitoring report that the TTP keeps its sanctuary and that a
reported relocation could not be verified. The ledger, the API and the CLI agree on it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from tangible.case import load_case
from tangible.services.ledger import ledger_at

AT = date(2026, 12, 1)


def rating(store):
    return next(r for r in ledger_at(store, load_case(), AT, save=False) if r.commitment_id == "pakistan-assurance-2025")


def incidents(store, ids):
    return [store.incidents.incident(i).to_dict() for i in ids]


def test_the_attack_from_khost_is_one_corroborated_incident_that_contradicts(corpus_store):
    r = rating(corpus_store)
    spinwam = [i for i in incidents(corpus_store, r.contradicting)
               if any("Spinwam" in m["sentence"] for m in i["mentions"])]
    assert len(spinwam) == 1
    attack = spinwam[0]
    assert attack["type"] == "ATTACK" and attack["source"]["id"] == "ttp" and attack["verification"] == "verified"
    assert set(attack["publishers"]) == {"Frontier Ledger", "Indus Wire Service"}
    assert attack["launched_from"]["country"] == "AF" and attack["launched_from"]["admin1"] == "Khost"
    every = [i for i in (i.to_dict() for i in corpus_store.incidents.iter_incidents(type="ATTACK", with_mentions=True))
             if any("Spinwam" in m["sentence"] for m in i["mentions"])]
    assert len(every) == 1  # the claim and the origin make no attack of their own


def test_who_acted_verification_and_findings(corpus_store):
    r = rating(corpus_store)
    supporting = incidents(corpus_store, r.supporting)
    assert all(i["source"]["id"] == "taliban" for i in supporting)
    kunar = [i for i in supporting if i["type"] == "ARREST" and i["grade"] == "corroborated"
             and any("Kunar" in m["sentence"] for m in i["mentions"])]
    assert kunar and "ttp" in kunar[0]["groups"]
    others = incidents(corpus_store, [o["id"] for o in r.others])
    assert any(i["source"]["id"] == "pakistan" and any("Quetta" in m["sentence"] for m in i["mentions"]) for i in others)
    listed = {x["id"]: x["why"] for x in r.not_counted}
    relocations = [i for i in (i.to_dict() for i in corpus_store.incidents.iter_incidents(type="RESTRICT", with_mentions=True))
                   if any("moved the families" in m["sentence"] or "relocated some TTP" in m["sentence"]
                          for m in i["mentions"])]
    assert relocations and all(i["id"] not in r.supporting for i in relocations)
    assert {i["verification"] for i in relocations} == {"disputed", "unverified"}
    assert any(i["id"] in listed for i in relocations)
    findings = incidents(corpus_store, r.findings)
    assert any(i["type"] == "FINDING" and "sanctuary" in " ".join(m["sentence"] for m in i["mentions"]) for i in findings)
    assert r.rating != "substantial action"
    assert r.counts["supporting_by_group"].get("ttp", 0) >= 1


def test_the_api_and_the_cli_agree_with_the_ledger(corpus_store, corpus_settings, api):
    r = rating(corpus_store)
    body = api.get("/api/v1/commitments/pakistan-assurance-2025", params={"at": AT.isoformat()}).json()
    assert body["rating"]["rating"] == r.rating
    assert body["rating"]["counts"] == json.loads(json.dumps(r.counts))
    assert body["rating"]["reasons"] == r.reasons
    env = {**os.environ, "TANGIBLE_DATA_DIR": str(corpus_settings.data_dir)}
    tangible = str(Path(sys.executable).with_name("tangible"))
    done = subprocess.run([tangible, "ledger", "--at", AT.isoformat(), "--json", "--no-save"], capture_output=True,
                          text=True, env=env)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    cli = next(x for x in json.loads(out) if x["commitment_id"] == "pakistan-assurance-2025")
    assert cli["counts"] == json.loads(json.dumps(r.counts)) and cli["reasons"] == r.reasons


def test_the_commitment_page_and_the_brief_agree_with_the_ledger_per_group(corpus_store, corpus_settings, api):
    """The page shows, for every covered group, the same counts as the rating, its reasons, and every incident
    the rating lists in its section (the unverified and disputed ones too, with why); the brief carries the same
    counts and reasons."""
    import lxml.html

    from tangible.services.briefs import build_brief
    from tangible.services.case import get_case

    r = rating(corpus_store)
    page = api.get("/commitments/pakistan-assurance-2025", params={"at": AT.isoformat()})
    assert page.status_code == 200
    tree = lxml.html.fromstring(page.text)
    assert "pakistan-assurance" not in tree.findtext(".//h1") and "Taliban" in tree.findtext(".//h1")
    rows = {tr.get("data-group"): [int(td.text_content()) for td in tr.findall("td")]
            for tr in tree.findall(".//table[@id='per-group']/tbody/tr")}
    assert "ttp" in rows
    for group, (own, contradicting, others) in rows.items():
        assert own == r.counts["supporting_by_group"].get(group, 0), group
        assert contradicting == r.counts["contradicting_by_group"].get(group, 0), group
        assert others == r.counts["by_other_parties_by_group"].get(group, 0), group
    shown = " ".join(li.text_content() for li in tree.findall(".//article/ul/li"))
    assert all(reason in " ".join(shown.split()) for reason in r.reasons)

    def listed(section_id):
        return {a.get("href").rsplit("/", 1)[-1] for a in tree.findall(f".//ul[@id='{section_id}']/li/a")}

    assert listed("supporting") == set(r.supporting) and listed("contradicting") == set(r.contradicting)
    assert listed("findings") == set(r.findings) and listed("others") == {o["id"] for o in r.others}
    assert listed("not-counted") == {x["id"] for x in r.not_counted} and r.not_counted
    for li in tree.findall(".//ul[@id='not-counted']/li"):
        assert any(w in li.text_content() for w in ("unverified", "disputed"))

    brief = build_brief(corpus_store, get_case(corpus_settings), since=date(2026, 11, 1), until=AT)
    in_brief = next(c for c in brief.commitments if c.id == "pakistan-assurance-2025")
    assert in_brief.rating == r.rating
    assert json.loads(json.dumps(in_brief.counts)) == json.loads(json.dumps(r.counts))
    assert in_brief.reasons == r.reasons


def test_the_incident_page_shows_where_an_attack_came_from_and_how_it_is_verified(corpus_store, api):
    import lxml.html

    attack = next(i for i in (i.to_dict() for i in corpus_store.incidents.iter_incidents(type="ATTACK", with_mentions=True))
                  if any("Spinwam" in m["sentence"] for m in i["mentions"]))
    tree = lxml.html.fromstring(api.get(f"/incidents/{attack['id']}").text)
    origin = " ".join(tree.get_element_by_id("origin").text_content().split())
    assert "Khost" in origin and "AF" in origin and attack["launched_from"]["sentence"].split()[0] in origin
    assert tree.get_element_by_id("verification").text_content().strip() == "verified"
    unverified = next(i for i in (i.to_dict() for i in corpus_store.incidents.iter_incidents(type="RESTRICT", with_mentions=True))
                      if i["verification"] == "unverified")
    tree = lxml.html.fromstring(api.get(f"/incidents/{unverified['id']}").text)
    assert "never counted" in tree.get_element_by_id("verification").text_content()


def test_map_points_quote_the_sentence_that_states_the_event(corpus_store):
    from tangible.resolve.statement import stating_mention_of
    from tangible.web.overview import map_points

    points = map_points(corpus_store, {})
    assert points and all(p["quote"] for p in points)
    for p in points[:20]:
        assert p["quote"] == stating_mention_of(corpus_store.incidents.incident(p["id"])).sentence
