"""The verdict an analyst would sign: who acted, verification, origins, per-group reasons, findings and the desk's
standard of evidence (DESIGN §5, §6)."""

from datetime import date, timedelta

import pytest

from tangible.case import RatingStandard, load_case_text
from tangible.errors import CaseFileError
from tangible.ledger import rate
from tangible.models import ActorRef, Commitment, Contradiction, Incident, IncidentMention, Location, Origin

C = Commitment(id="c1", by="taliban", to=["pakistan"], made_on=date(2026, 1, 1), text="No group may use Afghan soil.",
                   source="talks", groups=["ttp", "iskp"], action_types=["ARREST", "OPERATION", "FINANCE", "RESTRICT"],
                   territory=["AF"], contradicted_by=[Contradiction("ATTACK", ["ttp"], ["AF"], ["PK"])])
D0 = date(2026, 3, 1)


def inc(i, day=D0, type="ARREST", grade="corroborated", source="taliban", groups=("ttp",), country="AF",
        sentence="x", verification=None, launched=None):
    return Incident(id=f"i{i}", type=type, acled_subtype=None, grade=grade, grade_reason="", date=day,
                    date_precision="day", location=Location("", country), source=ActorRef(source, ""), target=None,
                    groups=list(groups), quantities={}, quantities_reported={}, publishers=[], n_mentions=1,
                    n_publishers=0, verification=verification, launched_from=Origin.from_dict(launched),
                    mentions=(IncidentMention(f"m{i}", "d", sentence, (0, len(sentence)), "asserted"),))


def test_only_the_committed_party_supports_and_others_are_listed_by_party():
    items = [inc(1), inc(2, source="pakistan"), inc(3, type="OPERATION", source="pakistan")]
    r = rate(C, items, D0 + timedelta(days=1))
    assert r.supporting == ["i1"] and r.counts["supporting"] == 1
    assert r.counts["by_other_parties_by_party"] == {"pakistan": 2}
    assert {o["id"] for o in r.others} == {"i2", "i3"}
    assert any("2 actions by pakistan" in x and "own actions" in x for x in r.reasons)


def test_unverified_and_disputed_are_listed_never_counted():
    items = [inc(1, verification="unverified", type="RESTRICT"), inc(2, grade="disputed"),
             inc(3, type="ATTACK", source="ttp", country="PK", verification="disputed",
                 launched={"country": "AF", "admin1": "Khost", "basis": "officials", "sentence": "s"})]
    r = rate(C, items, D0 + timedelta(days=1))
    assert r.rating == "no evidence" and not r.supporting and not r.contradicting
    assert {x["id"]: x["why"] for x in r.not_counted} == {"i1": "unverified", "i2": "disputed", "i3": "disputed"}
    assert any("unverified and disputed incidents count neither" in x for x in r.reasons)


def test_an_attacks_origin_decides_contradiction():
    origin = {"country": "AF", "admin1": "Khost", "basis": "officials",
              "sentence": "Officials said the attackers had crossed from Afghanistan's Khost province."}
    from_af = inc(1, type="ATTACK", source="ttp", country="PK", sentence="Militants attacked a post.", launched=origin)
    home = inc(2, type="ATTACK", source="ttp", country="PK", sentence="Militants attacked a post.")
    r = rate(C, [from_af, home], D0 + timedelta(days=1))
    assert r.contradicting == ["i1"] and r.rating == "contradicted"
    assert r.counts["contradicting_by_group"] == {"ttp": 1}


def test_per_group_reasons_and_no_substantial_action_while_attacks_continue():
    actions = [inc(k, D0 + timedelta(days=k), type=t, groups=("iskp",))
               for k, t in enumerate(["ARREST", "OPERATION", "ARREST", "FINANCE", "ARREST", "OPERATION"], 1)]
    r = rate(C, actions, D0 + timedelta(days=10))
    assert r.rating == "substantial action"
    assert r.counts["supporting_by_group"] == {"iskp": 6}
    assert any("6 actions, all against iskp" in x for x in r.reasons)
    attack = inc(20, D0 + timedelta(days=9), type="ATTACK", source="ttp", country="PK",
                 launched={"country": "AF", "admin1": "Kunar", "basis": "officials", "sentence": "s"})
    r = rate(C, [*actions, attack], D0 + timedelta(days=10))
    assert r.rating == "some action"  # six actions against IS-K do not outweigh a TTP attack from Afghan soil
    assert any("None against ttp" in x for x in r.reasons)
    assert any("contradicting attack" in x for x in r.reasons)


def test_findings_are_listed_and_rule_out_substantial_action():
    actions = [inc(k, D0 + timedelta(days=k), type=t) for k, t in
               enumerate(["ARREST", "OPERATION", "ARREST", "FINANCE", "ARREST"], 1)]
    finding = inc(30, D0 + timedelta(days=8), type="FINDING", grade="single-source", source="un")
    assert rate(C, actions, D0 + timedelta(days=10)).rating == "substantial action"
    r = rate(C, [*actions, finding], D0 + timedelta(days=10))
    assert r.rating == "some action" and r.findings == ["i30"]
    lenient = RatingStandard(name="lenient desk", findings_rule_out_substantial=False)
    r = rate(C, [*actions, finding], D0 + timedelta(days=10), standard=lenient)
    assert r.rating == "substantial action" and r.standard == "lenient desk"
    assert "standard: lenient desk" in r.reasons[0]


