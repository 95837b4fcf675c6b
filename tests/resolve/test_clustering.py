from datetime import date

from tangible.case import load_case
from tangible.models import Location
from tangible.resolve import resolve

CASE = load_case()

KDM = ("Taliban security forces detained 14 members of the Tehreek-e-Taliban Pakistan in Kunar province on Monday, "
       "residents said.")
FL = "At least 12 suspected members of the Pakistani Taliban were taken into custody in Kunar on Monday."
NANG = "Taliban intelligence officials arrested five suspected TTP militants in Nangarhar on Monday."


def test_same_incident_across_publishers_merges_and_lookalike_stays_apart(evidence):
    items = [
        evidence(KDM, publisher="Kabul Daily Monitor", mid="m1", doc="d1", quantities={"arrested": 14},
                 attribution=("residents", "witness")),
        evidence(FL, publisher="Frontier Ledger", mid="m2", doc="d2", quantities={"arrested": 12}),
        evidence(NANG, publisher="Karakoram Times", mid="m3", doc="d3", place="Nangarhar", quantities={"arrested": 5}),
    ]
    result = resolve(items, case=CASE)
    by_member = {e.id: inc for inc in result.incidents for e in inc.members}
    assert by_member["m1"] is by_member["m2"]
    assert by_member["m3"] is not by_member["m1"]
    kunar = by_member["m1"]
    assert kunar.grade == "corroborated"
    assert kunar.grade_reason.startswith("2 publishers; 2 independent")
    # the most conservative figure, every figure kept
    assert kunar.quantities == {"arrested": 12}
    assert sorted(x["value"] for x in kunar.quantities_reported["arrested"]) == [12, 14]
    assert by_member["m3"].grade == "single-source"


def test_different_types_and_distant_dates_stay_apart(evidence):
    items = [
        evidence(KDM, publisher="A", mid="m1", doc="d1"),
        evidence(KDM, publisher="B", mid="m2", doc="d2", day=date(2026, 11, 25)),
        evidence(KDM, publisher="C", mid="m3", doc="d3", type="OPERATION"),
    ]
    result = resolve(items, case=CASE)
    assert len(result.incidents) == 3


def test_incident_ids_are_stable_across_runs_and_input_order(evidence):
    items = [evidence(KDM, publisher="A", mid="m1", doc="d1"), evidence(FL, publisher="B", mid="m2", doc="d2")]
    first = [i.id for i in resolve(items, case=CASE).incidents]
    second = [i.id for i in resolve(list(reversed(items)), case=CASE).incidents]
    assert first == second and len(first) == 1


def test_wire_copies_count_once(evidence):
    wire = ("BAJAUR, Nov 4 (Indus Wire Service) - Militants of the Tehreek-e-Taliban Pakistan attacked a security "
            "checkpoint in Bajaur district on Tuesday night, killing seven soldiers, the military said. " * 3)
    sent = ("Militants of the Tehreek-e-Taliban Pakistan attacked a security checkpoint in Bajaur district on "
            "Tuesday night, killing seven soldiers, the military said.")
    kw = dict(type="ATTACK", place="Bajaur", source="ttp", day=date(2026, 11, 3))
    items = [
        evidence(sent, publisher="Indus Wire Service", mid="m1", doc="d1", doc_text=wire, **kw),
        evidence(sent, publisher="Karakoram Times", mid="m2", doc="d2", doc_text=wire + " Copyright.", **kw),
    ]
    inc = resolve(items, case=CASE).incidents[0]
    assert len(inc.members) == 2
    assert inc.grade == "single-source"
    assert "2 publishers; 1 independent" in inc.grade_reason
    # an independent third report makes it corroborated
    items.append(evidence("Six soldiers were martyred when TTP terrorists stormed a post in Salarzai, Bajaur.",
                          publisher="Frontier Ledger", mid="m3", doc="d3", **kw))
    inc = resolve(items, case=CASE).incidents[0]
    assert len(inc.members) == 3
    assert inc.grade == "corroborated"
    assert inc.quantities == {}


def test_claimed_when_only_the_acting_party_speaks(evidence):
    own = evidence("Mujahideen of the Islamic Emirate destroyed a training centre in Barmal, Paktika.",
                   publisher="Emirate Voice", mid="m1", doc="d1", type="DISMANTLE", groups=())
    spokesman = evidence("Taliban forces destroyed a training camp in Kunar, Zabihullah Mujahid said.",
                         publisher="Kabul Daily Monitor", mid="m2", doc="d2", type="DISMANTLE",
                         attribution=("Zabihullah Mujahid", "spokesperson"))
    assert resolve([own], case=CASE).incidents[0].grade == "claimed"
    inc = resolve([spokesman], case=CASE).incidents[0]
    assert inc.grade == "claimed"
    assert "Zabihullah Mujahid" in inc.grade_reason


