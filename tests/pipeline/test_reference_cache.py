"""The cache of parsed reference files (normalizers.reference.cached_parse): the same value as a parse, rebuilt
when a source changes, ignored when corrupt or of the wrong shape, never in the way when it cannot be written."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from normalizers import reference
from normalizers.reference import CACHE_ENV, cache_dir, cached_parse

ROOT = Path(__file__).resolve().parents[2]


class Parser:
    """A parse of ``source`` that counts its calls: (line count, lines) as plain tuples."""

    def __init__(self, source: Path):
        self.source, self.calls = source, 0

    def __call__(self):
        self.calls += 1
        lines = self.source.read_text(encoding="utf-8").splitlines()
        return (len(lines), tuple(lines))


def _shape(value) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], tuple)


@pytest.fixture
def setup(tmp_path: Path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    source = tmp_path / "data.csv"
    source.write_text("a;1\nb;2\n", encoding="utf-8")
    return source, Parser(source), tmp_path / "cache" / "table.marshal"


def _load(source: Path, parse: Parser, version: int = 1):
    return cached_parse("table", version, [source], parse, _shape)


def test_a_second_load_reads_the_cache_and_gives_the_parse(setup):
    source, parse, path = setup
    first = _load(source, parse)
    assert path.is_file() and parse.calls == 1
    second = _load(source, parse)
    assert parse.calls == 1  # read from the cache
    assert second == first == (2, ("a;1", "b;2"))


def test_a_changed_source_is_parsed_again_and_the_cache_rewritten(setup):
    source, parse, path = setup
    _load(source, parse)
    source.write_text("a;1\nb;2\nc;3\n", encoding="utf-8")
    assert _load(source, parse) == (3, ("a;1", "b;2", "c;3"))
    assert parse.calls == 2
    assert _load(source, parse) == (3, ("a;1", "b;2", "c;3"))  # the rewritten cache holds the new parse
    assert parse.calls == 2


def test_another_version_of_the_parse_is_not_served_the_old_value(setup):
    source, parse, path = setup
    _load(source, parse, version=1)
    _load(source, parse, version=2)
    assert parse.calls == 2


@pytest.mark.parametrize("damage", ["flip_payload_byte", "truncate", "garbage", "empty", "flip_key_byte"])
def test_a_corrupt_cache_is_ignored_and_replaced(setup, damage):
    source, parse, path = setup
    good = _load(source, parse)
    blob = bytearray(path.read_bytes())
    if damage == "flip_payload_byte":
        blob[-3] ^= 0xFF
    elif damage == "flip_key_byte":
        blob[10] ^= 0xFF
    elif damage == "truncate":
        blob = blob[: len(blob) - 5]
    elif damage == "garbage":
        blob = bytearray(os.urandom(len(blob)))
    else:
        blob = bytearray()
    path.write_bytes(bytes(blob))
    assert _load(source, parse) == good
    assert parse.calls == 2
    assert _load(source, parse) == good  # rewritten whole
    assert parse.calls == 2


def test_a_value_of_the_wrong_shape_under_the_right_key_is_ignored(setup):
    source, parse, path = setup
    good = _load(source, parse)
    key = path.read_bytes()[len(reference._MAGIC):len(reference._MAGIC) + reference._DIGEST]
    reference.write_cache(path, key, ["not", "a", "table"])
    assert _load(source, parse) == good
    assert parse.calls == 2


def test_an_unwritable_cache_folder_only_means_parsing(tmp_path: Path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))  # under a file: cannot be created
    source = tmp_path / "data.csv"
    source.write_text("a;1\n", encoding="utf-8")
    parse = Parser(source)
    assert _load(source, parse) == _load(source, parse) == (1, ("a;1",))
    assert parse.calls == 2
    assert not any(p.name.endswith(".tmp") for p in tmp_path.rglob("*"))


def test_an_empty_cache_setting_turns_the_cache_off(tmp_path: Path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, "")
    assert cache_dir() is None
    source = tmp_path / "data.csv"
    source.write_text("a;1\n", encoding="utf-8")
    parse = Parser(source)
    _load(source, parse), _load(source, parse)
    assert parse.calls == 2


def test_the_cache_folder_follows_xdg_then_home(monkeypatch, tmp_path: Path):
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "ro-social-services-pipeline"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "ro-social-services-pipeline"


def _siruta_in_a_fresh_process(cache: Path) -> tuple[str, bool]:
    code = """
        import hashlib, sys
        from normalizers.reference import siruta_table
        table = siruta_table()
        print(hashlib.sha256(repr(table).encode()).hexdigest(), len(table))
        print("sirutalib" in sys.modules)
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT), CACHE_ENV: str(cache)}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    digest, imported = done.stdout.splitlines()
    return digest, imported == "True"


def test_siruta_from_the_cache_is_sirutalibs_parse(tmp_path: Path):
    parsed = reference._parse_siruta()
    first, parsed_there = _siruta_in_a_fresh_process(tmp_path)
    second, parsed_again = _siruta_in_a_fresh_process(tmp_path)
    assert parsed_there and not parsed_again  # the second process never imported sirutalib
    import hashlib

    assert first == second == f"{hashlib.sha256(repr(parsed).encode()).hexdigest()} {len(parsed)}"
    assert [(r.code, r.tip, r.name, r.county_number) for r in reference.load_siruta()] == list(parsed)


def test_siruta_cache_key_covers_the_csv_and_the_library():
    names = [p.name for p in reference._siruta_sources()]
    assert names == ["sirutalib.py", "siruta.csv"]
