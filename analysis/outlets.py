"""The outlet registry: which outlet a URL, a signature or a dateline abbreviation points to.

Read from ``resources/outlets.csv`` (``outlet, domains, abbreviations, country``); extend it by
adding rows there or by passing a manifest with an ``outlet`` column to ``load_corpus``.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import pandas as pd

from .config import RESOURCES_DIR


@lru_cache(maxsize=1)
def _registry() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    table = pd.read_csv(RESOURCES_DIR / "outlets.csv", dtype=str, keep_default_na=False)
    by_domain, by_abbrev, by_name = {}, {}, {}
    for row in table.itertuples(index=False):
        by_name[row.outlet.lower()] = row.outlet
        for d in filter(None, row.domains.split("|")):
            by_domain[d.lower()] = row.outlet
        for a in filter(None, row.abbreviations.split("|")):
            by_abbrev[a.lower()] = row.outlet
    return by_domain, by_abbrev, by_name


def registry() -> pd.DataFrame:
    """The outlet registry as a table (``outlet, domains, abbreviations, country``)."""
    return pd.read_csv(RESOURCES_DIR / "outlets.csv", dtype=str, keep_default_na=False)


def domain_of(url: str) -> str | None:
    """Host of ``url`` without ``www.`` (``None`` if it has none).

    Examples
    --------
    >>> domain_of("https://www.jpost.com/middle-east/x")
    'jpost.com'
    """
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def outlet_from_url(url: str) -> str | None:
    """Outlet of a URL by its domain (or parent domain) in the registry.

    Examples
    --------
    >>> outlet_from_url("https://www.radiohc.cu/en/noticias/356872")
    'Radio Habana Cuba'
    >>> outlet_from_url("https://example.org/a") is None
    True
    """
    host = domain_of(url)
    if not host:
        return None
    by_domain = _registry()[0]
    parts = host.split(".")
    for i in range(len(parts) - 1):
        hit = by_domain.get(".".join(parts[i:]))
        if hit:
            return hit
    return None


def outlet_from_abbreviation(abbrev: str) -> str | None:
    """Outlet for a dateline abbreviation such as "RHC" (case-insensitive)."""
    return _registry()[1].get(abbrev.strip().lower())


def outlet_from_name(name: str) -> str | None:
    """Outlet whose registered name is exactly ``name`` (case-insensitive), e.g. a signature."""
    return _registry()[2].get(name.strip().lower())
