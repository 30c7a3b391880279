"""Word lists the resolver reads from the kit's resources, for :mod:`analysis.quotes`.

Internal: given names and their sex (the 1990 US census list, ``resources/given_names.csv``) and
the actor dictionary's places, demonyms and actor types (``resources/actors.csv``), each loaded
once. Moved out of :mod:`analysis.quotes.person_scan` (2026-12-04, second session).
"""

from __future__ import annotations

import csv
import functools

from ..person_names import RESOURCES


@functools.lru_cache(maxsize=1)
def _census_sex() -> dict[str, str]:
    """Given name → "m" / "f" / "u" (both), from the 1990 US census list of
    :mod:`analysis.person_names` (``resources/given_names.csv``): the gender evidence of a first
    name beyond the short lists above ("Gloria" f, "Dennis" m, "Jesse" either)."""
    with open(RESOURCES / "given_names.csv", encoding="utf-8", newline="") as fh:
        return {row["name"]: row["sex"] for row in csv.DictReader(fh)}


@functools.lru_cache(maxsize=1)
def _dictionary_words() -> tuple[frozenset[str], frozenset[str]]:
    """From the actor dictionary: the names and aliases of its places and states ("Puerto Rico",
    "Nova Scotia": no person however they are capitalised) and all its demonyms."""
    places: set[str] = set()
    demonyms: set[str] = set()
    with open(RESOURCES / "actors.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            demonyms.update(a for a in (row.get("demonyms") or "").split("|") if a)
            if row.get("type") in ("place", "state"):
                places.add(row["actor"])
                places.update(a for a in (row.get("aliases") or "").split("|") if a)
    return frozenset(places), frozenset(demonyms)


@functools.lru_cache(maxsize=1)
def _dictionary_types() -> dict[str, str]:
    """From the actor dictionary: each actor's name and aliases → its type ("person", "media",
    "organisation", "state", "place", "armed_group"); and the outlets of ``outlets.csv``
    ("media")."""
    out: dict[str, str] = {}
    with open(RESOURCES / "actors.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for name in [row["actor"], *(row.get("aliases") or "").split("|")]:
                if name:
                    out.setdefault(name, row.get("type") or "")
    with open(RESOURCES / "outlets.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):  # the outlets the kit knows ("Daily Beast", "Vox")
            for name in [row["outlet"], *(row.get("aliases") or "").split("|")]:
                if name:
                    out.setdefault(name, "media")
                    out.setdefault(name.removeprefix("The "), "media")
    return out
