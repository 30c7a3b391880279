"""Stored table digests, one set per BLAS kernel: the refactoring guard of issue 17 on any CPU.

The topic model's tables come from float32 linear algebra (k-means distances, SVD) whose last
bits depend on the OpenBLAS kernel the CPU selects (AVX-512 "SkylakeX" vs AVX2 "Haswell", which
AMD EPYC machines also get): the same code gives other topic assignments on another machine.
That is floating point, not a bug (numpy's docs say as much of BLAS results), so the stored
digests (``tests/data/stage_digests.json``, ``tests/data/figure_digests.json``) keep one set per
kernel, ``{kernel: {section: {table: sha256}}}``:

* on a kernel that has a set, every table must match it;
* on a kernel that has none, the tables on which all stored kernels agree must match (they do
  not depend on BLAS); the others are left out, with a warning naming them.

Record a kernel's set with ``OPENBLAS_CORETYPE=<kernel>`` (a CPU runs the kernels of its own
instruction set and older ones: an AVX-512 machine can write SkylakeX and Haswell)::

    for k in SkylakeX Haswell; do export OPENBLAS_CORETYPE=$k
      python benchmarks/stage_digests.py --write tests/data/stage_digests.json
      NEWSFRAME_UPDATE_DIGESTS=1 python -m pytest tests/test_notebooks.py -k runs
    done; unset OPENBLAS_CORETYPE
"""

from __future__ import annotations

import json
from pathlib import Path


def blas_kernel() -> str:
    """The OpenBLAS kernel numpy and scipy run on ("SkylakeX", "Haswell", …), as threadpoolctl
    reports it; "unknown" when it cannot tell (another BLAS, or threadpoolctl missing).

    Examples
    --------
    >>> isinstance(blas_kernel(), str)
    True
    """
    try:
        import numpy  # noqa: F401  (load the BLAS libraries first)
        import scipy.linalg  # noqa: F401
        from threadpoolctl import threadpool_info
    except ImportError:
        return "unknown"
    kernels = sorted({str(i.get("architecture")) for i in threadpool_info()
                      if i.get("internal_api") == "openblas" and i.get("architecture")})
    return "+".join(kernels) or "unknown"


def load(path: Path) -> dict[str, dict[str, dict[str, str]]]:
    """The stored sets, ``{kernel: {section: {table: digest}}}`` (empty when the file is not)."""
    return json.loads(path.read_text()) if path.exists() else {}


def save(path: Path, stored: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(stored, indent=1, sort_keys=True) + "\n")


def expected(stored: dict, section: str, kernel: str | None = None) -> tuple[dict, list[str]]:
    """The digests ``section``'s tables must have on this kernel, and the tables left out.

    Parameters
    ----------
    stored : dict
        :func:`load`'s sets.
    section : str
        A corpus (stage digests) or a notebook (figure digests).
    kernel : str, optional
        Default :func:`blas_kernel`.

    Returns
    -------
    (dict, list)
        ``{table: digest}`` to compare with, and the tables not compared (BLAS-dependent ones
        on a kernel with no stored set; empty otherwise).

    Examples
    --------
    >>> s = {"A": {"c": {"t": "1", "u": "2"}}, "B": {"c": {"t": "1", "u": "3"}}}
    >>> expected(s, "c", "A")
    ({'t': '1', 'u': '2'}, [])
    >>> expected(s, "c", "Zen")
    ({'t': '1'}, ['u'])
    """
    kernel = kernel or blas_kernel()
    if kernel in stored:
        return dict(stored[kernel].get(section, {})), []
    sets = [s.get(section, {}) for s in stored.values()]
    if not sets:
        return {}, []
    tables = sorted(set().union(*sets))
    agreed = {t: sets[0].get(t) for t in tables if len({s.get(t) for s in sets}) == 1}
    return agreed, [t for t in tables if t not in agreed]


def changed(found: dict[str, str], want: dict[str, str], left_out: list[str]) -> list[str]:
    """Tables whose digest differs from the stored one (or that are new or gone), sorted.

    Examples
    --------
    >>> changed({"t": "1", "u": "9"}, {"t": "1"}, ["u"])
    []
    >>> changed({"t": "2"}, {"t": "1", "v": "3"}, [])
    ['t', 'v']
    """
    skip = set(left_out)
    return sorted(t for t in set(found) | set(want)
                  if t not in skip and found.get(t) != want.get(t))
