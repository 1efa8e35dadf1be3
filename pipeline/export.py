"""`pipeline export`: the datasets as CSV files, one Excel workbook or one SQLite database.

- **csv**: a folder with ``<dataset>.csv`` per dataset (UTF-8, header row; lists as JSON arrays, money as plain
  decimals ``1234.50``, dates ISO) and a ``datapackage.json`` describing them, so Frictionless tools can check
  the export.
- **xlsx**: one sheet per dataset plus a ``columns`` sheet with every column's meaning (openpyxl: pure Python,
  already the engine pandas uses for Excel; it writes number formats and reads files back for the tests).
- **sqlite**: one table per dataset with primary keys (``documents.doc_id``, ``institutions.institution_id``)
  and foreign keys (``doc_id`` → documents, ``issuer_id``/``partner_id`` → institutions), an index on every
  foreign key, lists as JSON text; datasette opens it as it is and links rows to their document. Written with
  the standard library's sqlite3 (no extra package: the foreign keys are plain ``CREATE TABLE`` clauses).
  Money is stored as REAL: SQLite has no decimal type; the Parquet files stay the exact copy. A
  ``<name>.metadata.json`` beside it gives datasette the column meanings (``datasette x.db -m x.metadata.json``).

Every export is written whole under a temporary name of its own, fsynced, then renamed into place (a folder
is swapped in with one rename), and the rename fsynced: two exports at once never share a file, and a killed
export leaves the previous one whole (its temporary file is removed by the next export). An export holds the
data folder's lock while it reads (:func:`data_lock`), so it never sees a run's batch half-recorded.
"""
from __future__ import annotations

import csv
import ctypes
import ctypes.util
import errno
import fcntl
import json
import os
import shutil
import sqlite3
import time
import uuid
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator

import pyarrow as pa
from filelock import FileLock, Timeout

from pipeline.cli_common import LOCK_NAME
from pipeline.datapackage import FOREIGN_KEYS, PRIMARY_KEYS, build_datapackage, write_datapackage
from pipeline.glossary import column_description, dataset_title
from pipeline.durable import TMP_PREFIX, atomic_write_text, fsync_dir
from pipeline.query import connect
from pipeline.schema import SCHEMAS

FORMATS = ("csv", "xlsx", "sqlite")
DEFAULT_TARGET = {"csv": "export", "xlsx": "datasets.xlsx", "sqlite": "datasets.db"}
EXCEL_MAX_ROWS = 1_048_575  # a sheet holds 1,048,576 rows, one of them the header
# rows are ordered by their provenance, so two exports of the same data are the same file
ORDER = {"documents": "source_path, doc_id", "institutions": "institution_id"}
ROW_ORDER = "doc_id, page nulls first, line nulls first"


class ExportError(Exception):
    """An export that cannot be written as asked (too many rows for a sheet, an unknown format)."""


def _tables(data: Path) -> Iterator[tuple[str, pa.Table]]:
    con = connect(Path(data))
    for name in SCHEMAS:
        order = ORDER.get(name, ROW_ORDER)
        rel = con.sql(f"select {', '.join(_q(c) for c in SCHEMAS[name].names)} from {name} order by {order}")
        yield name, rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _plain(v: Any) -> Any:
    """A value for a text cell: lists as JSON, money as a plain decimal, dates ISO."""
    if isinstance(v, list):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, Decimal):
        return f"{v:.2f}"
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return v


