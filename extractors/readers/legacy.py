"""Old Word documents (``.doc``, Word 97-2003) and RTF, read by converting them to DOCX with LibreOffice.

Councils still publish plans as ``.doc``. No maintained Python library reads that binary format well, but
LibreOffice does, headless: ``soffice --headless --convert-to docx``. The converted file is then read by the
DOCX reader, so a ``.doc`` plan gives the same blocks and tables as the same plan saved as ``.docx``; the
document keeps ``format`` docx and gets the warning ``converted_from:doc`` (or ``:rtf``).

LibreOffice is optional (``make legacy-formats`` installs it from the Debian packages): when ``soffice`` is not
on the PATH, such a file fails with ``unsupported_format`` and a message saying how to enable it, and
``.doc``/``.rtf`` are not among :data:`extractors.readers.SUPPORTED_SUFFIXES` (folder discovery).

Each conversion runs in a temporary folder (a copy of the input, LibreOffice's own throw-away profile, the
output) removed afterwards, with a time limit: on expiry LibreOffice and its child processes are killed and
the document fails with ``conversion_failed``. LibreOffice stays in the calling process's process group, so a
pipeline worker killed together with its group takes it along.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from extractors.model import Document, ReaderError

SOFFICE_NAMES = ("soffice", "libreoffice")
# LibreOffice's import filters, tried in order. Named, because a file its own detection does not recognise
# is otherwise imported as plain text, and the binary's bytes would come out as a "document".
IMPORT_FILTERS = {".doc": ("MS Word 97", "MS Word 95", "MS WinWord 6.0"), ".rtf": ("Rich Text Format",)}
# Word 97 and later keep their tables in a "0Table" or "1Table" stream, which Word 6 / 95 files lack: such a
# file is tried with the Word 97 filter only (each attempt starts LibreOffice anew, seconds each)
_WORD97_STREAMS = ("0Table".encode("utf-16-le"), "1Table".encode("utf-16-le"))
HOW_TO_ENABLE = ("install LibreOffice to have it converted (`make legacy-formats`, i.e. "
                 "`apt-get install libreoffice-writer-nogui`), then run again; or save it as .docx or PDF")


@dataclass(frozen=True)
class LegacySettings:
    # a 50-page .doc converts in a few seconds; LibreOffice's first start in a fresh profile adds ~5 s
    timeout_s: float = 120.0
    # how much of LibreOffice's own output to quote when it fails
    stderr_chars: int = 300


SETTINGS = LegacySettings()


def soffice_path() -> str | None:
    """The LibreOffice executable on the PATH, or None."""
    for name in SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def conversion_available() -> bool:
    return soffice_path() is not None


def read_legacy(path: Path, doc_id: str, source_path: str, what: str, suffix: str,
                settings: LegacySettings = SETTINGS) -> Document:
    """Read an old Word or RTF file (``suffix``: ".doc" or ".rtf", the format it really is) through DOCX."""
    from extractors.readers.docx import read_docx

    exe = soffice_path()
    if exe is None:
        raise ReaderError("unsupported_format", f"{Path(path).name} is {what}, which the pipeline reads only "
                          f"through LibreOffice, and LibreOffice is not installed: {HOW_TO_ENABLE}")
    with tempfile.TemporaryDirectory(prefix="pipeline-convert-") as tmp:
        converted = convert_to_docx(exe, Path(path), Path(tmp), suffix, settings)
        doc = read_docx(converted, doc_id, source_path)
    doc.warnings.append(f"converted_from:{suffix.lstrip('.')}")
    return doc


def convert_to_docx(exe: str, path: Path, tmp: Path, suffix: str, settings: LegacySettings = SETTINGS) -> Path:
    """LibreOffice's DOCX of ``path``, written under ``tmp`` (which the caller removes). The time limit holds
    for all attempts (import filters) together."""
    # a copy under a plain name: LibreOffice judges the format partly by the extension and reads an argument
    # starting with "-" as an option
    src = tmp / f"input{suffix}"
    shutil.copyfile(path, src)
    home = tmp / "home"
    home.mkdir()
    deadline = time.monotonic() + settings.timeout_s
    said = ""
    filters = IMPORT_FILTERS[suffix]
    if suffix == ".doc" and any(name in src.read_bytes() for name in _WORD97_STREAMS):
        filters = filters[:1]
    for n, infilter in enumerate(filters):
        outdir = tmp / f"out{n}"
        cmd = [exe, f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--headless", "--invisible",
               "--norestore", "--nologo", "--nodefault", "--nolockcheck", f"--infilter={infilter}",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(outdir), str(src)]
        said = _run(cmd, path, max(0.0, deadline - time.monotonic()), settings, home)
        result = outdir / "input.docx"
        if result.is_file() and result.stat().st_size > 0:
            return result
    raise ReaderError("conversion_failed", f"{path.name}: LibreOffice could not read it as "
                      f"{' or '.join(filters)}{': ' + said if said else ''}")


def _run(cmd: list[str], path: Path, timeout: float, settings: LegacySettings, home: Path) -> str:
    """Run one LibreOffice conversion; returns what it said (its warnings about Java left out)."""
    env = {**os.environ, "HOME": str(home)}  # nothing written to the user's home
    marker = str(home.parent)  # this conversion's own folder, in every command line it starts
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_tree(proc, marker)
        raise ReaderError("conversion_failed", f"{path.name}: LibreOffice did not finish converting it within "
                          f"{settings.timeout_s:g} s; stopped") from None
    except BaseException:
        _kill_tree(proc, marker)
        raise
    lines = (err + out).decode("utf-8", "replace").splitlines()
    return " ".join(ln.strip() for ln in lines if ln.strip() and "javaldx" not in ln)[-settings.stderr_chars:]


def _kill_tree(proc: subprocess.Popen, marker: str) -> None:
    """Kill LibreOffice and what it started (the ``soffice`` script runs ``oosplash``, which runs
    ``soffice.bin``). A process whose parent exits is re-parented and no longer listed as a child, yet
    holds the output pipes open (reading them to the end would wait for it), so processes are found by
    this conversion's own folder (``marker``) in their command line, until none is left."""
    import psutil

    try:
        proc.kill()
    except OSError:
        pass
    for _ in range(3):  # a dying oosplash may still start soffice.bin
        strays = [other for other in psutil.process_iter(["cmdline"])
                  if other.pid != os.getpid() and marker in " ".join(other.info["cmdline"] or ())]
        if not strays:
            break
        for stray in strays:
            try:
                stray.send_signal(signal.SIGKILL)
            except psutil.Error:
                pass
        psutil.wait_procs(strays, timeout=5)
    try:
        proc.communicate(timeout=5)
    except subprocess.TimeoutExpired:  # a process outside the conversion's folder holds the pipes
        pass
