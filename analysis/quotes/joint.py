"""Speakers written as two named people joined by "and": one joint speaker, not the last one.

Internal to :func:`analysis.quotes.quotes` (after the per-document resolution of
:mod:`analysis.quotes.people`). "Tony Blair and Ruth Kelly said …", "Republican Sens. Kelly
Ayotte of New Hampshire and Bob Corker of Tennessee said …" report a statement the two made
together; crediting it to one of them (the person the resolver met last or first) misstates who
spoke. The speaker is resolved to both names, "Tony Blair and Ruth Kelly", of kind ``group``: a
coordinated noun phrase is one plural subject (Quirk et al. 1985, §10.35, joint coordination),
and the annotation schemes the kit is measured against name it whole (PARC 3.0: the source is
the whole noun phrase; the SFU Gender Gap Tracker keeps each speaker's name in it). A phrase
with a person on one side only ("Smith and his wife", "The White House and President Trump")
keeps the resolver's label.

>>> rows = [{"speaker_start": 0, "speaker_end": 25, "speaker_kind": "person",
...          "speaker_resolved": "Ruth Kelly"}]
>>> class P:
...     def __init__(self, full): self.full = full
>>> mentions = [(0, 10, P("Tony Blair"), None), (15, 25, P("Ruth Kelly"), None)]
>>> _joint_speakers(rows, "Tony Blair and Ruth Kelly said", mentions)
>>> rows[0]["speaker_resolved"], rows[0]["speaker_kind"]
('Tony Blair and Ruth Kelly', 'group')
"""

from __future__ import annotations

import bisect
import re

_AND = " and "
#: a comma or a body's "for"/"of" before the first name: the "and" may join a title's words
_TITLE_OF = re.compile(r",|\b(?:for|of)\b")


def _joint_speakers(rows: list[dict], text: str, mentions: list) -> None:
    """Resolve each row whose speaker phrase joins two named people with one "and" to both
    (``mentions``: the person scan's (start, end, person, subject) in text order)."""
    if not any(r.get("speaker_start") is not None and _AND in text[r["speaker_start"] : r[
            "speaker_end"]] for r in rows):
        return  # (most documents: no speaker phrase with "and")
    starts = [m[0] for m in mentions]
    for r in rows:
        s, e = r.get("speaker_start"), r.get("speaker_end")
        if s is None or r.get("speaker_kind") != "person":
            continue
        surface = text[s:e]
        if surface.count(_AND) != 1 or "," in surface.split(_AND)[1]:
            continue  # (a list of three or more, or a clause after the second name)
        mid = s + surface.index(_AND)
        inside = mentions[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]
        left = [m for m in inside if m[1] <= mid]
        right = [m[2].full for m in inside if m[0] >= mid + len(_AND) and m[1] <= e]
        if len(left) == 1 and len(right) == 1 and left[0][2].full != right[0] and not (
                _TITLE_OF.search(text, s, left[0][0])):  # (not "Minister for Children, Young
            # People and Families Margaret Hodge": the "and" of a title)
            r["speaker_resolved"] = f"{left[0][2].full} and {right[0]}"
            r["speaker_kind"] = "group"
