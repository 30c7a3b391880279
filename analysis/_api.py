"""The API grammar every stage shares (issue 17; ``../shared/DESIGN.md``, "Public API").

- The base table ``articles`` first, then the derived tables a stage needs (``mentions``,
  ``quotes``), then keyword-only options.
- ``by`` is a column name or a list of them; a missing group value becomes ``"unknown"`` and is
  counted, never dropped (:func:`group_keys`).
- One name per idea: ``random_state``, ``confidence``, ``interval``, ``n_boot``, ``unit``,
  ``window_chars`` / ``window_days``. An old name keeps working for a while with a
  ``DeprecationWarning`` (:func:`renamed`).
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import pandas as pd

F = TypeVar("F", bound=Callable[..., Any])

#: what a missing group value is called in every table
UNKNOWN = "unknown"


def by_columns(by: str | Sequence[str]) -> list[str]:
    """``by`` as a list of column names.

    Examples
    --------
    >>> by_columns("outlet"), by_columns(["story_id", "outlet"])
    (['outlet'], ['story_id', 'outlet'])
    """
    return [by] if isinstance(by, str) else list(by)


def group_keys(table: pd.DataFrame, by: str | Sequence[str]) -> pd.DataFrame:
    """The ``by`` column(s) of ``table`` as strings, a missing value as ``"unknown"``.

    Rows are kept one for one (same index), so a group's counts never lose the rows whose group
    is missing.

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["A", None, "B"], "n": [1, 2, 3]})
    >>> group_keys(t, "outlet")["outlet"].tolist()
    ['A', 'unknown', 'B']
    """
    cols = by_columns(by)
    missing = [c for c in cols if c not in table.columns]
    if missing:
        raise ValueError(f"no column {missing[0]!r} to group by; columns are "
                         f"{list(table.columns)}")
    out = table[cols].astype(object)
    return out.where(out.notna(), UNKNOWN).astype(str)


def renamed(**old_to_new: str) -> Callable[[F], F]:
    """Accept old keyword names for a while: ``old=`` → ``new=`` with a ``DeprecationWarning``.

    Examples
    --------
    >>> @renamed(level="confidence")
    ... def f(*, confidence=0.95):
    ...     return confidence
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     f(level=0.9), w[0].category.__name__
    (0.9, 'DeprecationWarning')
    """

    def wrap(func: F) -> F:
        @functools.wraps(func)
        def inner(*args: Any, **kwargs: Any) -> Any:
            for old, new in old_to_new.items():
                if old in kwargs:
                    if new in kwargs:
                        raise TypeError(f"{func.__name__}() got both {old}= and {new}=")
                    warnings.warn(f"{func.__name__}({old}=…) is now {func.__name__}({new}=…)",
                                  DeprecationWarning, stacklevel=2)
                    kwargs[new] = kwargs.pop(old)
            return func(*args, **kwargs)

        return inner  # type: ignore[return-value]

    return wrap


#: a column only the derived table has, to tell a call in the old order
_MARKERS = {"mentions": "actor", "quotes": "quote_id"}


def articles_first(first: pd.DataFrame, second: pd.DataFrame, name: str,
                   derived: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(articles, derived)`` from a call in either order; the old order warns.

    A call written before the grammar was fixed (``f(mentions, articles)``) still works with a
    ``DeprecationWarning``: the derived table is told by a column articles do not have
    (``actor`` for mentions, ``quote_id`` for quotes).

    Examples
    --------
    >>> a = pd.DataFrame({"doc_id": ["d"], "text": ["t"]})
    >>> m = pd.DataFrame({"doc_id": ["d"], "actor": ["X"]})
    >>> articles_first(a, m, "f", "mentions")[0] is a
    True
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     articles_first(m, a, "f", "mentions")[0] is a
    True
    """
    marker = _MARKERS[derived]

    def has(t: Any) -> bool:
        return isinstance(t, pd.DataFrame) and marker in t.columns

    if has(first) and not has(second):
        warnings.warn(f"{name}({derived}, articles) is now {name}(articles, {derived})",
                      DeprecationWarning, stacklevel=3)
        return second, first
    return first, second


def keyword_only(*names: str) -> Callable[[F], F]:
    """Options made keyword-only: a call that still passes them by position works, with a
    ``DeprecationWarning``, mapping the extra positional arguments to ``names`` in order.

    Examples
    --------
    >>> @keyword_only("by")
    ... def f(articles, *, by="outlet"):
    ...     return by
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     f("a", "bias"), f("a", by="x"), len(w)
    ('bias', 'x', 1)
    """

    def wrap(func: F) -> F:
        import inspect

        n_fixed = sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
                      for p in inspect.signature(func).parameters.values())

        @functools.wraps(func)
        def inner(*args: Any, **kwargs: Any) -> Any:
            extra = args[n_fixed:]
            if extra:
                if len(extra) > len(names):
                    raise TypeError(f"{func.__name__}() takes {n_fixed} positional "
                                    f"argument(s) but {len(args)} were given")
                given = names[: len(extra)]
                warnings.warn(f"pass {', '.join(n + '=' for n in given)} to "
                              f"{func.__name__}() by keyword", DeprecationWarning, stacklevel=2)
                for name, value in zip(given, extra, strict=True):
                    if name in kwargs:
                        raise TypeError(f"{func.__name__}() got multiple values for {name!r}")
                    kwargs[name] = value
            return func(*args[:n_fixed], **kwargs)

        return inner  # type: ignore[return-value]

    return wrap
