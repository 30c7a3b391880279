"""Report prose written from the tables: what the figures show and what they cannot.

A notebook's findings must follow the corpus it runs on, not the corpus it was written on. Each
function here takes the tables a section made and returns a short Markdown text — counts, the
top items, and the caveats that the counts call for (one outlet: nothing to compare; a handful
of articles per outlet: anecdotes; no term passing the FDR threshold: differences may be chance).
Notebooks show it with ``display(Markdown(...))``; nothing here computes a statistic of its own.

Examples
--------
>>> import pandas as pd
>>> arts = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"], "n_words": [100, 50],
...                      "date": pd.to_datetime(["2024-06-01", None])})
>>> print(evidence(arts).splitlines()[1])
- **One outlet: nothing to compare.** Every figure describes this outlet's articles; \
comparisons between outlets need at least two.
"""

from __future__ import annotations

import pandas as pd

#: Below this many articles a group's profile describes its articles, not its habits.
FEW_ARTICLES = 5


def plural(n: int, word: str, words: str | None = None) -> str:
    """``"1 article"``, ``"3 articles"``, with thousands separators.

    Examples
    --------
    >>> plural(1, "article"), plural(1200, "story", "stories")
    ('1 article', '1,200 stories')
    """
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def _names(values, n: int = 3) -> str:
    values = [str(v) for v in values]
    if len(values) <= n:
        shown = values
    else:
        shown = values[:n] + [f"{len(values) - n:,} more"]
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + " and " + shown[-1]


def group_sizes(articles: pd.DataFrame, by: str = "outlet") -> pd.Series:
    """Articles per group, largest first (ties by name); missing values count as "unknown"."""
    groups = articles[by].astype("string").fillna("unknown") if by in articles else pd.Series(
        "unknown", index=articles.index)
    sizes = groups.value_counts()
    return sizes.sort_index(kind="stable").sort_values(ascending=False, kind="stable")


def evidence(articles: pd.DataFrame, by: str = "outlet") -> str:
    """What the corpus can support: articles, words, groups, dates, thin groups (Markdown)."""
    n = len(articles)
    if n == 0:
        return "- **No articles**: nothing can be shown."
    sizes = group_sizes(articles, by)
    words = int(articles["n_words"].sum()) if "n_words" in articles else 0
    noun = "outlet" if by == "outlet" else f"{by} group"
    lines = [f"- **{plural(n, 'article')}** ({words:,} words) from **{plural(len(sizes), noun)}**"
             + (f" ({_names(sizes.index)})" if len(sizes) <= 4 else
                f"; the largest: {_names([f'{k} ({v})' for k, v in sizes.head(3).items()])}")]
    if "date" in articles:
        dated = articles["date"].dropna()
        if len(dated):
            verb = "has" if len(dated) == 1 else "have"
            lines[-1] += (f"; {len(dated):,} {verb} a known date "
                          f"({dated.min():%Y-%m-%d} to {dated.max():%Y-%m-%d}).")
        else:
            lines[-1] += "; **no article has a known date**: nothing over time can be shown."
    if len(sizes) == 1:
        lines.append(f"- **One {noun}: nothing to compare.** Every figure describes this "
                     f"{noun}'s articles; comparisons between {noun}s need at least two.")
    else:
        few = sizes[sizes < FEW_ARTICLES]
        if len(few) == len(sizes):
            lines.append(f"- **Every {noun} has fewer than {FEW_ARTICLES} articles**: differences "
                         f"between them describe these articles, not the {noun}s' coverage in "
                         "general.")
        elif len(few):
            lines.append(f"- {plural(len(few), noun)} have fewer than {FEW_ARTICLES} articles "
                         f"({_names(few.index)}): they are listed, but their profiles describe "
                         "single articles.")
    if n < 30:
        lines.append(f"- **{plural(n, 'article')} are anecdotes**: read every number with its "
                     "count and interval, and the sentences behind it.")
    return "\n".join(lines)


def topics_text(model, articles: pd.DataFrame) -> str:
    """The topics found, how stable, and what that supports (Markdown)."""
    topics = model.topics
    if topics.empty:
        return "- **No topics**: too few text units to cluster."
    sel = model.selection
    chosen = sel[sel["chosen"]] if "chosen" in sel else sel.iloc[0:0]
    stab = float(chosen["stability"].iloc[0]) if len(chosen) else float("nan")
    big = topics.sort_values("size", ascending=False, kind="stable").head(3)
    unit = str(getattr(model, "unit", "unit"))
    lines = [f"- **{plural(len(topics), 'topic')}** over {plural(len(model.units), unit)}; "
             f"the largest: {_names([f'{r.label} ({r.share:.0%})' for r in big.itertuples()])}."]
    if stab == stab:
        strength = ("high: the same groups come back on subsamples" if stab >= 0.8 else
                    "moderate: part of the grouping changes between subsamples" if stab >= 0.5
                    else "low: the grouping is one description among several")
        lines.append(f"- Agreement between subsamples for this k: ARI {stab:.2f} — {strength}.")
    if len(model.units) < 100:
        lines.append(f"- With fewer than 100 {unit}s, topics describe these texts; read the "
                     "passages before trusting a label.")
    return "\n".join(lines)


