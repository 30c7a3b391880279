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
credits …) live in :mod:`analysis.corpus.boilerplate`; bylines, page headers, publication stamps
and date lines in :mod:`analysis.corpus.metalines`; the rules for a single line, the title tests
and :class:`Story` in :mod:`analysis.corpus.scraped_rules`, whose ``clean_export`` applies the
same line rules to one row of an export, without title detection or story splitting.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pandas as pd

from .boilerplate import (
    classify_line,
    is_link_title,
    is_related_header,
    split_captions,
)
from .metalines import (
    _MONTHS,
    MetaLine,
    date_from_url,
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
from .scraped_rules import (
    BOILERPLATE,
    BULLET,
    BULLET_FIRST,
    HR,
    HR_FIRST,
    LINK_FIRST,
    LINK_LINE,
    META_REASON,
    RELATIVE,
    SENTENCE_END,
    SPACES,
    STAMP,
    STAMP_FIRST,
    WORD,
    Story,
    body_follows,
    header_title,
    is_header_marker,
    is_title_like,
    starts_story,
    strip_markdown,
    strip_stripped,
    unwrap,
)

_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"')\]]+")

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
    page = _Page([(strip_stripped(o), line) for o, line in zip(stripped, lines) if o])
    if prefix_date:
        page.stories[0].dates["prefix"] = prefix_date
    for o in stripped:  # ``o``: the line stripped; rules test the first character before a regex
        page.line(o)
    page.flush()

    stories = [st for st in page.stories if st.paragraphs or st.title]
    for st in stories:
        _story_evidence(st)
    _share_page_outlets(stories)
    return stories or [Story()]


