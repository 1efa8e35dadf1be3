"""`pipeline export --format csv|xlsx|sqlite`: every row of every dataset, keys kept."""
import csv
import os
import json
import sqlite3
import sys
from pathlib import Path

import pytest

from pipeline import cli_data
from pipeline.export import DEFAULT_TARGET, FORMATS, ExportError, export
from pipeline.query import connect
from pipeline.runner import run
from pipeline.schema import SCHEMAS

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "data" / "raw" / "sector2_plan_2022.txt", ROOT / "data" / "raw" / "neamt_aviz_dragomiresti_plan_2021.txt"]


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export") / "processed"
    assert not run(DOCS, out, log_path=None, workers=2).failed
    return out


@pytest.fixture(scope="module")
def counts(processed) -> dict[str, int]:
    con = connect(processed)
    return {name: con.execute(f"select count(*) from {name}").fetchone()[0] for name in SCHEMAS}


def test_csv_holds_every_row_and_a_datapackage(processed, counts, tmp_path):
    folder = export(processed, "csv", tmp_path / "csv")
    for name in SCHEMAS:
        with open(folder / f"{name}.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == counts[name], name
    with open(folder / "services.csv", encoding="utf-8", newline="") as fh:
        services = list(csv.DictReader(fh))
    assert all(isinstance(json.loads(r["warnings"]), list) for r in services)
    money = [r["budget_total_lei"] for r in services if r["budget_total_lei"]]
    assert money and all(m.count(".") == 1 and len(m.split(".")[1]) == 2 for m in money)  # 1234.50, never 1.2345e3
    dp = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    res = {r["name"]: r for r in dp["resources"]}
    assert res["services"]["path"] == "services.csv" and res["services"]["format"] == "csv"
    assert res["services"]["schema"]["foreignKeys"][0]["reference"]["resource"] == "documents"


def test_xlsx_has_a_sheet_per_dataset_and_the_meanings(processed, counts, tmp_path):
    from openpyxl import load_workbook

    wb = load_workbook(export(processed, "xlsx", tmp_path / "d.xlsx"), read_only=True)
    assert wb.sheetnames == list(SCHEMAS) + ["columns"]
    for name in SCHEMAS:
        rows = list(wb[name].iter_rows(values_only=True))
        assert list(rows[0]) == SCHEMAS[name].names and len(rows) - 1 == counts[name], name
    header = list(wb["services"].iter_rows(max_row=1, values_only=True))[0]
    col = header.index("budget_total_lei")
    values = [r[col] for r in wb["services"].iter_rows(min_row=2, values_only=True) if r[col] is not None]
    assert values and all(isinstance(v, (int, float)) for v in values)  # numbers Excel can sum, not text
    meanings = {(r[0], r[1]): r[3] for r in wb["columns"].iter_rows(min_row=2, values_only=True)}
    assert meanings[("services", "section")] == "existing or proposed"


def test_sqlite_has_primary_and_foreign_keys(processed, counts, tmp_path):
    path = export(processed, "sqlite", tmp_path / "plans.db")
    con = sqlite3.connect(path)
    for name in SCHEMAS:
        assert con.execute(f'select count(*) from "{name}"').fetchone()[0] == counts[name], name
    pk = [r[1] for r in con.execute("pragma table_info(documents)") if r[5]]
    assert pk == ["doc_id"]
    fks = {(r[3], r[2], r[4]) for r in con.execute("pragma foreign_key_list(partnerships)")}
    assert fks == {("doc_id", "documents", "doc_id"), ("partner_id", "institutions", "institution_id")}
    assert con.execute("pragma foreign_key_check").fetchall() == []
    assert json.loads(con.execute("select warnings from services limit 1").fetchone()[0]) is not None
    meta = json.loads((tmp_path / "plans.metadata.json").read_text(encoding="utf-8"))
    assert meta["databases"]["plans"]["tables"]["services"]["columns"]["section"] == "existing or proposed"


def test_an_unknown_format_is_refused(processed, tmp_path):
    with pytest.raises(ExportError, match="unknown format"):
        export(processed, "ods", tmp_path / "x.ods")
    assert not (tmp_path / "x.ods").exists()


def test_cli_export(processed, tmp_path, capsys):
    from pipeline.cli import main

    assert cli_data.FORMATS == FORMATS and cli_data.DEFAULT_TARGET == DEFAULT_TARGET
    capsys.readouterr()
    assert main(["export", "--data", str(processed), "--format", "sqlite", "--out", str(tmp_path / "x.db")]) == 0
    assert (tmp_path / "x.db").exists() and "x.db" in capsys.readouterr().out
    assert main(["export", "--data", str(tmp_path / "none"), "--format", "csv"]) == 2
    assert "not found" in capsys.readouterr().err



@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_export_says_what_it_wrote_where_and_how_to_open_it(processed, counts, tmp_path, monkeypatch, capsys, fmt):
    """It printed `csv export written to export`: a bare relative folder, nothing on what is in it."""
    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["export", "--data", str(processed), "--format", fmt]) == 0
    written, how = capsys.readouterr().out.splitlines()
    where = tmp_path / DEFAULT_TARGET[fmt]
    assert written.startswith(f"{fmt} export written to {where}")  # absolute, whatever the working folder
    assert f"services {counts['services']}," in written and f"documents {counts['documents']}," in written
    assert how.startswith("open it: ") and str(where) in how
    if fmt == "sqlite":
        assert f"datasette {where} -m {tmp_path / 'datasets.metadata.json'}" in how


# ---------------------------------------------------------------- exports under stress: at once, killed, during a run

