"""Datelines: the "where filed, when, by whom" prefix that opens a news story.

``KABUL, Nov 16 (Kabul Daily Monitor) – Taliban forces detained …`` opens with a dateline. It says
where the story was filed and which outlet or wire sent it, not where the event happened or who
acted, so the extractor reads the sentence from the first word after it: the dateline city must not
become the event's place, and the words in capitals must not become an actor.

Recognised forms (the place is written in capitals; a date or a credit in brackets is required
unless the place is followed directly by a dash)::

    KABUL, Nov 16 (Kabul Daily Monitor) –
    DERA ISMAIL KHAN, Dec. 5, 2026 (Indus Wire Service) -
    PESHAWAR, Pakistan, Dec 4 (Reuters) —
    QUETTA (AFP) -
    ISLAMABAD, 16 November:
    KHAR —
    Karachi, Jul 13 (PTI)       (the agencies' form: a place in title case, with its date and credit)
"""

from __future__ import annotations

from collections.abc import Callable

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                        "dec"), start=1)}

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)"
# (two places of a story filed from both: "KABUL/ISLAMABAD, July 16 (Reuters) -")
_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]*){0,4}(?:/[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]*){0,2})?"
_COUNTRY = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}"
_DASH = r"(?:[-–—]+|:)"

_FULL = re.compile(
    rf"^\s*(?P<place>{_PLACE})"
    rf"(?:,\s*(?P<country>{_COUNTRY}))?"
    rf"(?:,?\s*(?P<date>{_DATE}))?"
    rf"\s*(?:\((?P<credit>[^()]{{1,80}})\))?"
    rf"\s*{_DASH}\s+"
)


# the agencies' form, the place in title case, always with its date and credit: "Karachi, Jul 13 (PTI) A bomb ..."
_TITLED = re.compile(
    rf"^\s*(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}),\s*(?P<date>{_DATE})\s*"
    rf"\((?P<credit>[^()]{{1,40}})\)\s*(?:{_DASH}\s*)?(?=[A-Z\"'\u201c])"
)


# a broadcaster's form, the place and its country in title case before a long dash: "Kabul, Afghanistan – Pakistani
# air strikes ..." (a known place only: "Kabul, the capital – ..." is no dateline)
_TITLED_COUNTRY = re.compile(r"^\s*(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),\s*"
                             r"(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*[–—]\s+(?=[A-Z\"'\u201c])")


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str  # as written, e.g. "DERA ISMAIL KHAN"
    credit: str | None  # the outlet or wire in brackets, e.g. "Indus Wire Service"
    end: int  # offset of the first character after the dateline
    date_text: str | None = None  # the date as written, e.g. "Nov 26" or "Dec. 5, 2026"

    def day(self, today: date) -> date | None:
        """The date the dateline gives: with its year, or, without one, the latest such day on or before
        ``today`` (a story is filed on or before the day it is read)."""
        if not self.date_text:
            return None
        m = re.fullmatch(rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}))"
                         rf"(?:,?\s+(?P<y>\d{{4}}))?", self.date_text.strip())
        if not m:
            return None
        month = _MONTHS.get((m.group("m1") or m.group("m2")).rstrip(".")[:3].lower())
        day_n = int(m.group("d1") or m.group("d2"))
        years = [int(m.group("y"))] if m.group("y") else [today.year, today.year - 1]
        for year in years:
            try:
                found = date(year, month, day_n)
            except (TypeError, ValueError):
                return None
            if m.group("y") or found <= today:
                return found
        return None


def find_dateline(text: str, is_place: Callable[[str], bool] | None = None) -> Dateline | None:
    """The dateline that opens ``text``, if there is one. ``is_place(name)`` says whether a name in capitals
    before a colon alone is a place ("PESHAWAR: At least seven soldiers ..."), not a speaker or a label."""
    m = _FULL.match(text)
    if not m:
        titled = _TITLED.match(text)
        broadcast = _TITLED_COUNTRY.match(text) if titled is None and is_place is not None else None
        if broadcast is not None and is_place is not None and is_place(broadcast.group("place")) \
                and broadcast.end() < len(text.rstrip()):
            return Dateline(place=broadcast.group("place"), credit=None, end=broadcast.end())
        if titled is None or titled.end() >= len(text.rstrip()):
            return None
        return Dateline(place=titled.group("place"), credit=titled.group("credit").strip(), end=titled.end(),
                        date_text=titled.group("date"))
    place = m.group("place")
    if not any(c.isalpha() for c in place) or len(place.replace(".", "")) < 3:
        return None
    dash_only = not (m.group("date") or m.group("credit"))
    if dash_only and (m.group("country") or not re.search(r"[-–—]", m.group(0)[m.end("place") - m.start():])) \
            and not (is_place is not None and not m.group("country") and is_place(place.strip())) \
            and not (is_place is not None and m.group("country")
                     and re.search(r"[-–—]", m.group(0)[m.end("country") - m.start():]) and is_place(place.strip())):
        # ("HERAT, Afghanistan — A bomb ...": a known place in capitals and its country, before a dash)
        return None  # "KHAR —" is a dateline; "BLA: …" without a date or credit is not
    if m.end() >= len(text.rstrip()):
        return None
    return Dateline(place=place, credit=(m.group("credit") or "").strip() or None, end=m.end(),
                    date_text=m.group("date"))


def body_start(text: str, start: int, end: int, is_place: Callable[[str], bool] | None = None) -> int:
    """Where the sentence ``text[start:end]`` begins once a dateline that opens it is left out."""
    d = find_dateline(text[start:end], is_place)
    return start + d.end if d else start


__all__ = ["Dateline", "find_dateline", "body_start"]
