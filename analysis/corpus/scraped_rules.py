"""The line rules of scraped pages: patterns, the ``Story`` record, and the title tests.

What a single line of a scraped page is (:func:`line_reason`: link, stamp, boilerplate,
signature, or a line class of :mod:`analysis.corpus.boilerplate`), whether a line reads like a
title, and where a page's header ends (:func:`header_title`) or a further story starts
(:func:`starts_story`). :mod:`analysis.corpus.scraped` walks a page with these rules;
:func:`clean_export` applies them to one row of an export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .boilerplate import (
    _CREDIT_EXPLICIT,
    CleanText,
    classify_line,
    clean_lines,
    plain_long_line,
    split_captions,
    split_paragraphs,
)
from .metalines import date_only, dateline_of, meta_line
from .outlets import lookup_outlet, outlet_from_name

STAMP = re.compile(
    r"^(?:last\s+)?(updated|published|posted|modified)(?:\s+on)?[:\s]+(.+)$", re.I
)
RELATIVE = re.compile(
    r"\b\d+\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?)\s+ago\b", re.I
)
_BARE_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][\w.'’-]+){1,3}")
BULLET = re.compile(r"^\s*(?:[•·▪●◦‣]|[-*+](?=\s))\s*(.+)$")
HR = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$")
LINK_LINE = re.compile(r"^\s*<?(https?://[^\s<>]+)>?\s*$|^\s*\[[^\]]*\]\((https?://[^\s)]+)\)\s*$")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_EMPHASIS = re.compile(r"^(\*{1,3}|_{1,3})(.+?)\1$")
BOILERPLATE = re.compile(
    r"^(?:share(?: this(?: article| story| page)?)?|share on \w+|comments? (?:are|is) closed|"
    r"exit mobile version|short url|follow(?: us)?(?: on \w+)?|print|e-?mail|facebook|twitter|x|"
    r"whatsapp|telegram|linkedin|reddit|copy link|read more|read also|related(?: articles| news)?|"
    r"advertisement|sponsored|subscribe(?: now)?|sign up.*|newsletter|leave a (?:comment|reply)|"
    r"click here.*|tags?:.*|topics?:.*|you may also like|more from .*|skip to (?:main )?content|"
    r"menu|search|home|log ?in|register|listen to (?:this )?article.*|\d+\s*min(?:ute)?s? read|"
    r"reading time.*|all rights reserved.*|©.*|copyright (?:©|\(c\)|\d{4}).*|back to top|"
    r"next article|"
    r"previous article|loading\.*|share via.*|image|photo|video)[.!:]?$",
    re.I,
)
WORD = re.compile(r"\w+")
SPACES = re.compile(r"[ \t]+")
_TITLE_END = (".", ",", ";", ":")
SENTENCE_END = (".", "!", "?", "\"", "”", "’", ":", ")", "]")
_SENTENCE_BREAK = re.compile(r"[a-z0-9]{2}[.!?]\s+[A-Z]")
_MARKER_WORDS = re.compile(r"(?i:short url|follow|share|updated .*|published .*)")
_MARKER_BYLINE = re.compile(r"(?i:by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}")
# Cheap first-character tests run before a line's regexes: a rule's pattern can only match a
# (stripped) line starting with one of these characters. A non-ASCII first character always
# goes to the regex (case-insensitive matching of Unicode letters).
_MD_FIRST = "#*_"
HR_FIRST = "-*_="
LINK_FIRST = "<h["
STAMP_FIRST = "lLuUpPmM"
BULLET_FIRST = "•·▪●◦‣-*+"



@dataclass
class Story:
    """One article recovered from a scraped page, with what was separated out."""

    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    dates: dict[str, date] = field(default_factory=dict)
    urls: list[str] = field(default_factory=list)
    outlets: dict[str, str] = field(default_factory=dict)
    outlet_raw: dict[str, str] = field(default_factory=dict)  # evidence → name as written
    dateline: str | None = None
    #: ambiguous numeric date lines ("08/05/2013"): evidence key → the two readings
    readings: dict[str, tuple[date, ...]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def strip_markdown(line: str) -> tuple[str, bool]:
    """Line without heading marks and whole-line emphasis; True when it was a heading."""
    return strip_stripped(line.strip())


def strip_stripped(s: str) -> tuple[str, bool]:
    """:func:`strip_markdown` of a line already stripped of surrounding whitespace."""
    if s[:1] not in _MD_FIRST:  # no heading mark, no emphasis: nothing to strip
        return s, False
    heading = bool(_HEADING.match(s))
    s = _HEADING.sub("", s).strip()
    for _ in range(2):
        m = _EMPHASIS.match(s)
        if m:
            s = m.group(2).strip()
    return s, heading


def is_title_like(s: str) -> bool:
    if len(s) > 250 or s.endswith(_TITLE_END):
        return False
    return 3 <= len(s.split()) <= 30


def is_header_marker(s: str) -> bool:
    """Page-header furniture that sits between a title and its story."""
    return bool(_MARKER_WORDS.fullmatch(s) or _MARKER_BYLINE.fullmatch(s))


def unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: a line not ending a sentence, followed by a lower-case start."""
    out: list[str] = []
    for line in lines:
        if out and ("a" <= line[:1] <= "z" or line[:1] == "(") and not out[-1].endswith(
            SENTENCE_END
        ):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out



