"""Every stage's tables are the same as when the digests were stored (issue 17).

The digests (``tests/data/stage_digests.json``) were written by
``benchmarks/stage_digests.py --write`` before the package was reorganised; moving code must
not change one value of one table. After a change meant to alter results, rewrite them with
that command and say why in the commit. One set per BLAS kernel (:mod:`digest_store`).
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import digest_store  # noqa: E402
import stage_digests  # noqa: E402

STORED = digest_store.load(ROOT / "tests" / "data" / "stage_digests.json")


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
    want, left_out = digest_store.expected(STORED, corpus)
    if left_out:
        warnings.warn(f"BLAS kernel {digest_store.blas_kernel()} has no stored digests: "
                      f"{corpus}'s {left_out} not compared", stacklevel=1)
    changed = digest_store.changed(found, want, left_out)
    assert not changed, f"{corpus}: tables changed: {changed}"


def test_digests_are_kept_per_blas_kernel():
    stored = {"SkylakeX": {"c": {"topics": "1", "quotes": "2"}},
              "Haswell": {"c": {"topics": "9", "quotes": "2"}}}
    assert digest_store.expected(stored, "c", "Haswell") == ({"topics": "9", "quotes": "2"}, [])
    # a kernel with no set: only the tables every kernel agrees on are compared
    want, left_out = digest_store.expected(stored, "c", "Zen")
    assert want == {"quotes": "2"} and left_out == ["topics"]
    assert digest_store.changed({"topics": "5", "quotes": "3"}, want, left_out) == ["quotes"]
    assert digest_store.changed({"topics": "5", "quotes": "2"}, want, left_out) == []
    assert digest_store.blas_kernel() != ""


def test_stored_digests_have_a_set_per_kernel():
    assert STORED and all(isinstance(v, dict) and v for v in STORED.values())
    assert "SkylakeX" in STORED and "Haswell" in STORED
