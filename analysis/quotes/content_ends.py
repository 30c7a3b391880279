"""Where reported content ends, for :mod:`analysis.quotes.extract` (issue 15, seventh round).

Internal. General rules of English clause structure that decide how far the content of a
reporting act runs, each kept only when it brought the kit's spans closer to what human
annotators mark (PolNeAR train):

- a reporting clause inside a fronted adverbial clause ("While he said X, he clarified …",
  "Although in March she said X, she …"): the subordinate clause, and with it the content, ends
  at the comma before the main clause (Quirk et al. 1985 §15.19–15.20, initial adverbial
  clauses; Huddleston & Pullum 2002 ch. 8 §8.3 on preposed adjuncts);
- a predicate coordinated with the reporting verb's own ("Ryan insists X, and has championed
  …"): a comma, "and"/"but" and a finite verb with no subject of its own continue the main
  clause, not the reported one (Quirk §13.47 on predication coordination;
  Huddleston & Pullum ch. 15 §4);
- the object of a speech act ("praised the agreement in an interview", "criticized the ruling at
  a news conference") does not take the adjuncts of the setting — the occasion, medium or venue
  of the act are adverbials of the verb, not post-modifiers of its object (Quirk §8.28,
  §8.46–8.48 on space and process adjuncts) — unless the object goes on after them ("a comment
  on Twitter that compared …");
- a noun phrase object runs over a list ("his parents, his siblings, his wife and his children",
  Quirk §13.75, multiple coordination) and a party or short name in parentheses ("Gov. John Doe
  (R) to resign");
- a sentence that "according to X" interrupts ("One of the decisions, according to a person
  close to the process, is to …") goes on after the source (Quirk §15.54, comment clauses in
  medial position), and a sentence-initial connective ("But according to …", "In addition,
  according to …") or a clause closed by a colon is no content of its own.

Also which speakerless quotations are quoted phrases or titles of works, not statements
(``_is_phrase``, ``_is_title``).
"""

from __future__ import annotations

import bisect
import re

from ..quote_spans import _ASIDE, _is_term

# a fronted adverbial clause: its subordinator opens the sentence (after a connective or up to
# three words, "A few weeks after …") and no comma, colon or dash stands before the subject
_SUBORDINATE = re.compile(
    r"\W*(?:(?:And|But|So|Yet|Still|However|Meanwhile|Now)\W+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?i:while|although|though|when|whenever|if|because|since|once|until|"
    r"unless|whereas|after|before|as)\s+[^,;:—–]*$")
#: the comma that closes a fronted clause (inside a closing quotation mark too: "… less,” one of")
_CLAUSE_COMMA = re.compile(r",(?!\d{3}\b)[”\"]?\s")
# common irregular past forms (and, in _IRREGULAR, auxiliaries and copulas as main verbs)
_IRREGULAR_PAST = (r"went|took|made|gave|came|told|said|wrote|spoke|left|kept|ran|won|lost|got|"
                   r"held|stood|brought|began|sent|spent|met")
# ", and has championed …", ", but rejected …": a finite verb with no subject of its own
_MAIN_PREDICATE = re.compile(
    r",\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+|quickly\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:[a-z]+ed|" + _IRREGULAR_PAST + r")\b")
# " and was acquitted", " but later admitted": "and"/"but" then a finite verb (regular past or
# a common irregular form) with no subject of its own
_IRREGULAR = r"(?:" + _IRREGULAR_PAST + r"|became|did|had|has|was|were|is|are)"
_COORD_PREDICATE = re.compile(
    r"\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+|even\s+|quickly\s+|immediately\s+|first\s+)?"
    r"(?:[a-z]+ed|" + _IRREGULAR + r")\b")
_COORD_PARTICIPLE = re.compile(r"\s+(?:and|but)\s+(?:also\s+|then\s+)?[a-z]{3,}ing\b")
# an infinitive content (not a perfect or passive one: "to have reviewed X and approved Y", "to
# be arrested and charged"): a finite past verb after "and" is coordinated with the reporting verb
_INFINITIVE = re.compile(r"to\s+(?!(?:have|be|get|got|become|being|been)\b)[a-z]+\b")
# a speaker's non-restrictive relative clause ("Ms. Lane, who said …, left"), and the comma
# then finite verb of the main clause that closes it
_NON_RESTRICTIVE = re.compile(r"\s*,\s*(?:who|which)\s+(?:(?:also|later|has|have|had)\s+)?")
_MAIN_VERB_AFTER_COMMA = re.compile(
    r",\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|" + _IRREGULAR + r"|will|would|could|can|"
    r"remains?|says?|does|do|should|must|may|might)\b")
