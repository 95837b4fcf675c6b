"""One saying that denies a group is there and pledges the party's soil will not be used: two statements."""

from datetime import date

DAY = date(2025, 3, 15)


def _statements(extractor, text):
    return sorted((m.type, m.source.id if m.source else None) for m in extractor.extract("t", text, DAY)
                  if m.type in ("ASSURE", "DENY"))


def test_a_denial_and_a_pledge_said_together_are_both_given(extractor):
    text = ("Mujahid said there was no TTP presence in Afghanistan and that Afghan soil would not be used against any "
            "country.")
    assert _statements(extractor, text) == [("ASSURE", "taliban"), ("DENY", "taliban")]


def test_either_said_alone_is_one_statement(extractor):
    assert _statements(extractor, "The Taliban said Afghan soil would not be used against any country.") == [
        ("ASSURE", "taliban")]
    assert _statements(extractor, "Mujahid said there were no ETIM fighters in Afghanistan.") == [
        ("DENY", "taliban")]
