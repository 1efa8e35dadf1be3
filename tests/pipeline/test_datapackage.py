"""datapackage.json beside the datasets, column meanings in the Parquet files, `pipeline validate`."""
import json
import shutil
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.datapackage import DATAPACKAGE_NAME, validate_folder
from pipeline.runner import run
from pipeline.schema import SCHEMAS

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "data" / "raw" / "sector2_plan_2022.txt"


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dp") / "processed"
    assert not run([DOC], out, log_path=None).failed
    return out


@pytest.fixture
def copy(processed, tmp_path) -> Path:
    return Path(shutil.copytree(processed, tmp_path / "copy"))


def _descriptor(out: Path) -> dict:
    return json.loads((out / DATAPACKAGE_NAME).read_text(encoding="utf-8"))


def test_run_writes_the_datapackage_with_keys_and_meanings(processed):
    dp = _descriptor(processed)
    assert dp["profile"] == "tabular-data-package"
    res = {r["name"]: r for r in dp["resources"]}
    assert set(res) == set(SCHEMAS)
    docs = res["documents"]["schema"]
    assert docs["primaryKey"] == ["doc_id"]
    assert {"fields": ["issuer_id"], "reference": {"resource": "institutions", "fields": ["institution_id"]}} \
        in docs["foreignKeys"]
    services = res["services"]
    assert services["schema"]["foreignKeys"] == [
        {"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}}]
    fields = {f["name"]: f for f in services["schema"]["fields"]}
    assert fields["budget_local_lei"]["type"] == "number" and fields["budget_local_lei"]["arrowType"] == "decimal128(18, 2)"
    assert fields["warnings"]["type"] == "array" and fields["capacity"]["type"] == "integer"
    assert fields["section"]["description"] == "existing or proposed"
    on_disk = sorted(p.relative_to(processed).as_posix() for p in (processed / "services").rglob("*.parquet"))
    assert services["path"] == on_disk and services["format"] == "parquet"


def test_parquet_files_carry_column_meanings(processed):
    path = next((processed / "services").rglob("*.parquet"))
    field = pq.read_schema(path).field("capacity")
    assert field.metadata[b"description"].decode() == "places, when one number is stated"


def test_a_run_that_changes_nothing_does_not_rewrite_it(copy):
    before = (copy / DATAPACKAGE_NAME).stat().st_mtime_ns
    summary = run([DOC], copy, log_path=None)
    assert summary.skipped == 1 and not summary.outcomes
    assert (copy / DATAPACKAGE_NAME).stat().st_mtime_ns == before


def test_a_fresh_folder_is_valid(processed):
    assert validate_folder(processed) == []


def test_validate_finds_missing_unlisted_and_mistyped_files(copy):
    services = sorted((copy / "services").rglob("*.parquet"))[0]
    services.unlink()
    stray = copy / "totals" / "doc_year=2022" / ("f" * 64 + ".parquet")
    table = pa.table({"doc_id": ["f" * 64], "amount": ["12"]})  # not a document; amount as text
    pq.write_table(table, stray)
    problems = validate_folder(copy)
    messages = {(p.resource, p.message) for p in problems if p.level == "error"}
    assert ("services", "listed in datapackage.json but missing") in messages
    assert any(r == "totals" and m.startswith("file not listed") for r, m in messages)
    # refresh the listing: the stray file is now listed, and its faults show
    from pipeline.datapackage import write_datapackage

    write_datapackage(copy)
    messages = {(p.resource, p.message) for p in validate_folder(copy) if p.level == "error"}
    assert ("totals", "column amount is string, declared decimal128(18, 2)") in messages
    assert ("totals", "column unit missing") in messages
    assert ("totals", "1 rows whose doc_id is not a documents.doc_id (foreign key)") in messages


def test_validate_finds_a_duplicate_primary_key_and_a_value_outside_its_vocabulary(copy):
    path = next((copy / "documents").rglob("*.parquet"))
    table = pq.read_table(path)
    twice = pa.concat_tables([table, table])
    twice = twice.set_column(twice.schema.get_field_index("status"), "status",
                             pa.array(["ok", "maybe"], type=pa.string()))
    pq.write_table(twice, path)
    messages = {p.message for p in validate_folder(copy)}
    assert "1 values of doc_id appear more than once (unique)" in messages
    assert "status outside ['ok', 'partial', 'failed']: maybe" in messages


def test_cli_validate(processed, copy, capsys):
    from pipeline.cli import main

    def cli(*args):
        capsys.readouterr()
        code = main(["validate", *args])
        return code, capsys.readouterr()

    code, said = cli("--data", str(processed))
    assert code == 0 and said.out.strip().endswith("valid"), said.err
    (copy / DATAPACKAGE_NAME).unlink()
    code, said = cli("--data", str(copy), "--json")
    assert code == 1
    report = json.loads(said.out)
    assert report["valid"] is False and "no datapackage.json" in report["problems"][0]["message"]
    assert cli("--data", str(copy / "nowhere"))[0] == 2