_BYLINE_LIKE = frozenset({"byline", "photo credit", "caption", "timestamp", "signature"})
_EVIDENCE = frozenset({"byline", "page date", "timestamp", "photo credit", "caption", "credit",
                       "signature", "dateline"})


def header_title(nonblank: list[tuple[tuple[str, bool], str]]) -> tuple[int, set[int]]:
    """The title of a page whose header holds site furniture before it, and that furniture.

    Above the first paragraph of body text, the title is the first title-like line that is
    followed by the article's own metadata (a byline, a date or stamp, a photo credit or
    caption, or the title repeated); title-like lines above it — a site name, a section, a menu
    the rules do not know, a live-TV link — are page header (removed as ``page header``).
    Returns ``(-1, set())`` when no line qualifies (the title is then the first title-like
    line, as before) or when the page marks its title as a heading.
    """
    region: list[tuple[int, str, str | None]] = []
    stop = standfirst = False
    for i, ((s, heading), _orig) in enumerate(nonblank[:16]):
        if heading:
            return -1, set()
        if not s:
            continue
        if stop:  # the line after the header's last line: only looked at
            region.append((i, s, line_reason(s)))
            break
        reason = line_reason(s)
        if reason is None and (RELATIVE.search(s) or (split_captions(s)[1]
                                                       and not split_captions(s)[0])):
            reason = "caption"
        if reason is None and (_SENTENCE_BREAK.search(s) or s.endswith(SENTENCE_END[:3])) and (
                dateline_of(s)[1]):
            reason = "dateline"  # the body's first paragraph, opening with its dateline
        region.append((i, s, reason))
        if len(s) > 300 or reason == "dateline" or (sentences := bool(
                _SENTENCE_BREAK.search(s) or s.endswith(SENTENCE_END[:3])
                and len(s.split()) >= 6)) and (standfirst or len(s.split()) > 40):
            stop = True  # body text (or a title ending in a full stop): the header ends here
        elif sentences:
            standfirst = True  # one sentence under the headline may be its standfirst
    for k, (i, s, reason) in enumerate(region[:-1] if stop else region):
        if reason is not None or k + 1 >= len(region):
            continue
        nxt, nreason = region[k + 1][1], region[k + 1][2]
        if (nreason is None and k + 2 < len(region) and len(nxt.split()) <= 40
                and (_SENTENCE_BREAK.search(nxt) or nxt.endswith(SENTENCE_END[:3]))):
            nxt, nreason = region[k + 2][1], region[k + 2][2]  # past a standfirst
        if not (nreason in _EVIDENCE or nxt == s):
            continue
        if lookup_outlet(s) or nreason == "page date" and len(s.split()) <= 4 and any(
                r is None and is_title_like(x) and region[j + 1][2] in _BYLINE_LIKE
                for j, (_, x, r) in enumerate(region[k + 2:-1], start=k + 2)):
            # a site's name ("New York Times - News"; an unknown short one above a date when a
            # headline with a byline follows) is page header
            continue
        if not is_title_like(s):
            words = len(s.split())
            # a one- or two-word headline ("Mythbusters") counts above a byline; one that
            # reads as a sentence ("… dead? Three questions.") above a byline or a date, and
            # only when no other headline-like line stands above it
            if words < 3 and nreason != "byline":
                continue
            if words >= 3 and (words > 25 or len(s) > 200 or nreason not in (
                    "byline", "timestamp", "page date") or any(
                    r is None and len(x.split()) >= 3 for _, x, r in region[:k])):
                continue
        elif k and region[k - 1][2] is None and is_title_like(region[k - 1][1]) and len(
                region[k - 1][1].split()) >= 5 and not lookup_outlet(region[k - 1][1]):
            # "Headline / Standfirst without a full stop / By …": the headline stays the title
            i, k = region[k - 1][0], k - 1
        skip = {j for j, _, r in region[:k] if r is None}
        return (i, skip) if len(skip) <= 6 else (-1, set())
    # No metadata under any line: the one headline-like line right above the body is the title
    # when the lines above it are only short labels ("Politics") or an outlet's name.
    if stop and len(region) >= 3:
        k = len(region) - 3  # region[-2] is the first body line, region[-1] the look-ahead
        i, s, reason = region[k]
        others = region[:k]
        if reason is None and is_title_like(s) and region[k + 1][2] is None and all(
                r is not None or len(x.split()) < 3 or lookup_outlet(x) for _, x, r in others):
            return i, {j for j, _, r in others if r is None}
    return -1, set()


META_REASON = {"date line": "page date", "page header": "page date",
                "publication stamp": "timestamp"}