#: a participle adjective before "and" (not a passive: "be fired and defended …")
_ADJECTIVE_ED = re.compile(r"(?<!\bbe)(?<!\bbeen)(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)"
                           r"\s+[a-z]+ed\Z")
# the last item of a series of predicates inside the content ("settlers had distributed
# leaflets, performed dances, and conducted …"): an earlier comma opens a predicate too
_SERIES = re.compile(r",\s+(?:[a-z]+ed|" + _IRREGULAR + r")\b")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# the setting of a speech act: its occasion or medium, the day, the venue
_ADJUNCT = re.compile(
    r"\s(?:(?:in|during)\s+(?:an?|the|his|her|their|its|a\s+\w+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:interview|statement|speech|tweet|post|op-ed|letter|email|e-mail|appearance|address|"
    r"debate|conference call|news conference|press conference|video|message|radio|television|"
    r"TV|diatribe|tirade|rant|remarks|column|memo|editorial|essay|blog|podcast|broadcast)s?\b"
    r"|on\s+(?:" + _WEEKDAY + r"|Twitter|Facebook|Instagram|Fox|CNN|MSNBC|NBC|ABC|CBS|the\s+"
    r"(?:campaign trail|stump|phone|radio|floor|Senate floor|House floor))\b"
    r"|at\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:rally|news conference|press "
    r"conference|town hall|event|forum|fundraiser|dinner|breakfast|luncheon|convention|"
    r"campaign stop|stop|hearing|meeting|summit|gathering|briefing)\b)")
# adjuncts of time, concession and means after the object ("praised Obama after the meeting",
# "predicting a close race despite his lead", "denied the charges through his lawyer")
_TIME_ADJUNCT = re.compile(r"\s(?:during|despite|after|before|through|amid|since)\s")
# an adjunct that is a clause of its own ("after Labour unveiled …"): the object ends before it
_CLAUSE_AFTER = re.compile(r"\s(?:after|before|since)\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){1,3}"
                           r"(?:[a-z]+ed|" + _IRREGULAR_PAST + r")\b")
# the object goes on past the adjunct: a complement or a post-modifier follows it
_GOES_ON = re.compile(r"\s(?:to|that|which|who|whom|of|over|for|about)\s")
# a party or short name in parentheses inside a noun phrase: "Gov. John Doe (R)", "(D-Ore.)"
_PARTY = re.compile(r"\((?:[A-Z][\w.]{0,4}(?:-[A-Z][\w.]{0,6})?)\)")
# a list continued after a comma: ", his siblings, his wife and his children" — every item opens
# with a determiner, a possessive or a capitalised word that is no subject pronoun
_LIST_ITEM = r"(?:the|a|an|his|her|their|its|our|(?!(?:He|She|They|It|We|I)\b)[A-Z][a-z]+\.?)"
_LIST = re.compile(
    r"(?:,\s+" + _LIST_ITEM + r"\b(?:[^,;:.!?()“”\"—]|\.(?=,|\s+[a-z])){0,50}?)+,?\s+(?:and|or)\s+"
    + _LIST_ITEM
    + r"\b")
# a list of nouns with no determiner (", unemployment and growing economic inequality", ",
# first husband or even first dude"): items of one to four lower-case words, no pronoun, verb of
# saying, relative or conjunction among them, and no participle opening a non-final item
_BARE_WORD = (r"(?!(?:which|who|whom|whose|where|when|while|but|and|or|nor|as|because|after|"
              r"before|if|although|though|that|he|she|they|it|we|i|you|said|says|told|added|"
              r"according|including)\b)[a-z][\w’'-]*")
_BARE_LIST = re.compile(
    r"(?:,\s+(?![a-z]+ing\b)" + _BARE_WORD + r"(?:\s+" + _BARE_WORD + r"){0,3})+,?\s+(?:and|or)"
    r"\s+(?:even\s+|also\s+)?" + _BARE_WORD + r"\b")
# after the source of "according to", the interrupted sentence goes on (not a relative clause
# about the source, a coordinated clause or an adjunct of the source)
_ACCORDING_RESUMES = re.compile(
    r"\s*,\s+(?!(?:who|whom|whose|which|where|when|and|but|or|while|although|though|as|in|at|"
    r"on|with|after|before|because|a|an)\b)(?=\S)")  # (not ", an analyst at …": the source's
