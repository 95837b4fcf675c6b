"""Some of the dead already counted, singled out ("Among those killed was a senior commander"), add no dead and
change no toll. Written the way Afghan and Pakistani outlets report operations and bombings."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import asserted_mentions


@pytest.mark.parametrize("text, killed", [
    ("Taliban intelligence forces have killed four members of ISIS-K in an operation in the Surkh Rod district of "
     "Nangarhar province, local officials said on Saturday. Among those killed was a senior commander responsible "
     "for recent attacks in Jalalabad, the provincial police spokesman said.", 4),
    ("A bomb killed six people at a market in Quetta on Monday. Those killed included two children.", 6),
    ("Security forces killed five militants in a raid in Kech on Sunday, the ISPR said. Among the dead was a "
     "commander of the banned BLF.", 5),
])
def test_the_dead_singled_out_change_no_toll(extractor, text, killed):
    deeds = [m for m in asserted_mentions(extractor, text, date(2022, 2, 19)) if m.type in ("OPERATION", "ATTACK")]
    assert deeds and {m.quantities.get("killed") for m in deeds} == {killed}
