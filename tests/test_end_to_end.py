"""The real CLI on a real corpus document: run, rerun (no-op), --force, query."""
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.writers import is_document_file

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture()
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    shutil.copy(RAW / "sector2_plan_2022.txt", tmp_path / "in" / "plan.txt")
    return tmp_path


def parquet_files(out: Path) -> dict[Path, int]:
    """The documents' files (an empty dataset's file without rows is no document's: --force leaves it be)."""
    return {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet") if is_document_file(p)}


def test_run_rerun_force_and_query(workdir: Path):
    out = workdir / "out"
    first = cli("run", "in", "--data", "out", "--quiet", cwd=workdir)
    assert first.returncode == 0, first.stderr
    docs = pd.read_parquet(next((out / "documents").rglob("*.parquet")))
    assert docs.loc[0, "doc_type"] == "plan_anual" and docs.loc[0, "year"] == 2022
    assert docs.loc[0, "source_path"] == "plan.txt" and docs.loc[0, "status"] == "ok"
    services = pd.read_parquet(next((out / "services").rglob("*.parquet")))
    assert len(services) > 40
    assert (out / "services" / "doc_year=2022").is_dir()
    files = parquet_files(out)

    again = cli("run", "in", "--data", "out", "--quiet", cwd=workdir)
    assert again.returncode == 0
    assert parquet_files(out) == files, "an unchanged input must not be rewritten"
    assert "1 unchanged skipped" in again.stdout  # the summary: stdout

    forced = cli("run", "in", "--data", "out", "--quiet", "--force", cwd=workdir)
    assert forced.returncode == 0
    after = parquet_files(out)
    assert after.keys() == files.keys() and all(after[p] > files[p] for p in files)
    assert len(pd.read_parquet(next((out / "services").rglob("*.parquet")))) == len(services)

    query = cli("query", "--data", "out", "select doc_type, count(*) as n from documents group by 1", cwd=workdir)
    assert query.returncode == 0 and "plan_anual" in query.stdout
    as_csv = cli("query", "--data", "out", "--format", "csv", "select count(*) as n from services", cwd=workdir)
    assert as_csv.stdout.splitlines() == ["n", str(len(services))]


def test_a_bad_document_fails_alone(workdir: Path):
    (workdir / "in" / "broken.txt").write_bytes(b"\x00\xff" * 500)
    result = cli("run", "in", "--data", "out", "--quiet", cwd=workdir)
    assert result.returncode == 1
    docs = pd.concat(pd.read_parquet(p) for p in (workdir / "out" / "documents").rglob("*.parquet"))
    assert sorted(docs["status"]) == ["failed", "ok"]
    failed = docs[docs["status"] == "failed"].iloc[0]
    assert failed["source_path"] == "broken.txt" and "binary" in failed["error"]