# apposition)
# what may stand before "according to" without being content: a connective, or a clause closed
# by a colon ("And it has not gone unnoticed: According to …")
_LEAD_IN = re.compile(
    r"\W*(?:(?:And|But|Yet|So|Still|Also|Now|Meanwhile|However|Moreover|Instead|Indeed|In fact|"
    r"In addition|Even so|Similarly|Likewise|Again|Finally|Then)\W*|[^\n]*:\s*)$")


def _clause_content_end(text: str, ev, s: int, e: int) -> int:
    """The end of the reported clause ``[s, e)`` of ``ev`` when a fronted adverbial clause holds
    the reporting verb, or a predicate coordinated with the verb's own follows the content."""
    if ev.sp is not None and ev.sp[0] > ev.clause_start and _SUBORDINATE.match(
            text, ev.clause_start, ev.sp[0]) is not None and "," not in text[ev.verb_end : s]:
        # (not "As the Post reported, …": an attribution of its own, the content after it)
        comma = _CLAUSE_COMMA.search(text, s, e)
        if comma is not None and comma.start() - s >= 8:  # "While he said X, he clarified …"
            e = comma.end() - 1 if comma.group()[1:2] in "”\"" else comma.start()  # (the
            # quotation's marks kept: "even as Trump claimed that “…,” one of …")
    if ev.sp is not None and _NON_RESTRICTIVE.fullmatch(text, ev.sp[1], ev.verb_start) and (
            (comma := text.find(",", s, e)) > s) and _MAIN_VERB_AFTER_COMMA.match(text, comma, e):
        e = comma  # "Ms. Lane, who said she was tired, left early": the relative clause closes at
        # its first comma when the main clause's verb follows (not "that Mr. Jäger, under fire
        # for …, would do better": an apposition inside the content)
    if _INFINITIVE.match(text, s, e):  # "has vowed to keep abortion legal and celebrated …"
        pred = _COORD_PREDICATE.search(text, s, e)
        if pred is not None and pred.start() - s >= 8:
            e = pred.start()
    if not ev.obj:
        pred = _MAIN_PREDICATE.search(text, s, e)
        if (pred is not None and pred.start() - s >= 8
                and _SERIES.search(text, s, pred.start()) is None):
            e = pred.start()  # "Ryan insists X, and has championed …"
    return e


#: a noun phrase after a comma that comments on the clause before it (a sentential apposition,
#: Quirk et al. 1985 §17.73): the reporter's words, not the speaker's
_COMMA_COMMENT = re.compile(r",\s+(?:the latter|an?(?:\s+(?:apparent|clear|thinly|veiled|"
                            r"pointed|not-so-subtle|subtle|implicit|indirect|oblique))*)\s+"
                            r"(?:reference|swipe|jab|nod|dig|allusion|shot)\s+(?:to|at)\b")


# after a comma, a time phrase ends the reported clause: the reporter's addition ("said the U.S.
# is talking with them, a day after he canceled the summit"). (A trailing participle clause, ",
# adhering to …", is not cut: annotators keep it about as often as not; −5 BBC quotations.)
_TRAILING_ADJUNCT = re.compile(
    r",\s+(?:(?:(?:a|one|two|three|four|five|just|only|several|some)\s+)?(?:days?|weeks?|"
    r"months?|years?|hours?)\s+(?:after|before)\b|(?:shortly|soon|just)\s+(?:after|before)\b)")
# a fronted prepositional phrase before an interrupting attribution ("At one point, she said,
# she was …", "For those reasons, he said, …"): no statement of its own
_ADVERBIAL_LEAD = re.compile(
    r"(?:(?:And|But|So|Yet)\s+)?(?:At|In|On|For|By|After|Before|Since|Until|Over|During|Within|"
    r"Under|Without|With)\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,4}")
_FINITE_WORDS = frozenset("""is was are were be been has have had will would could can should may
    might must do does did least most""".split())


def _adverbial_lead(lead: str) -> bool:
    """A fronted prepositional phrase with no verb ("At least 180 people were arrested, police
    said" is a clause)."""
    return _ADVERBIAL_LEAD.fullmatch(lead) is not None and not any(
        w.lower() in _FINITE_WORDS or w.endswith("ed") for w in lead.split()[1:])


