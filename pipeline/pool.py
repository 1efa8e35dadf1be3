"""Where worker processes come from: a fork server that loads the extraction code once, started early.

Each document runs in its own process (exact per-document limits, see :mod:`pipeline.runner`), forked from a
*fork server*: a process that imported the extraction code, built the spaCy tokenizer and read the reference data
(nomenclator, SIRUTA, institutions) once (:mod:`pipeline._worker_preload`), so a worker starts warm in
milliseconds and shares those pages with its siblings. Loading it takes a few seconds of one core, so
:func:`prestart` launches it as the very first thing a run does, before the main process imports its own heavy
modules (Arrow, the writers), reads the manifest and hashes the inputs: on two or more cores both happen at once,
and the first document starts as soon as the server is ready. The server and its workers die with the main
process (``PR_SET_PDEATHSIG``), even while it is still loading.

This module imports nothing heavy on purpose: the CLI calls :func:`prestart` before anything else.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
from typing import Any, Iterable

PRELOAD = ["pipeline._worker_preload"]
# loaded before the common load when a run's inputs hold a PDF: the PDF reader's libraries (pypdfium2, pdfplumber,
# pdfminer: ~110 modules, ~0.06 s of CPU) that each PDF document's worker would otherwise import at its start; a run
# of text documents does not pay them on its start-up
PDF_PRELOAD = "pipeline._worker_preload_pdf"
# how many entries of an input folder are looked at for a PDF before the server starts (a huge tree: not all)
PDF_LOOKUP_LIMIT = 5000
DEFAULT_INPUT = "data/raw"  # what `pipeline run` reads without paths (pipeline.cli.cmd_run)


def context() -> Any:
    """The multiprocessing context of worker processes: a fork server on POSIX (no inherited descriptors such as
    the output folder's lock, cheap forks of a preloaded process), spawn on Windows."""
    if os.name == "nt":
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def inputs_hold_pdf(paths: Iterable[str]) -> bool:
    """Whether any of the run's inputs is a PDF or a folder with a PDF among its first :data:`PDF_LOOKUP_LIMIT`
    entries (by name: what folder discovery picks up as PDF). Never raises."""
    for path in paths:
        try:
            if path.lower().endswith(".pdf"):
                return True
            if not os.path.isdir(path):
                continue
            seen = 0
            for _folder, dirs, files in os.walk(path):
                if any(f.lower().endswith(".pdf") for f in files):
                    return True
                seen += len(dirs) + len(files)
                if seen > PDF_LOOKUP_LIMIT:
                    break
        except (OSError, ValueError):
            continue
    return False


def prestart(inputs: Iterable[str] = ()) -> None:
    """Start the fork server now, without waiting for it to finish loading (the first worker start waits); with
    the PDF reader in its load when ``inputs`` hold a PDF (:data:`PDF_PRELOAD`). Idempotent (a server already
    running keeps its load); never raises (a failure here only means the server starts with the first document)."""
    if os.name == "nt":
        return
    try:
        from multiprocessing import forkserver

        if PDF_PRELOAD not in PRELOAD and inputs_hold_pdf(inputs):
            PRELOAD.insert(0, PDF_PRELOAD)
        context()
        with MainNotReimported():
            forkserver.ensure_running()
    except Exception:
        pass


def prestart_for(argv: list[str]) -> None:
    """:func:`prestart` when the command line is a local ``run`` (its verb first, no ``--scheduler``, no help): called
    by the process's entry point before it imports the CLI, so the server's load starts ~0.1 s of CPU earlier.
    Anything else leaves the start to the verb (``pipeline.cli.cmd_run`` calls :func:`prestart` too)."""
    if argv[:1] != ["run"] or any(a in ("-h", "--help") or a.startswith("--scheduler") for a in argv):
        return
    # the paths are not parsed yet: any word that names an existing file or folder (an option's value such as the
    # output folder too: it only costs the PDF reader's load when it holds PDFs), else the default input folder
    words = [a for a in argv[1:] if not a.startswith("-") and os.path.exists(a)]
    prestart(words or [DEFAULT_INPUT])


def start_worker(*args: Any) -> None:
    """The target of a document's process: :func:`pipeline.worker.worker_main`, named here so that the main
    process, which pickles the target to send it, never imports the extraction code (a worker finds it already
    imported by the fork server)."""
    from pipeline.worker import worker_main

    worker_main(*args)


def die_with_parent() -> None:
    """Linux: SIGKILL this process when its parent dies (the main process was killed)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        pass


class MainNotReimported:
    """Workers would re-run the main script (multiprocessing's spawn semantics) unless it is guarded by
    ``if __name__ == "__main__"``; a worker needs nothing from it, so hide it while a worker starts."""

    def __enter__(self):
        self.main = sys.modules.get("__main__")
        self.spec = getattr(self.main, "__spec__", None)
        if self.main is not None:
            from types import SimpleNamespace

            self.main.__spec__ = SimpleNamespace(name="__main__")
        return self

    def __exit__(self, *exc):
        if self.main is not None:
            self.main.__spec__ = self.spec
