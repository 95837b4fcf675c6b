"""Fast sentence splitting with exact character offsets (``text[s:e]`` is the sentence)."""

from __future__ import annotations

import re

_ABBR = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "vs", "inc", "co",
         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "gov",
         "sen", "rep", "brig", "u.s", "u.n", "e.g", "i.e", "etc", "approx", "govt", "dept", "ltd", "jr", "sr",
         "mt", "ft", "fig", "al", "sh", "maulana", "mohd", "md"}
# a full stop before whitespace; or one with no space after it between a word and a capitalised word, as in
# descriptions typed in haste ("a checkpost in Bannu.Two soldiers were killed")
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|(?:(?<=[a-z][a-z)])|(?<=[A-Za-z]\)))\.(?=[A-Z][a-z]+\b)|\n\s*\n|\n")
_WS = re.compile(r"\s+")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
# a web page's box of links to its other stories ("Related stories: Govt clamps down on ... | Curfew lifted in ..."):
# the headlines of other reports, listed, not what this report tells
# (not "Other reports said ...", "Latest reports put the toll at 20": reporting of its own)
_LINK_BOX = re.compile(r"^\W*(?:related (?:stories|news|articles|links|coverage)|(?:more|top) stories|also read|"
                       r"read more|read(?=\s*:)|see also)(?![a-z])", re.I)


# a run of blanks between two words that is not one plain space ("attacked  them", "Quetta\tthe", a line broken
# inside its sentence): typed in haste or left by a table or a wrapped line, it stands in the parse as a word of its
# own and breaks the sentence's structure
_BLANK_RUN = re.compile(r"(?<=\S)(?: {2,}|[ \t\xa0\n]*[\t\xa0\n][ \t\xa0\n]*)(?=\S)")


def squeeze_blanks(sentence: str) -> tuple[str, list[int] | None]:
    """The sentence as the parser reads it best: each run of blanks between two words one space, the characters
    saved put at its end as spaces (the same length, so every offset past the sentence still holds). Also where
    in the sentence each character of the squeezed words stood (None when there was nothing to squeeze)."""
    if _BLANK_RUN.search(sentence) is None:
        return sentence, None
    parts: list[str] = []
    where: list[int] = []
    last = 0
    for run in _BLANK_RUN.finditer(sentence):
        parts.append(sentence[last:run.start()])
        where.extend(range(last, run.start()))
        parts.append(" ")
        where.append(run.start())
        last = run.end()
    parts.append(sentence[last:])
    where.extend(range(last, len(sentence)))
    squeezed = "".join(parts)
    return squeezed + " " * (len(sentence) - len(squeezed)), where


def is_link_box(sentence: str) -> bool:
    """Whether the sentence is a page's list of links to other stories (it reports nothing of its own)."""
    return bool(_LINK_BOX.match(sentence))


def is_table_row(sentence: str) -> bool:
    """Whether the sentence is a row of a table flattened into text ("Province | Attacks | Killed", "Khyber
    Pakhtunkhwa\t45\t120"): three or more short cells, none of them a clause. A row reports no event."""
    cells = [c.strip() for c in re.split(r"\s*\|\s*|\t+", sentence.strip()) if c.strip()]
    if len(cells) >= 3 and all(len(c.split()) <= 5 for c in cells):
        return True
    # a monitor's figures written as labels and counts: "Civilians killed: 268; Security personnel killed: 221;
    # Outlaws killed: 457", "Khyber Pakhtunkhwa: 49 attacks, 88 killed; Balochistan: 19 attacks, 41 killed"
    body = sentence.strip().rstrip(".")
    parts = [p for p in re.split(r"\s*[;,]\s*", body) if p]
    labelled = [p for p in parts if _LABELLED_FIGURE.search(p)]
    # (two labels with their own colons at least, of two words or more when there are only two: "Casualties: 3
    # killed, 5 injured" and "Killed: 3; injured: 5" are one event's toll)
    colons = [p for p in labelled if ":" in p]
    wide = [len(p.split(":")[0].split()) >= 2 for p in colons]
    return len(colons) >= 2 and (all(wide) if len(labelled) < 3 else any(wide)) \
        and len(labelled) >= len(parts) - 1 and all(len(p.split()) <= 8 for p in parts)


# "Outlaws killed: 457", "Balochistan: 19 attacks", "militants killed: 392"
_LABELLED_FIGURE = re.compile(r"[A-Za-z][\w'’ ()-]{0,40}:\s*\d[\d,]*(?:\s+\w+)?\s*$|^\s*\d[\d,]*\s+\w+\s*$")


def split_sentences(text: str, max_chars: int = 1500) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of ``text``; whitespace is trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _END.finditer(text):
        end = m.end()
        piece = text[start:end]
        if m.group(0) == "." and end < n and not text[end].isspace() and (
                re.match(r"[A-Za-z]+\.[a-z]", text[end:end + 40]) or text[max(0, m.start() - 4):m.start()].lower()
                .endswith("www")):
            continue  # a web address ("www.Dawn.com"), not two sentences
        if m.group(0) == "\n" and end < n and text[end].islower() and m.start() > start \
                and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ",-"):
            continue  # a line broken inside its sentence ("at least six armed TTP\nmilitants attacked them")
        if m.group(0)[0] == ".":
            # do not split after an abbreviation or an initial
            window_start = max(start, m.start() - 12)
            word = re.search(r"([A-Za-z.]+)\.$", text[window_start:m.start() + 1])
            if word:
                w = word.group(1).lower().rstrip(".")
                # (a letter after a hyphen ends a name, not an initial: "not only IS-K. Both governments")
                hyphened = window_start + word.start() > 0 and text[window_start + word.start() - 1] == "-"
                # (nor is the platform X a letter of a name: "said in a post on X. Two others were arrested")
                platform = w == "x" and re.search(r"\b(?:on|platform|to) X$", text[max(0, m.start() - 12):m.start()])
                if w in _ABBR or (len(w) == 1 and w.isalpha() and not hyphened and not platform) \
                        or _INITIALS.fullmatch(w):
                    continue  # (nor after a name's initials: "in D.I. Khan", "D.G. Khan", "F.R. Bannu")
            if m.start() > 0 and text[m.start() - 1].isdigit() and end < n and text[end:end + 2].strip()[:1].isdigit():
                continue
        _add(text, start, end, spans, max_chars)
        start = end
        del piece
    if start < n:
        _add(text, start, n, spans, max_chars)
    return spans


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]], max_chars: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e - s < 2:
        return
    while e - s > max_chars:  # very long run-on text: cut at whitespace
        cut = text.rfind(" ", s + max_chars // 2, s + max_chars)
        if cut <= s:
            cut = s + max_chars
        _add(text, s, cut, spans, max_chars)
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e - s >= 2:
        spans.append((s, e))
