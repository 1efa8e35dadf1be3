"""`from pipeline import extract, run`: the Python API, through the functions the CLI uses."""
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from filelock import FileLock, Timeout

import pipeline
from pipeline import DATASETS, ExtractionError, extract, run
from pipeline.schema import SCHEMAS

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "data" / "raw" / "neamt_aviz_dragomiresti_plan_2021.txt"


def test_extract_gives_the_rows_run_writes(tmp_path):
    tables = extract(DOC)
    assert list(tables) == list(DATASETS)
    assert all(tables[n].schema.equals(SCHEMAS[n]) for n in DATASETS)
    assert tables["documents"].num_rows == 1 and tables["services"].num_rows > 0
    summary = run(DOC, tmp_path / "out", log_path=None)
    assert not summary.failed
    written = pq.read_table(next((tmp_path / "out" / "services").rglob("*.parquet"))).to_pylist()
    assert tables["services"].to_pylist() == written
    doc = tables["documents"].to_pylist()[0]
    assert doc["source_path"] == DOC.name and doc["issuer_id"]


def test_extract_as_pandas():
    frames = extract(DOC, pandas=True)
    assert isinstance(frames["services"], pd.DataFrame) and list(frames["services"].columns) == SCHEMAS["services"].names


def test_a_document_that_cannot_be_read_raises_with_its_reason(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not a pdf")
    with pytest.raises(ExtractionError) as err:
        extract(bad)
    assert err.value.reason == "corrupt_pdf" and "broken.pdf" in str(err.value)
    with pytest.raises(FileNotFoundError):
        extract(tmp_path / "absent.txt")


def test_run_holds_the_folder_lock(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with FileLock(str(out / ".lock")):
        with pytest.raises(Timeout):
            run([DOC], out, log_path=None)
    with pytest.raises(FileNotFoundError):
        run([tmp_path / "nothing"], out)


def test_importing_the_submodules_keeps_the_api_functions():
    import pipeline.extraction  # noqa: F401  (a plain import: their names are not the API's)
    import pipeline.runner  # noqa: F401

    assert pipeline.extract is extract and pipeline.run is run
    code = ("import pipeline.runner, pipeline.extraction; from pipeline import run, extract; "
            "from pipeline.runner import Job; print(run.__module__, extract.__module__, Job.__module__)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.stdout.split() == ["pipeline", "pipeline", "pipeline.jobs"], proc.stderr