#: a subordinate clause, or a time phrase, that opens a sentence ("But even after the growth
#: cooled", "On Tuesday") and so comes before its main clause
_SUBORDINATE_LEAD = re.compile(
    r"\W*(?:(?:And|But|Yet|So)\s+)?(?:even\s+)?(?i:after|before|when|while|although|though|"
    r"because|if|since|once|until|unless|as soon as)\s[^,;:.!?“”\"]+")


def _only_adverbial(text: str, s: int, e: int) -> bool:
    """True when ``[s, e)`` before a clause-final reporting verb is only a fronted adverbial
    ("On Tuesday, state health officials discovered a case": "On Tuesday" is no statement;
    "But even after the growth cooled, the borrowing continued")."""
    lead = text[s:e].strip()
    return _adverbial_lead(lead) or _SUBORDINATE_LEAD.fullmatch(lead) is not None


def _first_boundary(text: str, boundaries: list[int], s: int, e: int) -> int:
    """The first clause boundary after ``s`` before ``e`` (a reporting clause joined to the
    sentence begins there), else ``e``; not the comma after the content's own fronted
    prepositional phrase ("told investigators that in the following week, he realized …")."""
    k = bisect.bisect_right(boundaries, s)
    while k < len(boundaries) and boundaries[k] < e:
        lead = text[s : boundaries[k]].strip()
        if not (lead[:1].islower() and _adverbial_lead(lead[:1].upper() + lead[1:])):
            return boundaries[k]
        k += 1
    return e


def _object_adjunct_end(text: str, s: int, e: int) -> int:
    """The end of a speech act's object ``[s, e)`` before an adjunct of the act's setting."""
    for pattern in (_ADJUNCT, _TIME_ADJUNCT):
        adj = pattern.search(text, s, e)
        if adj is not None and adj.start() > s and (not _GOES_ON.search(text, adj.end(), e) or (
                _CLAUSE_AFTER.match(text, adj.start(), e))):  # ("accused Blair of being
            e = adj.start()  # terrified of scrutiny after Labour unveiled details of how …")
    return e


def _object_predicate_end(text: str, ev, s: int, e: int) -> int:
    """The end of a speech act's object ``[s, e)`` before a predicate coordinated with the
    reporting verb ("blamed the incident on hackers but later admitted …", "claimed self-defense
    and was acquitted", "proposing a ban and taunting …")."""
    m = _COORD_PREDICATE.search(text, s, e)
    if m is not None and m.start() > s and not _ADJECTIVE_ED.search(text, s, m.start()):  # (not
        # "called the charges unsubstantiated and fabricated": two participles of the object)
        e = m.start()
    if ev.participle and text.endswith("ing", ev.verb_start, ev.verb_end):  # (not "is proposing
        # projects like installing panels and giving states $60 billion")
        m = _COORD_PARTICIPLE.search(text, s, e)
        if m is not None and m.start() > s and not _listed(text, s, m.end()):
            e = m.start()
    return e


def _listed(text: str, s: int, end: int) -> bool:
    """True when a list that opens at a comma after ``s`` runs to ``end`` ("citing low growth,
    unemployment and growing inequality": "growing" is the last item, no second predicate)."""
    comma = text.find(",", s, end)
    return comma != -1 and _object_continues(text, comma, len(text)) >= end


def _object_continues(text: str, pos: int, end: int) -> int:
    """Where a noun phrase object goes on at ``pos`` (a comma or an opening parenthesis): past a
    list or a party in parentheses; 0 when it does not."""
    m = _PARTY.match(text, pos, end) if text.startswith("(", pos) else (
        _LIST.match(text, pos, end) or _BARE_LIST.match(text, pos, end))
    return m.end() if m is not None else 0


# inside a noun phrase, a comma opens "including …" / "such as …", or an appositive after a name
# closed by a second comma ("a plan by Jane Roe, the city's treasurer, to cut …")
_OBJECT_GOES_ON = re.compile(r",\s+(?:including|such as|like)\b")
_RELATIVE_THEN_CONTENT = re.compile(
    r",\s+(?:who|which)\b[^,;.“”\"]{1,120},\s+(?=to\s+[a-z]+\b|that\b|of\s+[a-z]+ing\b)")
_DASH_PAIR = re.compile(r"[^,;:.!?()“”\"—–]{2,40}?\s(?:—|–|--?)\s(?=(?:to|that|of|for|in)\s)")
_OBJECT_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s[^,;:()“”\"—]{2,60},\s")


