"""The worker server's cache of compiled regular expressions (pipeline.regex_cache): a pattern built from the cache
is the pattern ``re`` compiles; a damaged or foreign cache changes nothing but the time; outside the block ``re``
is untouched."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from normalizers.reference import CACHE_ENV, read_cache, write_cache
from pipeline import regex_cache
from pipeline.regex_cache import remembered

ROOT = Path(__file__).resolve().parents[2]

if regex_cache._engine() is None:  # pragma: no cover
    pytest.skip("this Python's re is not the one the cache knows", allow_module_level=True)

# patterns that exercise what the opcodes and the arguments of _sre.compile hold: groups by name and number,
# flags set inside the pattern, look-behind, character classes with Romanian letters, bytes
PATTERNS = [
    (r"(?P<code>\d{4})\s*-?\s*(?P<kind>[A-Z]{2}-[A-Z]+-[IV]+)", 0),
    (r"(?i:județ(?:ul)?)\s+([a-zăâîșț-]+)", 0),
    (r"(?<![\wĂÂÎȘȚăâîșț])D\.?\s?A\.?\s?S\.?+(?![\wĂÂÎȘȚăâîșț]|-[a-zăâîșț])", 0),
    (r"^\s*nr\.\s*crt\.?\s*$", re.I | re.M),
    (r"(?x) \d+ (?: [.,] \d+ )*  # a number", 0),
    (rb"%PDF-(\d)\.(\d)", 0),
    (r"(a)|(b)(?P<c>c)?", re.S),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    return regex_cache._path()


def _fresh(pattern, flags):
    from re import _compiler

    return _compiler.compile(pattern, flags)  # not re.compile: its own in-process cache would answer


def test_patterns_from_the_cache_are_the_patterns_re_compiles(cache: Path):
    with remembered() as first:
        built = [_fresh(p, f) for p, f in PATTERNS]
    assert first["misses"] == len(PATTERNS) and cache.is_file()
    with remembered() as second:
        again = [_fresh(p, f) for p, f in PATTERNS]
    assert second == {"hits": len(PATTERNS), "misses": 0}
    for (p, f), a, b in zip(PATTERNS, built, again):
        plain = _fresh(p, f)  # outside the block: re's own compile
        assert a == b == plain  # Pattern equality: same pattern, flags and opcodes
        assert (b.groups, b.groupindex, b.flags) == (plain.groups, plain.groupindex, plain.flags)
    m = again[0].search("cod 8730 - CR-V-I")
    assert m and m.group("code", "kind") == ("8730", "CR-V-I")


def test_outside_the_block_re_is_untouched(cache: Path):
    from re import _compiler

    original = _compiler.compile
    with remembered():
        assert _compiler.compile is not original
    assert _compiler.compile is original


def test_patterns_no_longer_compiled_are_kept_up_to_twice_a_load_then_dropped(cache: Path):
    with remembered():
        _fresh(r"old\d+", 0)
        _fresh(r"older\d+", 0)
    with remembered():  # another program's load, or the code changed: the old patterns are kept with the new
        _fresh(r"new\d+", 0)
        _fresh(r"newer\d+", 0)
    assert len(read_cache(cache, regex_cache._key())) == 4
    with remembered() as stats:  # nothing new: the file is left as it is
        _fresh(r"new\d+", 0)
    assert stats == {"hits": 1, "misses": 0} and len(read_cache(cache, regex_cache._key())) == 4
    with remembered():  # 5 > 2 × 2: only this load's patterns are written
        _fresh(r"new\d+", 0)
        _fresh(r"newest\d+", 0)
    assert sorted(p for _, p, _ in read_cache(cache, regex_cache._key())) == [r"new\d+", r"newest\d+"]


def test_a_damaged_entry_is_compiled_as_usual(cache: Path):
    with remembered():
        _fresh(PATTERNS[0][0], 0)
    table = read_cache(cache, regex_cache._key())
    (entry, args), = table.items()
    flags, code, groups, groupindex, indexgroup = args
    write_cache(cache, regex_cache._key(), {entry: (flags, code[: len(code) // 2], groups, groupindex, indexgroup)})
    with remembered() as stats:
        got = _fresh(PATTERNS[0][0], 0)
    assert stats == {"hits": 0, "misses": 1}
    assert got == _fresh(PATTERNS[0][0], 0)
    assert read_cache(cache, regex_cache._key())[entry][1] == code  # rewritten with the right opcodes


@pytest.mark.parametrize("content", [b"", b"not a cache", None])
def test_a_corrupt_or_foreign_file_is_ignored(cache: Path, content):
    with remembered():
        _fresh(r"x(\d)", 0)
    if content is None:  # a file another Python wrote: another key
        write_cache(cache, b"\0" * 32, {(False, r"x(\d)", 0): "anything"})
    else:
        cache.write_bytes(content)
    with remembered() as stats:
        got = _fresh(r"x(\d)", 0)
    assert stats == {"hits": 0, "misses": 1} and got == _fresh(r"x(\d)", 0)


def test_a_bad_pattern_raises_res_own_error(cache: Path):
    with remembered():
        with pytest.raises(re.error):
            re.compile(r"(unclosed")


def test_no_cache_folder_means_no_change(monkeypatch):
    monkeypatch.setenv(CACHE_ENV, "")
    from re import _compiler

    original = _compiler.compile
    with remembered() as stats:
        assert _compiler.compile is original
    assert stats == {"hits": 0, "misses": 0}


def test_a_block_within_a_block_leaves_the_caching_to_the_outer_one(cache: Path):
    with remembered() as outer:
        with remembered() as inner:
            _fresh(r"nested(\d)", 0)
    assert inner == {"hits": 0, "misses": 0} and outer == {"hits": 0, "misses": 1}


def test_the_worker_servers_load_builds_every_pattern_as_re_does(tmp_path: Path):
    """The worker server's whole load, twice in fresh processes: the first writes the cache, the second builds
    every pattern from it and leaves it as it is (a pattern whose text changed from process to process would be
    rewritten at every run). Then every cached pattern is compared with re's own compile."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), CACHE_ENV: str(tmp_path)}
    os.environ[CACHE_ENV] = str(tmp_path)
    try:
        path, key = regex_cache._path(), regex_cache._key()
    finally:
        del os.environ[CACHE_ENV]
    written = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", "import pipeline._worker_preload"], capture_output=True,
                              text=True, env=env, timeout=300)
        assert done.returncode == 0, done.stderr
        written.append((path.stat().st_mtime_ns, path.read_bytes()))
    assert written[0] == written[1]
    import _sre

    table = read_cache(path, key)
    assert len(table) >= 100
    for (is_bytes, pattern, flags), args in table.items():
        assert _sre.compile(pattern, *args) == _fresh(pattern, flags), pattern
