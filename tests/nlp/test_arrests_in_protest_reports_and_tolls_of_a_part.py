"""An arrest the forces report in a protest report, and the toll of one place inside a toll told for more
(sentences written in the manner of Pakistani and Afghan press reports)."""

from datetime import date

from tests.nlp.conftest import first_asserted


def test_the_forces_word_of_an_arrest_is_no_grievance(extractor):
    text = ("Hundreds of residents staged a sit-in in Bannu to protest the killing of a trader. Police said they had "
            "arrested two suspects in connection with the killing.")
    m = first_asserted(extractor, text, "ARREST", date(2024, 11, 26))
    assert m.source.id == "pakistan" and m.quantities.get("arrested") == 2
    # (the protesters' word of their men detained stays their grievance)
    text = ("Relatives of the missing men protested in Quetta. They alleged that the men had been detained by "
            "intelligence agencies.")
    assert not [m for m in extractor.extract("t", text, date(2024, 11, 26))
                if m.type == "ARREST" and m.modality == "asserted"]


def test_the_toll_of_one_place_does_not_revise_the_whole(extractor):
    text = ("At least 47 civilians, including women and children, were killed in Pakistani airstrikes on Khost and "
            "Kunar provinces on Saturday, local officials told TOLOnews. In Kunar, the strikes hit villages in Shultan "
            "district, where five children and a woman were killed, residents said.")
    m = first_asserted(extractor, text, "OPERATION", date(2022, 4, 18))
    assert m.quantities.get("killed") == 47
