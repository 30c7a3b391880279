"""A Parquet cache of loaded corpora and derived tables, keyed by what they were made from.

Re-opening a notebook on a big corpus should not re-parse 100,000 files. ``load_corpus(...,
cache=True)`` stores the ``articles`` table (and its load report) as one Parquet file whose name
is a hash of

- every input file's relative path, size and content hash (BLAKE2b of the bytes — never the
  modification time alone, so a file edited within the same second is still noticed),
- the manifest's content, the loader's parameters, and
- the loader's own code and outlet registry (so a change to the cleaning rules is a new key).

Any changed, added or removed file therefore gives a new key: a cached table is never stale, only
unused (:func:`clear_cache` removes old files). Derived tables (mentions, sentences, …) are cached
the same way by :func:`cached`, keyed by the content of the ``articles`` table, the function's
code and its arguments. Files are written atomically (a temporary file renamed into place), so an
interrupted run never leaves a half-written cache behind. The folder is
:func:`analysis.config.cache_dir` (``.cache/newsframe/``) unless a path is given.
"""

from __future__ import annotations

import hashlib
import inspect
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .. import config
from .steps import file_tasks, resolve_sources

#: Bump when the cached layout changes; the loader's code is hashed in as well.
CACHE_VERSION = "1"
_LOADER_MODULES = ("loading", "steps", "schema", "records", "exports", "scraped", "scraped_rules",
                   "readers", "dedup", "outlets", "boilerplate", "metalines", "documents",
                   "database_exports")
_ATTRS_KEY = b"newsframe.attrs"
_CHUNK = 1 << 20
_code_hash: str | None = None


