"""Attribution clauses for :mod:`analysis.quotes`: a reporting verb, its speaker and its content.

Internal to :func:`analysis.quotes.quotes`. Texts are tokenised once (``_TokenIndex``); for each
reporting-verb hit ``_event`` walks back over the subject noun phrase before the verb ("Iran's
President Masoud Pezeshkian told …"), reads the speaker after an inverted verb ("…,” said Smith")
or the subject of the clause a participle continues (", adding …"), and finds the reported clause
of indirect speech ("said (that) …", "…, IRNA reported."); method: :mod:`analysis.quotes`.
"""

from __future__ import annotations

import re

from .clause_subjects import _clause_subject
from .clauses import (
    _COMMISSIVES,
    _FINITE_AUX,
    _absolute_subject,
    _as_passive,
    _asked_clause,
    _fronted_clause_end,
    _fronted_participle,
    _indirect_question,
    _infinitive_or_question,
    _introduces_quote,
    _only_addressee,
    _partial_quotation,
    _passive_report,
    _purpose_infinitive,
    _quantity,
    _relative_clause_end,
    _relative_object,
)
from .complements import (
    _clause_opens,
    _fronted_adverbial,
    _partitive,
    _relative_then_that,
    _thatless_clause,
    _told_what,
)
from .fronted import _fronted_subject
from .hearsay import _hearsay
from .inverted import _inverted_speaker
from .name_words import _name_word
from .np_edges import _no_head
from .phrases import (
    _antecedent,
    _before_time,
    _drop_aside,
    _lower_aside,
    _np_backward,
    _participle_prep,
    _relative_subject,
)
from .quoted_as import _quoted_as_saying
from .quoting import (
    _MEANS,
    _quotes_own,
    _quoting_clause,
    _telephoned,
    _topic_tail,
)
from .relative_subjects import _relative_opening
from .subjects import (
    _ATTRIBUTIVE_DETS,
    _NOUN_NEXT,
    _apposed_subject,
    _appositive_speaker,
    _clause_follows,
    _relative_before_time,
    _series_subject,
    _subject_before,
    _unmarked_inversion,
)
from .tails import _is_parenthetical_tail, _manner_adverb, _post_content
from .verb_before import _before_verb
from .verb_or_noun import _no_speech_here, _verb_not_noun
from .verbgroup import _adjunct_then_that, _parenthetical_clause
from .words import (
    _CLAUSE_WORDS,
    _CLOSE_MARKS_Q,
    _DASHES,
    _DOCUMENT_NOUNS,
    _EMPHATIC_DO,
    _OBJECT_VERBS,
    _PREP_TIME,
    _QUANTIFIERS,
    _QUOTE_MARKS,
    _STOP_TIME,
    _SUBJECT_PRONOUNS,
    _first_second,
    _is_adverb,
    _is_cap,
    _is_number,
    _is_possessive,
    _is_word,
    _noun_like_s,
)

# --------------------------------------------------------------------------------------------
# Speech events: a reporting verb with its subject and (for indirect speech) its content


class _Event:
    __slots__ = (
        "verb_start", "verb_end", "lemma", "cls", "sp", "content", "post", "clause_start",
        "attach", "participle", "obj", "coord", "cut",
    )

    def __init__(self, verb_start, verb_end, lemma, cls):
        self.verb_start, self.verb_end, self.lemma, self.cls = verb_start, verb_end, lemma, cls
        self.sp: tuple[int, int] | None = None  # speaker phrase span
        self.content: tuple[int, int] | None = None  # reported clause (indirect speech)
        self.post = False  # content precedes the verb ("…, IRNA reported.")
        self.clause_start = verb_start
        self.attach = -1  # where an attribution clause begins (right after a closing mark)
        self.participle = False  # ", adding …": a new reporting act inside the same sentence
        self.obj = False  # content is the object of the verb, not a reported clause
        self.coord = -1  # "… and warned …": where the coordinated reporting act begins
        self.cut = -1  # "X, who said Y, said …": the comma that ends the relative clause's content


