"""Figures of the dead as Pakistani and Afghan reports write them: in words ("half a dozen", "one hundred and
twenty", "a couple of policemen"), and the attackers' own dead counted apart ("three militants blew themselves
up")."""

from datetime import date

import pytest

PUB = date(2015, 6, 1)


def _figures(extractor, text: str) -> dict[str, int]:
    ms = [m for m in extractor.extract("t", text, PUB) if m.type in ("ATTACK", "OPERATION")
          and m.modality == "asserted"]
    assert ms, text
    return dict(ms[0].quantities)


@pytest.mark.parametrize("text,key,n", [
    ("Half a dozen militants were killed in an air strike in the Tirah valley.", "killed", 6),
    ("One hundred and twenty militants were killed in the air strikes in North Waziristan.", "killed", 120),
    ("A couple of policemen were killed in an attack on a checkpost in Dera Ismail Khan.", "killed", 2),
    ("Gunmen killed a couple in their home in Mardan.", "killed", 2),
    ("Two dozen people were killed in the blast in Quetta.", "killed", 24),
    ("Three militants blew themselves up when police surrounded their hideout in Mardan.", "attackers_killed", 3),
    ("Cornered, the militant opened fire on the police and blew himself up in Peshawar.", "attackers_killed", 1),
])
def test_figures_in_words_and_the_attackers_own_dead(extractor, text, key, n):
    assert _figures(extractor, text).get(key) == n, (text, _figures(extractor, text))


@pytest.mark.parametrize("text", [
    "A couple of days later, two soldiers were killed in an attack in Bannu.",
    "Two suicide bombers blew themselves up at the gate, killing two guards.",
])
def test_no_figure_from_days_or_suicide_bombers(extractor, text):
    assert _figures(extractor, text).get("killed") == 2 and not _figures(extractor, text).get("attackers_killed")


@pytest.mark.parametrize("text,n", [
    # a month named two words before the figure, across the verb, is no date of it
    ("A bombing at a shrine in Quetta in October killed 45 people.", 45),
    ("An attack on a police post in Tank in May killed 12 people.", 12),
    # the day of a date stays a day, not a count
    ("On May 3, militants killed five soldiers in North Waziristan.", 5),
    ("Five soldiers were killed in an ambush in Kurram on 3 May.", 5),
    ("Militants killed five soldiers in Kurram on May 3 last year.", 5),
])
def test_a_month_before_the_verb_leaves_the_figure_a_count(extractor, text, n):
    assert _figures(extractor, text).get("killed") == n, (text, _figures(extractor, text))
