"""Line classes of non-article text, shared by scraped pages and exports.

Pages and exports carry lines that are not the article: photo galleries ("Photos: … Hide Caption
3 of 22"), video teasers ("JUST WATCHED … Replay More Videos"), newsletter and subscription
prompts, "Advertisement" and "Story continued below" markers, share and follow lines, comment
forms, reCAPTCHA notices, cookie notices, breadcrumbs, mastheads, agency credit lines ("The
Associated Press contributed to this report"), embed placeholders and section labels
("ABSTRACT.", "FULL TEXT."). Each class is a pattern over the *shape* of a line (words such as
"subscribe", "caption", "contributed to this report"), never a site's own string, so an unseen
site's furniture is caught too. :func:`classify_line` names the class of a line (or ``None`` for
article text); :func:`clean_export_text` applies the classes to one export row and returns the
body with every removed line and its reason, so the cleaning figure can count them.

The rules were derived from counting repeated lines per outlet in the AllSides, PolNeAR and BBC
exports (a line repeated verbatim across many articles of an outlet is furniture), and were
then written as general patterns; a line is removed whole or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..text import _is_abbreviation
from .alternation import guarded_alternation
from .name_cards import _strip_name_cards

_I = re.I
_FOOTER = (r"(?:about us|contact us|privacy policy|privacy|terms(?: of (?:use|service))?"
           r"|terms (?:&|and) conditions|cookie policy|advertise(?: with us)?|careers|sitemap|rss"
           r"|faq|accessibility|ethics policy|contact)")
_PERSON = r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}"
# "Reporting by Parisa Hafezi in Dubai", "Editing by Alex Richardson and Jo Li"
_DESK = (rf"(?:additional )?(?:reporting|writing|editing|compiled|translated|research|graphics)"
         rf" by {_PERSON}(?:(?:,\s*|\s+and\s+|\s*&\s*){_PERSON})*(?: in {_PERSON})?")
_CLASSES: list[tuple[str, str]] = [
    ("photo gallery", r"(?:next|prev(?:ious)?) image \d+ of \d+"
                      r"|slideshow \(\d+ images?\)|\d+ of \d+ photos?"),
    ("video", r"just watched\b.*\breplay\b.*|media playback is unsupported on your device.*"
              r"|play video \d+:\d\d\b.*|watch the latest video at .*"
              r"|we are sorry, ?this video .*|video|\[?video\]?"),
    ("caption", r"(?:image copyright .{0,60}?|getty images )?image caption:? .+"
                r"|facebook twitter pinterest .+|hide caption .+|file photo: .+"
                r"|file\s*[-–—]\s*in (?:this|a) .{0,120}\bphoto\b.+"),
    ("photo credit", r"enlarge this image toggle caption .*|image copyright [\w .,/&-]{1,60}"
                     r"|toggle caption .*"
                     r"|(?:photo|image|photograph) (?:credit|courtesy):? .{1,80}"
                     # "Photo: Anna Rossi/Reuters", "Pictures: X / AFP via Getty Images"
                     r"|(?:photo|image|picture|photograph|foto)s?\s*:\s*[^/]{2,60}/[^/]{2,60}"
                     r"|(?:photo|image|picture|photograph|foto)s?\s*:\s*[\w .,&'’()-]{2,60}"
                     r"|file (?:photo|picture|image)\.?"),
    # a photo caption ending in an agency credit: "… REUTERS/Asha Rao/File Photo Purchase
    # Licensing Rights, opens new tab" (after "photo credit", which names a bare credit)
    ("caption", r".{8,400}\s(?:reuters|afp|ap photo|epa|getty images|ap)/"
                r"(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,4})(?:/file photo)?\.?"
                r"(?:\s*purchase licensing rights(?:, opens new tab)?)?"),
    ("newsletter", r"(?:sign up|subscribe)\b.{0,60}\b(?:newsletters?|updates|alerts|today|now|"
                   r"free)\b[.!]?|get (?:our|the) .{0,40}\bnewsletters?\b.{0,80}"
                   r"|(?:›|»|>)?\s*subscribe(?: (?:now|here|today))?[.!]?|newsletter sign-?up"
                   r"|enter your e-?mail(?: address)?(?: here)?|(?:your )?e-?mail address"
                   r"|by (?:clicking|signing up|subscribing|registering).{0,80}you agree.{0,160}"),
    ("advertisement", r"advertisement(?:[:.]| continue reading the main story)?"
                      r"|advertisement\s*[-–—:]?\s*scroll (?:down )?to continue(?: with content)?"
                      r"|story continue[sd] below(?: advertisement)?|continue reading the main "
                      r"story|sponsored content|\[pullquote\]|ad(?:vertisement)? feature"),
    ("share", r"read or share this story:? \S+|(?:share this article|listen to article \d+:\d\d)"
              r"\b.{0,60}|(?:facebook|twitter|pinterest|whatsapp|email|linkedin|reddit)"
              r"(?:\s+(?:facebook|twitter|pinterest|whatsapp|email|e-mail|linkedin|reddit|"
              r"print|share|tweet|post|copy link)){1,8}[.]?"
              # "Share this: Facebook Twitter WhatsApp Email", "Share on: X | Facebook"
              r"|share(?: this| on| via)?(?: (?:article|story|page|post))?\s*:?\s*"
              r"(?:facebook|twitter|x|pinterest|whatsapp|telegram|email|e-mail|linkedin|reddit|"
              r"print|copy link|messenger|threads|bluesky)(?:\s*[|,/•·]?\s*(?:facebook|twitter|x|"
              r"pinterest|whatsapp|telegram|email|e-mail|linkedin|reddit|print|copy link|"
              r"messenger|threads|bluesky)){0,10}[.]?"
              r"|(?:instagram|youtube|tiktok|telegram|whatsapp|linkedin|reddit|pinterest|threads|"
              r"bluesky|flipboard|tweet|x \(formerly twitter\)|print this (?:page|article|story))"),
    ("follow", r"follow (?:us|me|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}) on (?:twitter|facebook|"
               r"instagram|x|threads|bluesky|google news|telegram|whatsapp|youtube|linkedin|"
               r"tiktok|social media)\b.{0,60}|join (?:us on|our) (?:whatsapp|telegram|youtube) ?"
               r"(?:channel|group|community)?.{0,40}"
               r"|subscribe to (?:our|the) (?:youtube|telegram|whatsapp) channel.{0,40}"
               r"|follow @\w+(?: follow @\w+)*\.?"
               r"|join us on facebook.{0,40}|read \w+'s new flipboard magazine\.?"
               r"|follow by email|(?:twitter|instagram): @\w+\.?"),
    ("promotion", r"click (?:here )?(?:to get|for) the .{0,40}\bapp\b.*|click for more from .{1,60}"
                  r"|support .{0,40}\bjournalism\b.{0,40}|something to consider\b.*"
                  r"|interested in .{1,60}\? add .{1,60} as an interest\b.*"
                  r"|every day at \w+, we aim to .*|content created by the .{1,60} is available "
                  r"without charge\b.*|this is a rush transcript\..*"),
    ("credit", r"(?:the |fox news' [\w .'-]{1,40} and the )?(?:associated press|ap|reuters|afp|"
               r"upi)(?: and (?:the )?(?:associated press|reuters|afp))? contributed to this "
               r"report\.?|[\w .'’-]{2,60} contributed to this report\.?|contributing: .{2,100}"
               rf"|{_DESK}(?:\s*[;,]\s*(?:and )?{_DESK})*\.?|our standards: .{{2,80}}"
               r"|source: .{2,60}(?:and|&) (?:news )?(?:agencies|wire services)\.?"
               r"|—\s*with assistance (?:by|from) .{2,200}|• ?this article is based in part on "
               r"wire service reports\.?|special for [\w ]{2,30}"),
    ("comment form", r"your email address will not be published\..*|required fields are marked.*"
                     r"|please enter your (?:comment|name|email)(?: address)?(?: here)?[.!]?"
                     r"|you have entered an incorrect email address!?.*|save my name, email,? "
                     r"and website in this browser.*|leave a (?:comment|reply)(?: cancel reply)?"
                     r"|(?:post|submit) (?:a )?comment|\d+ comments?"
                     # the fields of a comment form: "Name *", "Email *", "Comment *"
                     r"|(?:your )?(?:name|e-?mail(?: address)?|comment|website|url|message)"
                     r"\s*(?:\*|\(required\))|cancel reply|reply(?: to [\w .'’-]{2,40})?"
                     r"|report (?:comment|abuse)|(?:view|show|load) (?:all )?\d* ?comments"
                     r"|comments?|join the (?:conversation|discussion)|log ?in to (?:comment|reply)"
                     r"|notify me of (?:follow-up comments|new posts|new comments) by e-?mail\.?"
                     r"|δ|submit(?: comment)?|post comment|your comment"),
    ("cookie notice", r"accept (?:all )?cookies|we value your privacy|manage (?:consent|cookies|"
                      r"(?:cookie |privacy )?preferences)|(?:reject|allow) all(?: cookies)?"
                      r"|cookie settings"),
    ("about author", r"about (?:the )?author|author bio|more stories by .{1,40}"
                     r"|(?:view|see|read) (?:all )?(?:posts|articles|stories) by .{1,40}"),
    ("language menu", r"(?:english|العربية|français|español|deutsch|русский|فارسی|türkçe|中文|"
                      r"اردو)(?:\s*[|/·•]?\s*(?:english|العربية|français|español|deutsch|русский|"
                      r"فارسی|türkçe|中文|اردو)){2,}"),
    ("breadcrumb", r"(?:home|start)\s*[›»>/|]\s*[\w &'-]{2,30}"
                   r"(?:\s*[›»>/|]\s*[\w &'-]{2,40}){0,4}"),
    ("masthead", r"(?:editor[- ]in[- ]chief|managing editor|publisher|executive editor)\s*[:|,-]?"
                 r"\s+[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:\s*[|,;]\s*.{0,120})?"),
    # Site menus: "Sign In | Subscribe", "Trending: Elections | Economy", "LIVE TV",
    # "Home | World | Politics | Business" (three or more short items between bars)
    ("menu", r"(?:sign in|sign up|log ?in|log ?out|register|subscribe|my account|e-?paper"
             r"|newsletters?)(?:\s*[|/•·]\s*(?:sign in|sign up|log ?in|log ?out|register|"
             r"subscribe|my account|e-?paper|newsletters?)){1,4}"
             r"|(?:trending(?: now| topics)?|hot topics|in focus|in the news|top stories|"
             r"popular|quick links|sections)\s*:?\s*[\w .&'’-]{2,30}"
             r"(?:\s*[|•·,]\s*[\w .&'’-]{2,30}){1,12}"
             r"|(?:live(?: tv| now| radio)?|watch live|listen live|live tv|watch|listen)"
             r"|[\w&'’-]+(?: [\w&'’-]+){0,2}(?:\s*[|•·]\s*[\w&'’-]+(?: [\w&'’-]+){0,2}){3,}"),
    ("copyright", r"(?:copyright|©)\s*(?:©\s*)?(?:\d{4}|\(c\)).{0,200}"),
    ("page control", r"please upgrade your browser.*"
                     r"|(?:take me )?back to the top(?: of this post)?\.?"
                     r"|click to (?:expand|enlarge|read more|see more)|(?:show|load|view|see) more"
                     r"(?: comments| stories| photos)?|view comments|scroll (?:down|to continue)"
                     r"(?: for more)?|close|toggle navigation|back to (?:top|home)"
                     r"|(?:previous|next|older|newer) (?:post|story|article)|continue reading"
                     r"|end of (?:the )?(?:article|story)|like this:?|like loading\.{0,3}…?"
                     r"|read (?:the )?full (?:story|article)|download (?:our|the) (?:free )?"
                     r"(?:[\w-]+ )?app\b.{0,40}"),
    # only empty placeholders: an embedded post with its text is quoted content and stays
    ("embed", r"<(?:tweet|iframe|embed|blockquote)\b[^>]*>\s*(?:</?(?:tweet|iframe|embed|"
              r"blockquote)/?>)?\.?|\[(?:image|embed|tweet|instagram|youtube)[^\]]*\]"
              r"|pic\.twitter\.com/\S+"),
    ("related links", r"\(\s*(?:also on [\w ]{2,30}|photos?|video|read more|related)\s*:"
                      r"[^()]{2,120}\)"
                      # "Read more: <headline>", "RELATED: <headline>", "SEE ALSO: <headline>"
                      r"|(?:read more|read also|also read|see also|see related|related(?: story"
                      r"| article| coverage)?|read next|must read|recommended|also see)\s*:\s*"
                      r"\S.{2,160}"),
    ("separator", r"(?:_{3,}|\*{3,}|-{3,}|(?:• ?){3,}|#{3,})\.?"),
    ("footer links", rf"{_FOOTER}(?:\s*[|•·/]\s*{_FOOTER})*"),
    ("section label", r"(?:abstract|full text|letters|analysis/opinion|updates|urgent|vote now|"
                      r"related(?: articles| stories| coverage| content)?|more on this\.\.\.|"
                      r"more|read more|see also|also read|also on \w+|more stories|more news"
                      r"|you may also like|you might also like|recommended(?: for you| stories)?"
                      r"|most (?:read|popular|viewed)|latest (?:news|stories)"
                      r"|read this next|popular now|editor'?s'? picks?|related posts|trending now"
                      r"|don'?t miss|top stories|in case you missed it|breaking news"
                      r"|(?:more|latest) (?:in|from) [\w &'’-]{2,30}|tags|topics|related topics"
                      r"|keywords|corrections? "
                      r"(?:&|and) amplifications|correction appended)[:.]?"),
    ("timestamp", r"this article is more than \d+ (?:years?|months?|days?) old"
                  r"|\d+ (?:years?|months?|weeks?|days?|hours?|minutes?) ago"
                  r"|\(?(?:this (?:post|story|article) was )?(?:last )?updated? (?:at|on) "
                  r"\d{1,2}(?::\d\d)? ?[ap]\.?m\.?(?: \w{2,4})?\.?\)?(?: .{0,60})?"
                  r"|\d{1,2}:\d\d\s*[ap]\.?m\.?(?:\s*(?:et|est|edt|gmt|bst|utc))?\.?"
                  r"|\d{1,2}\s*[ap]\.?m\.?(?:\s*(?:et|est|edt|gmt|utc))?\.?"),
]
# Classes recognised by a phrase anywhere in the line: tested only when a key phrase occurs.
_CONTAINS: list[tuple[str, tuple[str, ...], str]] = [
    ("photo gallery", ("hide caption",), r".*\bhide caption \d+ of \d+\b.*"),
    ("newsletter", ("inbox", "signing up", "newsletter", "to receive"),
     r".{0,200}\b(?:delivered to your inbox|by signing up,? you agree|manage newsletters?"
     r"|sign up (?:today )?to receive|newsletter sign up)\b.*"),
    ("follow", ("like the page",), r".{0,80}\blike the page:?"),
    ("captcha", ("recaptcha", "robot", "human"),
     r".{0,60}\b(?:recaptcha|verify (?:that )?you(?:'re| are) (?:not a robot|human))\b.*"),
    ("cookie notice", ("cookie",), r".{0,80}\b(?:we use cookies|this (?:web)?site uses cookies"
                                  r"|cookie (?:policy|settings|preferences))\b.{0,200}"),
    ("comment form", ("akismet", "comment data"),
     r".{0,80}\b(?:akismet|how your comment data is processed)\b.{0,120}"),
    # an author box: "Anna Rossi is a reporter covering foreign affairs." (short, a role)
    ("about author", (" is a ", " is an ", " is the "),
     r"(?!(?:the|this|that|he|she|it|his|her|a|an)\b)(?-i:[A-Z])[\w.'’-]+"
     r"(?: (?-i:[A-Z])[\w.'’-]+){0,3}"
     r" is (?:a|an|the) (?!former\b)(?:[\w-]+ ){0,4}"
     r"(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|"
     r"freelancer|intern|fellow)s?(?: (?:covering|who covers|based in|for|at|with|on)\b"
     r"[^.!?]{0,120})?(?:[.!](?: (?-i:[A-Z])[^.!?]{0,140}[.!]){0,2})?"),
]
_CONTAINS_RX = [(name, keys, re.compile(rx, _I)) for name, keys, rx in _CONTAINS]
_CONTAINS_KEYS = tuple(k for _, keys, _ in _CONTAINS for k in keys)


def _holds_any(low: str, keys: tuple[str, ...]) -> bool:
    """True when ``low`` holds one of ``keys`` (a loop of ``in`` tests: faster than a regex
    alternation of the keys, and than ``any`` over a generator)."""
    for key in keys:
        if key in low:
            return True
    return False


# the classes as one alternation (first matching class wins), each line tried only against
# the branches that can match it (its first character, "/", "|", ":" and "@")
_COMBINED, _NAMES = guarded_alternation(_CLASSES, _I)
# Classes whose lines may be long: others only apply to lines of at most this length.
_LONG_OK = {"photo gallery", "video", "caption", "newsletter", "promotion", "captcha",
            "cookie notice", "embed", "share", "credit"}
_SHORT = 160
# A long line is tested only when it starts with one of these (lower-cased) or its head or tail
# holds one of the few phrases that stand anywhere in furniture: most long lines are article
# paragraphs, and these C-level string tests cost far less than the patterns.
_LONG_STARTS = ("photos:", "photo:", "hide caption", "just watched", "media playback",
                "play video", "image copyright", "image caption", "getty images",
                "facebook twitter", "file photo", "file -", "file –", "file —",
                "enlarge this image", "toggle caption", "copyright", "©", "content created by",
                "interested in", "every day at", "something to consider", "this is a rush",
                "we are sorry", "listen to article", "share this article", "read or share",
                "please upgrade", "sign up", "get ", "breaking news", "newsletter",
                "this site", "we use cookies", "contributing:", "— with assistance", "<tweet",
                "<iframe", "<embed", "<blockquote", "click", "support", "(this post", "updated",
                "by signing up", "the associated press", "fox news", "•")
#: the prefixes of :data:`_LONG_STARTS` by their first character: a line is tested only against
#: those that begin as it begins (a tuple of 48 prefixes costs more than the dictionary look-up)
_LONG_STARTS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _p in _LONG_STARTS:
    _LONG_STARTS_BY_FIRST[_p[0]] = _LONG_STARTS_BY_FIRST.get(_p[0], ()) + (_p,)
del _p
_LONG_ANYWHERE = ("hide caption", "inbox", "signing up", "contributed to this report",
                  "newsletter", "recaptcha", "cookie", "purchase licensing", "/file photo")
_TITLE_LIKE_END = (".", "!", "?", "\"", "”", ":", ";")
_RELATED_HEADER = re.compile(
    r"(?:read more|more on this(?:\.\.\.|…)?|related(?: articles| stories| news| coverage| content"
    r"| posts| links)?|see also|also read|read also|you may also like|you might also like"
    r"|recommended(?: for you| stories)?|most read|most popular|latest news|more stories"
    r"|more from [\w .'’-]{1,40}|more in [\w .&'’-]{1,30}|read this next|popular now"
    r"|editor'?s'? picks?|trending now|don'?t miss|top stories|in case you missed it|more news"
    r"|latest stories|most viewed|tags|topics|related topics|keywords|more)\s*[:.…]?", re.I)


def is_related_header(line: str) -> bool:
    """True for a line that heads a list of links to other stories ("Read more:", "Related")."""
    return bool(_RELATED_HEADER.fullmatch(line.strip()))


_LINK_TITLE_END = (".", ":", ";", ",")


def is_link_title(line: str) -> bool:
    """A line that reads like a linked headline: at most 20 words, not ending like a sentence
    (a question or a quotation may end a headline: "Will the talks work?")."""
    s = line.rstrip().rstrip("\"”’'")  # a sentence ending in a quotation is no headline
    return len(s.split()) <= 20 and not s.endswith(_LINK_TITLE_END) and not (
        s.endswith(("?", "!")) and len(s.split()) > 16)


def plain_long_line(s: str) -> bool:
    """True for a stripped line longer than 160 characters whose head and tail (first 60, last
    80 characters) hold no sign of furniture: :func:`classify_line` leaves such a line as
    article text without trying a pattern (most long lines are article paragraphs, and these
    C-level string tests cost far less than the patterns).

    Examples
    --------
    >>> plain_long_line("Ministers met in Doha. " * 8), plain_long_line("Ministers met.")
    (True, False)
    >>> plain_long_line("Photos: " + "Two men wade through the flood. " * 6)
    False
    """
    if len(s) <= _SHORT:
        return False
    low = (s[:60] + " " + s[-80:]).lower()
    if low.startswith(_LONG_STARTS_BY_FIRST.get(low[:1], ())):
        return False
    for key in _LONG_ANYWHERE:  # (_holds_any inlined: this runs for most lines)
        if key in low:
            return False
    return True


def classify_line(line: str) -> str | None:
    """The class of a non-article line, or ``None`` when the line may be article text.

    The whole line (surrounding spaces ignored) must match a class pattern.

    Examples
    --------
    >>> classify_line("Photos: Floods in the south Two men wade. Hide Caption 3 of 9")
    'photo gallery'
    >>> classify_line("Your email address will not be published. Required fields are marked *")
    'comment form'
    >>> classify_line("The Associated Press contributed to this report.")
    'credit'
    >>> classify_line("Ministers met in Doha on Monday.") is None
    True
    """
    s = line.strip()
    if not s:
        return None
    if plain_long_line(s):
        return None
    low = s.lower()
    name = None
    if _holds_any(low, _CONTAINS_KEYS):
        name = next((n for n, keys, rx in _CONTAINS_RX
                     if any(k in low for k in keys) and rx.fullmatch(s)), None)
    if name is None:
        m = _COMBINED.fullmatch(s)
        if not m:
            return None
        name = _NAMES[m.lastgroup]
    if len(s) > _SHORT and name not in _LONG_OK:
        return None
    return name


# Photo credits that end a caption sentence, in scraped text and exports alike.
_CREDIT_WORDS = (
    r"credit|credits|photo|photos|photo by|photo credit|picture|image|image credit|file photo|"
    r"photograph|source: (?:reuters|afp|ap|getty)"
)
_AGENCIES = (
    r"reuters|afp|ap|ap photo|getty images|epa|epa-efe|anadolu|anadolu agency|xinhua|wana|spa|"
    r"irna|tasnim|handout|supplied|screenshot|shutterstock|flash90|gpo|sana|wafa|tass|ria novosti|"
    r"sputnik|iranian presidency|khamenei\.ir|file"
)
# Explicit credits: "(credit: …)", "(Photo by …)", "(REUTERS/…)", "(AP Photo/…)" anywhere.
_CREDIT_EXPLICIT = re.compile(
    rf"\((?:(?:{_CREDIT_WORDS})\b[^()]*|(?:{_AGENCIES})/[^()]*)\)", re.I
)
# Bare agency credits: "(Reuters)", "(AFP)" only at the end of a line, after a full stop.
_CREDIT_BARE_EOL = re.compile(rf"(?<=[.!?])\s*\((?:{_AGENCIES})\)\s*$", re.I)
_SENT_BOUNDARY = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def split_captions(paragraph: str) -> tuple[str, list[str]]:
    """Remove photo captions from a paragraph, including captions glued into its middle.

    A caption is the sentence that ends in a photo credit: an explicit credit anywhere
    ("(credit: …)", "(Photo by …)", "(REUTERS/…)") or a bare agency credit ("(Reuters)") at the
    end of a line after a full stop.

    Examples
    --------
    >>> split_captions("Text one. A flag in Vienna, 2023. (credit: REUTERS/X) Text two.")
    ('Text one. Text two.', ['A flag in Vienna, 2023. (credit: REUTERS/X)'])
    """
    captions: list[str] = []
    if "(" not in paragraph:  # every credit pattern needs a parenthesis
        return paragraph, captions
    while True:
        # (a bare credit ends the paragraph: its regex, which starts with a lookbehind and so
        # is tried at every position, runs only when the paragraph ends with a parenthesis)
        m = _CREDIT_EXPLICIT.search(paragraph) or (
            paragraph.rstrip().endswith(")") and _CREDIT_BARE_EOL.search(paragraph))
        if not m:
            break
        before = paragraph[: m.start()].rstrip()
        # the caption is the sentence just before the credit (the caption's own full stop is
        # the end of ``before``, so look for the boundary before that)
        starts = [b.end() for b in _SENT_BOUNDARY.finditer(before[:-1] if before else before)
                  if not _is_abbreviation(before, b.start() + 1)]  # "on Nov. 15" is no end
        cap_start = starts[-1] if starts else 0
        captions.append(paragraph[cap_start : m.end()].strip())
        paragraph = (paragraph[:cap_start].rstrip() + " " + paragraph[m.end() :].lstrip()).strip()
    return paragraph, captions


@dataclass
class CleanText:
    """A cleaned body and what left it."""

    text: str
    removed: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)


# "JUST WATCHED <title> Replay More Videos ... MUST WATCH <same title> 01:55"
_INLINE_VIDEO = re.compile(
    r"\s*JUST WATCHED (.{3,200}?) Replay More Videos \.\.\. MUST WATCH \1 \d{1,2}:\d\d\s*")
_STORY_HIGHLIGHTS = re.compile(r"^story highlights\s+(.+)$", _I)
_CAPTION_BODY = re.compile(
    r"^(?:image copyright .{0,60}?\s*image caption|getty images image caption|image caption"
    r"|facebook twitter pinterest|hide caption|file photo:)\s*(.+)$", _I)


def _is_highlight(s: str) -> bool:
    """A summary bullet written as a bare line: short, no closing full stop (or ends in "U.S.")."""
    return len(s.split()) <= 30 and (not s.endswith(_TITLE_LIKE_END) or s.endswith(" U.S."))


def clean_lines(lines: list[str],
                classify: Callable[[str], str | None] = classify_line) -> CleanText:
    """Remove the non-article lines of a list of paragraphs (one per element).

    Besides :func:`classify_line`, a "Story highlights" block moves to ``highlights``, caption
    lines move to ``captions``, and title-like lines after a "Read more:"/"Related" header are
    removed as related links. ``classify`` names a line's class (default :func:`classify_line`;
    the loader passes one that also applies the scraped-text rules).

    Examples
    --------
    >>> c = clean_lines(["Story highlights Talks resume", "Envoys meet", "The talks began.",
    ...                  "ADVERTISEMENT", "They ended."])
    >>> c.text, c.highlights, c.removed
    ('The talks began.\\n\\nThey ended.', ['Talks resume', 'Envoys meet'], \
['advertisement: ADVERTISEMENT'])
    """
    out = CleanText("")
    body: list[str] = []
    in_highlights = related = False
    for s in lines:
        if in_highlights:
            if _is_highlight(s) and len(out.highlights) < 6:
                out.highlights.append(s)
                continue
            in_highlights = False
        if not body and (m := _STORY_HIGHLIGHTS.match(s)):
            out.highlights.append(m.group(1).strip())
            in_highlights = True
            continue
        if related:
            if is_link_title(s):
                out.removed.append(f"related links: {s}")
                continue
            related = False
        reason = classify(s)
        if reason is None:
            if " MORE" in s:  # a name's hover card glued into the sentence (The Hill)
                s, cards = _strip_name_cards(s)
                out.removed.extend(f"name card: {c}" for c in cards)
            if "JUST WATCHED" in s:  # a video teaser glued into a paragraph: self-delimited
                out.removed.extend(f"video: {m.group().strip()}" for m in _INLINE_VIDEO.finditer(s))
                s = _INLINE_VIDEO.sub(" ", s).strip()
            body.append(s)
            continue
        if reason == "caption":
            m = _CAPTION_BODY.match(s)
            out.captions.append(m.group(1).strip() if m else s)
            continue
        out.removed.append(f"{reason}: {s}")
        related = is_related_header(s)
    out.text = "\n\n".join(body)
    return out


_LINE_SPLIT = re.compile(r"\n\s*\n|\n")
_SPACES = re.compile(r"[ \t]+")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of an export text: one per line (blank lines dropped), spaces collapsed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    paras = [(_SPACES.sub(" ", p) if "  " in p or "\t" in p else p).strip()
             for p in _LINE_SPLIT.split(text)]
    return [p for p in paras if p]


def clean_export_text(text: str) -> CleanText:
    """Clean one export row's text: normalise spaces and line ends, remove non-article lines.

    A text with nothing to remove comes back as it was (only whitespace normalised: one
    paragraph per line, paragraphs separated by a blank line).

    Examples
    --------
    >>> clean_export_text("Officials met.\\r\\nClick to expand\\nREAD MORE:\\nTalks in Doha\\n"
    ...                   "They agreed.").text
    'Officials met.\\n\\nThey agreed.'
    """
    return clean_lines(split_paragraphs(text))
