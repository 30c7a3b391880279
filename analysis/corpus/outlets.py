"""The outlet registry: which outlet a URL, a signature or a dateline abbreviation points to.

Read from ``resources/outlets.csv`` (``outlet, domains, abbreviations, aliases, country``); extend
it by adding rows there or by passing a manifest with an ``outlet`` column to ``load_corpus``.

Names as exports write them ("Fox Online News", "New York Times - Opinion", "CNN (Web News)",
"FoxNews.com", "nyt") are matched by a *key*: the name without its section mark ("- News",
"(Online News)", "Opinion" …), without a trailing ".com" or a leading "The", lower-cased, with
every non-alphanumeric character dropped. :func:`canonical_outlet` returns the registry's name
and the section ("news", "opinion", "editorial", "blog") the name marked.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

import pandas as pd

from ..config import RESOURCES_DIR

_SECTIONS = {"news": "news", "web news": "news", "online news": "news", "online": "news",
             "opinion": "opinion", "opinions": "opinion", "editorial": "editorial",
             "editorials": "editorial", "blog": "blog"}
# "X - News", "X: Opinion", "X | Editorial", "X (Online News)", "X (blog)"
_SECTION_MARKED = re.compile(
    r"\s*(?:[-–—:|]\s*(?P<a>news|opinions?|editorials?|blog)|"
    r"\((?P<b>news|web news|online news|online|opinions?|editorials?|blog)\))\s*$", re.I)
# "Fox News Opinion", "NPR Editorial", "Fox Online News": no separator, so never a bare "News"
_SECTION_BARE = re.compile(r"(?<=\w)\s+(?P<c>online news|opinion|editorial)\s*$", re.I)
_DOT_COM = re.compile(r"\.(?:com|net|org|co\.uk)$", re.I)
_THE = re.compile(r"^the\s+", re.I)
_NON_ALNUM = re.compile(r"[\W_]+")


@lru_cache(maxsize=1)
def _registry() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    table = registry()
    by_domain, by_abbrev, by_name, by_key = {}, {}, {}, {}
    for row in table.itertuples(index=False):
        names = [row.outlet, *filter(None, row.aliases.split("|"))]
        for n in names:
            by_name[n.lower()] = row.outlet
            by_key.setdefault(outlet_key(n), row.outlet)
        for d in filter(None, row.domains.split("|")):
            by_domain[d.lower()] = row.outlet
        for a in filter(None, row.abbreviations.split("|")):
            by_abbrev[a.lower()] = row.outlet
            by_key.setdefault(outlet_key(a), row.outlet)
    return by_domain, by_abbrev, by_name, by_key


def registry() -> pd.DataFrame:
    """The outlet registry as a table (``outlet, domains, abbreviations, aliases, country``)."""
    table = pd.read_csv(RESOURCES_DIR / "outlets.csv", dtype=str, keep_default_na=False)
    if "aliases" not in table.columns:
        table["aliases"] = ""
    return table


def split_section(name: str) -> tuple[str, str | None]:
    """An outlet name without its section mark, and the section it marked.

    Examples
    --------
    >>> split_section("New York Times - Opinion")
    ('New York Times', 'opinion')
    >>> split_section("Fox Online News"), split_section("Fox News")
    (('Fox', 'news'), ('Fox News', None))
    """
    name = " ".join(name.split())
    m = _SECTION_MARKED.search(name) or _SECTION_BARE.search(name)
    if not m or m.start() == 0:
        return name, None
    word = next(g for g in m.groups() if g).lower()
    return name[: m.start()].strip(), _SECTIONS[word]


def outlet_key(name: str) -> str:
    """The key names are matched by: no section mark, ".com" or leading "The"; alphanumerics only.

    Examples
    --------
    >>> outlet_key("The Wall Street Journal - News") == outlet_key("Wall Street Journal")
    True
    >>> outlet_key("FoxNews.com") == outlet_key("Fox News")
    True
    """
    base = split_section(name)[0]
    base = _THE.sub("", _DOT_COM.sub("", base.strip()))
    return _NON_ALNUM.sub("", base.lower())


def lookup_outlet(name: str) -> str | None:
    """The registry outlet a name (in any of its written variants) refers to, else ``None``.

    Examples
    --------
    >>> lookup_outlet("Fox News (Online News)"), lookup_outlet("nyt"), lookup_outlet("Vixen")
    ('Fox News', 'The New York Times', None)
    """
    key = outlet_key(name)
    return _registry()[3].get(key) if key else None


def canonical_outlet(name: str) -> tuple[str, str | None]:
    """One name per outlet: the registry's name where the key matches, else the name without its
    section mark; and the section ("news", "opinion", "editorial", "blog" or ``None``).

    Examples
    --------
    >>> canonical_outlet("USA TODAY"), canonical_outlet("CNN - Editorial")
    (('USA Today', None), ('CNN', 'editorial'))
    >>> canonical_outlet("Newsmax - News"), canonical_outlet("Guest Writer - Left")
    (('Newsmax', 'news'), ('Guest Writer - Left', None))
    >>> canonical_outlet("nytimes.com")  # a domain, as Media Cloud's media_name often is
    ('The New York Times', None)
    """
    base, section = split_section(name)
    by_domain = outlet_from_url(base) if "." in base and " " not in base else None
    return lookup_outlet(base) or by_domain or base, section


def canonical_outlets(names: pd.Series) -> pd.DataFrame:
    """:func:`canonical_outlet` of a column (each distinct name resolved once).

    Returns ``outlet, section`` (string dtype, ``<NA>`` where ``names`` is missing), same index.
    """
    names = names.astype("string")
    uniq = {n: canonical_outlet(n) for n in names.dropna().unique()}
    outlet = names.map(lambda n: uniq[n][0] if n in uniq else pd.NA)
    section = names.map(lambda n: uniq[n][1] if n in uniq and uniq[n][1] else pd.NA)
    return pd.DataFrame({"outlet": outlet.astype("string"), "section": section.astype("string")},
                        index=names.index)


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
    """Outlet whose registered name or alias is exactly ``name`` (case-insensitive), e.g. a
    signature line."""
    return _registry()[2].get(name.strip().lower())