def export(data: Path, fmt: str, target: Path | None = None, *, wait_s: float = 0.0) -> Path:
    """Write the datasets under ``data`` as ``fmt`` to ``target`` (default :data:`DEFAULT_TARGET`), holding the
    data folder's lock (``filelock.Timeout`` when a run holds it for longer than ``wait_s`` seconds)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    target = Path(target or DEFAULT_TARGET[fmt])
    _check_replaceable(target, fmt)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(target)
    tmp = _temporary(target)
    try:
        with data_lock(Path(data), wait_s):
            {"csv": _csv, "xlsx": _xlsx, "sqlite": _sqlite}[fmt](Path(data), tmp)
        _fsync_tree(tmp)
        old = _swap_into_place(tmp, target)
        fsync_dir(target.parent)
        if old is not None:
            _remove(old)
    finally:
        _remove(tmp)
    if fmt == "sqlite":
        meta = metadata_path(target)
        atomic_write_text(meta, json.dumps(datasette_metadata(target.stem), ensure_ascii=False, indent=1) + "\n")
    return target


def rows_written(target: Path, fmt: str) -> dict[str, int]:
    """The rows of each dataset in a written export, read back from it (what the CLI tells the user was written)."""
    target = Path(target)
    if fmt == "csv":
        counts = {}
        for name in SCHEMAS:
            with open(target / f"{name}.csv", encoding="utf-8", newline="") as fh:
                counts[name] = sum(1 for _ in csv.reader(fh)) - 1  # a cell may hold a line break: rows, not lines
        return counts
    if fmt == "xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(target, read_only=True)
        try:
            # a write-only workbook records no sheet dimension: its rows are counted (one column read)
            return {name: sum(1 for _ in wb[name].iter_rows(max_col=1, values_only=True)) - 1 for name in SCHEMAS}
        finally:
            wb.close()
    con = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        return {name: con.execute(f"select count(*) from {_q(name)}").fetchone()[0] for name in SCHEMAS}
    finally:
        con.close()


def metadata_path(target: Path) -> Path:
    """The datasette metadata file written beside a SQLite export."""
    return target.with_name(target.stem + ".metadata.json")


# ----------------------------------------------------------------------------------------------- writing safely
@contextmanager
def data_lock(data: Path, wait_s: float) -> Iterator[None]:
    """The data folder's lock (the one ``pipeline run`` holds), for as long as the export reads. A folder this
    user may only read (an analyst exporting a shared folder) is locked through a read-only descriptor of the
    existing lock file (``flock`` needs no write access); a folder without one has never been written by a run."""
    lock_file = data / LOCK_NAME
    try:
        lock = FileLock(str(lock_file), thread_local=False)
        lock.acquire(timeout=max(0.0, wait_s), poll_interval=0.2)
    except Timeout:
        raise
    except OSError as exc:  # the lock file cannot be opened for writing here
        if not isinstance(exc, PermissionError) and exc.errno != errno.EROFS:
            raise
        with _read_only_lock(lock_file, wait_s):
            yield
        return
    try:
        yield
    finally:
        lock.release()


@contextmanager
def _read_only_lock(lock_file: Path, wait_s: float) -> Iterator[None]:
    try:
        fd = os.open(lock_file, os.O_RDONLY)
    except FileNotFoundError:
        yield
        return
    try:
        deadline = time.monotonic() + max(0.0, wait_s)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise Timeout(str(lock_file)) from None
                time.sleep(0.2)
        yield
    finally:
        os.close(fd)  # releases the flock


def _temporary(target: Path) -> Path:
    """A hidden name beside ``target`` that no other export uses; the pid in it tells a later export whether the
    process that wrote it is still alive (:func:`remove_stale_temporaries`)."""
    return target.with_name(f"{TMP_PREFIX}{target.name}.{os.getpid()}-{uuid.uuid4().hex}")


def remove_stale_temporaries(target: Path) -> int:
    """Remove what killed exports to ``target`` left (temporary files or folders of processes that are gone)."""
    removed = 0
    prefix = f"{TMP_PREFIX}{target.name}."
    if not target.parent.is_dir():
        return 0
    for path in target.parent.iterdir():
        if not path.name.startswith(prefix):
            continue
        pid = path.name[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            _remove(path)
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif os.path.lexists(path):
        path.unlink(missing_ok=True)


def _fsync_tree(path: Path) -> None:
    """fsync a file, or a folder's files and the folder, so the rename that follows publishes data on disk."""
    files = [p for p in path.iterdir() if p.is_file()] if path.is_dir() else [path]
    for file in files:
        with open(file, "rb") as fh:
            os.fsync(fh.fileno())
    if path.is_dir():
        fsync_dir(path)


def _looks_like_csv_export(folder: Path) -> bool:
    """A folder this command wrote (a datapackage.json and CSV files, nothing else), or an empty one: never a
    folder holding anything else."""
    names = {p.name for p in folder.iterdir()}
    return not names or "datapackage.json" in names and all(n == "datapackage.json" or n.endswith(".csv")
                                                            for n in names)


def _check_replaceable(target: Path, fmt: str) -> None:
    """Refuse to replace what an export did not write: a folder that is not a CSV export (the old code deleted
    whatever folder ``--out`` named), or a folder given for a one-file format."""
    if not target.is_dir():
        if fmt == "csv" and target.exists():
            raise ExportError(f"{target} is a file; a csv export is a folder: give another --out")
        return
    if fmt != "csv":
        raise ExportError(f"{target} is a folder; a {fmt} export is one file: give a file name with --out")
    if not _looks_like_csv_export(target):
        raise ExportError(f"{target} holds files that are not a csv export; it is not replaced: "
                          "give an empty or new folder with --out")


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2(RENAME_EXCHANGE)``); False where the system lacks it."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError, TypeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _swap_into_place(tmp: Path, target: Path) -> Path | None:
    """Put ``tmp`` at ``target`` in one rename; returns where the previous export now is (to be removed), if
    any. A file replaces a file atomically; a folder is exchanged with the old one in one step where the system
    can, else the old one is renamed aside first (a reader may then find no folder for an instant)."""
    if not tmp.is_dir():
        os.replace(tmp, target)
        return None
    if not target.exists():
        try:
            os.rename(tmp, target)
            return None
        except OSError as exc:  # another export put one there meanwhile: swap with it
            if exc.errno not in (errno.ENOTEMPTY, errno.EEXIST):
                raise
    if _exchange(tmp, target):
        return tmp
    aside = _temporary(target)
    os.rename(target, aside)
    os.rename(tmp, target)
    return aside


