"""Distant lookalikes stay apart; disputes across a border crossing, by place named, and contradictions."""

from datetime import date

from tangible.case import load_case
from tangible.models import Location
from tangible.resolve import resolve
from tangible.resolve.places import coords, km
from tangible.resolve.wording import contradicts, refers_back

CASE = load_case()
D5, D6 = date(2026, 12, 5), date(2026, 12, 6)


def _by_member(result):
    return {e.id: inc for inc in result.incidents for e in inc.members}


def test_district_without_coordinates_borrows_its_town():
    lakki = coords(Location("Lakki Marwat", "PK", "Khyber Pakhtunkhwa", precision="admin2"))
    assert lakki is not None
    assert 60 < km(lakki, (31.83, 70.90)) < 120  # Dera Ismail Khan
    assert coords(Location("Kunar", "AF", "Kunar", precision="admin1")) is None  # provinces are too coarse


def test_attacks_a_day_apart_in_distant_districts_stay_apart(evidence):
    a = "Gunmen from the Tehreek-e-Taliban Pakistan stormed a police post in Dera Ismail Khan, killing three policemen."
    b = "Militants of the Pakistani Taliban attacked a police patrol in Lakki Marwat district, killing two policemen."
    items = [
        evidence(a, publisher="Indus Wire Service", mid="a", doc="da", type="ATTACK", place="Dera Ismail Khan",
                 day=D5, source="ttp"),
        evidence(b, publisher="Indus Wire Service", mid="b", doc="db", type="ATTACK", place="Lakki Marwat",
                 day=D6, source="ttp"),
    ]
    by = _by_member(resolve(items, case=CASE))
    assert by["a"] is not by["b"]


def test_denial_on_the_other_side_of_a_crossing_disputes_the_handover(evidence):
    report = ("Afghan border officials handed over two suspected TTP militants to Pakistani authorities at the "
              "Chaman crossing on Monday.")
    denial = "Officials in Kandahar denied that any prisoners had been handed over to Pakistan at Spin Boldak."
    items = [
        evidence(report, publisher="Frontier Ledger", mid="r", doc="d1", type="EXTRADITE", place="Chaman", day=D5),
        evidence(denial, publisher="Kabul Daily Monitor", mid="x", doc="d2", type="DENY", place="Spin Boldak",
                 day=D6, groups=(), published=D6),
    ]
    inc = _by_member(resolve(items, case=CASE))["r"]
    assert inc.grade == "disputed"
    assert "denied" in inc.grade_reason


def test_denial_far_away_does_not_dispute(evidence):
    report = "Afghan border officials handed over two suspected TTP militants at the Chaman crossing on Monday."
    denial = "Officials denied that any prisoners had been handed over in Wakhan."
    items = [
        evidence(report, publisher="Frontier Ledger", mid="r", doc="d1", type="EXTRADITE", place="Chaman", day=D5),
        evidence(denial, publisher="Kabul Daily Monitor", mid="x", doc="d2", type="DENY", place="Wakhan",
                 day=D6, groups=(), published=D6),
    ]
    assert _by_member(resolve(items, case=CASE))["r"].grade == "single-source"


def test_denial_naming_the_place_the_reports_name(evidence):
    report = ("The Taliban moved about forty Turkistan Islamic Party members out of the Wakhan corridor to Baghlan "
              "province on Wednesday.")
    denial = "The spokesman rejected reports that Turkistan Islamic Party members had been moved from Wakhan."
    items = [
        evidence(report, publisher="Silk Road Observer", mid="r", doc="d1", type="RESTRICT", place="Baghlan",
                 day=D5, groups=("etim",)),
        evidence(denial, publisher="Emirate Voice", mid="x", doc="d2", type="DENY", place="Wakhan", day=None,
                 groups=("etim",), published=D6),
    ]
    assert _by_member(resolve(items, case=CASE))["r"].grade == "disputed"


def test_undated_general_negation_does_not_dispute_a_specific_arrest(evidence):
    report = "The de facto authorities arrested four Pakistani Taliban militants in Kunar on Tuesday."
    negation = "No arrests of TTP leaders have been made, Pakistani officials said."
    items = [
        evidence(report, publisher="Pamir Dispatch", mid="r", doc="d1", day=D5),
        evidence(negation, publisher="Kabul Daily Monitor", mid="n", doc="d2", modality="negated", place=None,
                 day=None, published=D6),
    ]
    assert _by_member(resolve(items, case=CASE))["r"].grade == "single-source"


def test_report_that_contradicts_the_account_disputes_it(evidence):
    claim = "Security forces killed eight militants in an operation in Bajaur on Thursday, the military said."
    elders = ("Tribal elders said that the eight people killed in Thursday's operation in Bajaur were farmers, "
              "not militants.")
    items = [
        evidence(claim, publisher="Indus Wire Service", mid="c", doc="d1", type="OPERATION", place="Bajaur",
                 source="pakistan"),
        evidence(elders, publisher="Peshawar Post", mid="e", doc="d2", type="OPERATION", place="Bajaur",
                 source=None, attribution=("Tribal elders", "witness")),
    ]
    by = _by_member(resolve(items, case=CASE))
    assert by["c"] is by["e"]
    assert by["c"].grade == "disputed" and "contradicted by Tribal elders" in by["c"].grade_reason


def test_back_reference_does_not_corroborate(evidence):
    report = ("Fighters of the Hafiz Gul Bahadur group attacked a military convoy near Miranshah on Thursday, "
              "killing three soldiers.")
    later = "Officials said the militants had been involved in Thursday's attack on a military convoy near Miranshah."
    items = [
        evidence(report, publisher="Frontier Ledger", mid="r", doc="d1", type="ATTACK", place="Bajaur",
                 source="hgb", groups=("hgb",)),
        evidence(later, publisher="Indus Wire Service", mid="l", doc="d2", type="ATTACK", place="Bajaur",
                 source="hgb", groups=("hgb",)),
    ]
    by = _by_member(resolve(items, case=CASE))
    assert by["r"] is by["l"]
    assert by["r"].grade == "single-source"


def test_wording_cues():
    assert contradicts("The elders said the dead were farmers, not militants.")
    assert contradicts("Residents disputed the army's account of the raid.")
    assert not contradicts("Security forces killed eight militants, not far from the border.")
    assert refers_back("The men were wanted for the bombing of a mosque.", "ATTACK")
    assert not refers_back("The men were wanted for attacks; they were handed over at Torkham.", "EXTRADITE")
