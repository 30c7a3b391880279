"""Words that are no part of a person's name, for the person scan of :mod:`analysis.quotes`
(:mod:`analysis.quotes.person_scan`).

Internal. Closed word lists: words that cannot open a name run (articles, pronouns, weekdays,
sentence adverbs), words a title-case headline capitalises inside a run, words of places and
bodies, role descriptors cut from the front of a run ("Senior Adviser", "Commissioner") and role
nouns capitalised only as a sentence's first word. Moved out of ``person_scan`` (2026-12-05).
"""

from __future__ import annotations

import re

from .words import _ADV_AUX_NEG, _ORG_WORDS, _PREPOSITIONS, _is_cap

_NOT_NAME_START = frozenset(
    """the a an and but or if in on at for to of by with from as this that these those it its
    he she they we i you his her their our my when while after before since though although
    however meanwhile still yet so then there here what who why how where which monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august
    september october november december new north south east west united white supreme federal
    national democratic republican democrats republicans gop american americans congress senate
    house read follow watch share click related photo getty ap reuters more breaking update
    according mr mrs ms dr miss now today yesterday tomorrow tonight later earlier instead also
    perhaps maybe indeed thus hence besides nevertheless unlike despite during without once
    already again recently currently previously finally because under only late both neither less
    either even not outside inside hide caption photos yorker yorkers zealander""".split()
)
#: months that are surnames too, after a given name or a title ("Theresa May", "Ms. May")
_MONTHS = frozenset("may march june april august".split())
#: words a title-case headline capitalises inside a run ("Reality Is Struggling Economy"), and
#: number words ("Four Israeli"): no part of a name
#: ("Will", "Can" and "Said" are given names too: "Will Hurd", "Can Dündar", "Said Kouachi")
_HEADLINE_WORDS = frozenset("""is are was were be been has have had would could should might
    must does did not says one two three four five six seven eight nine ten""".split())
#: last words of a firm's name that are common nouns in lower case ("Jupiter Research", "Honeynet
#: Project"; not in ``_ORG_WORDS``: "new research said" is a document)
_BODY_NAME_ENDS = frozenset(("Research", "Project"))
_NOT_NAME_WORDS = _ORG_WORDS | frozenset(
    """street avenue city county state states island islands america york washington
    california texas florida ohio virginia carolina iowa hampshire nevada michigan pennsylvania
    wisconsin colorado arizona georgia chicago london paris europe russia china syria iran iraq
    mexico canada israel center centre hall square park airport hospital school college campaign
    fund club church press review magazine show debate day night korea nations rights watch
    war staff globe herald tribune gazette international brotherhood command police navy
    qaeda industry united shoal reef sea strait gulf peninsula ocean valley canal
    desert prize prizes award awards trophy cup festival islam sunni shia shiite christianity
    judaism hinduism buddhism catholicism muslim muslims christians jews hindus""".split()
) | {w.lower() for w in _BODY_NAME_ENDS}
_DESCRIPTORS = frozenset(
    """executive director chancellor chairwoman general state attorney republican democratic
    democrat administrator counsel
    senior chief editor anchor host pollster strategist candidate nominee speaker premier mp
    adviser advisor charge treasurer commissioner superintendent sheriff inspector detective
    mpp mla mna councillor councilor sgt sgt. const const. cst cst. coun coun. det det. insp
    insp.""".split()
)
#: role nouns capitalised before a name only as the sentence's first word ("Singer George
#: Michael", "Actress Sandra Dee"): cut there, but a surname when last ("Paul Singer")
_LEAD_ROLES = frozenset(
    """singer actor actress comedian rapper founder musician filmmaker novelist footballer
    coach""".split()
)

#: given names of one sex that the census list may lack or share (the people scan's prior)
_FEMALE = frozenset(
    """hillary melania ivanka chelsea michelle loretta elizabeth nancy sarah kellyanne huma
    donna debbie angela theresa jill hope megyn kelly mary susan karen linda barbara patricia
    jennifer maria lisa anne ann jane emily emma julia laura rachel rebecca amy amanda jessica
    ashley nicole katie kate heather rose carly condoleezza madeleine samantha valerie janet
    ruth sonia elena gina tammy kirsten claire tulsi kamala maxine marsha joni nikki sheila
    wendy diane alicia gennifer juanita kathleen""".split()
)
_MALE = frozenset(
    """donald barack bernie bill joe mike mitch paul ted marco jeb ben chris john james robert
    michael william david richard charles thomas daniel matthew anthony mark steven kevin brian
    george jeff jason eric tim tom newt rudy reince sean corey steve stephen lindsey rand
    scott jim bob harry chuck tim mitt rick jon andrew peter frank ed don henry aaron dan
    jared vladimir xi justin sam martin barney antonin""".split()
)
#: post-nominal letters after a name, no part of it ("Guy Mansfield QC", "Tony Wright MP")
_POST_NOMINAL = re.compile(r"(?:,?\s+(?:QC|KC|MP|MSP|MEP|OBE|MBE|CBE|KBE|PhD))+\s*$")
#: kin words written before a full name ("Mother Zubeidat Tsarnaeva", "Father Anzor Tsarnaev"):
#: no part of it (one word after stays a name: "Mother Teresa")
_KIN = frozenset("""mother father brother sister son daughter wife husband uncle aunt cousin
    grandmother grandfather widow""".split())

#: last words of a newspaper's, a magazine's or a firm's name ("The Christian Science Monitor",
#: "Ethiopian Airlines", "The Syrian Observatory")
_MASTHEADS = frozenset("""monitor times post journal herald tribune telegraph gazette
    chronicle examiner inquirer globe observer guardian airlines airways observatory""".split())

#: words before "May" that make it the month ("in May", "early May", "last May")
_MONTH_BEFORE = _PREPOSITIONS | frozenset("early late mid last this next".split())


def _name_word(toks, i: int) -> bool:
    """True for "May" or "Will" after a capitalised word, or right before the verb (the last
    token) and after no preposition: a name ("Theresa May", "George Will", "…, May said"), not
    the modal or the month ("in May said" is the month)."""
    if toks[i][0] not in ("May", "Will"):
        return False
    prev = toks[i - 1][0] if i > 0 else ""
    return _is_cap(prev) or i == len(toks) - 1 and not prev[:1].isdigit() and (
        prev.lower() not in _MONTH_BEFORE)


def _aux_at(toks, i: int) -> bool:
    """True when ``toks[i]`` is an auxiliary, an adverb of the verb group or a negation."""
    return toks[i][0].lower() in _ADV_AUX_NEG and not _name_word(toks, i)
