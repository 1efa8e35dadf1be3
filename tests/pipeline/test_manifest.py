"""The manifest (pipeline/manifest.py): atomic saves, damaged files, quarantine helpers."""
from __future__ import annotations

import json

import pytest

from pipeline.manifest import JOURNAL_NAME, MANIFEST_NAME, Entry, Manifest


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


# ---------------------------------------------------------------- the journal: a save costs what the batch added

class Crash(BaseException):
    """Stands for a kill: nothing after it runs."""


def _journal(tmp_path) -> list[dict]:
    path = tmp_path / JOURNAL_NAME
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def test_a_save_appends_what_changed_and_leaves_the_snapshot(tmp_path):
    m = Manifest.load(tmp_path)
    for i in range(50):
        m.put(_entry(f"d{i:02d}"))
    m.save()  # the first save writes the snapshot
    snapshot = (tmp_path / MANIFEST_NAME).read_bytes()
    m.put(_entry("new"))
    m.entries["d07"].status = "failed"  # a field set on a saved entry
    m.entries.pop("d08")
    m.touch_publication(_entry("x", publication=["inst-1", "plan", 2023, None]))
    m.save()
    assert (tmp_path / MANIFEST_NAME).read_bytes() == snapshot
    [line] = _journal(tmp_path)
    assert sorted(line["put"]) == ["d07", "new"] and line["drop"] == ["d08"]
    assert line["settings"] == {"pending_publications": [["inst-1", "plan", 2023, None]]}
    m.touch_publication(_entry("y", publication=["inst-2", "plan", 2023, None]))
    m.save()  # a list that grew: only its new items
    assert _journal(tmp_path)[-1] == {"seq": 2, "settings_append": {"pending_publications": [["inst-2", "plan", 2023, None]]}}
    m.save()  # nothing changed: nothing written
    assert len(_journal(tmp_path)) == 2
    again = Manifest.load(tmp_path, repair=False)
    assert set(again.entries) == {f"d{i:02d}" for i in range(50)} - {"d08"} | {"new"}
    assert again.entries["d07"].status == "failed"
    assert again.settings["pending_publications"] == [["inst-1", "plan", 2023, None], ["inst-2", "plan", 2023, None]]


def test_the_journal_is_folded_into_the_snapshot_when_it_outgrows_it(tmp_path, monkeypatch):
    import pipeline.manifest as manifest_mod

    monkeypatch.setattr(manifest_mod, "JOURNAL_MIN_BYTES", 0)
    m = Manifest.load(tmp_path)
    m.put(_entry("a"))
    m.save()
    for i in range(20):
        m.put(_entry(f"b{i}", locations=[{"uri": f"/in/b{i}.txt", "path": f"b{i}.txt"}]))
        m.save()
    assert 0 < len(_journal(tmp_path)) < 20  # folded on the way
    m.save(compact=True)
    assert not (tmp_path / JOURNAL_NAME).exists()
    assert len(Manifest.load(tmp_path).entries) == 21


def _saved_with_a_journal(tmp_path) -> Manifest:
    m = Manifest.load(tmp_path)
    m.put(_entry("a", publication=["inst-1", "plan", 2022, None]))
    m.touch_publication(m.entries["a"])
    m.save()
    m.put(_entry("b", publication=["inst-2", "plan", 2023, None]))
    m.touch_publication(m.entries["b"])
    m.runs.append({"started_at": "run-1"})
    m.save()
    m.entries.pop("a")
    m.put(_entry("c"))
    m.save()
    assert len(_journal(tmp_path)) == 2
    return m


def _state(m: Manifest) -> tuple:
    return ({k: (e.status, e.source_path) for k, e in m.entries.items()}, m.runs, m.settings)


def test_a_kill_between_the_new_snapshot_and_the_journal_removal_counts_nothing_twice(tmp_path, monkeypatch):
    import pipeline.manifest as manifest_mod

    m = _saved_with_a_journal(tmp_path)
    expected = _state(m)
    real = manifest_mod.atomic_write_text

    def snapshot_then_kill(path, text):
        real(path, text)
        raise Crash()

    monkeypatch.setattr(manifest_mod, "atomic_write_text", snapshot_then_kill)
    with pytest.raises(Crash):
        m.save(compact=True)
    monkeypatch.setattr(manifest_mod, "atomic_write_text", real)
    assert len(_journal(tmp_path)) == 2  # the lines are in the snapshot and still in the journal
    loaded = Manifest.load(tmp_path, repair=False)
    assert _state(loaded) == expected
    assert loaded.runs == [{"started_at": "run-1"}]  # not twice
    assert loaded.settings["pending_publications"] == [["inst-1", "plan", 2022, None], ["inst-2", "plan", 2023, None]]
    assert _state(Manifest.load(tmp_path)) == expected and not (tmp_path / JOURNAL_NAME).exists()


def test_a_kill_between_a_journal_line_and_the_compaction_loses_nothing(tmp_path):
    m = _saved_with_a_journal(tmp_path)
    expected = _state(m)
    del m  # killed: no compaction
    assert _state(Manifest.load(tmp_path, repair=False)) == expected
    repaired = Manifest.load(tmp_path)  # a run's start folds the journal in
    assert _state(repaired) == expected and not (tmp_path / JOURNAL_NAME).exists()
    repaired.put(_entry("d"))
    repaired.save()
    assert set(Manifest.load(tmp_path, repair=False).entries) == {"b", "c", "d"}


@pytest.mark.parametrize("tail", [b'{"seq": 3, "put": {"d": {"doc_id": "d", "sou', b'garbage\n{"seq": 3, "drop": ["b"]}\n'])
def test_a_line_cut_by_a_kill_or_damaged_is_a_save_that_did_not_happen(tmp_path, tail):
    m = _saved_with_a_journal(tmp_path)
    expected = _state(m)
    with open(tmp_path / JOURNAL_NAME, "ab") as fh:
        fh.write(tail)
    assert _state(Manifest.load(tmp_path, repair=False)) == expected
    repaired = Manifest.load(tmp_path)
    assert _state(repaired) == expected
    repaired.put(_entry("d"))
    repaired.save()
    assert set(Manifest.load(tmp_path).entries) == {"b", "c", "d"}


def test_a_damaged_snapshot_takes_its_journal_aside_with_it(tmp_path):
    _saved_with_a_journal(tmp_path)
    (tmp_path / MANIFEST_NAME).write_text('{"documents": ')
    m = Manifest.load(tmp_path)
    assert m.entries == {} and m.recovered_from
    assert not (tmp_path / JOURNAL_NAME).exists() and list(tmp_path.glob(f"{JOURNAL_NAME}.corrupt-*"))


def test_a_reader_during_a_compaction_sees_every_entry(tmp_path, monkeypatch):
    """`pipeline status` during a run: the run folds the journal in just after the reader read the snapshot.
    Reading the snapshot first lost the journal's entries (read after its removal)."""
    from pathlib import Path

    m = _saved_with_a_journal(tmp_path)
    expected = _state(m)
    real = Path.read_text

    def read_then_compact(self, *a, **kw):
        text = real(self, *a, **kw)
        if self.name == MANIFEST_NAME and (tmp_path / JOURNAL_NAME).exists():
            m.save(compact=True)  # the run, meanwhile
        return text

    monkeypatch.setattr(Path, "read_text", read_then_compact)
    assert _state(Manifest.load(tmp_path, repair=False)) == expected
