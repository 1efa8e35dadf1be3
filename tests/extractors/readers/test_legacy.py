"""Old Word .doc and RTF (#14 item 7): read through LibreOffice when it is installed, a clear
``unsupported_format`` saying how to enable it when it is not.

The .doc and .rtf inputs are made by LibreOffice itself from the DOCX the other reader tests use, so the
converted documents can be compared with the original read directly.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from extractors.model import ReaderError, Table
from extractors.readers import read_document
from extractors.readers.legacy import LegacySettings, convert_to_docx, soffice_path

REPO = Path(__file__).resolve().parents[3]
needs_soffice = pytest.mark.skipif(soffice_path() is None, reason="LibreOffice not installed")


def _save_as(src: Path, fmt: str, outdir: Path) -> Path:
    """LibreOffice's own conversion of ``src`` to ``fmt`` (doc, rtf): the inputs councils publish."""
    subprocess.run([soffice_path(), f"-env:UserInstallation={(outdir / 'profile').as_uri()}", "--headless",
                    "--convert-to", fmt, "--outdir", str(outdir), str(src)], check=True, capture_output=True,
                   timeout=180, env={**os.environ, "HOME": str(outdir)})
    return outdir / f"{src.stem}.{fmt}"


@pytest.fixture(scope="module")
def legacy_files(merged_docx, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("legacy")
    return {fmt: _save_as(merged_docx, fmt, out) for fmt in ("doc", "rtf")}


def _tables(doc) -> list[list[list[str]]]:
    return [b.grid() for b in doc.blocks if isinstance(b, Table)]


@needs_soffice
@pytest.mark.parametrize("fmt", ["doc", "rtf"])
def test_a_doc_or_rtf_reads_like_the_docx_it_was_saved_from(legacy_files, merged_docx, fmt):
    original = read_document(merged_docx, "o" * 64)
    converted = read_document(legacy_files[fmt], "c" * 64, f"plan.{fmt}")
    assert converted.format == "docx" and f"converted_from:{fmt}" in converted.warnings
    assert converted.source_path == f"plan.{fmt}"
    assert _tables(converted) == _tables(original)
    assert converted.plain_text() == original.plain_text()


@needs_soffice
def test_a_doc_named_txt_is_still_converted(legacy_files, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(legacy_files["doc"].read_bytes())
    assert "converted_from:doc" in read_document(path, "c" * 64).warnings


@needs_soffice
def test_a_conversion_over_its_time_limit_is_stopped_and_cleaned_up(legacy_files, tmp_path, monkeypatch):
    # a temporary folder of this test's own: other runs on the machine (tests run in parallel) create and remove
    # conversion folders of their own in the shared one meanwhile
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    before = set(Path(tempfile.gettempdir()).glob("pipeline-convert-*"))
    with tempfile.TemporaryDirectory(prefix="pipeline-convert-") as tmp:
        with pytest.raises(ReaderError) as info:
            convert_to_docx(soffice_path(), legacy_files["doc"], Path(tmp), ".doc", LegacySettings(timeout_s=0.2))
    assert info.value.reason == "conversion_failed" and "0.2 s" in str(info.value)
    assert set(Path(tempfile.gettempdir()).glob("pipeline-convert-*")) == before
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert tmp not in ps  # no LibreOffice process of that conversion left running


def test_a_converter_process_left_behind_by_its_parent_is_stopped_too(tmp_path):
    """LibreOffice's launcher starts the office process and may exit or be killed before it is
    listed as its child; the orphan still carries the conversion's folder in its command line."""
    fake = tmp_path / "soffice"
    fake.write_text(f"#!/bin/sh\n( {sys.executable} -c 'import time; time.sleep(60)' \"$@\" & )\nsleep 60\n")
    fake.chmod(0o755)
    doc = tmp_path / "plan.doc"
    doc.write_bytes(b"not really a doc")
    with tempfile.TemporaryDirectory(prefix="pipeline-convert-") as tmp:
        started = time.monotonic()
        with pytest.raises(ReaderError):
            convert_to_docx(str(fake), doc, Path(tmp), ".doc", LegacySettings(timeout_s=1.0))
        stopped_after = time.monotonic() - started
        ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert tmp not in ps
    assert stopped_after < 30  # not waiting for the orphan to close the output pipes (it sleeps 60 s)


@needs_soffice
def test_a_damaged_doc_fails_as_conversion_failed(tmp_path):
    path = tmp_path / "broken.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t\x00"
                     + bytes(3000))
    with pytest.raises(ReaderError) as info:
        read_document(path, "b" * 64)
    assert info.value.reason == "conversion_failed"  # not its bytes imported as plain text
    assert "could not read it" in str(info.value)


def _without_soffice() -> dict[str, str]:
    """The environment with every PATH entry that holds LibreOffice removed."""
    keep = [d for d in os.environ.get("PATH", "").split(os.pathsep)
            if not any((Path(d) / n).exists() for n in ("soffice", "libreoffice"))]
    return {**os.environ, "PATH": os.pathsep.join(keep), "PYTHONPATH": str(REPO)}


_CHILD = """
import json, sys
from pathlib import Path
from extractors.model import ReaderError
from extractors.readers import SUPPORTED_SUFFIXES, read_document
try:
    read_document(Path(sys.argv[1]), "d" * 64)
    result = {"read": True}
except ReaderError as exc:
    result = {"reason": exc.reason, "message": str(exc)}
print(json.dumps({"suffixes": sorted(SUPPORTED_SUFFIXES), **result}))
"""


@pytest.mark.parametrize("name,data", [
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + bytes(3000)),
    ("letter.rtf", b"{\\rtf1\\ansi Plan anual de actiune 2023\\par }"),
])
def test_without_libreoffice_a_doc_is_unsupported_and_says_how_to_enable_it(tmp_path, name, data):
    import json

    path = tmp_path / name
    path.write_bytes(data)
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(path)], cwd=REPO, capture_output=True, text=True,
                          env=_without_soffice(), timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result.get("reason") == "unsupported_format", result
    assert "LibreOffice" in result["message"] and "make legacy-formats" in result["message"]
    assert ".doc" not in result["suffixes"] and ".rtf" not in result["suffixes"]
    assert ".docx" in result["suffixes"]


@needs_soffice
def test_with_libreoffice_doc_and_rtf_are_supported_suffixes():
    from extractors.readers import SUPPORTED_SUFFIXES

    assert {".doc", ".rtf", ".docx", ".pdf", ".txt"} <= SUPPORTED_SUFFIXES