def stories_text(story_table: pd.DataFrame) -> str:
    """How many stories, how many covered by several outlets (Markdown)."""
    if story_table.empty:
        return "- No stories: no articles."
    per = story_table.drop_duplicates("story_id")
    multi = per[per["story_n_outlets"] >= 2]
    text = (f"- **{plural(len(per), 'story', 'stories')}** among "
            f"{plural(len(story_table), 'article')}; {plural(len(multi), 'story', 'stories')} "
            "covered by two or more outlets")
    if len(multi):
        top = multi.sort_values(["story_n_outlets", "story_size"], ascending=False,
                                kind="stable").iloc[0]
        text += (f" (the widest: \"{top['story_label']}\", {top['story_n_outlets']} outlets, "
                 f"{top['story_size']} articles).")
    else:
        text += ": no event can be compared across outlets within one story."
    return text


def actors_text(overall: pd.DataFrame, by_group: pd.DataFrame | None = None,
                by: str = "outlet") -> str:
    """The most named actors and how their counts spread over groups (Markdown)."""
    if overall.empty or overall["mentions"].sum() == 0:
        return ("- **No actor of the dictionary is named** in this corpus: add your actors with "
                "`load_dictionary(extra=...)`, and see the candidate names below.")
    top = overall.head(5)
    lines = ["- Most named: " + _names([f"{r.actor} ({r.mentions:,} mentions in "
                                        f"{r.articles_mentioning:,} articles)"
                                        for r in top.itertuples()], n=5) + "."]
    if by_group is not None and len(by_group) and by_group[by].nunique() > 1:
        lead = top.iloc[0]["actor"]
        rows = by_group[(by_group["actor"] == lead) & (by_group["mentions"] > 0)
                        & (by_group["articles"] >= FEW_ARTICLES)]
        rows = rows.sort_values("per_1000_words", ascending=False, kind="stable")
        if len(rows) >= 2:
            hi, lo = rows.iloc[0], rows.iloc[-1]
            lines.append(
                f"- Among groups with at least {FEW_ARTICLES} articles, {lead} is named most "
                f"often, relative to length, by {hi[by]} ({hi['per_1000_words']:.1f} per 1,000 "
                f"words, 95% interval {hi['ci_low']:.1f}–{hi['ci_high']:.1f}, "
                f"{plural(int(hi['articles']), 'article')}) and least by {lo[by]} "
                f"({lo['per_1000_words']:.1f}, {lo['ci_low']:.1f}–{lo['ci_high']:.1f}).")
    return "\n".join(lines)


def attribution_text(who: pd.DataFrame, by: str = "outlet") -> str:
    """Who is quoted most and with which verb classes (Markdown)."""
    if who.empty:
        return "- **No quotation or reported statement** was found: nothing to attribute."
    speakers = who.groupby("speaker")["count"].sum().sort_values(ascending=False, kind="stable")
    classes = who.groupby("verb_class")["count"].sum()
    total = int(classes.sum())
    doubt = int(classes.get("doubt", 0))
    lines = [f"- {plural(total, 'reporting act')} attributed to {plural(len(speakers), 'source')};"
             f" most quoted: {_names([f'{k} ({v})' for k, v in speakers.head(3).items()])}.",
             f"- Verbs that cast doubt (\"claimed\", \"alleged\"): {doubt} of {total} "
             f"({doubt / total:.0%})."]
    return "\n".join(lines)


