"""newsframe: compare how news outlets cover the same story.

Every function takes and returns pandas DataFrames that join by ``doc_id`` and character offsets
into ``articles.text`` (see ``data/README.md`` for the tables):

- ``load_corpus`` / ``load_report`` — files, HTML, CSV/JSONL/Parquet exports → ``articles``
- ``paragraphs`` / ``sentences`` / ``kwic`` — segmentation with offsets, keyword in context
- ``actor_mentions`` / ``actor_frequency`` / ``actor_network`` — who is named, how often, with whom
- ``quotes`` / ``attribution`` / ``voice`` — who is quoted with which verb; own voice vs quoted
- ``topic_model`` / ``stories`` — topics (paragraph or article level) and the same story
  across outlets
- ``label_choices`` / ``distinctive_terms`` / ``tone_toward`` — framing: labels by voice,
  weighted log-odds terms, tone toward actors
- ``save_figure`` / ``use_style`` / ``outlet_colors`` — one figure style and one save path
- ``explore`` / ``export_explorer`` — the linked views in a JupyterLab widget, or as one
  self-contained HTML file; every bar, label and term opens the sentences behind it

Examples
--------
>>> import analysis as nf
>>> articles = nf.load_corpus()
>>> nf.sentences(articles).columns.tolist()
['doc_id', 'sent_id', 'para_id', 'start', 'end', 'text']
"""

from __future__ import annotations

from .actors import actor_frequency, actor_mentions, actor_network
from .corpus import load_corpus, load_report
from .explore import explore
from .explorer_html import export_explorer
from .figures import outlet_colors, save_figure, use_style
from .framing import distinctive_terms, label_choices, tone_toward
from .quotes import attribution, quotes, voice
from .stories import stories
from .text import kwic, paragraphs, sentences
from .topics import TopicModel, topic_model

__all__ = [
    "TopicModel",
    "actor_frequency",
    "actor_mentions",
    "actor_network",
    "attribution",
    "distinctive_terms",
    "explore",
    "export_explorer",
    "kwic",
    "label_choices",
    "load_corpus",
    "load_report",
    "outlet_colors",
    "paragraphs",
    "quotes",
    "save_figure",
    "sentences",
    "stories",
    "tone_toward",
    "topic_model",
    "use_style",
    "voice",
]
__version__ = "0.1.0"