_QUOTED_SENTENCE_END = re.compile(r"[.!]['\"”’]$")
_DURATION = re.compile(r"\s+\d{1,2}:\d\d")


def body_follows(following: list[tuple[tuple[str, bool], str]]) -> bool:
    """True when article text (a line of a sentence or more) follows within ``following``: a
    further story has a body; a dated headline in a list of related links has none."""
    return any((_SENTENCE_BREAK.search(s) or s.endswith(SENTENCE_END[:3])
                and len(s.split()) >= 8) and line_reason(s) is None
               for (s, _), _orig in following)


def starts_story(title: str, following: list[tuple[tuple[str, bool], str]]) -> bool:
    """True when ``title`` opens a further story: its next lines are page-header furniture.

    Only short lines count as furniture, and a "title" holding a sentence break or a photo
    credit is body text, so long paragraphs that merely mention "3 days ago" never split a page.
    """
    if _SENTENCE_BREAK.search(title) or _CREDIT_EXPLICIT.search(title):
        return False
    if len(title.split()) > 20 or _QUOTED_SENTENCE_END.search(title):
        return False  # a sentence ending in a quotation, or too long for a headline
    for (s, _), _orig in following:
        if s == title:
            return True
        if len(s) <= 60 and (is_header_marker(s) or STAMP.match(s) or RELATIVE.search(s)
                             or date_only(s)):
            return True
        if s.startswith(title) and _DURATION.fullmatch(s[len(title):]):
            return False  # "Title 01:04": a video teaser repeated in the body
        if len(s) > 60 or _SENTENCE_BREAK.search(s) or s.endswith((".", "!", "?")):
            return False  # body text follows: the line was a subheading or a repeated quote
    return False


def line_reason(s: str) -> str | None:
    """Why a single line (already stripped) is not article text, by the rules that need no
    context: link lines, "Updated …" stamps, share/follow/menu boilerplate, outlet signatures,
    and the line classes of :mod:`analysis.corpus.boilerplate`; ``None`` for article text.

    A long stripped line that cannot be a rule or a link and whose head and tail show no
    furniture (:func:`~analysis.corpus.boilerplate.plain_long_line`) is article text at once:
    every other rule applies to lines under 160 characters only. Other lines go through the
    rules, with their answers cached.

    Examples
    --------
    >>> line_reason("Share"), line_reason("Hide Caption 3 of 9"), line_reason("Iran spoke.")
    ('boilerplate', 'photo gallery', None)
    """
    c = s[:1]
    if (len(s) > 160 and c not in HR_FIRST and c not in LINK_FIRST and not c.isspace()
            and not s[-1].isspace() and plain_long_line(s)):
        return None
    return _line_reason(s)


@lru_cache(maxsize=1 << 16)
def _line_reason(s: str) -> str | None:
    """:func:`line_reason` by every rule."""
    c = s[:1]
    if c in HR_FIRST and HR.match(s):
        return "rule"
    if c in LINK_FIRST and LINK_LINE.match(s):
        return "link"
    if reason := classify_line(s):
        return reason
    if len(s) < 160 and (meta := meta_line(s)):
        return META_REASON.get(meta.kind, meta.kind)
    if len(s) < 80 and (c in STAMP_FIRST or c > "\x7f") and STAMP.match(s):
        return "timestamp"
    if len(s) < 60 and RELATIVE.search(s) or len(s) < 120 and BOILERPLATE.match(s):
        return "boilerplate"
    if len(s) < 60 and outlet_from_name(s):
        return "signature"
    return None


def clean_export(text: str, paragraphs: list[str] | None = None) -> CleanText:
    """Clean the text of one export row with the same line rules as scraped text.

    No title detection and no story splitting (an export row is one article); a row with
    nothing to remove comes back with its paragraphs unchanged. ``paragraphs``, when given, is
    ``split_paragraphs(text)`` already computed (``text`` is then not read).

    Examples
    --------
    >>> c = clean_export("Talks resumed.\\nADVERTISEMENT\\nUSA TODAY\\nThey ended.")
    >>> c.text, c.removed
    ('Talks resumed.\\n\\nThey ended.', ['advertisement: ADVERTISEMENT', 'signature: USA TODAY'])
    """
    paras = split_paragraphs(text) if paragraphs is None else paragraphs
    lead: list[str] = []
    # "David Jackson" over "USA TODAY": a bare name above a signature line is a byline
    if len(paras) > 2 and _BARE_NAME.fullmatch(paras[0]) and line_reason(paras[1]) == "signature":
        lead = [f"byline: {paras[0]}"]
        paras = paras[1:]
    out = clean_lines(paras, classify=line_reason)
    out.removed[:0] = lead
    if "(" in out.text:  # photo captions glued into paragraphs, as in scraped text
        kept = []
        for para in out.text.split("\n\n"):
            body, caps = split_captions(para)
            out.captions.extend(caps)
            if body:
                kept.append(body)
        out.text = "\n\n".join(kept)
    return out
