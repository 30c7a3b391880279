"""Every stage's tables are the same as when the digests were stored (issue 17).

The digests (``tests/data/stage_digests.json``) were written by
``benchmarks/stage_digests.py --write`` before the package was reorganised; moving code must
not change one value of one table. After a change meant to alter results, rewrite them with
that command and say why in the commit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import stage_digests  # noqa: E402

STORED = json.loads((ROOT / "tests" / "data" / "stage_digests.json").read_text())


def test_digest_depends_on_values_and_order():
    import pandas as pd

    a = pd.DataFrame({"x": [1.0, 2.0], "y": ["a", "b"]})
    assert stage_digests.table_digest(a) == stage_digests.table_digest(a.copy())
    assert stage_digests.table_digest(a) != stage_digests.table_digest(a.iloc[::-1])
    assert stage_digests.table_digest(a) != stage_digests.table_digest(a.assign(x=[1.0, 2.5]))


@pytest.mark.slow
@pytest.mark.parametrize("corpus", sorted(stage_digests.CORPORA))
def test_stage_tables_unchanged(corpus):
    found = stage_digests.corpus_digests(corpus)
    if found is None:
        pytest.skip(f"{corpus} is not beside the project")
    stored = STORED[corpus]
    changed = sorted(t for t in set(found) | set(stored) if found.get(t) != stored.get(t))
    assert not changed, f"{corpus}: tables changed: {changed}"
