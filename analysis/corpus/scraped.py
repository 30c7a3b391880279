"""Cleaning scraped article text and inferring its metadata.

A scraper's text file holds more than the article: a ` date YYYY-MM-DD` prefix, the title (often
twice), photo captions ("… (credit: REUTERS/…)", "(Photo by …)", "(Reuters)"), summary bullets,
share/follow/comment lines, "Updated … ago" stamps, a URL line, markdown decoration, a closing
signature, and sometimes a second, unrelated story that followed on the same page.
:func:`parse_scraped` turns such a text into one record per story: the clean body (every sentence
of the article itself, paragraphs separated by a blank line), what was separated out (title,
captions, highlights, removed lines with the reason), and metadata with the evidence it came from
(``date_source``, ``url_source``, ``outlet_source``).

The rules are line based and deterministic; each one is a named pattern below so an analyst can see
why a line left the body (the ``removed`` field lists every removed line with its reason). Line
classes shared with exports (galleries, video teasers, newsletter, comment and cookie forms,
credits …) live in :mod:`analysis.boilerplate`; bylines, page headers, publication stamps and
date lines in :mod:`analysis.metalines`. :func:`clean_export` applies the same line rules to one
row of an export, without title detection or story splitting.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import pandas as pd

from .boilerplate import (
    _CREDIT_EXPLICIT,
    CleanText,
    classify_line,
    clean_lines,
    is_link_title,
    is_related_header,
    split_captions,
    split_paragraphs,
)
from .metalines import (
    _MONTHS,
    MetaLine,
    date_from_url,
    date_only,
    dateline_of,
    meta_line,
    parse_date,
    resolve_readings,
)
from .outlets import (
    domain_of,
    lookup_outlet,
    outlet_from_abbreviation,
    outlet_from_name,
    outlet_from_url,
)

_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_STAMP = re.compile(
    r"^(?:last\s+)?(updated|published|posted|modified)(?:\s+on)?[:\s]+(.+)$", re.I
)
_RELATIVE = re.compile(
    r"\b\d+\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?)\s+ago\b", re.I
)
_BARE_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][\w.'’-]+){1,3}")
_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣]|[-*+](?=\s))\s*(.+)$")
_HR = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$")
_LINK_LINE = re.compile(r"^\s*<?(https?://[^\s<>]+)>?\s*$|^\s*\[[^\]]*\]\((https?://[^\s)]+)\)\s*$")
_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"')\]]+")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_EMPHASIS = re.compile(r"^(\*{1,3}|_{1,3})(.+?)\1$")
_BOILERPLATE = re.compile(
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
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"[ \t]+")
_TITLE_END = (".", ",", ";", ":")
_SENTENCE_END = (".", "!", "?", "\"", "”", "’", ":", ")", "]")
_SENTENCE_BREAK = re.compile(r"[a-z0-9]{2}[.!?]\s+[A-Z]")
_MARKER_WORDS = re.compile(r"(?i:short url|follow|share|updated .*|published .*)")
_MARKER_BYLINE = re.compile(r"(?i:by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}")
# Cheap first-character tests run before a line's regexes: a rule's pattern can only match a
# (stripped) line starting with one of these characters. A non-ASCII first character always
# goes to the regex (case-insensitive matching of Unicode letters).
_MD_FIRST = "#*_"
_HR_FIRST = "-*_="
_LINK_FIRST = "<h["
_STAMP_FIRST = "lLuUpPmM"
_BULLET_FIRST = "•·▪●◦‣-*+"


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


def _strip_markdown(line: str) -> tuple[str, bool]:
    """Line without heading marks and whole-line emphasis; True when it was a heading."""
    return _strip_stripped(line.strip())


def _strip_stripped(s: str) -> tuple[str, bool]:
    """:func:`_strip_markdown` of a line already stripped of surrounding whitespace."""
    if s[:1] not in _MD_FIRST:  # no heading mark, no emphasis: nothing to strip
        return s, False
    heading = bool(_HEADING.match(s))
    s = _HEADING.sub("", s).strip()
    for _ in range(2):
        m = _EMPHASIS.match(s)
        if m:
            s = m.group(2).strip()
    return s, heading


def _is_title_like(s: str) -> bool:
    if len(s) > 250 or s.endswith(_TITLE_END):
        return False
    return 3 <= len(s.split()) <= 30


def _is_header_marker(s: str) -> bool:
    """Page-header furniture that sits between a title and its story."""
    return bool(_MARKER_WORDS.fullmatch(s) or _MARKER_BYLINE.fullmatch(s))


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: a line not ending a sentence, followed by a lower-case start."""
    out: list[str] = []
    for line in lines:
        if out and ("a" <= line[:1] <= "z" or line[:1] == "(") and not out[-1].endswith(
            _SENTENCE_END
        ):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out


