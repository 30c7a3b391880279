"""newsframe: compare how news outlets cover the same story.

Every function takes and returns pandas DataFrames (see ``DESIGN.md`` for the tables):

- ``load_corpus`` — files, HTML, CSV/JSONL/Parquet exports → ``articles``
- ``paragraphs`` / ``sentences`` / ``kwic`` — segmentation with offsets, keyword in context
- ``save_figure`` / ``use_style`` / ``outlet_colors`` — one figure style and one save path
"""

from __future__ import annotations

from .figures import outlet_colors, save_figure, use_style
from .text import kwic, paragraphs, sentences

__all__ = [
    "kwic",
    "outlet_colors",
    "paragraphs",
    "save_figure",
    "sentences",
    "use_style",
]
__version__ = "0.1.0"
