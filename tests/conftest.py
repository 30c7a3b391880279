"""Shared test fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pytest

from analysis.config import SHARED_CORPORA


@pytest.fixture(scope="session")
def shared_jsonl() -> Callable[..., pd.DataFrame]:
    """Read ``../shared/corpora/NAME`` (a gzipped JSON-lines file) as it is, all its columns.

    ``shared_jsonl("bbc/bbc.jsonl.gz", nrows=300)``; skips the test cleanly when the shared
    corpora are not beside the project.
    """

    def read(name: str, nrows: int | None = None) -> pd.DataFrame:
        path = SHARED_CORPORA / name
        if not path.exists():
            pytest.skip(f"../shared/corpora/{name} is not beside the project")
        return pd.read_json(path, lines=True, nrows=nrows, dtype=False, compression="gzip")

    return read
