"""A demanding analyst and a nightly scheduler try to break a run: signals, a worker killed from outside, inputs
that move or change while they are read, file names that are not UTF-8, a full or read-only output disk.

Whatever happens, every input ends in the manifest and the `documents` dataset with a status and a reason (or the
run stops with a one-line reason and leaves whole documents only), and the next run finishes the job. The
symbolic-link loops, 0-byte and over-large files are in test_identity and test_malformed; two runs at once and
kill -9 at random points in test_nightly.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import EXIT_FAILED_DOCS, EXIT_OK
from pipeline.extraction import extract_file
from pipeline.manifest import Manifest
from pipeline.runner import LOG_NAME, run
from test_nightly import (SMALL, _assert_whole_documents, cli, log_events, make_corpus, manifest_docs,
                          snapshot)

LATIN1_NAME = b"plan_\xe9_bra\xfeov.txt"  # "plan_é_braşov.txt" written by a system using ISO-8859-2 / Windows-1250


def documents_rows(out: Path) -> list[dict]:
    return [r for p in sorted(out.glob("documents/doc_year=*/*.parquet")) for r in pq.read_table(p).to_pylist()]


# ---------------------------------------------------------------- extraction hooks sent to worker processes

def moving_extract(path, source_path, doc_id):
    """What a user does to the input folder while the run reads it: deletes a file, appends to another."""
    name = Path(path).name
    if "vanish" in name:
        os.unlink(path)
    if "grows" in name:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("\n\nCapitol adăugat în timpul copierii.\n")
    return extract_file(path, source_path, doc_id)


def stopped_extract(path, source_path, doc_id):
    if "stopped" in Path(path).name:
        os.kill(os.getpid(), signal.SIGTERM)  # as `systemctl stop` does to every process of the service
        time.sleep(30)
    return extract_file(path, source_path, doc_id)


def oom_killed_extract(path, source_path, doc_id):
    if "oom" in Path(path).name:
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's OOM killer or an administrator does
    return extract_file(path, source_path, doc_id)


# ---------------------------------------------------------------- file names

def test_file_names_that_are_not_utf8_are_read_and_recorded(tmp_path):
    """One such name stopped the whole run (the log, the Parquet files and the manifest hold UTF-8 only)."""
    src = make_corpus(tmp_path / "in", limit=1)
    raw = os.fsencode(src)
    os.rename(src / SMALL[0].name, os.fsdecode(raw + b"/" + LATIN1_NAME))
    os.symlink(b"/nowhere/\xff", raw + b"/link_\xff.txt")
    shutil.copy(SMALL[1], src / SMALL[1].name)
    out = tmp_path / "out"
    summary = run([src], out)
    assert sorted((o.source_path, o.status, o.reason) for o in summary.outcomes) == sorted([
        ("link_\\xff.txt", "failed", "unreadable"), ("plan_\\xe9_bra\\xfeov.txt", "ok", None),
        (SMALL[1].name, "ok", None)])
    rows = {r["source_path"]: r for r in documents_rows(out)}
    assert rows["plan_\\xe9_bra\\xfeov.txt"]["source_uri"].endswith("/in/plan_\\xe9_bra\\xfeov.txt")
    assert "/nowhere/\\xff" in rows["link_\\xff.txt"]["error"]
    assert all(e["event"] != "run_aborted" for e in log_events(out))
    # the same file is the same document next night, and is not taken for gone
    again = run([src], out, prune=True)
    assert again.outcomes == [] and again.pruned == [] and again.skipped == 3
    assert len(Manifest.load(out).entries) == 3


def test_an_output_folder_whose_name_is_not_utf8_is_refused_before_anything_is_written(tmp_path):
    """Arrow takes paths as UTF-8 text: the run failed with a traceback after creating the folder."""
    src = make_corpus(tmp_path / "in", limit=1)
    out = os.fsdecode(os.fsencode(tmp_path) + b"/out_\xe9")
    proc = cli("run", str(src), "--data", out, "--nightly")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2 and "not a UTF-8 name" in err and "Traceback" not in err
    assert not os.path.exists(out)


def test_a_named_pipe_is_listed_not_opened(tmp_path):
    """A named pipe in the tree was passed over without a word; given by name, the run waited on it forever."""
    src = make_corpus(tmp_path / "in", limit=1)
    os.mkfifo(src / "pipe.txt")
    os.mkfifo(tmp_path / "given.txt")
    out = tmp_path / "out"
    proc = cli("run", str(src), str(tmp_path / "given.txt"), "--data", str(out), "--nightly")
    try:
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == EXIT_FAILED_DOCS, err
    rows = {r["source_path"]: r for r in documents_rows(out)}
    assert {p: (r["status"], r["reason"]) for p, r in rows.items()} == {
        SMALL[0].name: ("ok", None), "pipe.txt": ("failed", "unreadable"), "given.txt": ("failed", "unreadable")}
    assert "not a regular file" in rows["pipe.txt"]["error"]


def test_an_output_folder_inside_the_input_is_not_read_as_input(tmp_path):
    """`pipeline run . --data out`: the second night listed the first night's Parquet and JSON files as unsupported
    inputs (each with a documents row, so more files the next night)."""
    src = make_corpus(tmp_path / "in", limit=1)
    out = src / "out"
    assert not run([src], out, log_path=None).failed
    again = run([src], out)
    assert again.outcomes == [] and again.unsupported == {} and again.skipped == 1
    assert len(documents_rows(out)) == 1


# ---------------------------------------------------------------- inputs that move while they are read

def test_inputs_that_vanish_or_change_while_read_are_said_so_and_read_again(tmp_path):
    """A file deleted while it was read was quarantined as `unreadable` (the same bytes put back were never read
    again); a file still being written was recorded `ok` with rows of other bytes than its doc_id's."""
    src = make_corpus(tmp_path / "in", limit=1)
    shutil.copy(SMALL[1], src / "vanish_plan.txt")
    shutil.copy(SMALL[1], src / "grows_plan.txt")
    (src / "grows_plan.txt").write_bytes((src / "grows_plan.txt").read_bytes() + b"\nCopie.\n")
    out = tmp_path / "out"
    summary = run([src], out, extract=moving_extract, log_path=None)
    by_path = {o.source_path: o for o in summary.outcomes}
    assert (by_path["vanish_plan.txt"].status, by_path["vanish_plan.txt"].reason) == ("failed", "vanished")
    assert (by_path["grows_plan.txt"].status, by_path["grows_plan.txt"].reason) == ("failed", "changed_during_run")
    assert by_path[SMALL[0].name].status == "ok"
    grown = next(r for r in documents_rows(out) if r["source_path"] == "grows_plan.txt")
    assert grown["status"] == "failed" and grown["reason"] == "changed_during_run"
    assert not list(out.glob(f"services/doc_year=*/{by_path['grows_plan.txt'].doc_id}.parquet"))
    # the next night: the file is back, the other one whole; both are read (not quarantined)
    shutil.copy(SMALL[1], src / "vanish_plan.txt")
    summary = run([src], out, log_path=None)
    assert sorted((o.source_path, o.status) for o in summary.outcomes) == [("grows_plan.txt", "ok"),
                                                                          ("vanish_plan.txt", "ok")]
    assert summary.quarantined == 0
    assert {d["status"] for d in manifest_docs(out).values()} == {"ok"} and len(manifest_docs(out)) == 3