def _blake(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def file_hash(path: Path) -> str:
    """BLAKE2b (128-bit) of a file's bytes.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_bytes(b"abc")
    >>> file_hash(p)
    'cf4ab791c62b8d2b2109c90275287816'
    """
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def loader_code_hash() -> str:
    """Hash of the loader's source files and the outlet registry (a code change = a new key)."""
    global _code_hash
    if _code_hash is None:
        here = Path(__file__).resolve().parent
        parts = [CACHE_VERSION]
        for name in _LOADER_MODULES:
            parts.append((here / f"{name}.py").read_text(encoding="utf-8"))
        registry = config.RESOURCES_DIR / "outlets.csv"
        if registry.exists():
            parts.append(registry.read_text(encoding="utf-8"))
        _code_hash = _blake("\x00".join(parts))
    return _code_hash


def fingerprint_files(sources: Iterable[Path], *, progress: bool = True) -> list[tuple]:
    """``(source number, relative path, size, content hash)`` of every file ``load_corpus`` reads.

    A missing source is listed as ``(i, path, -1, "missing")`` so that creating it changes the key.
    """
    from .._progress import progress as bar

    rows: list[tuple] = []
    todo: list[tuple[int, str, Path]] = []
    for i, root in enumerate(sources):
        for p, rel, missing in file_tasks([root]):
            if missing is not None:
                rows.append((i, rel, -1, "missing"))
            else:
                todo.append((i, rel, p))
    for i, rel, p in (bar(todo, total=len(todo), desc="hashing files", unit="file",
                          at_least=2000) if progress else todo):
        try:
            rows.append((i, rel, p.stat().st_size, file_hash(p)))
        except OSError as exc:
            rows.append((i, rel, -1, f"unreadable: {type(exc).__name__}"))
    return rows


def _manifest_hash(manifest) -> str:
    if manifest is None:
        return "none"
    if isinstance(manifest, pd.DataFrame):
        return "df:" + _blake(manifest.to_csv(index=False))
    p = Path(manifest)
    return "file:" + (file_hash(p) if p.exists() else "missing")


def corpus_key(source=None, *, manifest=None, params: dict | None = None,
               progress: bool = True) -> str:
    """The cache key of ``load_corpus(source, manifest=manifest, **params)``.

    Examples
    --------
    >>> corpus_key() == corpus_key()
    True
    >>> corpus_key() == corpus_key(params={"near_duplicate_threshold": 0.9})
    False
    """
    sources, manifest = resolve_sources(source, manifest)
    payload = {
        "files": fingerprint_files(sources, progress=progress),
        "manifest": _manifest_hash(manifest),
        "params": {k: repr(v) for k, v in sorted((params or {}).items())},
        "loader": loader_code_hash(),
    }
    return _blake(json.dumps(payload, sort_keys=True, default=str))


def cache_folder(cache: bool | str | Path) -> Path:
    """The cache folder: :func:`analysis.config.cache_dir` for ``True``, else the path given."""
    folder = config.cache_dir() if cache is True else Path(cache).expanduser()
    return folder


def _without_attrs(df: pd.DataFrame) -> pd.DataFrame:
    bare = df.copy(deep=False)
    bare.attrs = {}
    return bare


def write_cached_table(df: pd.DataFrame, path: Path) -> Path:
    """Write ``df`` to Parquet atomically, keeping ``attrs`` (tables inside them as Parquet)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # pandas would try (and warn about failing) to store attrs itself: store them below instead
    table = pa.Table.from_pandas(_without_attrs(df), preserve_index=False)
    attrs = {}
    for k, v in df.attrs.items():
        if isinstance(v, pd.DataFrame):
            buf = io.BytesIO()
            pq.write_table(pa.Table.from_pandas(v, preserve_index=False), buf)
            attrs[k] = {"parquet": buf.getvalue().hex()}
        else:
            try:
                attrs[k] = {"json": json.dumps(v)}
            except TypeError:
                continue  # not storable; the attribute is dropped
    meta = dict(table.schema.metadata or {})
    meta[_ATTRS_KEY] = json.dumps(attrs).encode("utf-8")
    table = table.replace_schema_metadata(meta)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def read_cached_table(path: Path) -> pd.DataFrame:
    """Read a table written by :func:`write_cached_table`, ``attrs`` included."""
    table = pq.read_table(path)
    df = table.to_pandas()
    df.attrs = {}
    raw = (table.schema.metadata or {}).get(_ATTRS_KEY)
    if raw:
        for k, v in json.loads(raw).items():
            if "parquet" in v:
                df.attrs[k] = pq.read_table(io.BytesIO(bytes.fromhex(v["parquet"]))).to_pandas()
            else:
                df.attrs[k] = json.loads(v["json"])
    return df


def frame_hash(df: pd.DataFrame) -> str:
    """Content hash of a DataFrame: its column names, dtypes and every value (not the index).

    Examples
    --------
    >>> a = pd.DataFrame({"doc_id": ["x"], "text": ["Hi."]})
    >>> frame_hash(a) == frame_hash(a.copy()), frame_hash(a) == frame_hash(a.assign(text="Ho."))
    (True, False)
    """
    h = hashlib.blake2b(digest_size=16)
    h.update(json.dumps([[str(c), str(t)] for c, t in df.dtypes.items()]).encode("utf-8"))
    if len(df.columns):
        values = pd.util.hash_pandas_object(df, index=False, categorize=False)
        h.update(values.to_numpy().tobytes())
    return h.hexdigest()


def cached(fn: Callable[..., pd.DataFrame], articles: pd.DataFrame, *args,
           cache: bool | str | Path = True, **kwargs) -> pd.DataFrame:
    """``fn(articles, *args, **kwargs)``, read from the cache when computed before.

    The key is the content of ``articles`` (:func:`frame_hash`), ``fn``'s name and source code,
    and the arguments (by ``repr``; DataFrame arguments by content). Only functions that return
    a DataFrame can be cached.

    Examples
    --------
    >>> import tempfile
    >>> from analysis.text import sentences
    >>> arts = pd.DataFrame({"doc_id": ["a"], "text": ["One. Two."]})
    >>> folder = tempfile.mkdtemp()
    >>> cached(sentences, arts, cache=folder).equals(cached(sentences, arts, cache=folder))
    True
    """
    if not cache:
        return fn(articles, *args, **kwargs)
    try:
        code = inspect.getsource(inspect.getmodule(fn))
    except (OSError, TypeError):
        code = getattr(fn, "__qualname__", repr(fn))

    def arg_key(v) -> str:
        return "df:" + frame_hash(v) if isinstance(v, pd.DataFrame) else repr(v)

    payload = {
        "fn": f"{getattr(fn, '__module__', '')}.{getattr(fn, '__qualname__', repr(fn))}",
        "code": _blake(code),
        "articles": frame_hash(articles),
        "args": [arg_key(a) for a in args],
        "kwargs": {k: arg_key(v) for k, v in sorted(kwargs.items())},
        "version": CACHE_VERSION,
    }
    key = _blake(json.dumps(payload, sort_keys=True))
    name = payload["fn"].rsplit(".", 1)[-1]
    path = cache_folder(cache) / "tables" / f"{name}-{key}.parquet"
    if path.exists():
        try:
            return read_cached_table(path)
        except (OSError, pa.ArrowException, ValueError):
            pass
    out = fn(articles, *args, **kwargs)
    if not isinstance(out, pd.DataFrame):
        raise TypeError(f"cached() needs a function returning a DataFrame; {name} returned "
                        f"{type(out).__name__}")
    write_cached_table(out, path)
    return out


def clear_cache(cache: bool | str | Path = True) -> int:
    """Delete every cached file under the cache folder; return how many were removed."""
    folder = cache_folder(cache)
    n = 0
    for sub in ("corpus", "tables"):
        for p in (folder / sub).glob("*.parquet"):
            p.unlink()
            n += 1
    return n
