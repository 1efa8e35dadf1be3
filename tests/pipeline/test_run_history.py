"""A run stopped by Ctrl-C or SIGTERM keeps its entry in the manifest's run history, marked stopped, with what it
had done, and `pipeline status` says so (its documents were kept; its entry was lost)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import Stopped, main as cli_main
from pipeline.cli_status import last_run_text
from pipeline.manifest import Manifest
from pipeline.runner import LOG_NAME, run

PLAN = ("Planul anual de acțiune privind serviciile sociale pentru anul {year}\n\n"
        "Nr.\tDenumire serviciu\tCod serviciu\tCapacitate\n"
        "1.\tCentrul de zi Alfa\t8891 CZ-C-I\t20\n")


@pytest.fixture
def two_plans(tmp_path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for year in (2023, 2024):
        (src / f"plan_{year}.txt").write_text(PLAN.format(year=year), encoding="utf-8")
    return src


def _stop_after_first_document(signal: type[BaseException]):
    def on_event(kind, job, payload):
        if kind == "finished":
            raise signal()
    return on_event


@pytest.mark.parametrize("signal, name", [(KeyboardInterrupt, "SIGINT"), (Stopped, "SIGTERM")])
def test_a_stopped_run_keeps_its_history_entry_marked_stopped(two_plans, tmp_path, signal, name):
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run([two_plans], out, workers=1, on_event=_stop_after_first_document(signal))
    manifest = Manifest.load(out, repair=False)
    [entry] = manifest.runs
    assert entry["stopped"] == name and entry["processed"] == 1 and entry["failed"] == 0
    assert entry["rows"]["services"] == 1
    assert len(manifest.entries) == 1  # the document it recorded is kept
    assert f"STOPPED by {name} after 1 processed" in last_run_text(entry)
    [aborted] = [json.loads(line) for line in (out / LOG_NAME).read_text(encoding="utf-8").splitlines()
                 if '"run_aborted"' in line]
    assert aborted["stopped"] == name and aborted["processed"] == 1
    # the next run goes on and adds its own entry
    assert not run([two_plans], out).failed
    runs = Manifest.load(out).runs
    assert [r.get("stopped") for r in runs] == [name, None] and runs[-1]["processed"] == 1 and runs[-1]["skipped"] == 1


def test_status_shows_the_stopped_run(two_plans, tmp_path, capsys):
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run([two_plans], out, workers=1, on_event=_stop_after_first_document(Stopped))
    assert cli_main(["status", "--data", str(out)]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "STOPPED by SIGTERM after 1 processed" in said and "no run recorded yet" not in said


def test_status_lists_a_failure_with_its_whole_message_and_name(tmp_path, capsys, monkeypatch):
    """`pipeline status` cut a failure's message at 100 characters (a truncated PDF's lost its "fetch it again")
    and read a file name in brackets as console markup (`cut [old].pdf` shown as `cut .pdf`)."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "cut [old].pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" * 20)  # no %%EOF
    out = tmp_path / "out"
    assert cli_main(["run", str(src), "--data", str(out), "--quiet"]) == 1
    [entry] = Manifest.load(out).failures()
    assert len(entry.message) > 100 and entry.message.endswith("fetch it again")
    capsys.readouterr()
    monkeypatch.setenv("COLUMNS", "400")  # one table row per failure, so that it can be read whole
    assert cli_main(["status", "--data", str(out)]) == 0
    [row] = [line for line in capsys.readouterr().out.splitlines() if "corrupt_pdf" in line]
    assert "cut [old].pdf" in row and entry.message in row