def _event(text, vs, ve, lex, cs, ce, closes_own_quote, tk) -> _Event | None:
    """Build a speech event for the verb form at ``[vs, ve)`` inside clause bounds ``[cs, ce)``.

    Steps: the tokens before the verb (auxiliaries, negation, passive), the speaker after an
    inverted verb, else the subject before it, then the reported clause after it.
    """
    form = text[vs:ve]
    lemma, cls, comp = lex.lookup(form)
    if _no_speech_here(text, vs, ve, lemma, form):
        return None
    ev = _Event(vs, ve, lemma, cls)
    ev.clause_start = cs
    if lemma == "ask" and (asked := _asked_clause(text, vs, ve, cs, ce, tk)) is not None:
        ev.sp, ev.content = asked  # "Asked whether …, Smith said": the question put to Smith
        return ev
    if (fronted := _fronted_participle(text, vs, ve, cs, ce, tk)) is not None:
        ev.sp, ev.content = fronted  # "Noting that …, Trump reminded …"
        return ev
    if (purpose := _purpose_infinitive(text, vs, ve, lemma, cs, ce, tk)) is not None:
        ev.sp, ev.content = purpose  # "She went on CNN to say that …"
        return ev
    if (hearsay := _hearsay(text, vs, ve, lemma, cs, ce)) is not None:
        ev.content = hearsay  # "It was announced that …", "Brando is said to have …": no speaker
        return ev
    if (passive := _passive_report(text, vs, ve, lemma, cs, ce, tk)) is not None:
        ev.sp, ev.content = passive  # "Her death was confirmed by the Eagle Forum"
        ev.obj = True
        return ev
    if _quoted_as_saying(text, ev, cs, ce, tk, closes_own_quote):
        return ev  # "“…,” the agency quoted Kim as saying."
    ing = form.split()[0].endswith("ing")
    before = _before_verb(_drop_aside(tk(max(cs, vs - 200), vs), comma=not ing), lemma, ing)
    if before is None:
        return None
    toks, i, is_ing, went_on = before
    k = _before_time(toks, i, comma=True) if i > 0 and toks[i][0] not in ",)" and not (
        _name_word(toks, i)) else i  # ("…, May said": the name, no month)
    if i > 0 and toks[k][0] == ",":
        i = k  # "Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called"
    elif (k < i and toks[k][0] == ")" or k < len(toks) - 1 and toks[k][0] in (*_DASHES, "-") and (
            _lower_aside(toks, k))) and len(inner := _drop_aside(toks[: k + 1])) <= k:  # "Sen.
        toks, i = inner, len(inner) - 1  # Bernie Sanders (I-Vt.) on Saturday criticized"
    if i >= 0 and form.endswith("ed") and (toks[i][0].lower() in _ATTRIBUTIVE_DETS or (
            _is_number(toks[i][0]) and _NOUN_NEXT.match(text, ve))):
        return None  # "Opponents of the proposed law", "its list of 25 recommended delegates"
    after_toks = tk(ve, min(ce, ve + 160))
    if after_toks and after_toks[0][0].lower() == "by" and not (
            len(after_toks) > 1 and after_toks[1][0].lower() in _MEANS):
        # passive participle: "the figure reported by …"; attributive "As reported by X, …"
        return ev if _as_passive(text, ev, toks, i, after_toks, cs, ce) else None

    # Inverted attribution: `“…,” said X.` / `…, says Palestinian Authority`
    if i >= 0 and toks[i][0] in ",”»\"" and after_toks and not is_ing and comp != "np" and (
            lemma not in _OBJECT_VERBS or lemma == "ask") and not _apposed_subject(toks, i, cs):
        # ("…,” X told AP": no inversion; "Trump's former campaign manager, Corey Lewandowski,
        # said the staff member who …": the subject and its apposition, no inversion)
        # (verbs that take an object never invert: ", condemned the genocide perpetrated by …")
        if _inverted_speaker(text, ev, toks, i, after_toks, ce, tk):
            _post_content(text, ev, toks, i, cs, closes_own_quote)
            return ev
    if lemma == "say" and (got := _unmarked_inversion(text, toks, i, ve, cs, ce)) is not None:
        (ev.sp, ev.content), ev.attach, ev.post = got, vs, True  # "… issue said MP Richard Allan"
        return ev

    done = _subject(text, ev, toks, i, is_ing, went_on, lex, form, after_toks, cs, ce, tk,
                    closes_own_quote)
    if not done and _after_quote_subject(
            text, ev, toks, i, is_ing, cs, ce, tk, closes_own_quote) is not None:
        return ev  # `“…,” Harry M. Reid (D-Nev.) said in a statement.`
    if done is None:
        return None
    if done:
        return ev
    if ev.sp is None or _first_second(text[ev.sp[0] : ev.sp[1]]):
        return None  # "I think …" in a column is the author's own voice, not a reported statement
    _complement(ev, after_toks, lex, comp, ce, form)
    if ev.content is not None and ev.cut < 0:
        ev.cut = _fronted_clause_end(text, vs, ve, cs, ce, tk)  # "While he said …, he …"
    return ev


