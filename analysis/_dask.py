"""The Dask client to compute on: the one given, one at a scheduler address, or the current one.

Shared by the Dask loader (:mod:`analysis.corpus.dask_loading`) and the Dask versions of the
analysis stages (:mod:`analysis.distributed`); imports no stage.
"""

from __future__ import annotations


def get_client(client=None):
    """A ``distributed.Client`` for ``client`` (a Client or a scheduler address), or the current
    one, or ``None`` (then Dask's local process scheduler is used)."""
    if client is None:
        try:
            from distributed import get_client as _current

            return _current()
        except (ImportError, ValueError):
            return None
    if isinstance(client, str):
        from distributed import Client

        return Client(client)
    return client


def compute(*collections, client=None):
    """Compute Dask collections on ``client`` (see :func:`get_client`), else with local
    processes; returns their results as a list, in order."""
    c = get_client(client)
    if c is not None:
        return c.compute(list(collections), sync=True)
    import dask

    return list(dask.compute(*collections, scheduler="processes"))
