"""Compiled regular expressions kept across runs, for the worker server's load (:mod:`pipeline._worker_preload`)
and the main process's imports (``pipeline run``).

The extraction code and spaCy compile a few hundred regular expressions when they are imported and when the
tokenizer is built: ~0.15–0.2 s of the server's CPU on every run, on the critical path of every small run.
Python compiles a pattern in two steps: the pattern is parsed and turned into a list of integer opcodes (pure
Python, the slow part), then ``_sre.compile`` builds the pattern object from that list (C, microseconds). This
module keeps the opcode lists of the patterns the load compiled, in the user's cache folder (marshal data, see
:func:`normalizers.reference.cached_parse`), and while :func:`remembered` is active a pattern found there is built
from its list directly. The pattern objects are the same: ``_sre.compile`` receives the very arguments
``re._compiler.compile`` would give it (a test compares every one with a fresh compile). What guards the lists is
the file's digest, checked before anything is read from it (a torn or damaged file is ignored whole); ``_sre``
also checks their structure and rejects a malformed list (that pattern is then compiled as usual), but not, say, a
changed literal, so the cache folder must be the user's own (``~/.cache`` is).

The file is keyed on the Python that wrote it (the opcodes change between versions). A load that compiled a
pattern the file lacks adds it; patterns no longer compiled stay until the file holds twice what a load compiles,
then only the last load's are kept. A missing, corrupt or foreign file means compiling as before. Nothing is
active outside :func:`remembered`, and nothing when this Python's ``re`` is not the one this was written for.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Any, Iterator

CACHE_NAME = "regex"
FORMAT = 1
_active = False  # a remembered() block is running
# the file keeps the patterns it held that this load did not compile (another program's load, code since changed)
# up to this many times the patterns of this load; beyond, only this load's are written
MAX_GROWTH = 2


def _engine() -> tuple[Any, Any, Any, Any] | None:
    """``re._compiler``, its ``_parser``, ``_sre`` and the flags, if this Python's ``re`` has the shape this module
    knows (CPython 3.11+: ``compile(p, flags)`` = parse, ``_code``, ``_sre.compile``); else None."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:
        return None
    if not all(hasattr(m, n) for m, n in ((_compiler, "compile"), (_compiler, "_code"), (_compiler, "isstring"),
                                          (_parser, "parse"), (_sre, "compile"), (_sre, "MAGIC"))):
        return None
    return _compiler, _parser, _sre, _compiler.SRE_FLAG_DEBUG


def _key() -> bytes:
    import hashlib
    import marshal

    import _sre

    return hashlib.sha256(f"{CACHE_NAME}\0{FORMAT}\0{sys.version}\0{sys.implementation.cache_tag}\0{_sre.MAGIC}\0"
                          f"{marshal.version}".encode()).digest()


def _path(program: str = "server"):
    from normalizers.reference import cache_dir

    folder = cache_dir()
    return None if folder is None else folder / f"{CACHE_NAME}-{program}-{sys.implementation.cache_tag}.marshal"


def _load(path, key: bytes) -> dict:
    from normalizers.reference import read_cache

    table = read_cache(path, key)
    return table if isinstance(table, dict) else {}


def _arguments(compiler: Any, parser: Any, pattern: str | bytes, flags: int) -> tuple:
    """What ``re._compiler.compile`` gives ``_sre.compile`` after the pattern itself (the same steps, in the
    same order: see CPython's Lib/re/_compiler.py)."""
    p = parser.parse(pattern, flags)
    code = compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    # plain ints: the opcodes are int subclasses (named constants), which marshal does not write; _sre reads ints
    return (int(flags | p.state.flags), [int(c) for c in code], int(p.state.groups - 1), dict(groupindex),
            tuple(indexgroup))


@contextmanager
def remembered(program: str = "server") -> Iterator[dict]:
    """Within the block, patterns compiled through :mod:`re` come from the cache when it has them; on leaving,
    new patterns are added to it. ``program``: whose cache (one file each: the worker server's load and the main
    process's start compile different sets). Yields the counts (``hits``, ``misses``) for the curious. Never
    raises on its own account."""
    global _active
    stats = {"hits": 0, "misses": 0}
    engine = _engine()
    path = _path(program) if engine is not None and not _active else None
    if engine is None or path is None:  # no cache here, or a block within a block: the outer one caches
        yield stats
        return
    compiler, parser, sre, debug = engine
    key = _key()
    table = _load(path, key)
    used: dict = {}
    original = compiler.compile

    def compile(p: Any, flags: int = 0) -> Any:
        if not compiler.isstring(p) or flags & debug:
            return original(p, flags)
        entry = (type(p) is bytes, p, int(flags))
        args = table.get(entry)
        if args is not None:
            try:
                compiled = sre.compile(p, *args)
            except Exception:  # a malformed entry (_sre checks the opcodes' structure): compile as usual
                compiled = None
            if compiled is not None:
                used[entry] = args
                stats["hits"] += 1
                return compiled
        try:
            args = _arguments(compiler, parser, p, flags)
            compiled = sre.compile(p, *args)
        except Exception:  # a bad pattern: let re raise its own error
            return original(p, flags)
        used[entry] = args
        stats["misses"] += 1
        return compiled

    compiler.compile = compile
    _active = True
    try:
        yield stats
    finally:
        _active = False
        if compiler.compile is compile:
            compiler.compile = original
        if stats["misses"]:  # new patterns (or damaged entries): written with the ones the file held
            from normalizers.reference import write_cache

            kept = {**table, **used}
            write_cache(path, key, kept if len(kept) <= MAX_GROWTH * len(used) else used)