def _after_quote_subject(text, ev, toks, i, is_ing, cs, ce, tk, closes_own_quote):
    """``ev`` with the subject of a clause-final quoting clause the subject rules left out
    (:func:`analysis.quotes.quoting._quoting_clause`), or None. When those rules found a word
    of that subject ("King" of "Representative Peter T. King, Republican of New York, said of
    …"), the whole subject is taken and attached to the quotation, the rest of the event kept
    (the topic after "said of" stays a statement of its own), and None is returned."""
    got = None if is_ing or i < 0 else _quoting_clause(toks, i)
    if got is None or not (_is_parenthetical_tail(text, ev.verb_end, ce, tk, obj=ev.lemma in (
            _OBJECT_VERBS), reach=12) or _topic_tail(text, ev.verb_end, ce, tk)):  # ("…, told
        # MSNBC."; the longer reach of a quoting clause: "… said during a Sunday appearance on
        # “Face the Nation” on CBS.")
        return None
    sp = (toks[got[1]][1], toks[got[2]][2])
    if ev.sp is not None and ev.sp[0] < sp[1] and sp[0] < ev.sp[1]:
        ev.sp, ev.attach = sp, sp[0]
        return None
    ev.sp, ev.attach = sp, sp[0]
    ev.content, ev.cut, ev.coord, ev.obj = None, -1, -1, False
    _post_content(text, ev, toks, got[0], cs, closes_own_quote)
    return ev


_AT_ONE_POINT = frozenset(("at one point", "at one time", "at the time", "in the process"))


