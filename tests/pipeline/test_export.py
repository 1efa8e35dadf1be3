"""`pipeline export --format csv|xlsx|sqlite`: every row of every dataset, keys kept."""
import csv
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
