"""A password-protected PDF end to end: ``pipeline run --password``, ``run(..., password=)`` (worker processes)
and ``extract(..., password=)``; without the password, or with a wrong one, the document fails on its own with
``encrypted_pdf`` and a message that says so."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import ExtractionError, extract, run

reportlab = pytest.importorskip("reportlab")

ROOT = Path(__file__).resolve().parents[2]
USER_PASSWORD = "plan-2024"
TITLE = "PLAN ANUAL DE ACTIUNE PRIVIND SERVICIILE SOCIALE PENTRU ANUL 2024"


@pytest.fixture(scope="module")
def protected(tmp_path_factory) -> Path:
    """A one-page plan encrypted with a user and an owner password (RC4, as reportlab writes it)."""
    from reportlab.lib import pdfencrypt
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path_factory.mktemp("password") / "protected_plan.pdf"
    enc = pdfencrypt.StandardEncryption(USER_PASSWORD, "owner-secret", canPrint=0)
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=enc)
    c.setFont("Helvetica", 12)
    c.drawString(40, 800, "Primaria Comunei Exemplu")
    c.drawString(40, 770, TITLE)
    c.drawString(40, 740, "Serviciile sociale existente sunt finantate din bugetul local.")
    c.showPage()
    c.save()
    assert b"/Encrypt" in path.read_bytes()
    return path


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "run", *args, "--quiet"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def _manifest_entry(out: Path) -> dict:
    entries = json.loads((out / "_manifest.json").read_text())["documents"]
    (entry,) = entries.values() if isinstance(entries, dict) else entries
    return entry


def test_cli_reads_a_protected_pdf_with_its_password(protected, tmp_path):
    out = tmp_path / "out"
    r = _cli(str(protected), "--out", str(out), "--password", USER_PASSWORD)
    assert r.returncode == 0, r.stderr
    (doc,) = pq.read_table(out / "documents").to_pylist()
    assert doc["status"] != "failed" and doc["pages"] == 1 and doc["format"] == "pdf"
    assert USER_PASSWORD not in (out / "_log.jsonl").read_text()  # the secret is not written down


@pytest.mark.parametrize("password", [None, "wrong"])
def test_cli_without_the_right_password_fails_that_document_clearly(protected, tmp_path, password):
    out = tmp_path / "out"
    r = _cli(str(protected), "--out", str(out), *(["--password", password] if password else []))
    assert r.returncode != 0
    said = r.stdout + r.stderr
    assert "encrypted_pdf" in said and protected.name in said
    assert ("does not open it" if password else "give its password") in said
    entry = _manifest_entry(out)
    assert entry["status"] == "failed" and entry["reason"] == "encrypted_pdf"


def test_run_api_passes_the_password_to_its_worker_processes(protected, tmp_path):
    summary = run(protected, tmp_path / "out", log_path=None, password=USER_PASSWORD, workers=2)
    assert not summary.failed and len(summary.processed) == 1
    summary = run(protected, tmp_path / "out2", log_path=None)
    assert [o.reason for o in summary.failed] == ["encrypted_pdf"]


def test_extract_api_takes_the_password(protected):
    tables = extract(protected, password=USER_PASSWORD)
    assert tables["documents"].num_rows == 1
    with pytest.raises(ExtractionError) as err:
        extract(protected)
    assert err.value.reason == "encrypted_pdf"
    with pytest.raises(ExtractionError) as err:
        extract(protected, password="wrong")
    assert err.value.reason == "encrypted_pdf" and "does not open it" in err.value.message


def test_a_password_is_not_sent_to_a_cluster(protected, tmp_path):
    r = _cli(str(protected), "--out", str(tmp_path / "out"), "--password", USER_PASSWORD,
             "--scheduler", "tcp://127.0.0.1:1")
    assert r.returncode != 0 and "--password" in r.stderr


def test_inspect_takes_the_password(protected, capsys):
    from pipeline.cli import EXIT_FAILED_DOCS, EXIT_OK, main

    assert main(["inspect", str(protected), "--json", "--password", USER_PASSWORD]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["document"]["pages"] == 1
    assert any(TITLE in (b.get("text") or "") for b in data["blocks"])
    assert main(["inspect", str(protected), "--json"]) == EXIT_FAILED_DOCS  # without it: the reader's reason
    assert "encrypted_pdf" in capsys.readouterr().err
