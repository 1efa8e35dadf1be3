"""Nightly ingestion (#9): one lock, kill-safe, idempotent, exact per-document limits, quarantine, JSON log
(the per-document limits, quarantine and status tests are in test_nightly_limits.py).

The kill tests run the real CLI in a subprocess (``python -m pipeline run``) on small text documents from
data/raw copied to tmp_path, kill it with SIGKILL after a random delay, check that what is on disk is
readable and holds whole documents only, and then check that a rerun gives exactly the rows of a clean run.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import psutil
import pyarrow.parquet as pq
import pytest
from filelock import FileLock

import pipeline.manifest as manifest_mod
import pipeline.writers as writers
from pipeline.cli import EXIT_FAILED_DOCS, EXIT_LOCKED, EXIT_OK
from pipeline.manifest import MANIFEST_NAME, Manifest
from pipeline.runner import LOG_NAME, run
from pipeline.writers import is_document_file

REPO = Path(__file__).resolve().parents[2]
RAW = REPO / "data" / "raw"
RAW_FILES = sorted(RAW.glob("*.txt"))
SMALL = [p for p in RAW_FILES if "raport" not in p.name][:2]  # two small plans (fast)
VOLATILE = {"ingested_at"}  # differs between any two runs by design


# ---------------------------------------------------------------- helpers (also used by test_malformed)

def make_corpus(root: Path, variants: int = 1, limit: int | None = None, files: list[Path] | None = None) -> Path:
    """Raw text documents, plus ``variants - 1`` byte-different copies of each (distinct doc_ids)."""
    root.mkdir(parents=True, exist_ok=True)
    for path in (files or SMALL)[:limit]:
        data = path.read_bytes()
        (root / path.name).write_bytes(data)
        for v in range(1, variants):
            (root / f"v{v}_{path.name}").write_bytes(data + f"\n\nCopie {v}.\n".encode())
    return root


def dataset_files(out: Path) -> dict[str, Path]:
    """'<dataset>/<doc_id>' -> file (the year partition is part of the content, checked by rows)."""
    return {f"{p.parent.parent.name}/{p.stem}": p for p in out.glob("*/doc_year=*/*.parquet") if is_document_file(p)}


def file_rows(path: Path, ignore: set[str] = frozenset()) -> Counter:
    table = pq.read_table(path)
    rows = table.to_pylist()
    year = path.parent.name
    return Counter((year, tuple(sorted((k, repr(v)) for k, v in r.items() if k not in VOLATILE | ignore)))
                   for r in rows)


MANIFEST_VOLATILE = {"processed_at", "seconds"}


def side_files(out: Path) -> dict:
    """Everything in the output folder besides the per-document files: the manifest (volatile fields and the
    run history dropped), the institution registry, the institutions dataset, and the list of every file."""
    data = json.loads((out / MANIFEST_NAME).read_text())
    registry = out / "_institutions.csv"
    institutions = out / "institutions" / "all.parquet"
    return {
        "manifest": {k: {f: v for f, v in e.items() if f not in MANIFEST_VOLATILE} for k, e in data["documents"].items()},
        "settings": data.get("settings"),
        "registry": registry.read_text() if registry.exists() else None,
        "institutions": pq.read_table(institutions).to_pylist() if institutions.exists() else None,
        "files": sorted(str(p.relative_to(out)) for p in out.rglob("*")
                        if p.is_file() and p.name != ".lock" and not p.name.startswith(LOG_NAME)),
    }


def snapshot(out: Path) -> dict[str, Counter]:
    """Every row of every per-document dataset file, keyed by dataset/doc_id, volatile columns dropped."""
    return {key: file_rows(path) for key, path in sorted(dataset_files(out).items())}


def manifest_docs(out: Path) -> dict[str, dict]:
    data = json.loads((out / MANIFEST_NAME).read_text())
    return {k: {f: v[f] for f in ("source_path", "status", "reason", "rows", "year")} for k, v in data["documents"].items()}


def cli(*args: str, cwd: Path = REPO, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, **kw)


def _capture_cli(argv: list[str], code: int = 0) -> str:
    proc = subprocess.run([sys.executable, "-m", "pipeline", *argv], cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == code, proc.stderr
    return proc.stdout


def log_events(out: Path) -> list[dict]:
    path = out / LOG_NAME
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def _clean(root: Path, **corpus) -> tuple:
    src = make_corpus(root / "in", **corpus)
    out = root / "out"
    summary = run([src], out, log_path=None)
    assert not summary.failed
    return src, out, snapshot(out), manifest_docs(out)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """A clean run over the two small plans."""
    return _clean(tmp_path_factory.mktemp("small"))


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """A clean run over 6 documents (the three plans and a byte-different copy of each)."""
    return _clean(tmp_path_factory.mktemp("clean"), variants=2,
                  files=[p for p in RAW_FILES if "raport" not in p.name])


# ---------------------------------------------------------------- idempotence

def test_rerun_with_nothing_new_writes_nothing(clean, tmp_path):
    src, _, expected, expected_docs = clean
    out = tmp_path / "out"
    run([src], out)
    before = {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in out.rglob("*.parquet")}
    docs_before = manifest_docs(out)
    summary = run([src], out)
    assert summary.outcomes == [] and summary.skipped == len(expected_docs)
    assert {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in out.rglob("*.parquet")} == before
    assert manifest_docs(out) == docs_before
    assert snapshot(out) == expected
    kinds = [e["event"] for e in log_events(out)]
    assert kinds.count("run_started") == 2 and kinds[-1] == "run_finished"
    assert [e for e in log_events(out) if e["event"] == "run_finished"][-1]["processed"] == 0


def test_changed_file_replaces_its_rows(small, tmp_path):
    src = make_corpus(tmp_path / "in")
    out = tmp_path / "out"
    run([src], out, log_path=None)
    target = src / SMALL[0].name
    old = manifest_docs(out)
    target.write_bytes(target.read_bytes() + b"\n\nModificat.\n")
    summary = run([src], out, log_path=None)
    assert len(summary.outcomes) == 1
    new = manifest_docs(out)
    assert len(new) == 2 and set(new) != set(old)
    assert [v["source_path"] for v in new.values()].count(SMALL[0].name) == 1
    assert {k.split("/")[1] for k in dataset_files(out)} == set(new)  # the old version's files are gone


# ---------------------------------------------------------------- crash safety, deterministic points

class Crash(BaseException):
    """Stands for a kill: nothing after it runs (not even except Exception handlers)."""


@pytest.mark.parametrize("crash_after_writes", [1, 3])  # inside the 1st / the 2nd document's files
def test_crash_between_dataset_files_and_manifest_entry(small, tmp_path, monkeypatch, crash_after_writes):
    src, _, expected, expected_docs = small
    out = tmp_path / "out"
    real = writers.atomic_write_parquet
    calls = {"n": 0}

    def dying_write(table, path, **kw):
        if calls["n"] >= crash_after_writes:
            raise Crash()
        calls["n"] += 1
        real(table, path, **kw)

    monkeypatch.setattr(writers, "atomic_write_parquet", dying_write)
    with pytest.raises(Crash):
        run([src], out)
    monkeypatch.setattr(writers, "atomic_write_parquet", real)
    # on disk: files of a document the manifest does not hold (the kill came before its entry)
    held = set(Manifest.load(out).entries) if (out / MANIFEST_NAME).exists() else set()
    on_disk = {k.split("/")[1] for k in dataset_files(out)}
    assert on_disk - held, "the crash should have left files without a manifest entry"
    status = json.loads(_capture_cli(["status", "--data", str(out), "--json"]))
    assert status["pending_cleanup"] == len(on_disk - held)
    summary = run([src], out)
    assert not summary.failed
    assert summary.cleaned["orphan_documents"] == len(on_disk - held)
    assert snapshot(out) == expected
    assert manifest_docs(out) == expected_docs


def test_crash_while_saving_manifest_after_files(small, tmp_path, monkeypatch):
    src, _, expected, expected_docs = small
    out = tmp_path / "out"
    real = manifest_mod.Manifest.save
    calls = {"n": 0}

    def dying_save(self):
        calls["n"] += 1
        if calls["n"] == 2:  # the second document's entry
            raise Crash()
        real(self)

    monkeypatch.setattr(manifest_mod.Manifest, "save", dying_save)
    with pytest.raises(Crash):
        run([src], out)
    monkeypatch.setattr(manifest_mod.Manifest, "save", real)
    # a temporary file of a half-written parquet file, as a kill inside pq.write_table leaves it
    (out / "services" / "doc_year=2022").mkdir(parents=True, exist_ok=True)
    (out / "services" / "doc_year=2022" / f"{writers.TMP_PREFIX}x.parquet.123").write_bytes(b"PAR1 half")
    run([src], out)
    assert snapshot(out) == expected
    assert manifest_docs(out) == expected_docs
    assert not list(out.rglob(f"{writers.TMP_PREFIX}*"))


def test_forced_rerun_killed_midway_is_redone(small, tmp_path, monkeypatch):
    src, _, expected, expected_docs = small
    out = tmp_path / "out"
    shutil.copytree(small[1], out)
    real = writers.atomic_write_parquet
    calls = {"n": 0}

    def dying_write(table, path, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise Crash()
        real(table, path, **kw)

    monkeypatch.setattr(writers, "atomic_write_parquet", dying_write)
    with pytest.raises(Crash):
        run([src], out, force=True, log_path=None)
    monkeypatch.setattr(writers, "atomic_write_parquet", real)
    assert len(Manifest.load(out).entries) < 2  # the document being replaced left the manifest first
    run([src], out, log_path=None)
    assert snapshot(out) == expected and manifest_docs(out) == expected_docs


def test_damaged_manifest_is_moved_aside_and_everything_redone(small, tmp_path):
    src, _, expected, expected_docs = small
    out = tmp_path / "out"
    shutil.copytree(small[1], out)
    (out / MANIFEST_NAME).write_text('{"documents": {"abc": ')
    assert _capture_cli(["status", "--data", str(out), "--json"], code=2)
    summary = run([src], out)
    assert len(summary.outcomes) == 2
    assert snapshot(out) == expected and manifest_docs(out) == expected_docs
    assert list(out.glob(f"{MANIFEST_NAME}.corrupt-*"))
    assert any(e["event"] == "manifest_recovered" for e in log_events(out))


@pytest.mark.parametrize("snapshot_written", [False, True])
def test_a_run_killed_at_its_manifest_compaction_loses_nothing_and_counts_nothing_twice(small, tmp_path, monkeypatch,
                                                                                         snapshot_written):
    """The second run's entries are in the journal when it is killed while folding it into the snapshot (before
    or after the new snapshot is in place): the next run redoes nothing and records each run once."""
    src, _, expected, expected_docs = small
    partial = make_corpus(tmp_path / "in", limit=1)
    out = tmp_path / "out"
    run([partial], out, log_path=None)
    shutil.copy(src / SMALL[1].name, partial / SMALL[1].name)
    real = manifest_mod.atomic_write_text

    def dying_snapshot(path, text):
        if snapshot_written:
            real(path, text)
        raise Crash()

    monkeypatch.setattr(manifest_mod, "atomic_write_text", dying_snapshot)
    with pytest.raises(Crash):
        run([partial], out, log_path=None)
    monkeypatch.setattr(manifest_mod, "atomic_write_text", real)
    assert (out / manifest_mod.JOURNAL_NAME).exists()
    summary = run([partial], out, log_path=None)
    assert summary.outcomes == [] and summary.skipped == 2  # nothing lost: nothing redone
    elsewhere = {"source_uri", "locations"}  # the clean run read the same files from another folder
    assert {k: file_rows(p, elsewhere) for k, p in dataset_files(out).items()} == \
        {k: file_rows(p, elsewhere) for k, p in dataset_files(small[1]).items()}
    assert manifest_docs(out) == expected_docs
    runs = json.loads((out / MANIFEST_NAME).read_text())["runs"]
    assert [r["processed"] for r in runs] == ([1, 1, 0] if snapshot_written else [1, 0])
    assert not (out / manifest_mod.JOURNAL_NAME).exists()


# ---------------------------------------------------------------- crash safety, real kill -9

def _assert_whole_documents(out: Path, expected: dict[str, Counter]) -> None:
    """Every file is readable; each dataset holds, for each document, exactly the clean run's rows or none
    (``duplicate_of`` aside: copies are marked once a run has all its documents)."""
    for key, path in dataset_files(out).items():
        assert key in expected, f"unexpected file {path}"
        ignore = {"duplicate_of"} if key.startswith("documents/") else set()
        want = Counter({(y, tuple(kv for kv in row if kv[0] not in ignore)): n for (y, row), n in expected[key].items()})
        assert file_rows(path, ignore) == want, f"{path} differs from a clean run"
    held = Manifest.load(out, repair=False).entries if (out / MANIFEST_NAME).exists() else {}
    for doc_id in held:  # a document in the manifest has all its files
        want = {k for k in expected if k.endswith("/" + doc_id)}
        have = {k for k in dataset_files(out) if k.endswith("/" + doc_id)}
        assert want == have, f"{doc_id}: manifest entry without all its files"
    _assert_institutions_cover(out, held)


def _assert_institutions_cover(out: Path, held) -> None:
    """Every institution id a held document's rows point to is in the registry and the institutions dataset."""
    pointed: set[str] = set()
    for doc_id in held:
        for dataset, column in (("documents", "issuer_id"), ("partnerships", "partner_id")):
            for path in out.glob(f"{dataset}/doc_year=*/{doc_id}.parquet"):
                pointed |= {v for v in pq.read_table(path).column(column).to_pylist() if v}
    if not pointed:
        return
    registry = (out / "_institutions.csv").read_text() if (out / "_institutions.csv").exists() else ""
    dataset = {r["institution_id"] for r in pq.read_table(out / "institutions" / "all.parquet").to_pylist()} \
        if (out / "institutions" / "all.parquet").exists() else set()
    assert {i for i in pointed if i not in registry} == set(), "ids missing from _institutions.csv"
    assert pointed - dataset == set(), "ids missing from the institutions dataset"


