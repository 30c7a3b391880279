"""Bylines and credits: names in a news text that are not people of the story.

Internal to :mod:`analysis.person_names` (which exports :func:`is_credit`) and
:func:`analysis.actor_dictionary.candidate_spans`. News pages carry the names of the people who
made them — bylines ("By JANE DOE", "David Jackson and Deirdre Shesgreen" on their own line over
the outlet's name), photo and reporting credits ("Photo: Doug Ives/Canadian Press", "Jane Doe
contributed reporting"), sidebar signatures ("View from China - John Sudworth, BBC News,
Beijing") and links to other articles ("… | Richard Wolffe Read more"). They name no actor of the
story; the forms follow the bylines and credit lines of wire and newspaper style (AP Stylebook,
"bylines"; Reuters Handbook of Journalism, "credits").
"""

from __future__ import annotations

import re

_CREDIT_BEFORE = re.compile(
    r"(?:\bFollow|\b(?:additional |editing |writing )?reporting (?:by|from)|\bcontributed by"
    r"|\b(?:written|edited|editing|writing) by|(?:^|\n)\s*By"
    r"|(?:^|\n)\s*By\s+(?:[\w’'.-]+\s+){0,4}?(?:analyst|correspondent|editor|reporter|writer"
    r"|columnist|contributor|producer)"  # "By North Korea analyst Ankit Panda"
    r"|\b(?:Photo|Image|Credit|Photograph)(?: by)?:?)\s+\Z", re.I)
#: a credit line after the name: "X contributed reporting", "X and Y reported from Kabul.", a
#: signature with the outlet closing its line ("John Sudworth, BBC News, Beijing")
_CREDIT_AFTER = re.compile(
    r"(?:(?:,| and|, and) [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})*"
    r" (?:contributed(?= reporting| to this| research|\.)|reported from )"
    r"|, [A-Z][\w&’' ]*\b(?:News|Radio|Television|TV|Online)(?:, [A-Z][\w’' -]*)?[ \t]*(?:\n|\Z)"
    r"| is (?:a |the )?(?:[\w-]+ ){0,2}(?:correspondent|reporter|columnist|contributor) (?:for|at|"
    r"of|with) ")  # (an author's line: "Clark Boyd is technology correspondent for The World")
_NAME = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}"
#: a line of names only: a byline ("David Jackson and Deirdre Shesgreen")
_NAMES_LINE = re.compile(rf"{_NAME}(?:(?:,| and|, and) {_NAME})*")


def is_credit(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` is a byline or a credit, not a person of the story:
    "Follow Pam Key on Twitter", "additional reporting from Jane Doe", "By JANE DOE",
    "Photo: Doug Ives/Canadian Press", "Kali Madej/", "Jane Doe contributed reporting.",
    "Doe reported from Kabul.", "By North Korea analyst Ankit Panda", "John Sudworth, BBC News,
    Beijing", "… | Richard Wolffe Read more", or a full name alone on its line, or in a line of
    names joined by "and", whose surname does not recur after it (a byline or a letter's
    signature; not a profile's heading "Marwa Hamdy. … Hamdy, a mother of three")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip(" \t.,")
    alone = (" " in text[start:end].strip() and (line == text[start:end].strip() or (
        _NAMES_LINE.fullmatch(line) and " and " in line))  # (alone, or a byline of names)
             and not re.search(rf"\b{re.escape(text[start:end].split()[-1])}\b", text[line_end:]))
    read_more = text[start:end].endswith(" Read") and text.startswith(" more", end)  # a link's
    # credit: "No collusion, plenty of corruption: … | Richard Wolffe Read more"
    return (alone or read_more or text[end:end + 1] == "/" or text[start - 1:start] == "/"
            or _CREDIT_AFTER.match(text, end) is not None
            or _CREDIT_BEFORE.search(text, max(0, start - 40), start) is not None)