class _Page:
    """The walk over one page's lines: the stories found so far and the state between lines."""

    def __init__(self, nonblank: list[tuple[tuple[str, bool], str]]):
        self.nonblank = nonblank
        self.stories: list[Story] = [Story()]
        self.title_at, self.header = header_title(nonblank)
        self.in_body = self.related = self.form = self.comment = False
        self.block: list[str] = []  # text lines of the current paragraph block
        self.idx = -1

    def flush(self) -> None:
        """Close the current paragraph block: its paragraphs (and captions) join the story."""
        if self.block:
            for para in unwrap(self.block):
                body, caps = split_captions(para)
                self.stories[-1].captions.extend(caps)
                if body:
                    self.stories[-1].paragraphs.append(body)
            self.block.clear()

    def line(self, o: str) -> None:
        """Take one line (stripped): a blank ends a block; the rules run in order until one
        claims the line; what none claims is article text."""
        if not o:
            self.flush()
            return
        self.idx += 1
        idx = self.idx
        (s, heading), original = self.nonblank[idx]
        story = self.stories[-1]
        if not s:
            story.removed.append(f"markdown: {o}")
            return
        if idx <= self.title_at and self._header_line(story, idx, s):
            return
        if (self._furniture(story, o, s, original) or self._after_marker(story, s, original, idx)
                or self._line_class(story, s)):
            return
        self._body_line(story, o, s, heading, original, idx)

    def _header_line(self, story: Story, idx: int, s: str) -> bool:
        """The page's title, and the page-header lines above it (:func:`header_title`)."""
        if idx == self.title_at and story.title is None:
            story.title = s
            return True
        if idx in self.header:
            story.removed.append(f"page header: {s}")
            if len(s) < 60 and (site := lookup_outlet(s)):  # "New York Times - News"
                story.outlets.setdefault("site_header", site)
                story.outlet_raw.setdefault("site_header", s)
            return True
        return False

    def _furniture(self, story: Story, o: str, s: str, original: str) -> bool:
        """Rules, readers' comments, link lines, metadata lines and "Updated …" stamps."""
        c = o[0]
        if c in HR_FIRST and HR.match(original):
            self.flush()
            story.removed.append(f"rule: {o}")
            return True
        if self.comment or self.form and _COMMENTER.fullmatch(s):
            # a reader's comment: "Anna Rossi says:", its date, its text, up to "Reply"
            self.comment = not _COMMENT_END.fullmatch(s) and len(s) < 1500
            story.removed.append(f"comment: {s}")
            return True
        link = LINK_LINE.match(s) if s[0] in LINK_FIRST else None
        if not link and c in LINK_FIRST:
            link = LINK_LINE.match(original)
        if link:
            story.urls.append(link.group(1) or link.group(2))
            story.removed.append(f"link: {s}")
            return True
        if len(s) < 160 and (meta := meta_line(s)):
            if _take_meta(story, meta, s, self.in_body):
                return True
        if len(s) < 80 and (s[0] in STAMP_FIRST or s[0] > "\x7f") and (
            stamp := STAMP.match(s)
        ):
            d = parse_date(stamp.group(2))
            if d:
                kind = stamp.group(1).lower()
                key = "published_stamp" if kind in ("published", "posted") else "updated_stamp"
                story.dates.setdefault(key, d)
            story.removed.append(f"timestamp: {s}")
            return True
        return False

    def _after_marker(self, story: Story, s: str, original: str, idx: int) -> bool:
        """The field labels of a comment form, the headlines listed under "Read more:"."""
        if self.form:  # the bare field labels of a comment form ("Website", "Name")
            if len(s) < 30 and len(s.split()) <= 3 and not s.endswith(SENTENCE_END[:4]) and (
                    not BOILERPLATE.match(s) and classify_line(s) is None):
                story.removed.append(f"comment form: {s}")
                return True
            self.form = False
        if self.related:  # the headlines listed under "Read more:", "Related" …
            nonblank = self.nonblank
            bullet = BULLET.match(original)
            # a bullet is always a link; a bare headline may instead open the page's next story
            opens = is_title_like(s) and starts_story(s, nonblank[idx + 1 : idx + 2]) and (
                body_follows(nonblank[idx + 1 : idx + 8]))
            if is_link_title(bullet.group(1)) if bullet else is_link_title(s) and not opens:
                story.removed.append(f"related links: {s}")
                return True
            self.related = False
        return False

    def _line_class(self, story: Story, s: str) -> bool:
        """Boilerplate, the line classes of :mod:`analysis.corpus.boilerplate`, signatures."""
        if len(s) < 60 and RELATIVE.search(s) or BOILERPLATE.match(s):
            story.removed.append(f"boilerplate: {s}")
            self.related = is_related_header(s)
            return True
        if reason := classify_line(s):
            if reason == "caption":
                story.captions.append(s)
            else:
                story.removed.append(f"{reason}: {s}")
            self.related = is_related_header(s)
            self.form = reason == "comment form"
            return True
        if len(s) < 60 and (outlet := outlet_from_name(s)):
            story.outlets.setdefault("signature", outlet)
            story.outlet_raw.setdefault("signature", s)
            story.removed.append(f"signature: {s}")
            return True
        return False

    def _body_line(self, story: Story, o: str, s: str, heading: bool, original: str,
                   idx: int) -> None:
        """Above the body: page dates, highlights, title and header markers; a new story's
        title after some body; else a line of article text."""
        if not self.in_body:
            if len(s) < 40 and (d := parse_date(s)) and not WORD.sub("", s).strip(" ,./-"):
                story.dates.setdefault("page_header", d)
                story.removed.append(f"page date: {s}")
                return
            if o[0] in BULLET_FIRST and (bullet := BULLET.match(original)):
                story.highlights.append(strip_markdown(bullet.group(1))[0])
                return
        # a new story: after some body, a title-like line followed by header furniture/itself
        elif is_title_like(s) and starts_story(s, self.nonblank[idx + 1 : idx + 7]) and (
                body_follows(self.nonblank[idx + 1 : idx + 8])):
            self.flush()
            self.stories.append(Story())
            story = self.stories[-1]
            self.in_body = False
        if not self.in_body and _above_body(story, s, heading):
            return
        self.in_body = True
        if story.title is not None and s == story.title:
            story.removed.append(f"repeated title: {s}")
            return
        self.block.append(SPACES.sub(" ", s) if heading or s != o else s)


def _above_body(story: Story, s: str, heading: bool) -> bool:
    """A line above a story's body: its captions, its title, the title repeated, a header
    marker; True when the line was taken."""
    body, caps = split_captions(s)
    if caps and not body:
        story.captions.extend(caps)
        return True
    if story.title is None and (heading or is_title_like(s)):
        story.title = s
        return True
    if story.title is not None and s == story.title:
        story.removed.append(f"repeated title: {s}")
        return True
    if is_header_marker(s):
        story.removed.append(f"boilerplate: {s}")
        return True
    return False


def _story_evidence(st: Story) -> None:
    """A story's dateline, its resolved ambiguous dates, and its URL's date and outlet."""
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


def _share_page_outlets(stories: list[Story]) -> None:
    """Outlet evidence on the page (URL, signature) holds for every story of the page."""
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
    story.removed.append(f"{META_REASON.get(meta.kind, meta.kind)}: {line}")
    return True


_COMMENTER = re.compile(r"[\w .'’@-]{2,40}\s+(?:says|said|wrote|writes|commented)\s*:?")
_COMMENT_END = re.compile(r"(?i:reply|report(?: comment| abuse)?|like|share)")

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
    return len(WORD.findall(text))


def urls_in(text: str) -> list[str]:
    """Every http(s) URL in ``text``."""
    return _URL_IN_TEXT.findall(text)
