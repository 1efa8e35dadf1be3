"""One CLI shape (#17 item 8): --version, "did you mean" on a typo, the data folder given as --data to every verb
(the older spellings still work, with a note), the summary on stdout and each failure once on stderr, JSON numbers
as numbers. In-process through ``cli.main(argv)``."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from pipeline import run
from pipeline.cli import EXIT_FAILED_DOCS, EXIT_OK, EXIT_USAGE, main
from pipeline.schema import CONTRACT_VERSION, PIPELINE_VERSION

REPO = Path(__file__).resolve().parents[2]
PLAN = REPO / "data" / "raw" / "sector2_plan_2022.txt"
DATA_VERBS = ["run", "status", "query", "report", "prune", "validate", "export"]


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("shape")
    (root / "in").mkdir()
    shutil.copy(PLAN, root / "in" / "plan.txt")
    run([root / "in"], root / "out", log_path=None)
    return root / "out"


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    said = capsys.readouterr()
    return code, said.out, said.err


def test_version(capsys):
    code, out, _ = _cli(capsys, "--version")
    assert code == EXIT_OK and out.strip() == f"pipeline {PIPELINE_VERSION} (datasets contract {CONTRACT_VERSION})"


@pytest.mark.parametrize("argv, hint", [
    (["rn"], "did you mean 'run'?"),
    (["stauts"], "did you mean 'status'?"),
    (["run", "--wrkers", "2"], "did you mean --workers?"),
    (["status", "--jsn"], "did you mean --json?"),
    (["query", "--format", "jsn", "select 1"], "did you mean 'json'?"),
    (["export", "--format", "sqlit"], "did you mean 'sqlite'?"),
])
def test_a_mistyped_verb_option_or_choice_gets_did_you_mean(capsys, argv, hint):
    code, out, err = _cli(capsys, *argv)
    assert code == EXIT_USAGE and out == ""
    assert hint in err.strip().splitlines()[-1] and "Traceback" not in err


def test_a_word_nothing_resembles_gets_no_guess(capsys):
    code, _, err = _cli(capsys, "zzzzzz")
    assert code == EXIT_USAGE and "invalid choice" in err and "did you mean" not in err


@pytest.mark.parametrize("verb", DATA_VERBS)
def test_every_verb_takes_the_data_folder_as_data(verb, capsys):
    # the same option in every verb's help: one way to name the folder
    assert main([verb, "--help"]) == EXIT_OK
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--data DIR" in help_text and "the datasets folder" in help_text


@pytest.mark.parametrize("argv", [
    ["status", "--data", "{data}", "--json"],
    ["query", "--data", "{data}", "--format", "json", "select count(*) as n from documents"],
    ["validate", "--data", "{data}"],
])
def test_verbs_read_the_folder_given_as_data(processed, capsys, argv):
    code, out, err = _cli(capsys, *[a.format(data=processed) for a in argv])
    assert code == EXIT_OK, err
    assert err == ""  # nothing deprecated said


@pytest.mark.parametrize("argv, old", [
    (["status", "{data}", "--json"], "pipeline status DIR"),
    (["validate", "{data}"], "pipeline validate DIR"),
    (["prune", "{data}", "--dry-run"], "pipeline prune DIR"),
])
def test_the_older_positional_folder_still_works_with_a_note(processed, capsys, argv, old):
    code, out, err = _cli(capsys, *[a.format(data=processed) for a in argv])
    assert code == EXIT_OK and out
    assert f"`{old}` is deprecated" in err and f"--data {processed}" in err


def test_run_out_still_works_with_a_note_and_two_different_folders_are_refused(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    shutil.copy(PLAN, tmp_path / "in" / "plan.txt")
    code, out, err = _cli(capsys, "run", str(tmp_path / "in"), "--out", str(tmp_path / "old"), "--quiet")
    assert code == EXIT_OK and (tmp_path / "old" / "documents").is_dir()
    assert "`pipeline run --out` is deprecated" in err
    code, _, err = _cli(capsys, "run", str(tmp_path / "in"), "--out", str(tmp_path / "a"), "--data",
                        str(tmp_path / "b"), "--quiet")
    assert code == EXIT_USAGE and "given twice" in err
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


@pytest.mark.parametrize("mode", [[], ["--nightly"], ["--quiet"]])
def test_the_summary_is_on_stdout_each_failure_once_on_stderr(tmp_path, capsys, mode):
    (tmp_path / "in").mkdir()
    shutil.copy(PLAN, tmp_path / "in" / "plan.txt")
    (tmp_path / "in" / "broken.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    code, out, err = _cli(capsys, "run", str(tmp_path / "in"), "--data", str(tmp_path / "out"), *mode)
    assert code == EXIT_FAILED_DOCS
    assert re.search(r"2 (documents )?processed", out) and "1 failed" in out  # the summary: stdout
    assert err.count("failed broken.pdf") == 1, err  # the failure: once, on stderr
    assert "broken.pdf" not in out


def _numbers_written_as_strings(value, path="") -> list[str]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _numbers_written_as_strings(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [p for v in value for p in _numbers_written_as_strings(v, f"{path}[]")]
    return [path] if isinstance(value, str) and re.fullmatch(r"-?\d+\.\d+", value) else []


def test_json_numbers_are_numbers(processed, capsys):
    code, out, _ = _cli(capsys, "query", "--data", str(processed), "--format", "json",
                        "select sum(budget_total_lei) as budget, count(*) as n, max(capacity) as capacity, "
                        "min(ingested_at) as at from services join documents using (doc_id)")
    assert code == EXIT_OK
    [row] = json.loads(out)
    assert isinstance(row["budget"], (int, float)) and row["budget"] > 0  # money: a number, not "1234.50"
    assert isinstance(row["n"], int) and isinstance(row["capacity"], int)
    assert re.match(r"\d{4}-\d\d-\d\dT", row["at"])  # a time: ISO 8601
    rows = json.loads(_cli(capsys, "query", "--data", str(processed), "--format", "json",
                           "select * from services")[1])
    assert rows and _numbers_written_as_strings(rows) == []
    status = json.loads(_cli(capsys, "status", "--data", str(processed), "--json")[1])
    assert isinstance(status["documents"], int) and isinstance(status["last_run"]["seconds"], (int, float))
    assert _numbers_written_as_strings(status) == []
    validated = json.loads(_cli(capsys, "validate", "--data", str(processed), "--json")[1])
    assert validated["valid"] is True and _numbers_written_as_strings(validated) == []