def _object_goes_on(text: str, stop: re.Match, end: int) -> int:
    """Where to look for the object's end again when ``stop`` is a comma inside the noun phrase;
    0 when ``stop`` ends the object."""
    matched = stop.group()
    if matched.strip() == "and" and _ADJECTIVE_ED.search(text, max(0, stop.start() - 40),
                                                          stop.start()):
        return stop.end()  # "called the charges unsubstantiated and fabricated by …"
    if matched.strip().startswith("("):
        return _object_continues(text, stop.start() + matched.index("("), end)  # "Doe (R) to"
    if matched.strip()[:1] in "—–-" and (m := _DASH_PAIR.match(text, stop.end(), end)):
        return m.end()  # "calls on all nations - rich and poor - to limit emissions"
    if not matched.strip().startswith(","):
        return 0
    comma = stop.start() + matched.index(",")
    if (past := _object_continues(text, comma, end)) > 0:
        return past  # ", his siblings, his wife and his children"
    m = _OBJECT_GOES_ON.match(text, comma, end) or _RELATIVE_THEN_CONTENT.match(text, comma, end)
    if m is not None:
        return m.end()  # (", who is fourth in the count, to lay out …": the hearer described)
    word = text[max(0, comma - 30) : comma].split()
    if word and word[-1][:1].isupper():
        m = _OBJECT_APPOSITIVE.match(text, comma, end)
        if m is not None:
            return m.end()
    return 0


def _according_resumes(text: str, source_end: int, clause_end: int) -> int:
    """Where the sentence interrupted by "according to X," goes on; -1 when it does not."""
    m = _ACCORDING_RESUMES.match(text, source_end, clause_end)
    return m.end() if m is not None and clause_end - m.end() >= 8 else -1


def _lead_in_only(head: str) -> bool:
    """True when the text before "according to" is only a connective or ends with a colon."""
    return _LEAD_IN.match(head) is not None



_PHRASE_WORDS = 5
_PHRASE_WORD = re.compile(r"[^\W_][\w’'\-]*")
_ENDS_IN_SENTENCE_MARK = re.compile(r"[.!?…][”\"’'»]*$")
_WORD_CHAR = re.compile(r"\w")


def _is_phrase(text: str, start: int, end: int, sentence_start: int) -> bool:
    """A speakerless quotation of a few words inside a sentence is a quoted phrase — scare
    quotes, a nickname, a slogan or a term under discussion ("call him “the big man upstairs”",
    "the so-called “Gang of Eight”") — not a reported statement: at most five words, words of
    its sentence before it, no sentence-final mark inside (Quirk et al. 1985 App. III §III.21;
    Huddleston & Pullum 2002 ch. 20 §6 on quotation marks for mention and distancing)."""
    body = text[start:end].strip(" “”\"‘’'«»")
    if _ENDS_IN_SENTENCE_MARK.search(body) or len(_PHRASE_WORD.findall(body)) > _PHRASE_WORDS:
        return False
    return _WORD_CHAR.search(text, sentence_start, start) is not None


#: a wire dateline opening a story: "TORONTO — ", "WASHINGTON (AP) — ", "OTTAWA, Ont. -- ",
#: "MOSCOW: ", "TOKYO/WASHINGTON (Reuters) - " (one to four words in capitals, a province or
#: state, the agency, a dash or colon)
_DATELINE = re.compile(r"(?:[A-Z][A-Z.'’/-]+\s){0,3}[A-Z][A-Z.'’/-]+(?:,\s+[A-Z][\w.'’ -]{1,30})?"
                       r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:—|–|--|:|-(?=\s))\s*")


def _after_dateline(text: str, start: int, end: int) -> int:
    """``start`` moved past a dateline that opens the content ("TORONTO — Ontario is reporting
    …, according to …"): the dateline is the wire's, not what the source said.

    >>> _after_dateline("TORONTO — Cases rose.", 0, 21)
    10
    """
    m = _DATELINE.match(text, start, end)
    return m.end() if m and m.end() < end and sum(c.isupper() for c in m.group()) >= 3 else start


_RELATIVE_ASIDE = re.compile(r"\W*(?:which|who|whom|whose|for whom)\b")
#: words that carry on a clause after a medial relative clause: the clause's finite verb
_CARRIES_ON = frozenset("""is was are were be been has have had will would could can should may
    might must do does did still also now remains remain to""".split())  # (", which would