def test_disputed_by_a_denial_and_non_asserted_never_counted(evidence):
    items = [
        evidence("Taliban intelligence officers arrested two commanders of the Hafiz Gul Bahadur group in Khost.",
                 publisher="Frontier Ledger", mid="m1", doc="d1", place="Khost", groups=("hgb",),
                 day=date(2026, 11, 7)),
        evidence("Officials of the Islamic Emirate in Khost denied any arrests of Hafiz Gul Bahadur commanders.",
                 publisher="Kabul Daily Monitor", mid="m2", doc="d2", type="DENY", place="Khost", groups=("hgb",),
                 day=date(2026, 11, 10)),
        evidence("Islamabad urged Kabul to arrest the Hafiz Gul Bahadur commanders in Khost.",
                 publisher="Kabul Daily Monitor", mid="m3", doc="d3", type="DEMAND", place="Khost", groups=("hgb",),
                 day=date(2026, 11, 9)),
        evidence("Islamabad urged Kabul to arrest the Hafiz Gul Bahadur commanders in Khost.",
                 publisher="Kabul Daily Monitor", mid="m4", doc="d3", modality="demanded", place="Khost",
                 groups=("hgb",), day=date(2026, 11, 9)),
    ]
    result = resolve(items, case=CASE)
    arrest = next(i for i in result.incidents if i.type == "ARREST")
    assert arrest.grade == "disputed"
    assert "denied by" in arrest.grade_reason
    assert [e.id for e in arrest.members] == ["m1"]
    demand = next(i for i in result.incidents if i.type == "DEMAND")
    assert [e.id for e in demand.attached] == ["m4"]  # the demanded arrest sits with the demand
    assert all(i.type != "ARREST" or "m4" not in [e.id for e in i.members] for i in result.incidents)


def test_dateline_place_does_not_split_an_incident(evidence):
    a = evidence("PESHAWAR, Nov 16 (Frontier Ledger) - At least 12 TTP members were taken into custody in Kunar.",
                 publisher="Frontier Ledger", mid="m1", doc="d1", place="Kunar")
    b = evidence(KDM, publisher="Kabul Daily Monitor", mid="m2", doc="d2")
    a.mention.location = type(a.mention.location)("Peshawar", "PK", "Khyber Pakhtunkhwa", precision="city")
    assert len(resolve([a, b], case=CASE).incidents) == 1


def test_the_sentence_of_a_document_event_that_names_the_incidents_place_brings_the_rest(evidence):
    """Two sentences of one event in one report: the one sorted first names another place of the same rank as the
    incident's, the other names the incident's own place; the report joins the incident whole."""
    mamund = Location("Mamund", "PK", "Khyber Pakhtunkhwa", 34.8, 71.45, precision="admin2")
    day = date(2026, 11, 20)
    first = evidence("Security forces killed eight militants in an operation in Mamund on Thursday.",
                     publisher="Frontier Ledger", mid="m1", doc="d1", type="OPERATION", source="pakistan",
                     place=None, day=day)
    first.mention.location = mamund
    told = evidence("The men killed in the operation in Bajaur on Thursday were labourers, not fighters.",
                    publisher="Peshawar Post", mid="m2a", doc="d2", type="OPERATION", source="pakistan",
                    place="Bajaur", day=day)
    naming = evidence("Elders from Mamund said the eight men killed on Thursday had gathered in a guest house.",
                      publisher="Peshawar Post", mid="m2b", doc="d2", type="OPERATION", source="pakistan",
                      place=None, day=day)
    naming.mention.location = mamund
    for e in (told, naming):
        e.mention.event = "e-d2"
    for order in ([first, told, naming], [told, naming, first]):
        assert len(resolve(order, case=CASE).incidents) == 1


def test_a_document_event_is_placed_by_its_best_dated_report(evidence):
    """One report's event whose sentence sorted first carries only a year another clause names: the event is
    compared with the others by its day, and joins the incident of that day."""
    other = evidence("Taliban intelligence relocated TIP fighters from Badakhshan on April 14.", publisher="SCMP",
                     mid="m1", doc="d1", type="RESTRICT", groups=("etim",), place="Wakhan", day=date(2026, 4, 14))
    year = evidence("The relocation is the second of its kind.", publisher="Amu TV", mid="m2a", doc="d2",
                    type="RESTRICT", groups=("etim",), place="Wakhan", day=date(2021, 1, 1))
    year.mention.date_precision = "year"
    day = evidence("Sources said the relocation of the TIP fighters from Wakhan began on April 15.",
                   publisher="Amu TV", mid="m2b", doc="d2", type="RESTRICT", groups=("etim",), place="Wakhan",
                   day=date(2026, 4, 15))
    for e in (year, day):
        e.mention.event = "e-d2"
    assert len(resolve([other, year, day], case=CASE).incidents) == 1
