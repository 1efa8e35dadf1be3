"""Worker processes (#14 item 10): a stopped document takes the programs it started with it, and an error in
a worker is reported under its own reason."""
from __future__ import annotations

import errno
import os
import subprocess
import time
from pathlib import Path

import psutil

from pipeline.extraction import extract_file
from pipeline.runner import run

PLAN = "Plan anual de acțiune privind serviciile sociale pentru anul 2023\n"


def child_then_hang_extract(path, source_path, doc_id):
    """Stands for OCR: the worker starts a helper program (as pytesseract starts tesseract) and is stuck."""
    if "ocr" in Path(path).name:
        child = subprocess.Popen(["sleep", "120"])
        Path(str(path) + ".child").write_text(str(child.pid))
        time.sleep(120)
    return extract_file(path, source_path, doc_id)


def os_error_extract(path, source_path, doc_id):
    name = Path(path).name
    if "nomem" in name:
        raise OSError(errno.ENOMEM, "Cannot allocate memory")  # fork of a helper under the memory cap
    if "nohelper" in name:
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", "tesseract")
    if "vanished" in name:
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(path))
    return extract_file(path, source_path, doc_id)


def _alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_timeout_kills_the_programs_a_worker_started(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "scan_ocr.txt").write_text(PLAN)
    summary = run([src], tmp_path / "out", timeout_s=4.0, extract=child_then_hang_extract, log_path=None)
    assert [(o.status, o.reason) for o in summary.outcomes] == [("failed", "timeout")]
    child = int((src / "scan_ocr.txt.child").read_text())
    deadline = time.monotonic() + 5
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = _alive(child)
    if alive:
        os.kill(child, 9)
    assert not alive, "the helper program outlived its stopped worker"


def test_os_errors_are_reported_under_their_own_reason(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a_nomem.txt", "b_nohelper.txt", "c_vanished.txt"):
        (src / name).write_text(PLAN + name + "\n")
    summary = run([src], tmp_path / "out", extract=os_error_extract, log_path=None)
    reasons = {o.source_path: o.reason for o in summary.outcomes}
    assert reasons == {"a_nomem.txt": "out_of_memory", "b_nohelper.txt": "extraction_error",
                       "c_vanished.txt": "unreadable"}
    by_path = {o.source_path: o for o in summary.outcomes}
    assert "tesseract" in by_path["b_nohelper.txt"].message
