"""Documents on a Dask cluster give the same datasets as local worker processes."""
from pathlib import Path

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed", reason="dask.distributed not installed (pip install '.[dask]')")

from pipeline.distributed import SchedulerUnavailable, execute_dask  # noqa: E402
from pipeline.manifest import Manifest  # noqa: E402
from pipeline.runner import Job, run  # noqa: E402
from pipeline.schema import PER_DOCUMENT  # noqa: E402

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"


def read_all(out: Path) -> dict[str, pd.DataFrame]:
    frames = {}
    for name in PER_DOCUMENT:
        files = sorted((out / name).glob("doc_year=*/*.parquet"))
        if not files:
            frames[name] = pd.DataFrame()
            continue
        df = pd.concat([pd.read_parquet(f).assign(_file=str(f.relative_to(out))) for f in files], ignore_index=True)
        df = df.drop(columns=[c for c in ("ingested_at",) if c in df])
        frames[name] = df.sort_values([c for c in ("_file", "table_seq", "line", "row_no_raw") if c in df],
                                      kind="stable").reset_index(drop=True).astype(str)
    return frames


def run_dask(inputs: list[Path], out: Path, scheduler) -> list:
    """What `pipeline run --scheduler` does: the normal run with the cluster as its executor."""
    summary = run(inputs, out, executor=lambda jobs, emit: execute_dask(jobs, scheduler, timeout_s=300, emit=emit))
    return summary.outcomes


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(processes=False, n_workers=2, threads_per_worker=1,
                                  dashboard_address=":0") as c:
        yield c


def test_dask_and_local_workers_write_identical_datasets(tmp_path, cluster):
    local, remote = tmp_path / "local", tmp_path / "dask"
    summary = run([RAW], local, workers=2)
    outcomes = run_dask([RAW], remote, cluster.scheduler_address)
    assert len(outcomes) == len(summary.outcomes) == len(list(RAW.iterdir()))
    assert all(o.status != "failed" for o in outcomes)
    a, b = read_all(local), read_all(remote)
    for name in PER_DOCUMENT:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)
    assert len(a["services"]) > 50
    ma, mb = Manifest.load(local), Manifest.load(remote)
    assert {k: (e.status, e.year, e.rows) for k, e in ma.entries.items()} == \
           {k: (e.status, e.year, e.rows) for k, e in mb.entries.items()}


def test_a_failing_document_is_a_failed_outcome_not_a_crash(tmp_path, cluster):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not a pdf")
    outcomes = run_dask([bad], tmp_path / "out", cluster.scheduler_address)
    assert [o.status for o in outcomes] == ["failed"] and outcomes[0].reason


def test_a_file_changed_after_planning_is_not_sent(tmp_path, cluster):
    f = tmp_path / "a.txt"
    f.write_text("Plan", encoding="utf-8")
    job = Job(path=f, source_path="a.txt", doc_id="0" * 64, size=4)
    ((j, (outcome, datasets, _)),) = list(execute_dask([job], cluster, timeout_s=60))
    assert outcome.reason == "changed_during_run" and datasets is None


def test_unreachable_scheduler_is_a_clear_error(monkeypatch):
    monkeypatch.setattr("pipeline.distributed.CONNECT_TIMEOUT_S", 1.0)
    job = Job(path=RAW, source_path="x", doc_id="0" * 64, size=0)
    with pytest.raises(SchedulerUnavailable, match="cannot reach"):
        list(execute_dask([job], "tcp://127.0.0.1:9", timeout_s=5))
