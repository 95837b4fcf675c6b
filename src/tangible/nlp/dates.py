"""A small regex resolver for the date phrases news uses, relative to the publication date."""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTHS = {m: i + 1 for i, m in enumerate(MONTH_NAMES)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_M = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_ISO = re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M + r"(?:,?\s+(\d{4}))?\b", re.I)
_MDY = re.compile(r"\b" + _M + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", re.I)
_MY = re.compile(r"\b(?:in|since|during|of|early|late|mid-?)\s+" + _M + r"(?:\s+(\d{4}))?\b", re.I)
# a month as the subject that tells what it held: "November brought the first handover", "October saw 78 attacks"
_MONTH_SUBJECT = re.compile(r"^\s*(?:the month of\s+)?" + _M + r"(?:\s+(\d{4}))?\s+(?:brought|saw|witnessed|was|"
                            r"marked|also|began|ended|proved|has|had)\b", re.I)
_WD = re.compile(r"\b(?:(last|this|on|late on|early on|late|early)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_REL = re.compile(r"\b(yesterday|today|tonight|last night|this morning|this evening|this afternoon|"
                  r"earlier today|on the day before|day before yesterday|last week|this week|earlier this week|"
                  r"last month|this month|earlier this month|earlier in the month|last weekend|this weekend|"
                  r"(\d+|two|three|four|five|six|seven|ten) days ago)\b", re.I)
_NUMW = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}
# coarse past references: "more than a decade ago", "three years ago", "last year", "in the summer", "in 2014"
_AGO = re.compile(r"\b(?:(?:more|less) than |over |nearly |almost |about |some |around |roughly )?"
                  r"(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d{1,2})\s+"
                  r"(years?|decades?)\s+ago\b", re.I)
_YEAR_REL = re.compile(r"\b(last year|the previous year|the year before|(?:earlier )?this year)\b", re.I)
_SEASON = re.compile(r"\b(?:(in|during|over|through|this|last|since|by)\s+)(?:the\s+)?(?:early\s+|late\s+)?"
                     r"(summer|winter|spring|autumn)\b(?:\s+of\s+((?:19|20)\d\d))?", re.I)
_YEAR = re.compile(r"\b(in|during|of|the|early|late|mid-?|until|by|before|after|throughout|around|circa)\s+"
                   r"((?:19|20)\d\d)\b(?![-/]\d)", re.I)
_AGO_NUM = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
# the middle month of each season (northern hemisphere), a coarse centre for "in the summer"
_SEASON_MID = {"spring": 4, "summer": 7, "autumn": 10, "winter": 1}


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: date | None) -> int | None:
    if published is None:
        return None
    y = published.year
    cand = _safe(y, month, day)
    if cand and cand > published + timedelta(days=31):
        y -= 1  # "December 30" in a January article is last year
    return y


# a year that sets the time of the whole sentence: opening it ("In 2016, ..."), or right after its weekday ("on
# Easter Sunday in 2016")
_YEAR_OPENING = re.compile(r"^\W*(?:in|during|by)\s+(?:early\s+|late\s+|mid-?)?(?P<y>(?:19|20)\d\d)\b", re.I)
_YEAR_AFTER_DAY = re.compile(r"\s*(?:,\s*|in\s+)(?P<y>(?:19|20)\d\d)\b", re.I)


def resolve_date(sentence: str, published: date | None) -> tuple[date | None, str | None]:
    """Return (date, precision) for the first date phrase in ``sentence``; (None, None) if none."""
    m = _ISO.search(sentence)
    if m:
        d = _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            return d, "day"
    for rx, order in ((_MDY, "mdy"), (_DMY, "dmy")):
        m = rx.search(sentence)
        if not m:
            continue
        if order == "mdy":
            mon, day, year = MONTHS[m.group(1).lower()], int(m.group(2)), m.group(3)
        else:
            day, mon, year = int(m.group(1)), MONTHS[m.group(2).lower()], m.group(3)
        if mon == 5 and order == "mdy" and m.group(1).lower() == "may" and not year:
            # "may 3" is too ambiguous with the modal verb unless capitalised
            if not m.group(1)[0].isupper():
                continue
        y = int(year) if year else _year_for(mon, day, published)
        if y is None:
            continue
        d = _safe(y, mon, day)
        if d:
            return d, "day"
    if published is None:
        return None, None
    m = _REL.search(sentence)
    if m:
        p = m.group(1).lower()
        if p in ("today", "tonight", "this morning", "this evening", "this afternoon", "earlier today"):
            return published, "day"
        if p in ("yesterday", "last night"):
            return published - timedelta(days=1), "day"
        if p in ("day before yesterday", "on the day before"):
            return published - timedelta(days=2), "day"
        if p.endswith("days ago"):
            n = m.group(2).lower()
            k = int(n) if n.isdigit() else _NUMW.get(n, 0)
            return published - timedelta(days=k), "day"
        if p in ("last week",):
            return published - timedelta(days=7), "week"
        if p in ("this week", "earlier this week", "this weekend"):
            return published, "week"
        if p == "last weekend":
            return published - timedelta(days=(published.weekday() + 2) % 7 or 7), "week"
        if p in ("this month", "earlier this month", "earlier in the month"):
            return published.replace(day=1), "month"
        if p == "last month":
            first = published.replace(day=1) - timedelta(days=1)
            return first.replace(day=1), "month"
    m = _WD.search(sentence)
    year = _YEAR_OPENING.match(sentence) or (_YEAR_AFTER_DAY.match(sentence, m.end()) if m else None)
    other_year = year is not None and int(year.group("y")) != published.year
    # (a weekday in a sentence of another year is no day of the week of publication: "In 2016, a suicide bomber
    # killed more than 70 people in a Lahore park on Easter Sunday")
    if m and not other_year and (m.group(1) or m.group(2)[0].isupper() or sentence.islower()):
        target = WEEKDAYS[m.group(2).lower()]
        delta = (published.weekday() - target) % 7
        if (m.group(1) or "").lower() == "last" and delta == 0:
            delta = 7
        return published - timedelta(days=delta), "day"
    m = _MY.search(sentence) or _MONTH_SUBJECT.search(sentence)
    if m and (m.group(1)[0].isupper() or m.group(2)):
        mon = MONTHS[m.group(1).lower()]
        y = int(m.group(2)) if m.group(2) else published.year - (1 if mon > published.month else 0)
        return date(y, mon, 1), "month"
    return _coarse_date(sentence, published)


