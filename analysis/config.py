"""Where things live: every path the kit reads or writes comes from here.

Paths are computed from the package location, so notebooks, scripts and tests work from any
working directory. Output folders can be redirected with environment variables
(``NEWSFRAME_FIGURES_DIR``, ``NEWSFRAME_REPORTS_DIR``, ``NEWSFRAME_CACHE_DIR``), which is how
``make report`` and the test suite keep their outputs apart.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = PROJ_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
MANIFEST = DATA_DIR / "corpus.csv"
RESOURCES_DIR = Path(__file__).resolve().parent / "resources"
#: The shared evaluation corpora (AllSides, PolNeAR, BBC): ``NEWSFRAME_SHARED_CORPORA`` if set
#: (e.g. from a git worktree, whose parent folder has no ``shared``), else ``../shared/corpora``.
SHARED_CORPORA = (Path(os.environ["NEWSFRAME_SHARED_CORPORA"]).expanduser().resolve()
                  if os.environ.get("NEWSFRAME_SHARED_CORPORA")
                  else PROJ_ROOT.parent / "shared" / "corpora")


def _env_path(var: str, default: Path) -> Path:
    value = os.environ.get(var)
    return Path(value).expanduser().resolve() if value else default


def figures_dir() -> Path:
    """Folder that :func:`analysis.save_figure` writes to (``NEWSFRAME_FIGURES_DIR`` overrides)."""
    return _env_path("NEWSFRAME_FIGURES_DIR", PROJ_ROOT / "figures")


def reports_dir() -> Path:
    """Folder for executed notebooks rendered as HTML (``NEWSFRAME_REPORTS_DIR`` overrides)."""
    return _env_path("NEWSFRAME_REPORTS_DIR", PROJ_ROOT / "reports")


def cache_dir() -> Path:
    """Folder for the Parquet cache of loaded corpora (``NEWSFRAME_CACHE_DIR`` overrides)."""
    return _env_path("NEWSFRAME_CACHE_DIR", PROJ_ROOT / ".cache" / "newsframe")
