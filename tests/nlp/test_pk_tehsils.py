"""Pakistan's tehsils, sub-divisions, frontier regions and city quarters that GeoNames' town lists lack
(gazetteer.PK_TEHSILS), the spellings of the former agencies reports use, and Waziristan as a region."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import deed_province

from tangible.nlp import gazetteer

PUB = date(2015, 6, 30)


def _province(extractor, text: str) -> str | None:
    return deed_province(extractor, text, PUB)


@pytest.mark.parametrize("text, province", [
    # sub-divisions and villages of the former tribal agencies
    ("Security forces killed four militants in an exchange of fire in Kaniguram late on Thursday.",
     "Khyber Pakhtunkhwa"),
    ("Unknown militants blew up a government primary school in Kamangara overnight, injuring its watchman.",
     "Khyber Pakhtunkhwa"),
    # a village whose spelling-blind key was an Afghan place's: no longer Parwan's
    ("A US drone fired two missiles at a compound in Shahi Khel, killing four militants.", "Khyber Pakhtunkhwa"),
    ("Militants fired three rockets at a Frontier Corps post in Saidgai, wounding a sepoy.", "Khyber Pakhtunkhwa"),
    # Balochistan's tehsils and towns
    ("Gunmen riding a motorcycle shot dead two Levies personnel near Saindak on Tuesday.", "Balochistan"),
    ("A remote-controlled bomb hit a Frontier Corps vehicle in Pishukan, injuring three soldiers.", "Balochistan"),
    # Karachi's quarters that reports name without the city
    ("Unidentified gunmen shot dead a shopkeeper in Jamshed Town on Friday night.", "Sindh"),
    ("A bomb planted on a motorcycle went off near a police van in Gulshan-e-Hadeed, injuring three constables.",
     "Sindh"),
    # the agencies as reports spell them, and Waziristan named alone
    ("Two soldiers were martyred when militants attacked a check post in Aurakzai.", "Khyber Pakhtunkhwa"),
    ("A drone strike killed six suspected militants in Waziristan on Sunday.", "Khyber Pakhtunkhwa"),
])
def test_a_tehsil_or_quarter_finds_its_province(extractor, text, province):
    assert _province(extractor, text) == province


def test_a_name_that_is_also_a_word_or_a_man_counts_only_with_a_place_word(extractor):
    assert _province(extractor, "Militants attacked a police station in Thana tehsil, killing a constable.") \
        == "Khyber Pakhtunkhwa"
    # "Ghazi" is a title and a name before it is a place
    assert _province(extractor, "Militants loyal to commander Ghazi ambushed a security convoy, killing three "
                                "soldiers.") is None


def test_tehsil_rows_leave_names_held_elsewhere_out(monkeypatch):
    monkeypatch.setattr(gazetteer, "PK_TEHSILS", {"PK.03": "Gomal, Zarkhel|Zar Khel, ~Thana, Bagh|Baghzai, Wirsak"})
    places = [["Gomal", "AF", "Paktika", None, None, "admin2", ["Gomal"]],
              ["Zar Khel", "PK", "Khyber Pakhtunkhwa", None, None, "village", ["Zar Khel"]],
              ["Bagh", "PK", "Azad Kashmir", None, None, "admin2", ["Bagh"]]]
    rows = gazetteer._tehsil_rows(places, {"PK.03": "Khyber Pakhtunkhwa"}, {"wirsak"})
    by_name = {r[0]: r for r in rows}
    # a name of another country's or province's place is no guess of ours; a spelling held in the same province
    # is left to the place that holds it
    assert "Gomal" not in by_name and "Bagh" not in by_name
    assert by_name["Zarkhel"][6] == ["Zarkhel"]
    # a marked name, or one that is an English word, only with a place word after it
    assert "Thana" not in by_name["Thana"][6] and "Thana tehsil" in by_name["Thana"][6]
    assert "Wirsak village" in by_name["Wirsak"][6] and "Wirsak" not in by_name["Wirsak"][6]
    assert all(r[1] == "PK" and r[2] == "Khyber Pakhtunkhwa" and r[5] == "town" for r in rows)
