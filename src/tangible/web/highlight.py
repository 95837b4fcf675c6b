"""Split a clean text into plain and highlighted segments from character spans."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Segment:
    text: str
    marks: list[dict]  # the spans covering this segment (empty: plain text)
    anchor: str | None = None  # id of a span that starts here (for in-page links)


def segments(text: str, spans: list[dict]) -> list[Segment]:
    """Each span is a dict with ``char_span`` [start, end] plus anything the template shows."""
    clean = []
    for s in spans:
        start, end = s["char_span"]
        start, end = max(0, int(start)), min(len(text), int(end))
        if end > start:
            clean.append((start, end, s))
    cuts = sorted({0, len(text), *(c for st, en, _ in clean for c in (st, en))})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for st, en, s in clean if st <= a and en >= b]
        starting = next((s.get("id") for st, _en, s in clean if st == a and s.get("id")), None)
        if out and out[-1].marks == covering and starting is None:
            out[-1].text += text[a:b]
        else:
            out.append(Segment(text[a:b], covering, starting))
    return out
