"""newsframe: compare how news outlets cover the same story.

Every function takes and returns pandas DataFrames that join by ``doc_id`` and character offsets
into ``articles.text`` (see ``data/README.md`` for the tables):

- ``load_corpus`` / ``load_report`` — files, HTML, CSV/JSONL/Parquet exports → ``articles``
- ``paragraphs`` / ``sentences`` / ``kwic`` — segmentation with offsets, keyword in context
- ``actor_mentions`` / ``actor_frequency`` / ``actor_network`` — who is named, how often, with whom
- ``quotes`` / ``attribution`` / ``voice`` — who is quoted with which verb; own voice vs quoted
- ``save_figure`` / ``use_style`` / ``outlet_colors`` — one figure style and one save path

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
from .figures import outlet_colors, save_figure, use_style
from .quotes import attribution, quotes, voice
from .text import kwic, paragraphs, sentences

__all__ = [
    "actor_frequency",
    "actor_mentions",
    "actor_network",
    "attribution",
    "kwic",
    "load_corpus",
    "load_report",
    "outlet_colors",
    "paragraphs",
    "quotes",
    "save_figure",
    "sentences",
    "use_style",
    "voice",
]
__version__ = "0.1.0"
