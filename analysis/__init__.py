"""newsframe: compare how news outlets cover the same story.

Every function takes and returns pandas DataFrames that join by ``doc_id`` and character offsets
into ``articles.text`` (see ``data/README.md`` for the tables).

One grammar everywhere (``../shared/DESIGN.md``, "Public API"): the base table ``articles``
first, then the derived tables a stage needs (``mentions``, ``quotes``, ``spans``), then
keyword-only options. One name per idea: ``by`` (a column or a list of columns; a missing group
value is counted as ``"unknown"``, never dropped), ``unit``, ``random_state``, ``confidence``,
``interval``, ``n_boot``, ``window_chars`` (characters of context) and ``window_days`` (days
between articles of one story). Old spellings (``level=``, ``window=``, ``seed=``, ``ci=``, the
derived table first) still work for now, with a ``DeprecationWarning``.

Stages
------
- corpus: ``load_corpus`` / ``load_report`` — files, HTML, CSV/JSONL/Parquet/Excel/PDF/Word and
  news-database exports → ``articles``, and what happened to every input file;
  ``outlet_summary`` / ``articles_by_date`` / ``cleaning_summary`` describe it
- text: ``paragraphs`` / ``sentences`` / ``kwic`` — segmentation with offsets, keyword in context
- voice: ``voice_spans`` / ``voice`` — the outlet's own words vs the words it quotes (the one
  owner of voice: actors, labels, terms and tone all ask it)
- actors: ``actor_mentions`` / ``actor_frequency`` / ``actor_network`` / ``actor_candidates``
  (+ ``load_dictionary``) — who is named, how often, with whom
- quotes: ``quotes`` / ``attribution`` — who is quoted, by whom, with which verb
- topics: ``topic_model`` (``TopicModel``) / ``run_agreement`` / ``stories`` — topics and the
  same story across outlets
- framing: ``distinctive_terms`` / ``term_contexts`` / ``find_labels`` / ``load_labels`` /
  ``label_choices`` / ``tone_sentences`` / ``tone_toward`` — weighted log-odds terms, labels by
  voice, tone toward actors
- explore: ``explore`` / ``export_explorer`` (+ ``explorer_tables``, ``select``,
  ``term_scores``, ``contexts``) — linked views in JupyterLab or one self-contained HTML file
- figures: ``save_figure`` / ``use_style`` / ``outlet_colors`` / ``message_figure`` and the
  ``plot_*`` functions (tidy table in, ``Figure`` out, readable from 1 to 500 outlets)
- report prose: ``evidence``, ``topics_text``, ``stories_text``, ``actor_headline``,
  ``actors_text``, ``attribution_text``, ``labels_text``, ``terms_text``, ``tone_text`` write
  the notebooks' sentences from the tables (counts and caveats follow the data);
  ``min_articles_for`` picks the smallest group size worth scoring; ``notebook_articles`` loads
  a notebook's corpus

Examples
--------
>>> import analysis as nf
>>> articles = nf.load_corpus()
>>> nf.sentences(articles).columns.tolist()
['doc_id', 'sent_id', 'para_id', 'start', 'end', 'text']
"""

from __future__ import annotations

from .actor_dictionary import load_dictionary
from .actors import actor_candidates, actor_frequency, actor_mentions, actor_network
from .corpus import load_corpus, load_report
from .explore import explore
from .explore_data import contexts, explorer_tables, select, term_scores
from .explorer_html import export_explorer
from .figures import message_figure, outlet_colors, save_figure, use_style
from .framing import (
    distinctive_terms,
    find_labels,
    label_choices,
    load_labels,
    term_contexts,
    tone_sentences,
    tone_toward,
)
from .narrative import (
    actor_headline,
    actors_text,
    attribution_text,
    evidence,
    labels_text,
    min_articles_for,
    stories_text,
    terms_text,
    tone_text,
    topics_text,
)
from .overview import articles_by_date, cleaning_summary, outlet_summary
from .plots.actors import plot_actor_frequency, plot_actor_network
from .plots.corpus import plot_articles_by_date, plot_cleaning, plot_outlet_summary
from .plots.explore import plot_term_scatter
from .plots.framing import (
    plot_distinctive_terms,
    plot_label_choices,
    plot_term_pair,
    plot_tone,
    plot_who_quotes_whom,
)
from .plots.topics import (
    plot_stability,
    plot_story_coverage,
    plot_topic_heatmap,
    plot_topic_sizes,
    plot_topics_over_time,
)
from .quotes import attribution, quotes, voice, voice_spans
from .report import notebook_articles
from .stories import stories
from .text import kwic, paragraphs, sentences
from .topics import TopicModel, run_agreement, topic_model

__all__ = [
    "TopicModel",
    "actor_candidates",
    "actor_frequency",
    "actor_headline",
    "actor_mentions",
    "actor_network",
    "actors_text",
    "articles_by_date",
    "attribution",
    "attribution_text",
    "cleaning_summary",
    "contexts",
    "distinctive_terms",
    "evidence",
    "explore",
    "explorer_tables",
    "export_explorer",
    "find_labels",
    "kwic",
    "label_choices",
    "labels_text",
    "load_corpus",
    "load_dictionary",
    "load_labels",
    "load_report",
    "message_figure",
    "min_articles_for",
    "notebook_articles",
    "outlet_colors",
    "outlet_summary",
    "paragraphs",
    "plot_actor_frequency",
    "plot_actor_network",
    "plot_articles_by_date",
    "plot_cleaning",
    "plot_distinctive_terms",
    "plot_label_choices",
    "plot_outlet_summary",
    "plot_stability",
    "plot_story_coverage",
    "plot_term_pair",
    "plot_term_scatter",
    "plot_tone",
    "plot_topic_heatmap",
    "plot_topic_sizes",
    "plot_topics_over_time",
    "plot_who_quotes_whom",
    "quotes",
    "run_agreement",
    "save_figure",
    "select",
    "sentences",
    "stories",
    "stories_text",
    "term_contexts",
    "term_scores",
    "terms_text",
    "tone_sentences",
    "tone_text",
    "tone_toward",
    "topic_model",
    "topics_text",
    "use_style",
    "voice",
    "voice_spans",
]
__version__ = "0.1.0"
