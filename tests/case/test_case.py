import pytest

from tangible.case import load_case, load_case_text
from tangible.errors import CaseFileError

GOOD = """\
actors:
  - id: taliban
    name: Taliban
    kind: government
    aliases: [Islamic Emirate]
groups:
  - id: ttp
    name: TTP
    kind: armed_group
commitments:
  - id: c1
    by: taliban
    to: [taliban]
    made_on: 2020-02-29
    text: x
    groups: [ttp]
    action_types: [ARREST]
"""


def test_default_case_has_contract_ids():
    case = load_case()
    for i in ("taliban", "pakistan", "china"):
        assert i in case.actors
    for i in ("ttp", "etim", "iskp", "al-qaeda", "bla", "hgb", "haqqani", "lashkar-e-taiba", "jaish-e-mohammed"):
        assert i in case.groups
    tos = {t for c in case.commitments.values() for t in c.to}
    assert {"pakistan", "china"} <= tos
    assert "Fitna al-Khawarij" in case.groups["ttp"].aliases
    assert len(case.fingerprint) == 16


def test_fingerprint_changes_with_content():
    a = load_case_text(GOOD)
    b = load_case_text(GOOD.replace("aliases: [Islamic Emirate]", "aliases: [Islamic Emirate, IEA]"))
    assert a.fingerprint != b.fingerprint
    assert a.fingerprint == load_case_text(GOOD).fingerprint


def _err(text):
    with pytest.raises(CaseFileError) as exc:
        load_case_text(text, name="case.yaml")
    return str(exc.value)


def test_duplicate_id_has_both_lines():
    bad = GOOD.replace("groups:\n", "groups:\n  - id: ttp\n    name: TTP\n    kind: armed_group\n", 1)
    msg = _err(bad)
    assert msg.startswith("[T201] case.yaml line 10: group 'ttp' is defined twice (lines 7 and 10)")
    assert "Remove one." in msg


def test_unknown_reference_and_bad_values():
    assert _err(GOOD.replace("groups: [ttp]", "groups: [tpp]")).startswith("[T210] case.yaml line 16:")
    assert _err(GOOD.replace("made_on: 2020-02-29", "made_on: 29/02/2020")).startswith("[T204] case.yaml line 14:")
    assert _err(GOOD.replace("kind: armed_group", "kind: gang")).startswith("[T207] case.yaml line 9:")
    assert _err(GOOD.replace("action_types: [ARREST]", "action_types: [NAB]")).startswith("[T211] case.yaml line 17:")
    assert _err(GOOD.replace("    name: TTP\n", "    name: TTP\n    colour: red\n")).startswith("[T205] case.yaml line 9:")
    assert _err("actors: [\n").startswith("[T200] case.yaml line")
    assert _err("").startswith("[T203]")
    with pytest.raises(CaseFileError) as exc:
        load_case("/nonexistent/case.yaml")
    assert exc.value.code == "T212"


def test_media_outlets_per_actor():
    text = GOOD.replace("    aliases: [Islamic Emirate]\n",
                        "    aliases: [Islamic Emirate]\n    media: [Emirate Voice, Bakhtar News Agency]\n")
    case = load_case_text(text)
    assert case.actors["taliban"].media == ("Emirate Voice", "Bakhtar News Agency")
    assert case.groups["ttp"].media == ()
    assert "Emirate Voice" in load_case().actors["taliban"].media
    with pytest.raises(CaseFileError) as err:
        load_case_text(GOOD.replace("    aliases: [Islamic Emirate]\n", "    outlets: [Emirate Voice]\n"))
    assert "media" in str(err.value)  # the message lists the allowed keys


def test_a_case_file_with_a_lone_surrogate_is_a_case_file_error():
    # libyaml cannot encode the text at all; the pure parser names the character
    from tangible.case import CaseFileError, load_case_text

    with pytest.raises(CaseFileError, match="fuzz.yaml: not valid YAML"):
        load_case_text("\ud800", name="fuzz.yaml")


def test_a_state_that_strikes_from_the_air_is_said_so_by_the_case_file():
    case = load_case_text(GOOD.replace("    kind: government\n", "    kind: government\n    air_force: true\n", 1))
    assert case.actors["taliban"].air_force and not case.groups["ttp"].air_force
    default = load_case()
    assert default.air_force_of("PK", None) == "pakistan"
    assert default.air_force_of("AF", None) is None  # the Taliban administration strikes from no air
    assert _err(GOOD.replace("    kind: government\n", "    kind: government\n    air_force: maybe\n", 1)) \
        .startswith("[T202] case.yaml line 5:")
