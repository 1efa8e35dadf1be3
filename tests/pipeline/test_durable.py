"""Side files (manifest, institution registry, datapackage, report) are written whole and durably."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from normalizers.registry import InstitutionRegistry
from pipeline import durable
from pipeline.datapackage import write_datapackage
from pipeline.institutions import read_rows, save_registry
from pipeline.manifest import Manifest


@pytest.fixture
def fsynced(monkeypatch) -> list[str]:
    """What was fsynced: 'file <name>' or 'dir <name>'."""
    seen: list[str] = []
    real = os.fsync

    def spy(fd: int) -> None:
        path = Path(os.readlink(f"/proc/self/fd/{fd}"))
        seen.append(("dir " if path.is_dir() else "file ") + path.name)
        real(fd)

    monkeypatch.setattr(durable.os, "fsync", spy)
    return seen


def test_a_text_file_is_synced_then_renamed_and_its_folder_synced(tmp_path, fsynced):
    target = tmp_path / "side.json"
    durable.atomic_write_text(target, "{}")
    assert target.read_text() == "{}"
    assert fsynced[0].startswith("file " + durable.TMP_PREFIX) and fsynced[-1] == f"dir {tmp_path.name}"
    assert [p.name for p in tmp_path.iterdir()] == ["side.json"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "side.json"
    target.write_text("old")

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(durable.os, "replace", disk_full)
    with pytest.raises(OSError):
        durable.atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["side.json"]


def test_the_registry_manifest_and_datapackage_are_durable(tmp_path, fsynced):
    registry = InstitutionRegistry.from_rows([], [])
    registry.resolve("Asociația Sprijin Local", county="Cluj", uat="Turda")
    save_registry(registry, tmp_path / "_institutions.csv")
    assert fsynced and fsynced[-1] == f"dir {tmp_path.name}"
    assert [r["name"] for r in read_rows(tmp_path / "_institutions.csv")] == ["Asociația Sprijin Local"]
    fsynced.clear()
    Manifest.load(tmp_path).save()
    assert fsynced[-1] == f"dir {tmp_path.name}"
    fsynced.clear()
    write_datapackage(tmp_path, {"name": "x"})
    assert any(s.startswith("file ") for s in fsynced) and fsynced[-1] == f"dir {tmp_path.name}"


def test_an_append_that_fails_half_way_is_cut_off_again(tmp_path, monkeypatch):
    """A full disk in the middle of a journal line: the file keeps its whole lines only, so the next line appended
    does not run on from a half one."""
    path = tmp_path / "journal.jsonl"
    durable.append_durably(path, b'{"seq": 1}\n')
    real = os.write

    def half_then_full(fd, data):
        real(fd, bytes(data[: len(data) // 2]))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(durable.os, "write", half_then_full)
    with pytest.raises(OSError):
        durable.append_durably(path, b'{"seq": 2, "put": {}}\n')
    monkeypatch.setattr(durable.os, "write", real)
    assert path.read_bytes() == b'{"seq": 1}\n'
    durable.append_durably(path, b'{"seq": 2}\n')
    assert path.read_bytes().splitlines() == [b'{"seq": 1}', b'{"seq": 2}']
