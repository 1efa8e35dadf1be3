"""The manifest (pipeline/manifest.py): atomic saves, damaged files, quarantine helpers."""
from __future__ import annotations

import json

import pytest

from pipeline.manifest import MANIFEST_NAME, Entry, Manifest


def _entry(doc_id: str, status: str = "ok", **kw) -> Entry:
    return Entry(doc_id=doc_id, source_path=f"{doc_id}.txt", status=status, **kw)


def test_round_trip_and_no_temporary_file_left(tmp_path):
    m = Manifest.load(tmp_path)
    m.put(_entry("a", rows={"services": 3}))
    m.put(_entry("b", "failed", reason="timeout", message="slow"))
    m.runs.append({"started_at": "x"})
    m.save()
    assert [p.name for p in tmp_path.iterdir()] == [MANIFEST_NAME]
    again = Manifest.load(tmp_path)
    assert again.entries["a"].rows == {"services": 3} and again.entries["a"].processed_at
    assert again.entries["b"].reason == "timeout"
    assert again.by_status() == {"failed": 1, "ok": 1}
    assert [e.doc_id for e in again.failures()] == ["b"]
    assert again.runs == [{"started_at": "x"}]


def test_unknown_fields_from_a_newer_version_are_ignored(tmp_path):
    (tmp_path / MANIFEST_NAME).write_text(json.dumps(
        {"documents": {"a": {"doc_id": "a", "source_path": "a.txt", "status": "ok", "future": 1}}}))
    assert Manifest.load(tmp_path).entries["a"].status == "ok"


@pytest.mark.parametrize("content", ['{"documents": {"a": ', "", "[1, 2]", '{"documents": {"a": {"x": 1}}}',
                                     b"\xff\xfe\x00garbage"])
def test_damaged_manifest_is_moved_aside_or_refused(tmp_path, content):
    path = tmp_path / MANIFEST_NAME
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(ValueError):
        Manifest.load(tmp_path, repair=False)
    assert path.exists()
    m = Manifest.load(tmp_path)
    assert m.entries == {} and m.recovered_from
    assert not path.exists() and len(list(tmp_path.glob(f"{MANIFEST_NAME}.corrupt-*"))) == 1


def test_locations_index(tmp_path):
    m = Manifest(path=tmp_path / MANIFEST_NAME)
    m.put(Entry(doc_id="a", source_path="a.txt", status="ok",
                locations=[{"uri": "/in1/a.txt", "path": "a.txt"}, {"uri": "/in2/b.txt", "path": "b.txt"}]))
    m.put(Entry(doc_id="b", source_path="a.txt", status="ok", locations=[{"uri": "/in2/a.txt", "path": "a.txt"}]))
    m.put(Entry(doc_id="c", source_path="a.txt", status="ok"))  # written by 0.1: no locations
    assert m.owner_of() == {"/in1/a.txt": "a", "/in2/b.txt": "a", "/in2/a.txt": "b"}
    assert m.legacy_at("a.txt") == ["c"] and m.legacy_at("zzz.txt") == []
    m.save()
    assert Manifest.load(tmp_path).entries["a"].uris == ["/in1/a.txt", "/in2/b.txt"]


def test_runs_history_is_bounded(tmp_path):
    m = Manifest(path=tmp_path / MANIFEST_NAME, runs=[{"i": i} for i in range(120)])
    m.save()
    assert len(Manifest.load(tmp_path).runs) == 50