def _subject(text, ev, toks, i, is_ing, went_on, lex, form, after_toks, cs, ce, tk,
             closes_own_quote) -> bool | None:
    """Set ``ev.sp`` to the subject before the verb.

    Returns None when there is no speech event, True when the event is complete (a clause-final
    attribution: "…, IRNA reported."), False when the reported clause after the verb is next.
    """
    if went_on:
        walk = _subject_before(toks, i - 1, cs if _clause_follows(after_toks) else -1) if (
            i >= 1) else None
        if walk is None:
            return None
        ev.sp = (toks[walk[0]][1], toks[walk[1]][2])
    elif is_ing:
        if i >= 1 and toks[i][0] in _CLOSE_MARKS_Q and toks[i - 1][0] == ",":
            i -= 1  # "… “win this race,” adding that …": the comma sits inside the closing mark
        if i >= 3 and " ".join(t[0].lower() for t in toks[i - 2 : i + 1]) in _AT_ONE_POINT and (
                toks[i - 3][0] == ","):
            i -= 3  # "…, at one point calling the mayor a liar": an adverbial, then the participle
        if i >= 0 and (toks[i][0] == "," or toks[i][0] in _DASHES and i > 0 and toks[i - 1][
                0] != ")"):  # ", saying", "– saying" (not after a dateline: "(CNN) -- Saying")
            ev.sp = _clause_subject(tk, cs, toks[i][1], common=True)
            ev.participle = True
            if toks[i][0] in _DASHES and ev.sp and text[ev.sp[0]:ev.sp[1]].split()[0].lower() in (
                    _QUANTIFIERS):
                return None  # "One of the decisions is … a counterattack — blasting Trump"

        elif i > 0 and toks[i][0].lower() in ("and", "but"):  # "…, calling X and vowing to …"
            ev.sp = _clause_subject(tk, cs, toks[i][1], common=True)
            ev.participle = True
            ev.coord = toks[i - 1][1] if toks[i - 1][0] == "," else toks[i][1]
        elif (sp := _absolute_subject(toks, i, tk, cs, lex.lookup(form)[2])) is not None:
            ev.sp = sp  # "…, with three in 10 saying a running mate …"
        elif i > 0 and toks[i][0].lower() in _DOCUMENT_NOUNS and toks[i][2] == ev.verb_start - 1:
            ev.sp = _clause_subject(tk, cs, toks[i][1], common=True)  # "issued a statement saying"
            ev.participle = True
        else:
            return None
    elif i >= 0 and toks[i][0].lower() in ("and", "but"):
        ev.sp = _clause_subject(tk, cs, toks[i][1], common=True)  # ("The former teacher
        # confirmed … but said …": a description heads the clause too)
        ev.coord = toks[i - 1][1] if i > 0 and toks[i - 1][0] == "," else toks[i][1]
    elif i >= 0 and toks[i][0] == "," and i > 0 and _relative_subject(toks, i) is not None:
        ev.sp = _relative_subject(toks, i)
        ev.attach = ev.sp[0]
        ev.cut = toks[i][1]
    elif i > 1 and toks[i][0] in _CLOSE_MARKS_Q and toks[i - 1][0] == "," and (
            sp := _appositive_speaker(toks, i - 1, quoted=True)) is not None:
        ev.sp, ev.attach = sp, sp[0]  # "Mr. Manafort, citing “the unique magic of Trump,” said"
    elif i >= 0 and toks[i][0] == "," and i > 0:
        # appositive: "Sergei Shoigu, the secretary of the council, said"
        sp = _appositive_speaker(toks, i) or _fronted_subject(toks, i, cs)
        if sp is None and (sp := _series_subject(tk, cs, toks, i, form, after_toks)) is not None:
            ev.sp, ev.coord = sp, toks[i][1]  # "… defended Sanders, mocked the Republicans"
            return False
        if sp is None:
            return None
        ev.sp = sp
        ev.attach = ev.sp[0]
        # clause-final: "…, Anna White, a spokeswoman, said on Saturday."
        k = next((n for n in range(i - 1, -1, -1) if toks[n][1] < sp[0]), -1)
        if k >= 0 and toks[k][0] in ",”»\"" and not _introduces_quote(
                text, ev.verb_end, ce, cs, sp[0]) and _is_parenthetical_tail(
                text, ev.verb_end, ce, tk, obj=ev.lemma in _OBJECT_VERBS) and not (
                _adjunct_then_that(after_toks)):  # ("This week, X said, after …, that …")
            _post_content(text, ev, toks, k, cs, closes_own_quote)
            return True
    else:
        return _walked_subject(text, ev, toks, i, lex, form, after_toks, cs, ce, tk,
                               closes_own_quote)
    return False


#: what opens no speaker of a relative clause's verb ("that too much stress might be placed")
_NO_SPEAKER_OPENERS = frozenset("no too much any every".split())


