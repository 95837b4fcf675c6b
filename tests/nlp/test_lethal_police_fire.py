"""Fire by the police that killed people, as Indian reporting tells it ("died in police firing", "was killed when
police fired to disperse the mob"): lethal force, an operation with its dead; crowd control that kills no one,
and force against protesters, stay out of scope."""

from datetime import date

import pytest

PUB = date(2002, 3, 10)


def _operations(extractor, text: str) -> list:
    return [m for m in extractor.extract("f", text, PUB) if m.type == "OPERATION" and m.modality == "asserted"]


@pytest.mark.parametrize("text, dead", [
    # the noun "police firing", which the parse reads as a gerund after "police"
    ("Three shopkeepers died in police firing near the old bus stand.", 3),
    ("A young labourer perished in police firing as arsonists torched the market.", 1),
    # the fire told in a clause of the death, or the death in a clause of the fire
    ("Four men were killed when the police fired at a crowd to disperse it.", 4),
    ("The police fired on the rioting mob, killing two youths.", 2),
    ("Policemen shot dead two looters near the railway crossing.", 2),
    # a death told beside the wounded, with the fire's purpose and no one fired at
    ("one man was killed and four others hurt on monday night when the police fired to disperse mobs throwing stones.",
     1),
    ("A boy was killed and two were hurt when police fired three rounds to scatter a mob looting shops.", 1),
    # the noun "police firing" as the subject, or after "by", with its dead
    ("police firing claimed four lives in the bazaar on friday.", 4),
    ("The collector said nine deaths were caused by police firing.", 9),
    ("police firing near the bridge left three dead.", 3),
    # the dead told in a relative clause on the fire's sentence, after a necessity told in the past
    ("The police had to open fire to disperse the mob, in which two men were killed.", 2),
])
def test_lethal_police_fire_is_an_operation_with_its_dead(extractor, text, dead):
    ops = _operations(extractor, text)
    assert ops, text
    assert ops[0].quantities.get("killed") == dead, (text, ops[0].quantities)
    assert ops[0].source is not None and "police" in ops[0].source.text.lower(), text


@pytest.mark.parametrize("text", [
    "The police fired into the air to scatter the mob; nobody was killed.",
    "The police burst tear gas shells to scatter the crowd.",
    "the police fired to disperse the mob near the temple.",
    "Police opened fire on the protesters, killing two of them.",
    "Rioters burnt a bus near the depot, and a man was killed when the police fired.",
    "The crowd killed a man before the police fired to disperse it.",
])
def test_fire_that_killed_no_one_or_hit_protesters_is_no_operation(extractor, text):
    assert not _operations(extractor, text), text
