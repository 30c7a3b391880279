"""What kind of unnamed source a speaker phrase is, for :mod:`analysis.quotes.people`.

Internal to :func:`analysis.quotes.quotes`: a phrase that names no one is an anonymous source
("a source close to the talks", "officials"), the spokesperson of a body ("a spokesman for
Exxon"), a body ("the company"), a document ("the report"), a group ("protesters in Hong Kong")
or none of these (``_classify``). Moved out of :mod:`analysis.quotes.people` (2026-12-04, second
session), so that module stays under 500 lines.
"""

from __future__ import annotations

import re

from .coreference import _AFFILIATION_TAIL
from .role_match import _BODY_NOUNS
from .words import _REPORT_NOUNS

_ANON_WORDS = frozenset("source sources familiar condition anonymity insider insiders".split())
_ANON_HEADS = frozenset("official officials aide aides adviser advisers advisor advisors person "
                        "people staffer staffers".split())
_SPOKES = re.compile(r"\b(?:spokes(?:man|woman|person|people)|press secretary|representative)\b")
_DOCUMENT_NOUNS = _REPORT_NOUNS | frozenset(
    """poll polls survey surveys study studies data analysis memo letter ad ads video tweet tweets
    post filing ruling complaint lawsuit book article editorial transcript email emails document
    documents record records figures numbers research estimate estimates projection projections
    count tally review audit investigation findings results release""".split()
)
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)


def _classify(surface: str, category: str, norm: str) -> tuple[str, str] | None:
    """Kind and label of a speaker phrase that names no one (anonymous, spokesperson …)."""
    tail = _AFFILIATION_TAIL.search(surface)  # "a lawyer for Trump": the head is "lawyer"
    low = (surface[: tail.start()] if tail else surface).lower()
    words = re.findall(r"[a-z][a-z’'\-]*", low)
    if not words:
        return None
    if _SPOKES.search(low):
        caps = re.findall(r"\b[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*", surface)
        caps = [re.sub(r"^(?:A|An|The)\s+", "", c) for c in caps]
        caps = [c for c in caps if c.lower() not in ("a", "an", "the")]
        org = " ".join(caps[-1:]) if caps else ""
        org = re.sub(r"[’']s$", "", org)
        if org and category != "named":
            extra = " campaign" if re.search(rf"{re.escape(org)}\s+campaign", surface) else ""
            return "spokesperson", f"spokesperson of {org}{extra}"
        if not caps:
            return "spokesperson", "(spokesperson)"
    if category == "named":
        return None
    if any(w in _ANON_WORDS for w in words) or (
        words[0] in ("a", "an", "one", "two", "three", "several", "some", "other", "another")
        and words[-1] in _ANON_HEADS
    ) or words[-1] in ("official", "officials") or words[-2:] == ["the", "person"]:
        return "anonymous", "(anonymous source)"  # "the official" no named official precedes
    if words[-1] in _BODY_NOUNS:
        return "organisation", re.sub(r"^(?:the|a|an|its|their)\s+", "", surface.strip(),
                                      flags=re.I)
    if words[-1] in _DOCUMENT_NOUNS:
        return "document", norm
    if words[-1].endswith("s") and not words[-1].endswith("ss") and words[0] != "the":
        return "group", (_DETERMINER.sub("", surface.strip()).lower() if tail else norm)
    if words[-1] in ("who", "which", "that") or category == "pronoun":
        return None
    if words[-1].endswith("s") and not words[-1].endswith("ss"):
        return "group", norm
    return None
