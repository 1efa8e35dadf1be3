"""Local worker processes run from a thread (pipeline/scheduler.py), and documents that end together are written as
one batch (pipeline/store.py:record_outcomes) (#18)."""
from __future__ import annotations

import hashlib
import multiprocessing
import time
from pathlib import Path

import pytest

import pipeline.institutions as institutions_mod
import pipeline.manifest as manifest_mod
import pipeline.scheduler as scheduler
import pipeline.writers as writers
from pipeline.institutions import InstitutionFiles, assign_ids
from pipeline.manifest import Manifest
from pipeline.plan import Job
from pipeline.scheduler import ENDED, STARTED, LocalWorkers, execute
from pipeline.store import Finished, record_outcomes
from pipeline.worker import process_job

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
NEAMT = RAW / "neamt_aviz_dragomiresti_plan_2021.txt"


def _jobs(root: Path, n: int) -> list[Job]:
    """``n`` small text documents with distinct bytes."""
    root.mkdir(parents=True, exist_ok=True)
    jobs = []
    for i in range(n):
        path = root / f"plan{i}.txt"
        path.write_text(f"PLAN ANUAL DE ACȚIUNE pentru anul 2023\nDocumentul {i}, Direcția de Asistență Socială.\n",
                        encoding="utf-8")
        data = path.read_bytes()
        jobs.append(Job(path, path.name, hashlib.sha256(data).hexdigest(), len(data)))
    return jobs


def _until(check, seconds: float = 120.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def held_extract(path, source_path, doc_id):
    """Reads the document once the test has created ``<path>.go`` (the worker stays alive until then)."""
    from pipeline.extraction import extract_file

    go = Path(f"{path}.go")
    deadline = time.monotonic() + 60
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    return extract_file(path, source_path, doc_id)


def test_started_is_told_once_the_documents_process_exists(tmp_path):
    """The first document's process waits for the fork server's load: its ``started`` event (the log line) must
    not come before that process exists."""
    seen = []

    def on_start(job):
        names = {p.name for p in multiprocessing.active_children()}
        seen.append(f"pipeline-doc-{job.doc_id[:12]}" in names)
        Path(f"{job.path}.go").touch()

    results = list(execute(_jobs(tmp_path, 2), 1, 120.0, on_start, extract=held_extract))
    assert [r[0].status for _, r in results] == ["partial", "partial"]  # read (a plan without its tables)
    assert seen == [True, True]


def test_workers_go_on_while_the_caller_writes_and_ended_documents_come_together(tmp_path):
    jobs = _jobs(tmp_path, 3)
    with LocalWorkers(jobs, 1, 120.0) as local:
        batches = local.batches()
        events = []
        while not any(e[0] == ENDED for e in events):
            events += next(batches)
        # the caller is "writing" the first document: the worker slot is refilled meanwhile, without it
        assert _until(lambda: local.unwritten == 3), "the next documents did not run while the caller wrote"
        together = next(batches)  # what ended meanwhile comes as one list, for one batch of writes
        local.written(3)
        events += together + [e for batch in batches for e in batch]
    assert [e[1].doc_id for e in together if e[0] == ENDED] == [j.doc_id for j in jobs[1:]]
    assert [(kind, job.doc_id) for kind, job, _ in events if kind == STARTED] == [(STARTED, j.doc_id) for j in jobs]


def test_a_backlog_of_unwritten_documents_holds_the_workers_back(tmp_path, monkeypatch):
    monkeypatch.setattr(scheduler, "BACKLOG_PER_WORKER", 1)
    jobs = _jobs(tmp_path, 2)
    with LocalWorkers(jobs, 1, 120.0) as local:
        events = []
        batches = local.batches()
        while not any(e[0] == ENDED for e in events):
            events += next(batches)
        time.sleep(1.5)  # a second document would have started and ended by now without the backlog's limit
        assert local.unwritten == 1 and local.events.empty()
        local.written(1)
        events += [e for batch in batches for e in batch]
    assert [(kind, job.doc_id) for kind, job, _ in events] == [(k, j.doc_id) for j in jobs for k in (STARTED, ENDED)]


def _finished(tmp_path: Path, n: int, registry=None) -> list[Finished]:
    """``n`` copies of a plan read by a worker's code (in this process), their institution ids assigned."""
    registry = registry or InstitutionFiles(tmp_path / "out", Manifest.load(tmp_path / "out")).registry
    items = []
    for i in range(n):
        path = tmp_path / "in" / f"plan{i}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(NEAMT.read_bytes() + b"\n" * (i + 1))
        job = Job(path, path.name, hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_size)
        outcome, datasets, year = process_job(job)
        assert outcome.status == "ok"
        assign_ids(datasets, registry)
        items.append(Finished(job, outcome, datasets, year))
    return items


def test_a_batch_saves_the_manifest_once_and_fsyncs_each_folder_once(tmp_path, monkeypatch):
    out = tmp_path / "out"
    manifest = Manifest.load(out)
    files = InstitutionFiles(out, manifest)
    items = _finished(tmp_path, 3, files.registry)
    saves, synced, registry = [], [], []
    real_save, real_sync, real_registry = Manifest.save, writers.fsync_dir, institutions_mod.save_registry
    monkeypatch.setattr(manifest_mod.Manifest, "save", lambda self: (saves.append(len(self.entries)), real_save(self)))
    monkeypatch.setattr(writers, "fsync_dir", lambda path: (synced.append(Path(path)), real_sync(path)))
    monkeypatch.setattr(institutions_mod, "save_registry", lambda r, p: (registry.append(p), real_registry(r, p)))
    entries = record_outcomes(out, manifest, items, side_files=files.documents_written)
    assert [e.doc_id for e in entries] == [i.job.doc_id for i in items]
    assert saves == [3]  # one save, holding the three entries
    assert len(registry) == 1
    doc_dirs = [p for p in synced if p.parent.parent == out]
    assert len(doc_dirs) == len(set(doc_dirs)) and (out / "documents" / "doc_year=2021") in doc_dirs
    assert set(Manifest.load(out).entries) == {i.job.doc_id for i in items}


class Crash(BaseException):
    """Stands for a kill."""


def test_a_kill_inside_a_batch_leaves_its_documents_as_orphans_that_the_next_run_redoes(tmp_path, monkeypatch):
    from pipeline.runner import run

    out = tmp_path / "out"
    items = _finished(tmp_path, 2)
    manifest = Manifest.load(out)

    def dying(docs):
        raise Crash()

    with pytest.raises(Crash):  # after both documents' files, before the side files and the entries
        record_outcomes(out, manifest, items, side_files=dying)
    assert Manifest.load(out).entries == {}
    assert set(writers.document_files(out)) == {i.job.doc_id for i in items}
    summary = run([tmp_path / "in"], out, log_path=None)
    assert summary.cleaned["orphan_documents"] == 2 and not summary.failed
    assert set(Manifest.load(out).entries) == set(writers.document_files(out)) == {i.job.doc_id for i in items}
