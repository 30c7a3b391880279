"""Quotations and reported speech: who is quoted, with which verb, and whose voice a span is.

``quotes(articles)`` returns one row per quotation or reported statement (the *quotes* table):
direct quotations between quotation marks of any style, including the unbalanced ones a scraper
leaves behind (spans from :func:`analysis.text.quoted_spans`); indirect speech ("X said (that)
…", "…, X reported."); and "according to X". Each row carries the surface ``speaker`` phrase,
the canonical ``speaker_actor`` when a mentions table resolves it, the reporting ``verb`` lemma
and its ``verb_class``. ``attribution`` counts who each outlet quotes and with which verb;
``voice`` and ``voice_spans`` tell an outlet's own words from the words it quotes, so that
"Zionist regime" inside a quotation of IRNA is not counted as the quoting outlet's own label.

Method. Rule-based attribution in the tradition of quotation extraction from news (Pouliquen,
Steinberger & Best 2007; Pareti et al. 2013 on attribution relations): a reporting verb from a
lexicon, its subject found by walking back over the noun phrase before it ("Iran's President
Masoud Pezeshkian told …"), the inverted form ("…,” said Smith"), or the phrase after "according
to". A direct quotation takes the attribution clause right after its closing mark (`“…,” IRNA
claimed.`); if it sits inside a reported clause ("Pezeshkian said Israel's “criminal actions”
…") or after a speech verb in its sentence ("The governorate said: “…”") it takes that clause's
speaker; a quotation opening a sentence with no attribution continues the previous quotation of
its paragraph, and one left open at a paragraph's end (news style for multi-paragraph quotations)
takes the speaker of the quotation that continues it. Statements found inside a direct quotation
(IRNA quoting Bagheri Kani), and statements whose cue lies inside another speaker's reported
statement ("Officials said Trump claimed …"), are kept, with ``within`` = the enclosing quotation
or statement, and left out of :func:`attribution` by default: the outlet quotes IRNA, not him.
First-person subjects ("I think …" in a column) are the author's voice and give no row.

Verb classes (``resources/reporting_verbs.csv``, extensible with :func:`load_reporting_verbs`;
each row names its source): ``neutral`` (say, tell, state, report, add; "according to"),
``factive`` (note, reveal, observe, acknowledge, admit: the content is presented as true;
Hooper's 1975 factives), ``assertive`` (stress, emphasize, insist, point out, reiterate: Hooper's
strong assertives that foreground the speaker's commitment), ``doubt`` (claim, allege, purport:
cast doubt on the content) and ``other`` (deny, accuse, criticize, urge, suggest, believe).
Recasens, Danescu-Niculescu-Mizil & Jurafsky (2013, "Linguistic models for analyzing and
detecting biased language", ACL) use Hooper's (1975, "On assertive predicates") factive and
assertive lists as markers of epistemological bias: among assertives, verbs of saying such as
"say" and "state" are neutral while "claim" casts doubt on the proposition. Wikipedia's Manual of
Style (MOS:SAID) gives editors the same advice ("noted", "revealed" imply the speaker is right;
"claimed" raises a question; "according to" is neutral).

Coreference (deliberately simple, within one article, in text order): a generic source ("the
report", "a separate report", "the statement") and "it" resolve to the most recent *named*
non-person source (IRNA); "he"/"she" to the most recent named person speaker; a pronoun subject
inside a reported clause to that clause's speaker ("The Qataris said they hoped …"); a
description ("the president", "the Iranian interim foreign minister", "the governorate") to the
most recent named speaker whose own phrase contains all its words ("Iran's President Masoud
Pezeshkian"); a short name to an earlier full name ending with it ("Pezeshkian" → "Masoud
Pezeshkian"). ``antecedent`` records the phrase used. A mentions table, when given, takes
precedence: the actor heading the speaker phrase is the speaker.

People (issue 15). On top of that, :mod:`analysis.quotes.people` resolves every speaker to a
person or body within the article — names and lone surnames to the article's full name,
"he"/"she" to the nearest compatible person (gender from titles, first names and the pronouns
after the name), role descriptions to the titled person — or keeps it as an unnamed source of a
stated kind; ``speaker_resolved`` is what :func:`attribution` counts, so "Trump", "Mr. Trump",
"he" and "Donald Trump" are one speaker. Accuracy against PolNeAR's human annotation is measured
by ``benchmarks/eval_quotes.py``.

Voice. By default only direct quotations count as *quoted* voice: in indirect speech and
"according to" the wording is the outlet's paraphrase (it chose "Israeli regime" or "Zionist
regime"), so for the study of label choice it is the outlet's own voice. Pass ``kinds=`` to count
indirect speech as quoted too.

Modules (issue 17): :mod:`~analysis.quotes.table` builds the quotes table (:func:`quotes`) from
the rows :mod:`~analysis.quotes.extract` finds in each text — speech events from
:mod:`~analysis.quotes.speakers` (noun-phrase walks in :mod:`~analysis.quotes.phrases`, word
classes and tokens in :mod:`~analysis.quotes.words`, the verb lexicon in
:mod:`~analysis.quotes.verbs`), speakers resolved by :mod:`~analysis.quotes.coreference` and
:mod:`~analysis.quotes.people` (person mentions from :mod:`~analysis.quotes.person_scan`);
:mod:`~analysis.quotes.counts` holds :func:`attribution`. Every name this module held before it
became a package is still importable from it, and the old
modules ``analysis.quote_attribution``, ``quote_speakers``, ``quote_people`` and
``reporting_verbs`` re-export theirs.

Scale: one pass of one compiled, prefix-factored regular expression over each text finds every
candidate verb; the work per hit is a few tokens around it, so run time is linear in the length
of the corpus (about 1–2 MB of text a second on one core with speaker resolution). From 1 M
characters, ``quotes`` reads the texts in worker processes (``processes=``; chunks of whole
articles, joined in order: the same table), via :mod:`analysis._parallel`.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .._api import articles_first, group_keys, keyword_only
from .._memory import release_memory
from .._validate import require_columns
from .coreference import _mentions_index as _mentions_index
from .coreference import _speaker_kind as _speaker_kind
from .counts import _count_acts, _counted_rows, _reporting_acts
from .counts import _norm_surface as _norm_surface
from .extract import _doc_quotes as _doc_quotes
from .people import UNIDENTIFIED as UNIDENTIFIED
from .people import _join_surnames as _join_surnames
from .table import QUOTE_COLUMNS, _collect, _typed_frame
from .verbs import REPORTING_VERBS as REPORTING_VERBS
from .verbs import VERB_CLASSES as VERB_CLASSES
from .verbs import _lexicon, load_reporting_verbs

__all__ = [
    "QUOTE_COLUMNS",
    "attribution",
    "load_reporting_verbs",
    "quotes",
    "voice",
    "voice_spans",
]

# --------------------------------------------------------------------------------------------
# Public API


@keyword_only("mentions")
def quotes(
    articles: pd.DataFrame,
    *,
    mentions: pd.DataFrame | None = None,
    verbs: pd.DataFrame | None = None,
    processes: int | None = None,
) -> pd.DataFrame:
    """Find quotations and reported statements, with speaker and reporting verb.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id`` and ``text``.
    mentions : DataFrame, optional
        Actor mentions (``doc_id, start, end, actor``; ``actor_type`` used when present), e.g. from
        :func:`analysis.actors.actor_mentions`. A speaker phrase headed by a mention gets its actor.
    verbs : DataFrame, optional
        A reporting-verb lexicon (:func:`load_reporting_verbs`); default the shipped one.
    processes : int, optional
        Worker processes (:mod:`analysis._parallel`). ``None``: up to ``min(CPUs, 4)`` from
        1 M characters of text (the measured break-even), else one; 1: off. The table is the
        same for any number (each text is read alone; chunks are joined in order).

    Returns
    -------
    DataFrame
        One row per quotation or statement, in text order: ``doc_id, quote_id, start, end, kind``
        (``direct`` | ``indirect`` | ``according_to``), ``speaker`` (the phrase as written, e.g.
        "the report"), ``speaker_actor`` (canonical actor or None), ``speaker_norm`` (the key
        :func:`attribution` counts: the actor, else the resolved antecedent, else the name or
        lower-cased description), ``antecedent`` (speaker phrase a pronoun/description/generic
        source was resolved to), ``verb`` (lemma), ``verb_class``, ``speaker_start, speaker_end,
        verb_start`` (offsets of the attribution), ``within`` (quote_id of the direct quotation or
        the other speaker's reported statement a statement was found inside, else NA) and
        ``text``. Offsets index ``articles.text``; a direct quotation's span includes its marks.
        Added by issue 15: ``cue`` (the cue as written, e.g. "pointed out", "quoted as saying",
        "according to") with ``cue_start, cue_end``;
        ``speaker_resolved`` (the person or body the speaker phrase refers to: "he" → "Donald
        Trump", "Mr. Trump" → "Donald Trump"; unnamed sources as "(anonymous source)",
        "spokesperson of X", the document's phrase, or "(unidentified)") and ``speaker_kind``
        (person | organisation | spokesperson | anonymous | document | group | unresolved; see
        :mod:`analysis.quote_people`). ``kind`` may also be ``object`` (what a speech act is aimed
        at: "criticized the ruling") or ``term`` (a quoted term of one to three words with no
        speaker: scare quotes, titles, nicknames — quoted voice, but nobody's statement).
        Figures should count ``speaker_resolved`` (as :func:`attribution` does).

    Examples
    --------
    >>> df = pd.DataFrame({"doc_id": ["a"], "text": [
    ...     "“Talks went well,” IRNA claimed. The report said that more talks would follow."]})
    >>> q = quotes(df)
    >>> q[["kind", "speaker", "speaker_norm", "verb", "verb_class"]].values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['direct', 'IRNA', 'IRNA', 'claim', 'doubt'],
     ['indirect', 'The report', 'IRNA', 'say', 'neutral']]
    >>> q["text"].tolist()
    ['“Talks went well,”', 'more talks would follow']
    >>> df = pd.DataFrame({"doc_id": ["b"], "text": [
    ...     "Donald Trump spoke. “We will win,” he said. Mr. Trump pointed out the polls."]})
    >>> quotes(df)[["speaker", "speaker_resolved", "cue"]].values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['he', 'Donald Trump', 'said'], ['Mr. Trump', 'Donald Trump', 'pointed out']]
    """
    require_columns(articles, ["doc_id", "text"])
    cols = _collect(articles, _lexicon(verbs), _mentions_index(mentions), processes)
    out = _typed_frame(cols)
    release_memory(len(articles))
    return out


_find_quotes = quotes  # voice_spans takes a parameter named ``quotes``


# Voice is decided in analysis.voice; the quotes table is found here when other kinds are asked.
from ..voice import _merged_spans, voice  # noqa: E402, F401
from ..voice import voice_spans as _voice_spans  # noqa: E402


def voice_spans(
    articles: pd.DataFrame,
    quotes: pd.DataFrame | None = None,
    *,
    kinds: Iterable[str] = ("direct", "term"),
) -> pd.DataFrame:
    """Partition every text into own-voice and quoted spans: :func:`analysis.voice.voice_spans`,
    with the quotations found by :func:`quotes` when ``kinds`` other than the default are asked
    for without a quotes table.

    Examples
    --------
    >>> art = pd.DataFrame({"doc_id": ["a"], "text": ['He said "no" twice.']})
    >>> voice_spans(art)[["start", "end", "voice", "text"]].values.tolist()
    [[0, 8, 'own', 'He said '], [8, 12, 'quoted', '"no"'], [12, 19, 'own', ' twice.']]
    """
    kinds = tuple(kinds)
    if quotes is None and set(kinds) != {"direct", "term"}:
        require_columns(articles, ["doc_id", "text"])
        quotes = _find_quotes(articles)
    return _voice_spans(articles, quotes, kinds=kinds)


@keyword_only("by")
def attribution(
    articles: pd.DataFrame,
    quotes: pd.DataFrame,
    *,
    by: str = "outlet",
    nested: bool = False,
    unattributed: bool = False,
) -> pd.DataFrame:
    """Who each group (outlet) quotes, and with which reporting verb.

    A count is one *reporting act*: an attribution clause ("…,” IRNA claimed") counts once however
    many quotation rows it covers (a quote split over paragraphs, a partial quote inside the
    indirect statement it belongs to).

    A lone surname a whole article never expands ("Trump said …") joins the full name the
    rest of the table gives it when that name holds at least 80 % of the full names ending in it
    ("Donald Trump"), so one person is one row across articles; likewise an organisation's
    acronym joins the one name of the table whose initials spell it ("SEC" → "Securities and
    Exchange Commission", :mod:`analysis.quotes.acronyms`).

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id`` and the ``by`` column.
    quotes : DataFrame
        Output of :func:`quotes` (the old order ``attribution(quotes, articles)`` warns).
    by : str
        Grouping column of ``articles``; a missing value counts as "unknown".
    nested : bool
        Also count statements found inside direct quotations (IRNA quoting Bagheri Kani, quoted by
        the Jerusalem Post). Off by default: the outlet quotes IRNA.
    unattributed : bool
        Keep quotations with no speaker found, as speaker "(unattributed)", and speakers the
        text does not tie to anyone ("he" with no antecedent), as "(unidentified)". Off by
        default: a figure of who is quoted shows people, bodies and unnamed sources of a stated
        kind ("(anonymous source)", "spokesperson of X"), never a bare pronoun.

    Returns
    -------
    DataFrame
        ``<by>, speaker`` (``speaker_resolved`` where the quotes table has it, else
        ``speaker_norm``), ``verb, verb_class, count`` (reporting acts), ``quotes`` (rows),
        ``articles`` (articles with at least one), ``group_acts`` (all reporting acts of the group)
        and ``share`` = count / group_acts; sorted by count desc, then by the keys.

    Examples
    --------
    >>> art = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [
    ...     "“Yes,” IRNA claimed. “No,” IRNA said. “Maybe,” IRNA said."]})
    >>> attribution(art, quotes(art))[["outlet", "speaker", "verb", "count"]].values.tolist()
    [['X', 'IRNA', 'say', 2], ['X', 'IRNA', 'claim', 1]]
    """
    articles, quotes = articles_first(articles, quotes, "attribution", "quotes")
    require_columns(quotes, ["doc_id", "speaker", "verb"], name="quotes")
    require_columns(articles, ["doc_id", by])
    q = _counted_rows(quotes, nested=nested, unattributed=unattributed)
    groups = articles[["doc_id"]].assign(**{by: group_keys(articles, by)[by]})
    groups = groups.drop_duplicates("doc_id")
    q = q.merge(groups, on="doc_id", how="left")
    q = q.assign(act=_reporting_acts(q).to_numpy())
    keys = [by, "speaker", "verb", "verb_class"]
    if q.empty:
        return pd.DataFrame(columns=keys + ["count", "quotes", "articles", "group_acts", "share"])
    return _count_acts(q, by, keys)