_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d\d)\b", re.I)


def _year_hint(texts: list[str], dated: list[date] = (), removed: list[str] = (),
               month: int = 0, day: int = 0) -> int | None:
    """The year a dateline without one ("WANA (June 14)—") most likely means.

    The year of the page's other date evidence; else the site's copyright year when no date the
    text cites is later (a photo credit's copyright year is the photo's); else the year that
    puts the dateline's day closest (within 45 days) to a date the text mentions — texts also
    cite older dates, so a year is taken only from a date near the day; else the copyright
    year; else the text's most frequent year.
    """
    years = Counter(d.year for d in dated)
    if years:
        return years.most_common(1)[0][0]
    mentioned = [d for t in texts if (d := parse_date(t))]
    footer = [int(m.group(1)) for r in removed
              if not r.startswith("photo credit") and (m := _COPYRIGHT_YEAR.search(r))]
    if footer and max(footer) >= max((d.year for d in mentioned), default=0):
        return max(footer)  # a page's copyright year no older than any date its text cites
    if month and mentioned:
        best_gap, best_year = 46, None
        for y in {d.year for d in mentioned} | set(footer):
            try:
                day_y = date(y, month, day)
            except ValueError:
                continue
            gap = min(abs((day_y - d).days) for d in mentioned)
            if gap < best_gap:
                best_gap, best_year = gap, y
        if best_year:
            return best_year
    if footer:
        return max(footer)
    years = Counter(d.year for d in mentioned)
    return years.most_common(1)[0][0] if years else None


def _dateline(story: Story) -> None:
    """Record the dateline of the first paragraph (kept in the body) and the date it gives."""
    if not story.paragraphs:
        return
    story.dateline, m = dateline_of(story.paragraphs[0])
    if not m and story.captions:  # "14th April 2024 – (Tehran) Ships in the port (Photo: …)"
        line, cm = dateline_of(story.captions[0])
        if cm and "month" in cm.re.groupindex:
            story.dateline, m = line, cm
    if not m:
        return
    agency = (m.group("agency") or "").strip()
    if agency and (outlet := outlet_from_abbreviation(agency) or lookup_outlet(agency)):
        story.outlets.setdefault("dateline", outlet)
        story.outlet_raw.setdefault("dateline", agency)
    if "month" in m.re.groupindex:
        g = m.groupdict()
        try:
            month = _MONTHS[(g["month"] or g.get("month2")).lower().rstrip(".")]
            day = int(g["day"] or g.get("day2"))
        except (KeyError, AttributeError, TypeError, ValueError):
            return
        year, key = g["year"], "dateline"
        if year:
            year = int(year)
        else:  # "WANA (June 14)—": the year from elsewhere on the page, a weaker evidence
            year, key = _year_hint(story.captions + story.paragraphs,
                                   list(story.dates.values()), story.removed, month, day), \
                "dateline_year"
        if year:
            try:
                story.dates.setdefault(key, date(year, month, day))
            except ValueError:
                pass


