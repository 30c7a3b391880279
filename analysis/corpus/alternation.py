"""Faster whole-line matching of an ordered list of named patterns (first match wins).

:class:`Alternation` answers what ``re.compile("(?P<a>…)|(?P<b>…)|…").fullmatch(s).lastgroup``
answers, but each line is tried only against the branches that can match it. Every pattern is
cut into its top-level branches, and for each branch two necessary conditions are read off
its parsed form (Python's own regex parser):

- the ASCII characters it can start with (case variants included under ``re.I``; a branch
  that may start with any character keeps every line);
- the non-letter characters every match of it contains ("/" in ``… REUTERS/Name``).

A line whose first character is ASCII is tried against one alternation made of the branches
that pass both tests, in the original order and under the original names; any other line
against the whole alternation. A dropped branch cannot match the line, and the regex engine
tries branches in order, so the first matching name is the same: the answer is unchanged
while most lines of article text skip most branches. The analysis is conservative: a regex
construct it does not know makes the branch count as able to start with anything.
"""

from __future__ import annotations

import re
import string

try:  # Python ≥ 3.11
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C
    import sre_parse as _P

_ASCII = frozenset(map(chr, range(128)))
_LETTERS = frozenset(string.ascii_letters)
_CATEGORIES = {
    _C.CATEGORY_DIGIT: frozenset(string.digits),
    _C.CATEGORY_WORD: frozenset(string.ascii_letters + string.digits + "_"),
    _C.CATEGORY_SPACE: frozenset(" \t\n\r\f\v\x1c\x1d\x1e\x1f"),
}
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}
_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}
#: groups of non-letters whose presence is tested before a branch is tried (``in`` tests):
#: a branch that needs one of a group's characters is skipped for lines holding none of them
FEATURES = (("/",), ("|", "•", "·"), (":",), ("@",))


