"""Usage errors (#14 item 11) and the query sandbox (#14 item 12): one line on stderr, exit 2, no traceback;
`pipeline query` reads the data folder only unless --allow-file-access is given."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import EXIT_OK, EXIT_USAGE, build_parser, main
from pipeline.runner import run

REPO = Path(__file__).resolve().parents[2]
PLAN = REPO / "data" / "raw" / "sector2_plan_2022.txt"


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("usage")
    (root / "in").mkdir()
    (root / "in" / "plan.txt").write_bytes(PLAN.read_bytes())
    run([root / "in"], root / "out", log_path=None)
    return root / "out"


def _one_line_error(capsys, code: int, want: str) -> None:
    captured = capsys.readouterr()
    assert code == EXIT_USAGE
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and want in lines[0], captured.err
    assert "Traceback" not in captured.err


def test_out_that_is_a_file_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Plan anual\n")
    (tmp_path / "taken").write_text("not a folder")
    _one_line_error(capsys, main(["run", str(tmp_path / "in"), "--data", str(tmp_path / "taken"), "--quiet"]),
                    "is a file")
    _one_line_error(capsys, main(["run", str(tmp_path / "in"), "--data", str(tmp_path / "taken" / "sub"),
                                  "--quiet"]), "cannot be created")


@pytest.mark.parametrize("verb", ["query", "status", "report"])
def test_verbs_on_a_folder_that_is_not_an_output_folder(tmp_path, capsys, verb):
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "notes.txt").write_text("x")
    argv = {"query": ["query", "--data", str(plain), "select count(*) from documents"],
            "status": ["status", "--data", str(plain)],
            "report": ["report", "--data", str(plain), "--out", str(tmp_path / "r.html")]}[verb]
    _one_line_error(capsys, main(argv), "not an output folder")
    assert not (tmp_path / "r.html").exists()
    missing = [a.replace(str(plain), str(tmp_path / "nowhere")) for a in argv]
    _one_line_error(capsys, main(missing), "not found")


def test_missing_overrides_file_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Plan anual\n")
    code = main(["run", str(tmp_path / "in"), "--data", str(tmp_path / "out"), "--overrides",
                 str(tmp_path / "overides.yaml"), "--quiet"])
    _one_line_error(capsys, code, "overides.yaml not found")
    assert not (tmp_path / "out" / "_manifest.json").exists()


@pytest.mark.parametrize("address", ["localhost", "tcp://localhost", "tcp://:8786"])
def test_scheduler_without_a_port_is_a_usage_error(tmp_path, capsys, address):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Plan anual\n")
    code = main(["run", str(tmp_path / "in"), "--data", str(tmp_path / "out"), "--scheduler", address, "--quiet"])
    _one_line_error(capsys, code, "needs a host and a port")


def test_exit_codes_are_in_help():
    text = build_parser().format_help()
    for code in ("0 ok", "1 a document failed", "2 usage error", "75 another run holds"):
        assert code in " ".join(text.split()), code


def test_broken_pipe_ends_quietly(processed):
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "query", "--data", str(processed), "--format", "csv",
                             "select * from range(200000)"], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    err = proc.stderr.read().decode()
    proc.stderr.close()
    proc.wait(timeout=60)
    assert first.strip() == b"range"
    assert "Traceback" not in err and "Error" not in err, err
    assert proc.returncode == EXIT_OK


# ---------------------------------------------------------------- the sandbox

def _rows(processed: Path) -> int:
    return sum(pq.read_metadata(p).num_rows for p in processed.glob("services/doc_year=*/*.parquet"))


@pytest.mark.parametrize("sql", [
    "select * from read_text('/etc/hostname')",
    "select * from read_csv('/etc/passwd')",
    "attach '{tmp}/other.duckdb' as o",
    "copy (select 1 as x) to '{tmp}/export.csv'",
    "copy (select * from services limit 1) to '{data}/services/doc_year=2022/extra.parquet'",
    "set enable_external_access = true",
    "install httpfs",
])
def test_query_sandbox_refuses_file_access_and_writes(processed, tmp_path, capsys, sql):
    before = _rows(processed)
    code = main(["query", "--data", str(processed), sql.format(tmp=tmp_path, data=processed)])
    _one_line_error(capsys, code, "")
    assert _rows(processed) == before
    assert not list(tmp_path.iterdir())
    assert not (processed / "services" / "doc_year=2022" / "extra.parquet").exists()


def test_query_sandbox_still_reads_the_datasets(processed, capsys):
    assert main(["query", "--data", str(processed), "--format", "csv",
                 "select count(*) as n from services"]) == EXIT_OK
    assert int(capsys.readouterr().out.splitlines()[1]) == _rows(processed) > 0


def test_query_prints_values_in_brackets_as_they_are(processed, capsys, monkeypatch):
    """The table format read values as console markup: a cell `Buget local [mii lei]` (a table's header, as the
    `tables` dataset holds it) printed as `Buget local`, a column named `[header]` as nothing (it hid data)."""
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["query", "--data", str(processed), "select 'Buget local [mii lei]' as \"[header]\", "
                 "['uat_not_in_siruta'] as warnings"]) == EXIT_OK
    said = capsys.readouterr().out
    assert "[header]" in said and "Buget local [mii lei]" in said and "['uat_not_in_siruta']" in said


def test_allow_file_access_lifts_the_sandbox_for_exports(processed, tmp_path, capsys):
    target = tmp_path / "services.csv"
    assert main(["query", "--data", str(processed), "--allow-file-access",
                 f"copy (select service_code from services) to '{target}'"]) == EXIT_OK
    assert len(target.read_text().splitlines()) == _rows(processed) + 1