# include the military, to crack down on hackers": the infinitive goes on)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _aside_end(text: str, s: int, e: int) -> int:
    """Where the reporter's addition after the content ``[s, e)`` begins (``_ASIDE``: ", which
    …", ", although …", ", adding …"; ``_COMMA_COMMENT``: ", a swipe at …"), or ``e``. A
    non-restrictive relative clause inside the content's subject is no addition: the content
    goes on after its closing comma with its
    own verb ("demanding that the flag, which includes the stars and bars, be removed"; a
    medial relative clause, Quirk et al. 1985 §17.22)."""
    aside = _ASIDE.search(text, s, e)
    while aside is not None and _RELATIVE_ASIDE.match(text, aside.start()):
        close = text.find(",", aside.end(), e)
        nxt = _NEXT_WORD.match(text, close + 1) if close > 0 else None
        if nxt is None or not (nxt.group(1) in _CARRIES_ON or (
                nxt.group(1).endswith(("es", "ed")) and len(nxt.group(1)) > 4)):
            break
        aside = _ASIDE.search(text, close, e)
    if (comment := _COMMA_COMMENT.search(text, s + 12, e)) is not None:
        e = comment.start()  # "…, saying the person would not get beat up, a swipe at …"
    if (tail := _TRAILING_ADJUNCT.search(text, s + 12, e)) is not None:
        e = tail.start()  # "…, a day after he canceled …"
    return aside.start() if aside is not None and 12 <= aside.start() - s < e - s else e


_TITLE_WORD = re.compile(r"[^\W_][\w’'\-]*")
#: words a title leaves in lower case (Chicago Manual of Style 8.159: articles, coordinating
#: conjunctions, prepositions)
_TITLE_MINOR = frozenset(
    """a an the and or nor but for so yet of in on at to by from with as vs via into onto
    over up off per than is are be""".split())


def _is_title(text: str, start: int, end: int) -> bool:
    """A speakerless quotation that names a work, not a statement: in title case (a show, book,
    film, campaign or group: "“The Rachel Maddow Show”", "“Orange is the New Black”", "“Crippled
    America: How to Make America Great Again,”" — every word but the minor words of title case
    capitalised, up to 16 words, a subtitle after a colon), or cited with its author ("“Met
    accused of whitewashing baby Jesus,” by Post's Kathianne Boniello"), or the value of a markup
    attribute (`href="…"`)."""
    if start and text[start - 1] == "=":
        return True
    if _BY_AUTHOR.match(text, end):
        return True
    words = _TITLE_WORD.findall(text, start, end)
    if not 2 <= len(words) <= 16 or _SENTENCE_INSIDE.search(text[start:end]):
        return False
    minor = 0
    for n, w in enumerate(words):
        if w[0].isupper() or w[0].isdigit():
            continue
        if n == 0 or w.lower() not in _TITLE_MINOR:
            return False
        minor += 1
    return minor < len(words) - 1


# a sentence inside the quotation (a title's subtitle after a colon does not count)
_SENTENCE_INSIDE = re.compile(r"[.!?;]\W*\s\S|:\s+(?![A-Z0-9])")
# "“Title,” by Author" / "“Title” by the New York Post's …": a work cited with its author
_BY_AUTHOR = re.compile(r"\s*,?\s*by\s+(?:the\s+)?[A-Z]")


#: a programme or publication named where a statement was made: "on NBC’s “…”", "told CBS’s “…”"
_SHOW_BEFORE = re.compile(
    r"\b(?:on|to|in|told)\s+(?:[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*)*[’']s\s+)?\Z")
_ONE_TITLE_WORD = re.compile(r"[“\"‘'][A-Z][\w\-]+[,.]?[”\"’']")


def _mark_terms(doc, direct_rows: list[dict]) -> None:
    """Speakerless quotations that are quoted terms, titles or phrases become ``kind="term"``:
    scare quotes and names of works, shows ("said on NBC’s “Meet the Press”") and slogans."""
    text = doc.text
    for r in direct_rows:
        if r["speaker_start"] is None and (_is_term(text, r["start"], r["end"])
                                           or _is_title(text, r["start"], r["end"])
                                           or _is_phrase(text, r["start"], r["end"],
                                                         doc.sentence_of(r["start"])[0])) or (
                _SHOW_BEFORE.search(text, max(0, r["start"] - 60), r["start"]) and (
                    _is_title(text, r["start"], r["end"]) or _ONE_TITLE_WORD.fullmatch(
                        text, r["start"], r["end"]))):  # "said on NBC’s “Meet the Press”"
            r["kind"] = "term"