def test_group_weights_from_the_standard():
    actions = [inc(k, D0 + timedelta(days=k), type=t, groups=("iskp",))
               for k, t in enumerate(["ARREST", "OPERATION", "ARREST", "FINANCE", "ARREST"], 1)]
    half = RatingStandard(name="enemies half", group_weights=(("iskp", 0.5),))
    r = rate(C, actions, D0 + timedelta(days=10), standard=half)
    assert r.rating == "some action" and r.counts["supporting_weighted"] == 2.5


CASE = """
actors:
  - {id: kabul, name: Kabul, kind: government, country: AF}
groups:
  - {id: g1, name: Group One, kind: armed_group}
{rating}
"""


def test_the_rating_standard_is_validated_in_the_case_file():
    ok = load_case_text(CASE.replace("{rating}", "rating:\n  name: desk A\n  period_days: 60\n  group_weights: {g1: 0.5}"))
    assert ok.standard.name == "desk A" and ok.standard.period_days == 60 and ok.standard.weight("g1") == 0.5
    assert load_case_text(CASE.replace("{rating}", "")).standard == RatingStandard()
    with pytest.raises(CaseFileError, match="T213"):
        load_case_text(CASE.replace("{rating}", "rating:\n  period_days: zero"))
    with pytest.raises(CaseFileError, match="T210"):
        load_case_text(CASE.replace("{rating}", "rating:\n  group_weights: {nobody: 2}"))
    with pytest.raises(CaseFileError, match="T205"):
        load_case_text(CASE.replace("{rating}", "rating:\n  periods: 3"))


def test_a_rating_names_the_default_standard_as_the_case_file_does():
    from tangible.models import DEFAULT_STANDARD_NAME, Rating

    assert RatingStandard().name == DEFAULT_STANDARD_NAME
    assert Rating("c1", D0, "no evidence", {}, {}, [], [], []).standard == RatingStandard().name


def test_an_attack_inside_the_territory_is_not_launched_from_it_against_others():
    # "The attackers came from Nad Ali" (to Marjah, in Helmand): an origin in the country the attack was in
    doha = Commitment(id="c2", by="taliban", to=["pakistan"], made_on=date(2026, 1, 1), text="No group may use "
                      "Afghan soil against other countries.", source="talks", groups=["iskp"],
                      action_types=["ARREST"], territory=["AF"], contradicted_by=[Contradiction("ATTACK", ["iskp"],
                                                                                               ["AF"])])
    inside = inc(1, type="ATTACK", source="iskp", groups=("iskp",), country="AF",
                 sentence="IS-K fighters from Nangarhar attacked a shrine in Kabul.",
                 launched={"country": "AF", "admin1": "Nangarhar", "basis": "officials", "sentence": "s"})
    across = inc(2, type="ATTACK", source="iskp", groups=("iskp",), country="PK",
                 sentence="IS-K fighters from Nangarhar attacked a rally in Bajaur.",
                 launched={"country": "AF", "admin1": "Nangarhar", "basis": "officials", "sentence": "s"})
    r = rate(doha, [inside, across], D0 + timedelta(days=1))
    assert r.contradicting == ["i2"]


def test_fire_on_the_party_the_commitment_was_made_to_is_no_step_against_the_groups():
    """A border clash: the Taliban's "retaliatory operations against Pakistani military posts", in an incident whose
    groups come from Pakistan's account ("23 Afghan Taliban fighters and khwarij were killed"), is no support."""
    clash = inc(1, type="OPERATION", groups=("ttp",), country="PK")
    clash.target = ActorRef("pakistan", "Pakistani military posts")
    raid = inc(2, type="OPERATION", groups=("ttp",))
    r = rate(C, [clash, raid], D0 + timedelta(days=1))
    assert r.supporting == ["i2"], r.supporting


def test_fire_on_another_state_is_no_step_against_the_groups():
    """The same for a state the commitment was not made to, told by the case file's kinds (``is_state``)."""
    to_china = Commitment(id="c2", by="taliban", to=["china"], made_on=date(2026, 1, 1), text="No group may harm China.",
                          source="talks", groups=["ttp", "iskp"], action_types=["OPERATION"], territory=["AF"],
                          contradicted_by=[])
    clash = inc(1, type="OPERATION", groups=("iskp",), country="PK")
    clash.target = ActorRef("pakistan", "Pakistani military posts")
    assert rate(to_china, [clash], D0 + timedelta(days=1)).supporting == ["i1"]
    r = rate(to_china, [clash], D0 + timedelta(days=1), is_state=lambda ident, day: ident == "pakistan")
    assert r.supporting == [], r.supporting
