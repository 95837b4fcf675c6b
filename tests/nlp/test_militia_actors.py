"""Pro-government militias named as such, and a name an "anti-" word makes the foe of the phrase."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2020, 7, 1)


def _deed(extractor, text: str):
    ms = [m for m in extractor.extract("m", text, PUB) if m.type in ("ATTACK", "OPERATION")
          and m.modality == "asserted"]
    assert ms, text
    return ms[0]


@pytest.mark.parametrize("text, source", [
    # the name after "anti-" is whom the militia fights, not the militia
    ("On 3 August 2020, anti-Taliban uprising forces ambushed a Taliban group in Sancharak district (Sar-e Pul), "
     "killing 4 fighters.", "pro-government-militia"),
    ("An anti-Taliban militia ambushed a Taliban convoy in Ghor, killing four fighters.", None),
])
def test_the_name_an_anti_word_opposes_is_not_the_actor(extractor, text, source):
    m = _deed(extractor, text)
    assert (m.source.id if m.source else None) == source


@pytest.mark.parametrize("text", [
    # a paramilitary under the NDS's command: the Afghan state's forces, in an operation
    "On 2 August 2020, the Khost Protection Force raided a compound in Tani district (Khost) and killed 4 men.",
    "Members of the Khost Protection Force shot dead two men in Sabari district (Khost).",
    "The KPF killed three suspected Taliban in a night raid in Tani district, Khost.",
    "On 20 September 2020, the Khost Protection Force conducted a night raid in Sabari district, killing 9 Taliban.",
])
def test_the_khost_protection_force_is_the_afghan_state(extractor, text):
    m = _deed(extractor, text)
    assert m.type == "OPERATION" and m.source is not None and m.source.id == "afghan-republic"