def test_a_worker_killed_from_outside_is_recorded_and_the_others_go_through(tmp_path):
    src = make_corpus(tmp_path / "in")
    shutil.copy(SMALL[0], src / "oom_plan.txt")
    (src / "oom_plan.txt").write_bytes((src / "oom_plan.txt").read_bytes() + b"\nAlt.\n")
    summary = run([src], tmp_path / "out", extract=oom_killed_extract, log_path=None, workers=2)
    by_path = {o.source_path: o for o in summary.outcomes}
    assert by_path["oom_plan.txt"].reason == "worker_crashed" and "SIGKILL" in by_path["oom_plan.txt"].message
    assert all(o.status == "ok" for p, o in by_path.items() if p != "oom_plan.txt") and len(by_path) == 3


def test_a_worker_stopped_by_sigterm_is_not_quarantined(tmp_path):
    """`systemctl stop` signals every process of the service: a worker's document was quarantined as
    `worker_crashed`, never read again unless --retry-failed."""
    src = make_corpus(tmp_path / "in", limit=1)
    shutil.copy(SMALL[1], src / "stopped_plan.txt")
    out = tmp_path / "out"
    summary = run([src], out, extract=stopped_extract, log_path=None)
    by_path = {o.source_path: o for o in summary.outcomes}
    assert (by_path["stopped_plan.txt"].reason, by_path[SMALL[0].name].status) == ("worker_stopped", "ok")
    summary = run([src], out, log_path=None)
    assert [(o.source_path, o.status) for o in summary.outcomes] == [("stopped_plan.txt", "ok")]