def top_branches(rx: str) -> list[str]:
    """The top-level ``|`` branches of a pattern's source (escapes and classes respected).

    Examples
    --------
    >>> top_branches(r"a(?:b|c)|[|]d|e\\|f")
    ['a(?:b|c)', '[|]d', 'e\\\\|f']
    """
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(rx):
        c = rx[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + (rx[i + 1:i + 2] == "^")
            i += rx[i:i + 1] == "]"  # a "]" first in a class is a literal
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and not depth:
            out.append(rx[start:i])
            start = i + 1
        i += 1
    out.append(rx[start:])
    return out


def _literal(code: int, ignorecase: bool) -> frozenset:
    """ASCII characters a literal matches."""
    ch = chr(code)
    if not ignorecase or not ch.isalpha():
        return frozenset({ch}) & _ASCII
    if ch in _ASCII:
        return frozenset({ch.lower(), ch.upper()})
    # "K" (Kelvin) matches "k" under re.I: ask the engine which ASCII letters this one matches
    pattern = re.compile(re.escape(ch), re.I)
    return frozenset(c for c in _LETTERS if pattern.fullmatch(c))


def _in_set(items, ignorecase: bool) -> frozenset:
    """ASCII characters a class ``[…]`` may match (everything when negated or unknown)."""
    out: set = set()
    for op, av in items:
        if op is _C.LITERAL:
            out |= _literal(av, ignorecase)
        elif op is _C.RANGE:
            lo, hi = av
            out |= {c for c in _ASCII if lo <= ord(c) <= hi}
            if ignorecase:
                out |= _LETTERS if hi > 127 else {c.swapcase() for c in out if c.isalpha()}
        elif op is _C.CATEGORY and av in _CATEGORIES:
            out |= _CATEGORIES[av]
        else:  # NEGATE, other categories
            return _ASCII
    return frozenset(out)


def _first(items, ignorecase: bool) -> tuple[frozenset, bool]:
    """ASCII characters a sequence can start with, and whether it can match the empty string."""
    acc: set = set()
    for op, av in items:
        first, nullable = _first_item(op, av, ignorecase)
        acc |= first
        if not nullable:
            return frozenset(acc), False
    return frozenset(acc), True


def _first_item(op, av, ignorecase: bool) -> tuple[frozenset, bool]:
    """:func:`_first` of one parsed item."""
    if op is _C.LITERAL:
        return _literal(av, ignorecase), False
    if op is _C.IN:
        return _in_set(av, ignorecase), False
    if op is _C.SUBPATTERN:
        _, add, delete, sub = av
        ic = (ignorecase or bool(add & _C.SRE_FLAG_IGNORECASE)) and not (
            delete & _C.SRE_FLAG_IGNORECASE)
        return _first(sub, ic)
    if op is _C.BRANCH:
        parts = [_first(b, ignorecase) for b in av[1]]
        return frozenset().union(*(f for f, _ in parts)), any(n for _, n in parts)
    if op in _REPEATS:
        lo, _, sub = av
        first, nullable = _first(sub, ignorecase)
        return first, nullable or lo == 0
    if op in _ZERO_WIDTH:
        return frozenset(), True
    return _ASCII, True  # ANY, NOT_LITERAL, group references, …: anything


def _literals(items) -> frozenset | None:
    """The characters of a class made of non-letter literals only (``[|•·]``), else ``None``."""
    chars = [chr(av) for op, av in items if op is _C.LITERAL]
    if len(chars) != len(items) or any(c.isalpha() for c in chars):
        return None
    return frozenset(chars)


def _requirements(items) -> list[frozenset]:
    """Sets of non-letters of which every match of the sequence contains at least one."""
    out: list[frozenset] = []
    for op, av in items:
        if op is _C.LITERAL and not chr(av).isalpha():
            out.append(frozenset(chr(av)))
        elif op is _C.IN and (chars := _literals(av)) is not None:
            out.append(chars)
        elif op is _C.SUBPATTERN:
            out.extend(_requirements(av[3]))
        elif op is _C.BRANCH:
            each = [_requirements(b) for b in av[1]]
            if all(each):  # whichever branch matched, one of its characters is there
                out.append(frozenset().union(*(r for reqs in each for r in reqs)))
        elif op in _REPEATS and av[0] >= 1:
            out.extend(_requirements(av[2]))
    return out


def _needed_features(parsed) -> int:
    """Bit mask of the :data:`FEATURES` a line must have for the branch to match it: for each
    requirement made only of feature characters, the features holding one of them (one such
    feature must be present; kept only when that is a single feature)."""
    mask = 0
    for req in _requirements(parsed):
        hit = [k for k, group in enumerate(FEATURES) if req & set(group)]
        if len(hit) == 1 and req <= set(FEATURES[hit[0]]):
            mask |= 1 << hit[0]
    return mask


def _char_class(chars) -> str:
    """A regex class matching ``chars`` (escaped)."""
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _guarded_branch(part: str, flags: int) -> tuple[str, frozenset, bool]:
    """A branch with a lookahead for the features it needs when it may start with most
    characters (where the engine would otherwise try it at length), its first characters and
    whether it can match the empty string."""
    parsed = _P.parse(part, flags)
    first, nullable = _first(parsed, bool(parsed.state.flags & re.I))
    if len(first) > 40:
        for k, group in enumerate(FEATURES):
            if _needed_features(parsed) >> k & 1:  # one scan per character ("[^/]*/")
                scans = "|".join(f"[^{re.escape(c)}]*{re.escape(c)}" for c in group)
                part = f"(?:(?={scans}){part})"
    return part, first, nullable


def first_chars(*patterns: re.Pattern) -> frozenset | None:
    """The ASCII characters a match of any of the compiled ``patterns`` can start with (read
    off Python's regex parse as above), or ``None`` when one may match the empty string. A
    line whose first character is ASCII and not among them cannot match (``match`` at its
    start); a non-ASCII first character always may.

    Examples
    --------
    >>> sorted(first_chars(re.compile(r"^(?:last )?updated", re.I)))
    ['L', 'U', 'l', 'u']
    """
    out: set = set()
    for rx in patterns:
        parsed = _P.parse(rx.pattern, rx.flags)
        first, nullable = _first(parsed, bool(parsed.state.flags & re.I))
        if nullable:
            return None
        out |= first
    return frozenset(out)


def guarded_alternation(named: list[tuple[str, str]], flags: int = 0
                        ) -> tuple[re.Pattern, dict[str, str]]:
    """``(?P<g0>…)|(?P<g1>…)|…`` of the named patterns, each group guarded by a lookahead on the
    line's first character, and each long-running branch by the features it needs (see the
    module docstring): the same matches as the unguarded alternation, found sooner. Returns the
    pattern and the names of its groups.

    Examples
    --------
    >>> rx, names = guarded_alternation([("num", r"\\d+ items?"), ("word", r"read more|more")],
    ...                                 re.I)
    >>> [names[m.lastgroup] if (m := rx.fullmatch(s)) else None
    ...  for s in ("12 items", "Read More", "Talks resumed.")]
    ['num', 'word', None]
    """
    groups, names = [], {}
    for i, (name, rx) in enumerate(named):
        parts, starts, nullable = [], set(), False
        for part in top_branches(rx):
            part, first, empty = _guarded_branch(part, flags)
            parts.append(part)
            starts |= first
            nullable |= empty
        body = "|".join(parts)
        if not nullable and len(starts) < len(_ASCII):  # any non-ASCII first character passes
            body = f"(?={_char_class(starts)[:-1]}\\x80-\\U0010ffff])(?:{body})"
        groups.append(f"(?P<g{i}>{body})")
        names[f"g{i}"] = name
    return re.compile("|".join(groups), flags), names
