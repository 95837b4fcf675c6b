"""Findings: what a monitoring body, a court or investigators find about a standing situation.

"The TTP continues to enjoy sanctuary in Afghanistan", "the Taliban had not taken steps to restrain it": a
monitoring team's findings report no single event, yet an analyst weighs them heavily. A sentence is a
FINDING when a body of that kind speaks it (its subject, its attribution, or a report it cites) and it states
a standing situation of an armed group: sanctuary, presence, freedom to operate, support, or a party's
inaction towards it. The words of both lists were drawn from the language of UN monitoring reports and court
and inquiry findings.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

# who finds: monitoring bodies, the UN and its panels, courts, inquiries, investigators, reports
BODY = re.compile(
    r"\b(monitoring team|monitoring report|sanctions monitoring|analytical support|panel of experts|security council|"
    r"united nations|\bUN\b|\bU\.N\.|UNAMA|member states?|the team|the report|a report|report by|report of|"
    r"investigators?|inquiry|commission|tribunal|court|judges?|the panel|assessment|intelligence assessment|"
    r"watchdog|monitors|observers|the study)\b", re.I)
# what is found: a standing situation of an armed group, or a party's inaction towards it
SITUATION = re.compile(
    r"\b(sanctuar(?:y|ies)|safe havens?|havens?|presence|freedom of movement|continues? to (?:operate|enjoy|use|"
    r"maintain|receive|benefit|train|recruit|exist|thrive)|continued to (?:operate|enjoy|use|maintain|receive|benefit|"
    r"train|recruit)|maintains? (?:training )?camps|training camps|operates? from|operating from|based in|"
    r"has not taken|had not taken|have not taken|no (?:concrete |meaningful |visible )?steps|failed to (?:restrain|act|"
    r"curb|take|prevent)|not (?:restrained|acted)|tolerat\w+|(?:provides?|provided|providing|receives?|received) "
    r"(?:logistical |financial |material )?support|enjoys? (?:the )?support|remains? (?:active|present|intact|strong)|"
    r"remain(?:s|ed|ing)? (?:active |present |based |entrenched )?in|(?:is|are|was|were) present in|"
    r"strength (?:of|is estimated)|estimated (?:at|to number)|an estimated [\d,]+|fighters? in afghanistan|close ties|"
    r"links? (?:to|with)|"
    # a group's standing told by its rank: "the TTP remains the largest terrorist group in Afghanistan"
    r"remain(?:s|ed)? the (?:largest|biggest|main|strongest|most active|most powerful)|"
    # what a party gives a group or does for it: "had provided the TTP with weapons and safe houses", "al-Qaeda
    # was training TTP fighters in camps in Kunar"
    r"safe (?:houses?|havens?)|shelter(?:s|ed|ing)?|(?:provid|suppl|giv)\w* (?:[\w-]+ ){0,4}(?:weapons|arms|"
    r"funds|funding|money|logistics)|training (?:[\w-]+ ){0,3}(?:fighters|militants|recruits|members|cadres)|"
    # "the Pakistani Taliban still operate training centres in Kunar", "the Taliban continue to provide logistical and
    # operational space to the group", "provide TTP leaders with monthly stipends", "TTP fighters number between
    # 6,000 and 6,500", "found no evidence that the Taliban had dismantled TTP camps"
    r"operat\w* (?:[\w-]+ ){0,2}(?:camps|centres|centers|bases|facilities)|(?:provid|suppl|giv|offer)\w* "
    r"(?:[\w-]+ ){0,4}(?:space|stipends?|sanctuary|protection)|stipends?|"
    r"number(?:s|ed)? (?:between|some|about|around|approximately|up to|more than) [\d,]+|no evidence (?:that|of))\b",
    re.I)


def finding_trigger(doc: Doc, tok_ent: dict, attribution_kind: str | None, report_goes_on: bool = False) -> Token | None:
    """The word that states the finding, when the sentence is one; None otherwise. ``report_goes_on``: the
    sentences just before stated a body's findings, and this one, with no speaker of its own, goes on with them
    (the paragraphs of a monitoring report: "Members of ETIM remain present in Badakhshan and Baghlan")."""
    text = doc.text
    if not SITUATION.search(text):
        return None
    spoken = attribution_kind == "report" or bool(BODY.search(text)) or report_goes_on and attribution_kind is None
    if not spoken:
        return None
    if not any(v[3] == "group" for v in tok_ent.values()) and not re.search(
            r"\b(it|its|they|them|the group|militants|fighters)\b", text, re.I):
        return None
    m = SITUATION.search(text)
    start = m.start()
    for tok in doc:
        if tok.idx <= start < tok.idx + len(tok.text) + 1:
            return tok
    return None