# ---------------------------------------------------------------- signals

@pytest.fixture(scope="module")
def twelve(tmp_path_factory):
    """Twelve small documents and a clean run of them."""
    root = tmp_path_factory.mktemp("twelve")
    src = make_corpus(root / "in", variants=6)
    out = root / "clean"
    assert not run([src], out, log_path=None).failed
    return src, snapshot(out), manifest_docs(out)


@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_ctrl_c_or_sigterm_stops_a_run_with_a_word_and_the_next_run_finishes(twelve, tmp_path, sig, code):
    """Ctrl-C printed a traceback; SIGTERM (systemctl stop) ended the run without a word in the log or on stderr."""
    src, expected, expected_docs = twelve
    for attempt in range(5):
        out = tmp_path / f"out{attempt}"
        proc = cli("run", str(src), "--data", str(out), "--nightly", "--workers", "1")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if any(e["event"] == "finished" for e in log_events(out)):
                break
            time.sleep(0.02)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=120)
        if proc.returncode != EXIT_OK:
            break
        # the whole run ended before the signal came (a loaded machine can starve this loop): try again
    assert proc.returncode == code, err
    assert "Traceback" not in err and f"Exit code {code}" in err and "interrupted by" in err
    assert log_events(out)[-1]["event"] == "run_aborted"
    _assert_whole_documents(out, expected)
    final = cli("run", str(src), "--data", str(out), "--nightly")
    _, err = final.communicate(timeout=300)
    assert final.returncode == EXIT_OK, err
    assert snapshot(out) == expected and manifest_docs(out) == expected_docs


# ---------------------------------------------------------------- the output disk

@pytest.fixture
def small_disk(tmp_path):
    """A 400 KB tmpfs at tmp_path/disk (mounting needs root: skipped otherwise); unmounted afterwards."""
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(disk)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def _remount(disk: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(disk)], check=True, capture_output=True)


def test_a_full_disk_stops_the_run_with_a_word_and_the_next_run_finishes(twelve, small_disk):
    """It printed a traceback and exited 1 as if a document had failed."""
    src, expected, expected_docs = twelve
    out = small_disk / "out"
    proc = cli("run", str(src), "--data", str(out), "--nightly")
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 74, err
    assert "Traceback" not in err and "No space left on device" in err and "run again" in err
    _assert_whole_documents(out, expected)
    _remount(small_disk, "size=50m")
    proc = cli("run", str(src), "--data", str(out), "--nightly")
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == EXIT_OK, err
    assert snapshot(out) == expected and manifest_docs(out) == expected_docs
    assert not list(out.rglob(".tmp-*"))


def test_a_read_only_output_is_refused_and_can_still_be_read_and_exported(twelve, small_disk, tmp_path):
    src, expected, _ = twelve
    _remount(small_disk, "size=50m")
    out = small_disk / "out"
    proc = cli("run", str(src), "--data", str(out), "--nightly")
    proc.communicate(timeout=300)
    assert proc.returncode in (EXIT_OK, EXIT_FAILED_DOCS)
    _remount(small_disk, "ro")
    proc = cli("run", str(src), "--data", str(out), "--nightly")
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 2 and "not writable" in err
    status = cli("status", "--data", str(out), "--json")
    said, err = status.communicate(timeout=120)
    assert status.returncode == 0 and '"documents": 12' in said, err
    export = cli("export", "--data", str(out), "--format", "sqlite", "--out", str(tmp_path / "x.db"))
    _, err = export.communicate(timeout=300)
    assert export.returncode == 0, err
    assert snapshot(out) == expected
    assert not (out / LOG_NAME).read_text().count("run_aborted")