def terms_text(terms: pd.DataFrame, by: str = "outlet", q: float = 0.05) -> str:
    """How many distinctive terms pass the FDR threshold, and for whom; which groups were too
    small to score, or were scored on very few articles (Markdown)."""
    few = terms.attrs.get("too_few_articles") or {}
    min_articles = terms.attrs.get("min_articles", FEW_ARTICLES)
    notes = []
    if few:
        notes.append(f"- {plural(len(few), f'{by} group')} with fewer than {min_articles} "
                     f"articles {'is' if len(few) == 1 else 'are'} not scored "
                     f"({_names(list(few))}); their articles still count in the others' "
                     "comparison.")
    if not terms.empty and "articles" in terms and min_articles < FEW_ARTICLES:
        thin = sorted(terms.loc[terms["articles"] < FEW_ARTICLES, by].astype(str).unique())
        if thin:
            notes.append(f"- Scored on fewer than {FEW_ARTICLES} articles: "
                         f"{_names(thin)}. Their terms describe these few articles, not the "
                         f"{by}'s habits.")
    tail = ("\n" + "\n".join(notes)) if notes else ""
    if terms.empty:
        return ("- **No distinctive terms**: distinctive terms compare groups, and this corpus "
                f"has {'one' if terms.attrs.get('n_groups', 1) <= 1 else 'too few'} "
                f"{by} group(s) with enough text." + tail)
    rest = terms[terms["other"] == "rest"] if "other" in terms else terms
    passing = rest[rest["q"] < q]
    if passing.empty:
        return (f"- **No term passes the false-discovery threshold** (Benjamini–Hochberg q < {q}):"
                " the differences in the chart may be chance; read them as leads to check, not "
                "findings." + tail)
    per = passing.groupby(by).size().sort_values(ascending=False, kind="stable")
    return (f"- {plural(len(passing), 'term')} pass q < {q} for "
            f"{plural(len(per), 'group')} ({_names([f'{k}: {v}' for k, v in per.items()])}); "
            "the other terms in the chart may be chance." + tail)


def min_articles_for(articles: pd.DataFrame, by: str = "outlet") -> int:
    """The ``min_articles`` for :func:`analysis.framing.distinctive_terms` on this corpus:
    :data:`FEW_ARTICLES` when at least two groups have that many articles, else 1 (a tiny
    corpus is still described, and :func:`terms_text` says its terms rest on few articles).

    Examples
    --------
    >>> min_articles_for(pd.DataFrame({"outlet": ["A", "A", "B"]}))
    1
    """
    sizes = articles[by].value_counts()
    return FEW_ARTICLES if (sizes >= FEW_ARTICLES).sum() >= 2 else 1


def tone_text(tone: pd.DataFrame, by: str = "outlet") -> str:
    """Tone means with their sentence counts, and a reminder of VADER's limits (Markdown)."""
    if tone.empty:
        return "- **No sentence mentions the chosen actors**: no tone can be measured."
    own = tone[tone["voice"] == "own"] if "voice" in tone else tone
    thin = int((own["n_sentences"] < 10).sum())
    text = (f"- {plural(len(own), 'outlet × actor mean')} in the outlets' own words, from "
            f"{int(own['n_sentences'].sum()):,} sentences")
    if thin:
        text += f"; {thin} rest on fewer than 10 sentences and carry wide intervals"
    return text + ". VADER scores sentences, not attitudes toward the actor."


def actor_headline(overall: pd.DataFrame) -> str:
    """A figure title naming the most named actor, or saying that none is named.

    Examples
    --------
    >>> actor_headline(pd.DataFrame(columns=["actor", "mentions"]))
    'No actor of the dictionary is named in this corpus'
    """
    if overall.empty or overall["mentions"].sum() == 0:
        return "No actor of the dictionary is named in this corpus"
    top = overall.iloc[0]
    return (f"{top['actor']} is named most: {top['mentions']:,} times in "
            f"{top['articles_mentioning']:,} of {top['articles']:,} articles")


def labels_text(choices: pd.DataFrame, referent: str, by: str = "outlet") -> str:
    """Each group's most used label for ``referent``, in its own voice and in quotations."""
    rows = choices[(choices["referent"] == referent) & (choices["count"] > 0)]
    if rows.empty:
        return f"- No label for {referent} occurs in this corpus."
    lines = []
    for voice, words in (("own", "in its own words"), ("quoted", "in quotations")):
        part = rows[rows["voice"] == voice].sort_values(["count", "label"],
                                                        ascending=[False, True], kind="stable")
        top = part.drop_duplicates(by).sort_values("total", ascending=False, kind="stable")
        if top.empty:
            continue
        shown = [f"{r[by]}: \"{r['label']}\" ({r['count']} of {r['total']})"
                 for _, r in top.head(6).iterrows()]
        more = f"; {len(top) - 6:,} more groups in the table" if len(top) > 6 else ""
        lines.append(f"- Most used label for {referent} {words} — " + "; ".join(shown) + more
                     + ".")
    thin = rows.drop_duplicates([by, "voice"])
    if (thin["total"] < 5).all():
        lines.append("- Every share rests on fewer than 5 occurrences: single articles decide "
                     "them.")
    return "\n".join(lines)