def _coarse_date(sentence: str, published: date | None) -> tuple[date | None, str | None]:
    """Year- and season-level references, tried after every finer phrase."""
    if published is not None:
        m = _AGO.search(sentence)
        if m:
            n = m.group(1).lower()
            k = int(n) if n.isdigit() else _AGO_NUM[n]
            if m.group(2).lower().startswith("decade"):
                k *= 10
            return date(published.year - k, 1, 1), "year"
        m = _YEAR_REL.search(sentence)
        if m:
            p = m.group(1).lower()
            y = published.year if p.endswith("this year") else published.year - 1
            return date(y, 1, 1), "year"
        m = _SEASON.search(sentence)
        if m and m.group(1).lower() != "since":
            season = m.group(2).lower()
            mid = _SEASON_MID[season]
            if m.group(3):
                y = int(m.group(3))
            else:
                y = published.year - (1 if m.group(1).lower() == "last" else 0)
                # "in the summer" written before that season's middle is last year's
                if date(y, mid, 1) > published:
                    y -= 1
            return date(y, mid, 1), "month"
    for m in _YEAR.finditer(sentence):
        y = int(m.group(2))
        if published is not None and y > published.year:
            continue  # a target year ("by 2030") dates no past event
        return date(y, 1, 1), "year"
    return None, None


def explicit_date(text: str) -> date | None:
    """The first complete calendar date (day, month and year all written out) in ``text``, else None."""
    m = _ISO.search(text)
    if m:
        return _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for rx, order in ((_DMY, "dmy"), (_MDY, "mdy")):
        for m in rx.finditer(text):
            if order == "mdy":
                mon, day, year = MONTHS[m.group(1).lower()], int(m.group(2)), m.group(3)
            else:
                day, mon, year = int(m.group(1)), MONTHS[m.group(2).lower()], m.group(3)
            if year:
                d = _safe(int(year), mon, day)
                if d:
                    return d
    return None


# a step told as done some time before the report, on no day it gives: "The Taliban had earlier relocated ETIM
# fighters away from the border areas of Badakhshan, according to previous UN reports"
_TOLD_AS_EARLIER = re.compile(
    r"\b(?:had|have|has)\s+(?:earlier|previously|in\s+the\s+past)\s+\w+"
    r"|\baccording\s+to\s+(?:previous|earlier|past)\s+(?:\w+\s+)?reports?\b"
    r"|\bas\s+(?:previously|earlier)\s+reported\b", re.I)


# a recap of the season's deeds: "This autumn, the Taliban handed over 14 TTP members at Torkham, froze hawala
# accounts and moved Uyghur fighters away from the Wakhan"
_SEASON_RECAP = re.compile(r"^\W*(?:so\s+far\s+)?this\s+(?:autumn|fall|summer|spring|winter)\b", re.I)


def recap_of_a_season(sentence: str) -> bool:
    """The sentence opens by recapping the season's deeds ("This autumn, the Taliban handed over ..."): its season
    is no day of any of them."""
    return bool(_SEASON_RECAP.search(sentence))


@functools.lru_cache(maxsize=4096)
def told_as_earlier(sentence: str) -> bool:
    """The sentence retells a deed as done some time before the report ("had earlier relocated", "according to
    previous UN reports"): it is no report of the report's own day."""
    return bool(_TOLD_AS_EARLIER.search(sentence))