def _walked_subject(text, ev, toks, i, lex, form, after_toks, cs, ce, tk,
                    closes_own_quote) -> bool | None:
    """The subject noun phrase right before the verb (``_subject``'s last case, same returns)."""
    if i >= 2 and toks[i][0].lower() in ("whom", "which") and toks[i - 1][0].lower() == "of" and (
            toks[i - 2][0].lower() in _QUANTIFIERS and toks[i - 2][0].lower() != "none"):
        ev.sp = (toks[i - 2][1], toks[i][2])  # "family members, many of whom say …"
        return False
    aux_next = len(after_toks) > 1 and after_toks[0][0].lower() in _FINITE_AUX
    walk = _relative_opening(toks, i) if toks and toks[0][1] <= cs + 1 else None
    walk = walk or _subject_walk(toks, i, lex, keep_relative=aux_next,
                                 cs=cs if _clause_follows(after_toks) else -1)
    if walk is None:
        return None
    first, last, stop = walk
    # "which the mayor said will …", "what she said is …", "the resolve she argues is needed"
    relative_object = aux_next and stop >= 0 and _relative_object(toks, first, last, stop) and (
        toks[first][0].lower() not in _NO_SPEAKER_OPENERS and not _is_possessive(toks[last][0]))
    # ", the group says." ends its sentence after a comma: a verb, not a plural noun
    final = stop >= 0 and toks[stop][0] in ",”»\"" and _SENTENCE_END.match(text, ev.verb_end)
    emphatic = any(t[0].lower() in _EMPHATIC_DO for t in toks[last + 1 :])  # "he did say"
    if not (relative_object or final) and not _verb_not_noun(
            toks, first, last, ev.lemma, form, after_toks, emphatic):
        return None
    ev.sp = (toks[first][1], toks[last][2])
    ev.attach = toks[first][1]
    if _first_second(text[ev.sp[0] : ev.sp[1]]):
        return None  # the author's own voice ("By signing up, you agree …")
    if relative_object:
        ev.content = (after_toks[0][1], _relative_clause_end(after_toks, ce))
        return True
    ve = ev.verb_end
    if stop >= 0 and (toks[stop][0] in ",”»\"") and not _introduces_quote(
            text, ve, ce, cs, ev.sp[0]) and not _adjunct_then_that(after_toks) and (
            _is_parenthetical_tail(
            text, ve, ce, tk, obj=ev.lemma in _OBJECT_VERBS) or _quotes_own(
            text, toks, stop, cs, ve, closes_own_quote)):
        # (", Trump said: “…”" introduces the quotation after the colon, not the clause)
        _post_content(text, ev, toks, stop, cs, closes_own_quote)
        return True
    return False


_SENTENCE_END = re.compile(r"\s*(?:[.!?…]|$)")


def _subject_walk(toks, i, lex, keep_relative=False, cs=-1) -> tuple[int, int, int] | None:
    """(first, last, stop) of the subject phrase ending at token ``i``, or None; with
    ``keep_relative`` a subject after ", which" stays ("the plan, which the mayor said will …")."""
    if i < 0:
        return None
    i = _relative_before_time(toks, i)  # "Rouhani, who that day said …": the antecedent
    relative = toks[i][0].lower() in ("who", "which") and i > 0
    if relative:
        # "Priebus, who has said …", "groups who say …": the speaker is the antecedent
        walk = _antecedent(toks, i - 2 if toks[i - 1][0] == "," else i - 1)
    else:
        walk = _subject_before(toks, i, cs)
    if walk is None:
        return None
    first, last, stop = walk
    if relative:
        stop = -1
    for k in range(last - 1, first - 1, -1):
        w = toks[k][0]
        if w.islower() and w in lex.by_form and w != lex.by_form[w][0] and not w.endswith(
                ("s", "ing")) and not _participle_prep(toks, k + 1):  # a past form
            # ("said", "suggested"), not "state media", "two people briefed on the talks"
            first = k + 1  # "… at the time said he’d asked": no reporting verb in a subject
            if _no_head([t[0].lower() for t in toks[first : last + 1]]):
                return None  # ("The agency told the states that …": "states" is no verb)
            break
    if stop >= 0 and toks[stop][0].lower() in ("who", "which") and stop > 0 and not (
            keep_relative or toks[first][0].lower() in _SUBJECT_PRONOUNS):  # ", which he said …"
        if toks[stop - 1][0] == ",":
            alt = _np_backward(toks, stop - 2) if stop > 1 else None
            if alt is not None:
                first, last, stop = alt
    if stop > 1 and toks[stop - 1][0].lower() == "who" and toks[stop][0].islower() and toks[
            stop][0].endswith("ed") and (alt := _np_backward(toks, stop - 2)) is not None and not (
            any(t[0].islower() and t[0].endswith("ed") for t in toks[alt[0] : alt[1] + 1])) and (
            alt[2] < 0 or toks[alt[2]][0] != ","):  # (not an apposition: "X, the analyst who")
        first, last, stop = alt  # "Someone who attended the meeting said": the antecedent
    return first, last, stop


