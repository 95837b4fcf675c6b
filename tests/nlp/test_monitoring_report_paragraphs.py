"""The paragraphs of a monitoring report: a finding goes on from one paragraph to the next without a speaker of its
own, and the party's record ("have carried out operations against ISIL-K") is no operation told. Written the way
the UN Security Council's monitoring team writes its reports on Afghanistan."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_mentions

PUB = date(2026, 11, 14)
REPORT = ("41. Member States reported that the Taliban have continued to provide sanctuary and logistical support to "
          "Tehrik-e-Taliban Pakistan (TTP), whose fighters number an estimated 6,000 to 6,500 in Afghanistan.\n\n"
          "42. The Taliban have carried out operations against ISIL-K, which remains the most serious threat in the "
          "region. ISIL-K retains the intent to conduct external operations.\n\n"
          "43. Members of the Eastern Turkistan Islamic Movement remain present in Badakhshan and Baghlan.")


def test_a_finding_goes_on_into_the_next_paragraph(extractor):
    findings = [m for m in asserted_mentions(extractor, REPORT, PUB) if m.type == "FINDING"]
    etim = [m for m in findings if m.target and m.target.id == "etim"]
    assert etim and etim[0].source is not None and "Member States" in etim[0].source.text


def test_the_partys_record_is_no_operation(extractor):
    assert not [m for m in asserted_mentions(extractor, REPORT, PUB) if m.type == "OPERATION"]


def test_a_sentence_far_from_any_finding_states_none(extractor):
    # (with no body's finding before it, a reporter's line on a group is no finding)
    text = "Members of the Eastern Turkistan Islamic Movement remain present in Badakhshan and Baghlan."
    assert not [m for m in asserted_mentions(extractor, text, PUB) if m.type == "FINDING"]


def test_operations_with_a_place_or_a_toll_are_told(extractor):
    for text in ("Pakistan has carried out air strikes in Khost, killing eight people, the Taliban said.",
                 "Security forces have conducted operations in Bajaur against the TTP."):
        assert [m for m in asserted_mentions(extractor, text, PUB) if m.type == "OPERATION"], text