def _session_processes(sid: int) -> list[psutil.Process]:
    """Live processes of the run's session (workers lead process groups of their own inside it)."""
    procs = []
    for p in psutil.process_iter(["pid"]):
        try:
            if os.getsid(p.pid) == sid and p.status() != psutil.STATUS_ZOMBIE:
                procs.append(p)
        except (ProcessLookupError, psutil.Error, OSError):
            pass
    return procs


def _kill_at_random_point(proc: subprocess.Popen, log: Path, log_size: int, rng: random.Random, n_docs: int) -> bool:
    """SIGKILL the run after a random number of per-document log events of this run (0 = during start-up)
    plus a random delay; the events are written right before/after a document's files and manifest entry."""
    target = rng.randrange(0, 2 * n_docs)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        seen = 0
        if log.exists():
            with open(log, "rb") as fh:
                fh.seek(log_size)
                seen = sum(1 for line in fh if b'"event": "started"' in line or b'"event": "finished"' in line)
        if seen >= target:
            time.sleep(rng.uniform(0.0, 0.4 if target else 3.0))
            break
        time.sleep(0.01)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
        return True
    return False


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """A clean run over the three plans, a byte-different copy of each (copies of one publication), the same
    bytes under a second name in a subfolder, an unsupported file and a broken link."""
    root = tmp_path_factory.mktemp("mixed")
    src = make_corpus(root / "in", variants=2)
    (src / "sub").mkdir()
    first = sorted(src.glob("*.txt"))[0]
    (src / "sub" / "again.txt").write_bytes(first.read_bytes())
    (src / "notes.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    os.symlink(root / "nowhere.txt", src / "broken.txt")
    out = root / "out"
    summary = run([src], out, log_path=None)
    assert [o.reason for o in summary.failed] == ["unreadable"]
    assert summary.duplicates == 2
    return src, snapshot(out), side_files(out)


def test_kill_9_at_random_points_then_rerun_equals_clean_run(mixed, tmp_path):
    """Ten kill -9 at random points (plain and forced runs, interactive and --nightly), then a rerun: every
    dataset file, the manifest,
    the institution registry and the institutions dataset equal a clean run's; after each kill the folder
    holds whole documents only, and every institution id they point to is in the registry and the dataset."""
    src, expected, expected_side = mixed
    out = tmp_path / "out"
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    kills = attempts = 0
    force = False
    while kills < 10 and attempts < 30:
        attempts += 1
        log = out / LOG_NAME
        size = log.stat().st_size if log.exists() else 0
        mode = ["--quiet", "--nightly"][attempts % 2]
        proc = cli("run", str(src), "--data", str(out), mode, *(["--force"] if force else []))
        killed = _kill_at_random_point(proc, log, size, rng, len(expected_side["manifest"]))
        kills += killed
        proc.communicate()
        force = not killed or rng.random() < 0.5  # a finished run leaves nothing to kill: force the next
        # the workers and the fork server die with the run (no orphan keeps reading or holds the lock)
        deadline = time.monotonic() + 5
        while _session_processes(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = _session_processes(proc.pid)
        for p in left:
            p.kill()
        assert not left, f"processes left after kill -9 (seed {seed}): {left}"
        if out.exists():
            _assert_whole_documents(out, expected)
    assert kills >= 10, f"only {kills} runs were killed (seed {seed})"
    final = cli("run", str(src), "--data", str(out), "--nightly")
    _, err = final.communicate(timeout=300)
    assert final.returncode in (EXIT_OK, EXIT_FAILED_DOCS), err
    assert snapshot(out) == expected, f"seed {seed}"
    assert side_files(out) == expected_side, f"seed {seed}"
    assert not list(out.rglob(f"{writers.TMP_PREFIX}*"))


# ---------------------------------------------------------------- one run at a time

def test_two_runs_started_together_produce_one_set_of_rows(clean, tmp_path):
    src, _, expected, expected_docs = clean
    out = tmp_path / "out"
    procs = [cli("run", str(src), "--data", str(out), "--quiet") for _ in range(2)]
    results = [(p.wait(timeout=120), p.communicate()[1]) for p in procs]
    codes = sorted(code for code, _ in results)
    assert codes in ([EXIT_OK, EXIT_OK], [EXIT_OK, EXIT_LOCKED]), results
    for code, err in results:
        if code == EXIT_LOCKED:
            assert "holds the lock" in err and "nothing was written" in err
    assert snapshot(out) == expected and manifest_docs(out) == expected_docs
    runs = [e for e in log_events(out) if e["event"] == "run_finished"]
    assert len(runs) == codes.count(EXIT_OK)  # the locked-out run did not even write to the log
    assert sum(r["processed"] for r in runs) == len(expected_docs)


def test_locked_out_run_exits_75_without_writing(tmp_path):
    src = make_corpus(tmp_path / "in", limit=1)
    out = tmp_path / "out"
    out.mkdir()
    lock = FileLock(str(out / ".lock"), thread_local=False)
    lock.acquire()
    try:
        started = time.monotonic()
        proc = cli("run", str(src), "--data", str(out), "--wait", "0.5", "--nightly")
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == EXIT_LOCKED
        assert time.monotonic() - started < 15
        assert "another pipeline run holds the lock" in err
        assert sorted(p.name for p in out.iterdir()) == [".lock"]
        # a run that may wait gets the lock when the other run ends
        threading.Timer(1.0, lock.release).start()
        proc = cli("run", str(src), "--data", str(out), "--wait", "30", "--nightly")
        said, err = proc.communicate(timeout=60)
        assert proc.returncode == EXIT_OK, err
        assert "1 processed, 0 failed" in said  # the summary: stdout
    finally:
        if lock.is_locked:
            lock.release()