_SAYS_IT_ALL = re.compile(r"(?:it all(?: [^\w\s]|$)|a lot about|much about|volumes|something "
                          r"about)")


_SPOKE_OF = frozenset("about of on out against for to with up".split())


#: verbs whose object is fronted before "as" ("what it described as a serious threat", "the
#: plan, which he characterized as reckless"): the words after "as" are the content
_AS_VERBS = frozenset("describe characterize characterise portray depict brand label".split())


def _that_after_adjunct(after_toks, lemma: str, lex) -> int | None:
    """Where the "that" clause begins after an adverbial or a hearer ("told Shoigu on Monday that
    …", "said in a statement that …"), or None: the search ends at punctuation or another
    reporting verb."""
    t0 = after_toks[0][0]
    for n, (tok, _s, _e) in enumerate(after_toks[1:15] if not (
            t0 == "to" and lemma in _COMMISSIVES) else (), start=1):  # ("vowed to restart a
        # reactor that …": the infinitive is the content)
        if tok.lower() == "that":
            return after_toks[n + 1][1] if n + 1 < len(after_toks) else None
        if tok in _QUOTE_MARKS or tok in ("’s", "'s") or tok in "’'‘" and re.fullmatch(
                r"\d\d", after_toks[n + 1][0] if n + 1 < len(after_toks) else ""):
            continue  # "said on NBC’s “Meet the Press” that …": a programme's name; "in ’08"
        if tok == "," and n + 1 < len(after_toks) and _is_cap(after_toks[n - 1][0]) and (
                _is_cap(after_toks[n + 1][0]) or n > 2 and after_toks[n - 2][0] == ","):
            continue  # "says at a campaign stop in Toledo, Ohio, that …": a place's state
        if tok == "," and (k := _relative_then_that(after_toks, n)) > 0:
            return after_toks[k][1]  # "said on CNN, where he is a paid contributor, that
            # …": the relative clause describes the adjunct
        if not _is_word(tok) or lex.by_form.get(tok) and after_toks[n - 1][0].lower() not in (
                "a", "an", "the"):  # ("in a written statement": an adjective)
            return None  # punctuation or another reporting verb ends the search
    return None


