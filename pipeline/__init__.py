"""Romanian social-services plans and reports → the contract's datasets, from Python.

    from pipeline import extract, run

    tables = extract("plan.pdf")                  # one document, nothing written
    tables["services"].to_pandas()                # each dataset a pyarrow.Table with the contract's schema
    frames = extract("plan.pdf", pandas=True)     # or pandas DataFrames
    summary = run(["data/raw"], "data/processed") # files → Parquet datasets, as `pipeline run` does

Both go through the functions the CLI uses (:func:`pipeline.worker.process_job` for one document,
:func:`pipeline.runner.run` for a folder), so a table from ``extract`` holds what ``run`` would write for that
document.

The modules behind them are :mod:`pipeline.extraction` (one document in memory) and :mod:`pipeline.runner` (a
folder run: workers, manifest, log); their names differ from the API's, so importing them changes nothing here.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:
    import pyarrow as pa

    from pipeline.runner import RunSummary

__all__ = ["extract", "run", "ExtractionError", "DATASETS"]

# the per-document datasets extract() returns, in the contract's order (then the extra `tables`: what became of
# each table of the document)
DATASETS = ("documents", "services", "procurements", "subsidies", "trainings", "activities", "partnerships",
            "totals", "indicators", "tables")


@dataclass
class ExtractionError(Exception):
    """A document the pipeline could not read: ``reason`` is the code of docs/warnings.md (corrupt_pdf,
    encrypted_pdf, empty_file, …), ``message`` says what happened."""
    path: str
    reason: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}: {self.message}"


def extract(path: str | Path, *, pandas: bool = False, password: str | None = None,
            ) -> dict[str, "pa.Table"] | dict[str, Any]:
    """Read one document and return its rows per dataset (documents, services, …, indicators), each a
    ``pyarrow.Table`` with the contract's schema (``pandas=True``: ``pandas.DataFrame``). Runs in this process,
    with no time or memory limit and no overrides; institution ids come from the bundled registry.
    ``password`` opens a password-protected PDF.
    Raises :class:`ExtractionError` when the document cannot be read, ``FileNotFoundError`` when it is absent."""
    from pipeline.institutions import assign_ids, read_registry
    from pipeline.worker import Job, process_job
    from pipeline.writers import to_table

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no such document: {path}")
    from functools import partial

    from pipeline.discovery import shown
    from pipeline.extraction import extract_file, sha256_file

    job = Job(path=path, source_path=shown(path.name), doc_id=sha256_file(path), size=path.stat().st_size)
    outcome, datasets, _year = process_job(job, partial(extract_file, password=password) if password else extract_file)
    if datasets is None:
        raise ExtractionError(str(path), outcome.reason or "extraction_error", outcome.message or "")
    assign_ids(datasets, read_registry())
    tables = {name: to_table(name, datasets.get(name, [])) for name in DATASETS}
    if pandas:
        return {name: t.to_pandas() for name, t in tables.items()}
    return tables


def run(paths: str | Path | Iterable[str | Path], out: str | Path, *, wait_s: float = 0.0,
        **options: Any) -> "RunSummary":
    """Process every new or changed document under ``paths`` into the Parquet datasets under ``out`` (and its
    datapackage.json), holding the folder's lock as ``pipeline run`` does. ``options`` are those of
    :func:`pipeline.runner.run` (``force``, ``workers``, ``timeout_s``, ``max_memory_mb``, ``overrides``,
    ``password`` …).
    Raises ``filelock.Timeout`` when another run holds the lock for longer than ``wait_s`` seconds, and
    ``FileNotFoundError`` for an input that does not exist."""
    from filelock import FileLock

    from pipeline.runner import run as run_folder

    inputs = [Path(paths)] if isinstance(paths, (str, Path)) else [Path(p) for p in paths]
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise FileNotFoundError(f"input not found: {', '.join(missing)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    from pipeline.cli import LOCK_NAME

    with FileLock(str(out / LOCK_NAME)).acquire(timeout=max(0.0, wait_s), poll_interval=0.2):
        return run_folder(inputs, out, **options)