# ----------------------------------------------------------------------------------------------- csv
def _csv(data: Path, folder: Path) -> None:
    folder.mkdir(parents=True)
    paths: dict[str, list[str]] = {}
    for name, table in _tables(data):
        with open(folder / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(table.column_names)
            for row in table.to_pylist():
                writer.writerow(["" if v is None else _plain(v) for v in row.values()])
        paths[name] = [f"{name}.csv"]
    write_datapackage(folder, build_datapackage(folder, paths=paths, fmt="csv"))


# ----------------------------------------------------------------------------------------------- xlsx
def _xlsx(data: Path, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    for name, table in _tables(data):
        if table.num_rows > EXCEL_MAX_ROWS:
            raise ExportError(f"{name} has {table.num_rows} rows, more than an Excel sheet holds "
                              f"({EXCEL_MAX_ROWS}); export as csv or sqlite")
        ws = wb.create_sheet(name)
        ws.freeze_panes = "A2"
        money = {i for i, f in enumerate(table.schema) if pa.types.is_decimal(f.type)}
        for i, f in enumerate(table.schema, start=1):
            ws.column_dimensions[get_column_letter(i)].width = 14 if i - 1 in money else 18
        ws.append(table.column_names)
        for row in table.to_pylist():
            ws.append([_excel(v) for v in row.values()])
    ws = wb.create_sheet("columns")
    ws.append(["dataset", "column", "type", "meaning"])
    for name, schema in SCHEMAS.items():
        ws.append([name, "", "", dataset_title(name)])
        for f in schema:
            ws.append([name, f.name, str(f.type), column_description(name, f.name)])
    wb.save(path)


def _excel(v: Any) -> Any:
    if isinstance(v, Decimal):
        return float(v)  # Excel has only doubles; 2-decimal amounts below 10^13 lei survive exactly
    if isinstance(v, datetime):
        return v.replace(tzinfo=None) if v.tzinfo else v  # Excel has no time zones: the value is UTC
    if isinstance(v, list):
        return json.dumps(v, ensure_ascii=False)
    return v


# ----------------------------------------------------------------------------------------------- sqlite
def _sqlite_type(t: pa.DataType) -> str:
    if pa.types.is_integer(t) or pa.types.is_boolean(t):
        return "INTEGER"
    if pa.types.is_floating(t) or pa.types.is_decimal(t):
        return "REAL"
    return "TEXT"


def create_table_sql(name: str) -> str:
    schema = SCHEMAS[name]
    cols = []
    for f in schema:
        col = f"{_q(f.name)} {_sqlite_type(f.type)}"
        if PRIMARY_KEYS.get(name) == f.name:
            col += " PRIMARY KEY"
        cols.append(col)
    for ds, col, ref, key in FOREIGN_KEYS:
        if ds == name and col in schema.names and key in SCHEMAS[ref].names:
            cols.append(f"FOREIGN KEY ({_q(col)}) REFERENCES {_q(ref)}({_q(key)})")
    return f"CREATE TABLE {_q(name)} (\n  " + ",\n  ".join(cols) + "\n)"


def _sqlite(data: Path, path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        # referenced tables first, so the file reads in order; foreign keys are declared, and checked below
        order = ["institutions", "documents"] + [n for n in SCHEMAS if n not in ("institutions", "documents")]
        tables = dict(_tables(data))
        for name in order:
            con.execute(create_table_sql(name))
            for ds, col, _ref, _key in FOREIGN_KEYS:
                if ds == name and col in SCHEMAS[name].names:
                    con.execute(f"CREATE INDEX {_q(f'idx_{name}_{col}')} ON {_q(name)}({_q(col)})")
            table = tables[name]
            marks = ", ".join("?" for _ in table.column_names)
            con.executemany(f"INSERT INTO {_q(name)} VALUES ({marks})",
                            ([_sqlite_value(v) for v in row.values()] for row in table.to_pylist()))
        con.commit()
        broken = con.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise ExportError(f"{len(broken)} rows point to a missing row (foreign keys), e.g. {broken[0]}; "
                              "`pipeline validate` tells which")
    finally:
        con.close()


def _sqlite_value(v: Any) -> Any:
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, bool):
        return int(v)
    return _plain(v)


def datasette_metadata(database: str) -> dict[str, Any]:
    """datasette's metadata file: each table's and column's meaning (datasette names a database by its file's
    stem)."""
    return {"title": "Romanian social-services plans and reports",
            "description": "Exported by `pipeline export --format sqlite`; warning codes: docs/warnings.md",
            "databases": {database: {"tables": {
                name: {"description": dataset_title(name),
                       "columns": {f.name: column_description(name, f.name) for f in schema}}
                for name, schema in SCHEMAS.items()}}}}