def parse_scraped(raw: str) -> list[Story]:
    """Split a scraped text into stories and clean each one.

    Parameters
    ----------
    raw : str
        The decoded text of one scraped file.

    Returns
    -------
    list of Story
        Usually one; two or more when the page carried further, unrelated stories (a new title
        followed by page-header furniture such as "Updated …", "Follow", or the title repeated).

    Examples
    --------
    >>> s = parse_scraped(" date 2024-06-17 Iran spoke. It was brief.\\n\\nShare.\\n")
    >>> s[0].text, s[0].dates["prefix"].isoformat(), s[0].removed
    ('Iran spoke. It was brief.', '2024-06-17', ['boilerplate: Share.'])
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    prefix_date = None
    m = _PREFIX.match(text)
    if m:
        try:
            prefix_date = date.fromisoformat(m.group(1))
        except ValueError:
            prefix_date = None
        text = text[m.end() :]
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    nonblank = [(_strip_stripped(o), line) for o, line in zip(stripped, lines) if o]

    stories: list[Story] = [Story()]
    if prefix_date:
        stories[0].dates["prefix"] = prefix_date
    title_at, header = _header_title(nonblank)
    in_body = related = form = comment = False
    block: list[str] = []  # text lines of the current paragraph block (blank-line separated)

    def flush() -> None:
        if block:
            for para in _unwrap(block):
                body, caps = split_captions(para)
                stories[-1].captions.extend(caps)
                if body:
                    stories[-1].paragraphs.append(body)
            block.clear()

    idx = -1
    for o in stripped:  # ``o``: the line stripped; rules test the first character before a regex
        if not o:
            flush()
            continue
        idx += 1
        (s, heading), original = nonblank[idx]
        story = stories[-1]
        if not s:
            story.removed.append(f"markdown: {o}")
            continue
        if idx <= title_at:
            if idx == title_at and story.title is None:
                story.title = s
                continue
            if idx in header:
                story.removed.append(f"page header: {s}")
                if len(s) < 60 and (site := lookup_outlet(s)):  # "New York Times - News"
                    story.outlets.setdefault("site_header", site)
                    story.outlet_raw.setdefault("site_header", s)
                continue
        c = o[0]
        if c in _HR_FIRST and _HR.match(original):
            flush()
            story.removed.append(f"rule: {o}")
            continue
        if comment or form and _COMMENTER.fullmatch(s):
            # a reader's comment: "Anna Rossi says:", its date, its text, up to "Reply"
            comment = not _COMMENT_END.fullmatch(s) and len(s) < 1500
            story.removed.append(f"comment: {s}")
            continue
        link = _LINK_LINE.match(s) if s[0] in _LINK_FIRST else None
        if not link and c in _LINK_FIRST:
            link = _LINK_LINE.match(original)
        if link:
            story.urls.append(link.group(1) or link.group(2))
            story.removed.append(f"link: {s}")
            continue
        if len(s) < 160 and (meta := meta_line(s)):
            if _take_meta(story, meta, s, in_body):
                continue
        if len(s) < 80 and (s[0] in _STAMP_FIRST or s[0] > "\x7f") and (
            stamp := _STAMP.match(s)
        ):
            d = parse_date(stamp.group(2))
            if d:
                kind = stamp.group(1).lower()
                key = "published_stamp" if kind in ("published", "posted") else "updated_stamp"
                story.dates.setdefault(key, d)
            story.removed.append(f"timestamp: {s}")
            continue
        if form:  # the bare field labels of a comment form ("Website", "Name")
            if len(s) < 30 and len(s.split()) <= 3 and not s.endswith(_SENTENCE_END[:4]) and (
                    not _BOILERPLATE.match(s) and classify_line(s) is None):
                story.removed.append(f"comment form: {s}")
                continue
            form = False
        if related:  # the headlines listed under "Read more:", "Related" …
            bullet = _BULLET.match(original)
            # a bullet is always a link; a bare headline may instead open the page's next story
            opens = _is_title_like(s) and _starts_story(s, nonblank[idx + 1 : idx + 2]) and (
                _body_follows(nonblank[idx + 1 : idx + 8]))
            if is_link_title(bullet.group(1)) if bullet else is_link_title(s) and not opens:
                story.removed.append(f"related links: {s}")
                continue
            related = False
        if len(s) < 60 and _RELATIVE.search(s) or _BOILERPLATE.match(s):
            story.removed.append(f"boilerplate: {s}")
            related = is_related_header(s)
            continue
        if reason := classify_line(s):
            if reason == "caption":
                story.captions.append(s)
            else:
                story.removed.append(f"{reason}: {s}")
            related = is_related_header(s)
            form = reason == "comment form"
            continue
        if len(s) < 60 and (outlet := outlet_from_name(s)):
            story.outlets.setdefault("signature", outlet)
            story.outlet_raw.setdefault("signature", s)
            story.removed.append(f"signature: {s}")
            continue
        if not in_body:
            if len(s) < 40 and (d := parse_date(s)) and not _WORD.sub("", s).strip(" ,./-"):
                story.dates.setdefault("page_header", d)
                story.removed.append(f"page date: {s}")
                continue
            if c in _BULLET_FIRST and (bullet := _BULLET.match(original)):
                story.highlights.append(_strip_markdown(bullet.group(1))[0])
                continue
        # a new story: after some body, a title-like line followed by header furniture/itself
        elif _is_title_like(s) and _starts_story(s, nonblank[idx + 1 : idx + 7]) and (
                _body_follows(nonblank[idx + 1 : idx + 8])):
            flush()
            stories.append(Story())
            story = stories[-1]
            in_body = False
        if not in_body:
            body, caps = split_captions(s)
            if caps and not body:
                story.captions.extend(caps)
                continue
            if story.title is None and (heading or _is_title_like(s)):
                story.title = s
                continue
            if story.title is not None and s == story.title:
                story.removed.append(f"repeated title: {s}")
                continue
            if _is_header_marker(s):
                story.removed.append(f"boilerplate: {s}")
                continue
        in_body = True
        if story.title is not None and s == story.title:
            story.removed.append(f"repeated title: {s}")
            continue
        block.append(_SPACES.sub(" ", s) if heading or s != o else s)
    flush()

    stories = [st for st in stories if st.paragraphs or st.title]
    for st in stories:
        _dateline(st)
        for key, readings in st.readings.items():
            if key not in st.dates and (d := resolve_readings(
                    readings, list(st.dates.values()), st.paragraphs)):
                st.dates[key] = d
        if st.urls and (d := date_from_url(st.urls[0])):
            st.dates.setdefault("url", d)
        for u in st.urls:
            if o := outlet_from_url(u):
                st.outlets.setdefault("url", o)
                st.outlet_raw.setdefault("url", domain_of(u) or u)
                break
    # outlet evidence on the page (URL, signature) holds for every story of the page
    page_outlets: dict[str, str] = {}
    for st in stories:
        for k, v in st.outlets.items():
            page_outlets.setdefault(k, v)
    page_raw: dict[str, str] = {}
    for st in stories:
        for k, v in st.outlet_raw.items():
            page_raw.setdefault(k, v)
    for st in stories:
        for k, v in page_outlets.items():
            st.outlets.setdefault(k, v)
        for k, v in page_raw.items():
            st.outlet_raw.setdefault(k, v)
    return stories or [Story()]


_BYLINE_LIKE = frozenset({"byline", "photo credit", "caption", "timestamp", "signature"})
_EVIDENCE = frozenset({"byline", "page date", "timestamp", "photo credit", "caption", "credit",
                       "signature", "dateline"})


def _header_title(nonblank: list[tuple[tuple[str, bool], str]]) -> tuple[int, set[int]]:
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
        if reason is None and (_RELATIVE.search(s) or (split_captions(s)[1]
                                                       and not split_captions(s)[0])):
            reason = "caption"
        if reason is None and (_SENTENCE_BREAK.search(s) or s.endswith(_SENTENCE_END[:3])) and (
                dateline_of(s)[1]):
            reason = "dateline"  # the body's first paragraph, opening with its dateline
        region.append((i, s, reason))
        if len(s) > 300 or reason == "dateline" or (sentences := bool(
                _SENTENCE_BREAK.search(s) or s.endswith(_SENTENCE_END[:3])
                and len(s.split()) >= 6)) and (standfirst or len(s.split()) > 40):
            stop = True  # body text (or a title ending in a full stop): the header ends here
        elif sentences:
            standfirst = True  # one sentence under the headline may be its standfirst
    for k, (i, s, reason) in enumerate(region[:-1] if stop else region):
        if reason is not None or k + 1 >= len(region):
            continue
        nxt, nreason = region[k + 1][1], region[k + 1][2]
        if (nreason is None and k + 2 < len(region) and len(nxt.split()) <= 40
                and (_SENTENCE_BREAK.search(nxt) or nxt.endswith(_SENTENCE_END[:3]))):
            nxt, nreason = region[k + 2][1], region[k + 2][2]  # past a standfirst
        if not (nreason in _EVIDENCE or nxt == s):
            continue
        if lookup_outlet(s) or nreason == "page date" and len(s.split()) <= 4 and any(
                r is None and _is_title_like(x) and region[j + 1][2] in _BYLINE_LIKE
                for j, (_, x, r) in enumerate(region[k + 2:-1], start=k + 2)):
            # a site's name ("New York Times - News"; an unknown short one above a date when a
            # headline with a byline follows) is page header
            continue
        if not _is_title_like(s):
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
        elif k and region[k - 1][2] is None and _is_title_like(region[k - 1][1]) and len(
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
        if reason is None and _is_title_like(s) and region[k + 1][2] is None and all(
                r is not None or len(x.split()) < 3 or lookup_outlet(x) for _, x, r in others):
            return i, {j for j, _, r in others if r is None}
    return -1, set()


_META_REASON = {"date line": "page date", "page header": "page date",
                "publication stamp": "timestamp"}


def _take_meta(story: Story, meta: MetaLine, line: str, in_body: bool) -> bool:
    """Record what a metadata line says on ``story``; True when the line leaves the body.

    Dates and outlets count as evidence only in the page header (before the body), where a
    date before the title is the page's (``page_header``) and one after it the article's
    (``date_line``); a date line inside the body leaves it without counting. A publication
    stamp, a byline and a credit count wherever they stand.
    """
    if meta.kind == "date line" and in_body and len(line) > 40:
        return False
    for key, d in meta.dates.items():
        if key == "date_line" and story.title is None:
            key = "page_header"
        if not in_body or key in ("published_stamp", "updated_stamp", "byline"):
            story.dates.setdefault(key, d)
    if meta.readings and not in_body:
        story.readings.setdefault("date_line" if story.title else "page_header", meta.readings)
    outlet = meta.outlet or (line.lower().removeprefix("www.") if meta.kind == "site header"
                             else None)
    if outlet and not (in_body and meta.kind == "page header"):
        key = {"site header": "site_header", "page header": "page_header"}.get(meta.kind,
                                                                               "byline")
        story.outlets.setdefault(key, outlet)
        story.outlet_raw.setdefault(key, meta.outlet_raw or line)
    story.removed.append(f"{_META_REASON.get(meta.kind, meta.kind)}: {line}")
    return True


_COMMENTER = re.compile(r"[\w .'’@-]{2,40}\s+(?:says|said|wrote|writes|commented)\s*:?")
_COMMENT_END = re.compile(r"(?i:reply|report(?: comment| abuse)?|like|share)")
_QUOTED_SENTENCE_END = re.compile(r"[.!]['\"”’]$")
_DURATION = re.compile(r"\s+\d{1,2}:\d\d")


def _body_follows(following: list[tuple[tuple[str, bool], str]]) -> bool:
    """True when article text (a line of a sentence or more) follows within ``following``: a
    further story has a body; a dated headline in a list of related links has none."""
    return any((_SENTENCE_BREAK.search(s) or s.endswith(_SENTENCE_END[:3])
                and len(s.split()) >= 8) and line_reason(s) is None
               for (s, _), _orig in following)


def _starts_story(title: str, following: list[tuple[tuple[str, bool], str]]) -> bool:
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
        if len(s) <= 60 and (_is_header_marker(s) or _STAMP.match(s) or _RELATIVE.search(s)
                             or date_only(s)):
            return True
        if s.startswith(title) and _DURATION.fullmatch(s[len(title):]):
            return False  # "Title 01:04": a video teaser repeated in the body
        if len(s) > 60 or _SENTENCE_BREAK.search(s) or s.endswith((".", "!", "?")):
            return False  # body text follows: the line was a subheading or a repeated quote
    return False


@lru_cache(maxsize=1 << 16)
def line_reason(s: str) -> str | None:
    """Why a single line (already stripped) is not article text, by the rules that need no
    context: link lines, "Updated …" stamps, share/follow/menu boilerplate, outlet signatures,
    and the line classes of :mod:`analysis.boilerplate`; ``None`` for article text.

    Examples
    --------
    >>> line_reason("Share"), line_reason("Hide Caption 3 of 9"), line_reason("Iran spoke.")
    ('boilerplate', 'photo gallery', None)
    """
    c = s[:1]
    if c in _HR_FIRST and _HR.match(s):
        return "rule"
    if c in _LINK_FIRST and _LINK_LINE.match(s):
        return "link"
    if reason := classify_line(s):
        return reason
    if len(s) < 160 and (meta := meta_line(s)):
        return _META_REASON.get(meta.kind, meta.kind)
    if len(s) < 80 and (c in _STAMP_FIRST or c > "\x7f") and _STAMP.match(s):
        return "timestamp"
    if len(s) < 60 and _RELATIVE.search(s) or len(s) < 120 and _BOILERPLATE.match(s):
        return "boilerplate"
    if len(s) < 60 and outlet_from_name(s):
        return "signature"
    return None


def clean_export(text: str) -> CleanText:
    """Clean the text of one export row with the same line rules as scraped text.

    No title detection and no story splitting (an export row is one article); a row with
    nothing to remove comes back with its paragraphs unchanged.

    Examples
    --------
    >>> c = clean_export("Talks resumed.\\nADVERTISEMENT\\nUSA TODAY\\nThey ended.")
    >>> c.text, c.removed
    ('Talks resumed.\\n\\nThey ended.', ['advertisement: ADVERTISEMENT', 'signature: USA TODAY'])
    """
    paras = split_paragraphs(text)
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


DATE_PRIORITY = ("prefix", "published_stamp", "html_meta", "byline", "dateline", "url",
                 "date_line", "dateline_year", "updated_stamp", "page_header")
OUTLET_PRIORITY = ("url", "signature", "page_header", "site_header", "byline", "dateline",
                   "html_meta")


def best(evidence: dict, priority: tuple[str, ...]) -> tuple[object, str | None]:
    """The value of the highest-priority evidence, and its source name.

    Page-header dates (often the day the page was saved) come last, so an article's own date
    (prefix, "Updated" stamp, HTML metadata, dateline) always wins over them.
    """
    for key in priority:
        if key in evidence and evidence[key] is not None and not pd.isna(evidence[key]):
            return evidence[key], key
    return None, None


def count_words(text: str) -> int:
    """Number of word tokens (``\\w+``) in ``text``."""
    return len(_WORD.findall(text))


def urls_in(text: str) -> list[str]:
    """Every http(s) URL in ``text``."""
    return _URL_IN_TEXT.findall(text)