def _complement(ev, after_toks, lex, comp, ce, form: str = "") -> None:
    """The reported clause after the verb: "said (that) …", "told X on Monday that …"."""
    if not after_toks:
        return
    lemma = ev.lemma
    if lemma == "speak" and not any(t[0].lower() in _SPOKE_OF for t in after_toks[:3]):
        return  # "Clinton spoke just down the street from …": where, not what
    if lemma == "speak" and (k := next((n for n, t in enumerate(after_toks[:3]) if t[0].lower(
            ) in ("about", "of")), -1)) > 0 and k + 1 < len(after_toks) and all(
            _is_adverb(t[0]) or t[0] == "instead" for t in after_toks[:k]):
        ev.content, ev.obj = (after_toks[k + 1][1], ce), True  # "spoke briefly about X": X
        return
    while after_toks and _manner_adverb(after_toks[0][0]):
        after_toks = after_toks[1:]  # "said quietly that …", "said dryly."
    if not after_toks:
        return
    t0 = after_toks[0][0]
    if t0 in _QUOTE_MARKS and comp != "np" and _partial_quotation(after_toks):
        ev.content = (after_toks[0][1], ce)  # says “the wind is at our backs” despite …
        return
    if t0 == ":" or t0 in _QUOTE_MARKS or (lemma == "say" and _SAYS_IT_ALL.match(" ".join(
            t[0].lower() for t in after_toks[:3]))):  # "The name says it all", "says a lot
        return  # about …": idioms of meaning, no report
    if t0.lower() == "of" and (lemma == "say" and not _partitive(after_toks) or any(
            t[0] == ":" for t in after_toks[2:7]) and all(
            _is_word(t[0]) for t in after_toks[1 : next(n for n, t in enumerate(after_toks)
                                                         if t[0] == ":")])):
        return  # "said of winning: “…”", "said of the group, adding …": the topic, no content
    content_start = None
    if t0.lower() == "as" and lemma in _AS_VERBS and form.endswith("ed") and len(after_toks) > 1:
        ev.content, ev.obj = (after_toks[1][1], ce), True  # "what it described as a threat"
        return
    if t0.lower() == "that":
        k = 2 if len(after_toks) > 2 and after_toks[1][0] == "," else 1  # "that, win or lose, …"
        content_start = after_toks[k][1] if len(after_toks) > k else None
    elif comp != "np" and _fronted_adverbial(after_toks):
        content_start = after_toks[0][1]  # "says despite being an alumna, she plans …"
    elif (comp == "that" or comp == "clause" and form != lemma) and not _noun_like_s(
            form) and _thatless_clause(after_toks):  # ("adding the U.S. must …"; a base form
        # "state", "comment" is as often a noun: "local and state party officials stacked …")
        content_start = after_toks[0][1]  # "claimed there was evidence", "claim many have …"
    elif (k := _parenthetical_clause(after_toks)) > 0:
        content_start = after_toks[k][1]  # "said, however, that …"
    elif (k := _clause_opens(after_toks, comp, lemma)) > 0:
        content_start = after_toks[k][1]  # "said Thursday he would …", "told reporters he …"
    elif comp == "bare" and (_is_word(t0) or t0 in "£$€" and lemma in ("say", "add") and after_toks[
            1:2] and after_toks[1][0][:1].isdigit()) and (  # ("said £2bn savings had been …")
        t0.lower() not in _STOP_TIME or t0.lower() in _CLAUSE_WORDS or _quantity(after_toks)
    ):
        content_start = after_toks[0][1]
    elif comp in ("bare", "that", "clause") and (
        lemma in _OBJECT_VERBS or t0.lower() in _PREP_TIME
    ):
        content_start = _that_after_adjunct(after_toks, lemma, lex)  # "told Shoigu on Monday
        # that …", "said in a statement that …" (not "tweeted a cartoon …")
    if content_start is None and lemma in ("tell", "call") and _only_addressee(after_toks):
        return  # "told POLITICO", "called him on Monday": the hearer is no statement
    if content_start is None and lemma == "call" and _telephoned(after_toks):
        return  # "called Sanders to congratulate him", "call you back"
    if content_start is None and lemma == "ask":
        content_start = _indirect_question(after_toks)  # "asked (the crowd) whether …"
    if content_start is None:  # "vowed to veto …", "explained how …"
        content_start = _infinitive_or_question(after_toks, lemma)
    if (content_start is None and comp in ("np", "that") and (_is_word(t0) or t0[:1] in "$£€")
            and t0.lower() not in _STOP_TIME and not ev.post and (
                lemma != "tell" or _told_what(after_toks))):  # (not "told MPs and peers: …":
        # the first object of "tell" is its hearer, Levin 1993 §37.2)
        # "criticized the ruling", "called for a ban": what the speech act is about (kind object)
        content_start = after_toks[0][1]
        ev.obj = True
    if content_start is not None and content_start < ce:
        ev.content = (content_start, ce)