def _sqlite_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {name: con.execute(f'select count(*) from "{name}"').fetchone()[0] for name in SCHEMAS}
    finally:
        con.close()


def _csv_counts(folder: Path) -> dict[str, int]:
    counts = {}
    for name in SCHEMAS:
        with open(folder / f"{name}.csv", encoding="utf-8", newline="") as fh:
            counts[name] = len(list(csv.DictReader(fh)))
    return counts


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".tmp-"))


def test_two_exports_at_once_to_one_target_both_succeed_whole(processed, counts, tmp_path, monkeypatch):
    """The second export starts while the first has written its files and not yet renamed them: the old fixed
    temporary name let the second remove or overwrite the first one's folder."""
    import threading

    import pipeline.export as export_mod

    real = export_mod._csv
    first_written, second_writing = threading.Event(), threading.Event()
    calls = {"n": 0}

    def csv_writer(data, folder):
        calls["n"] += 1
        if calls["n"] == 1:
            real(data, folder)
            first_written.set()
            second_writing.wait(3)  # never set while the first holds the data folder's lock
        else:
            second_writing.set()
            real(data, folder)

    monkeypatch.setattr(export_mod, "_csv", csv_writer)
    target = tmp_path / "export"
    errors: list[BaseException] = []

    def one() -> None:
        try:
            export(processed, "csv", target, wait_s=60)
        except BaseException as exc:  # noqa: BLE001  (checked below)
            errors.append(exc)

    first = threading.Thread(target=one)
    first.start()
    assert first_written.wait(60)
    second = threading.Thread(target=one)
    second.start()
    first.join(120)
    second.join(120)
    assert errors == [] and calls["n"] == 2
    assert _csv_counts(target) == counts
    assert _leftovers(tmp_path) == []


def test_an_export_waits_for_a_run_holding_the_lock(processed, counts, tmp_path, capsys):
    import threading

    from filelock import FileLock, Timeout

    from pipeline.cli import main

    lock = FileLock(str(processed / ".lock"), thread_local=False)
    lock.acquire()
    try:
        with pytest.raises(Timeout):
            export(processed, "sqlite", tmp_path / "a.db", wait_s=0.3)
        assert not (tmp_path / "a.db").exists() and _leftovers(tmp_path) == []
        capsys.readouterr()
        assert main(["export", "--data", str(processed), "--format", "sqlite", "--out", str(tmp_path / "a.db")]) == 75
        assert "holds the lock" in capsys.readouterr().err
        threading.Timer(0.5, lock.release).start()
        assert export(processed, "sqlite", tmp_path / "a.db", wait_s=30) == tmp_path / "a.db"
    finally:
        if lock.is_locked:
            lock.release()
    assert _sqlite_counts(tmp_path / "a.db") == counts


_KILLED_EXPORT = r"""
import os, shutil, signal, sys
from pathlib import Path
import pipeline.export as export_mod

data, fmt, target, point = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4]
real_unlink, real_rmdir = os.unlink, os.rmdir

def die():
    os.kill(os.getpid(), signal.SIGKILL)

if point == "writing":  # half of the datasets written
    real_tables = export_mod._tables
    def tables(d):
        for i, item in enumerate(real_tables(d)):
            if i == 4:
                die()
            yield item
    export_mod._tables = tables
else:  # "replacing": at the first file of the previous export removed
    def unlink(path, *a, **kw):
        real_unlink(path, *a, **kw)
        die()
    os.unlink = unlink
export_mod.export(data, fmt, target)
"""


@pytest.mark.parametrize("fmt, point", [("csv", "writing"), ("csv", "replacing"), ("sqlite", "writing")])
def test_an_export_killed_mid_write_leaves_a_whole_export(processed, counts, tmp_path, fmt, point):
    """kill -9 while writing or while the previous export is replaced: the target is a whole export (the old
    code deleted the previous csv folder before renaming the new one in); the next export removes what was
    left."""
    import subprocess

    target = tmp_path / ("export" if fmt == "csv" else "x.db")
    export(processed, fmt, target)
    read = _csv_counts if fmt == "csv" else _sqlite_counts
    proc = subprocess.run([sys.executable, "-c", _KILLED_EXPORT, str(processed), fmt, str(target), point],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == -9, proc.stderr
    assert read(target) == counts
    export(processed, fmt, target)
    assert read(target) == counts and _leftovers(tmp_path) == []


def test_an_export_is_on_disk_before_it_is_renamed_into_place(processed, tmp_path, monkeypatch):
    import pipeline.export as export_mod

    seen: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        path = Path(os.readlink(f"/proc/self/fd/{fd}"))
        seen.append(("dir " if path.is_dir() else "file ") + path.name)
        real_fsync(fd)

    def replace(src, dst):
        seen.append(f"rename {Path(dst).name}")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(export_mod.os, "replace", replace)
    export(processed, "sqlite", tmp_path / "x.db")
    at = seen.index("rename x.db")
    assert any(s.startswith("file .tmp-x.db.") for s in seen[:at])
    assert f"dir {tmp_path.name}" in seen[at:]


def test_a_folder_that_is_not_an_export_is_never_replaced(processed, tmp_path):
    mine = tmp_path / "Documents"
    mine.mkdir()
    (mine / "thesis.docx").write_bytes(b"years of work")
    with pytest.raises(ExportError, match="not a csv export"):
        export(processed, "csv", mine)
    with pytest.raises(ExportError, match="is a folder"):
        export(processed, "sqlite", mine)
    assert (mine / "thesis.docx").read_bytes() == b"years of work"
    (tmp_path / "empty").mkdir()
    assert export(processed, "csv", tmp_path / "empty") == tmp_path / "empty"  # an empty folder is fine
