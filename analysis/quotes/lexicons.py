"""Word lists the resolver reads from the kit's resources, for :mod:`analysis.quotes`.

Internal: given names and their sex (:func:`analysis.person_names.given_name_sex`) and the actor
dictionary's places, demonyms and actor types (``resources/actors.csv``, read once), with the
outlets of the outlet registry. Moved out of :mod:`analysis.quotes.person_scan` (2026-12-04,
second session).
"""

from __future__ import annotations

import csv
import functools

from ..corpus.outlets import registry
from ..person_names import RESOURCES
from ..person_names import given_name_sex as _census_sex

__all__ = ["_census_sex", "_dictionary_types", "_dictionary_words"]


@functools.lru_cache(maxsize=1)
def _actor_rows() -> tuple[dict[str, str], ...]:
    """The rows of the actor dictionary (``resources/actors.csv``)."""
    with open(RESOURCES / "actors.csv", newline="", encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


def _names(row: dict[str, str], key: str = "actor") -> list[str]:
    return [n for n in [row[key], *(row.get("aliases") or "").split("|")] if n]


@functools.lru_cache(maxsize=1)
def _dictionary_words() -> tuple[frozenset[str], frozenset[str]]:
    """From the actor dictionary: the names and aliases of its places and states ("Puerto Rico",
    "Nova Scotia": no person however they are capitalised) and all its demonyms."""
    places: set[str] = set()
    demonyms: set[str] = set()
    for row in _actor_rows():
        demonyms.update(a for a in (row.get("demonyms") or "").split("|") if a)
        if row.get("type") in ("place", "state"):
            places.update(_names(row))
    return frozenset(places), frozenset(demonyms)


@functools.lru_cache(maxsize=1)
def _dictionary_types() -> dict[str, str]:
    """From the actor dictionary: each actor's name and aliases → its type ("person", "media",
    "organisation", "state", "place", "armed_group"); and the outlets of the outlet registry
    (:func:`analysis.corpus.outlets.registry`: "media", "The Daily Beast" also without "The")."""
    out: dict[str, str] = {}
    for row in _actor_rows():
        for name in _names(row):
            out.setdefault(name, row.get("type") or "")
    for row in registry().to_dict("records"):
        for name in _names(row, "outlet"):
            out.setdefault(name, "media")
            out.setdefault(name.removeprefix("The "), "media")
    return out
