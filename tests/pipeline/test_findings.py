"""What looks wrong in a run, said at its end: the warning kinds of level error or check (docs/warnings.md), the
documents behind each with the place of the first flagged row, and the next command; in the nightly line and the
JSON-lines log as counts. It said only "N warnings on rows (see the `warnings` columns …)"."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.cli import main as cli_main
from pipeline.findings import INSPECT_COMMAND, findings, kinds_seen, next_commands, nightly_text, where_text
from pipeline.jobs import KindSeen, Outcome

# a services table with one code the nomenclator lacks (line 7), and a table of CPV codes and money no extractor
# reads (it starts at line 11): one `check` kind on a row, one on the document
PLAN = ("Planul anual de acțiune privind serviciile sociale pentru anul 2024\n\n"
        "Servicii sociale existente\n\n"
        "Nr.\tDenumire serviciu\tCod serviciu\tCapacitate\n"
        "1.\tCentrul de zi Alfa\t8891 CZ-C-I\t20\n"
        "2.\tCentrul de zi Beta\t8891 CZ-Q-ZZ\t30\n\n"
        "Situația pe elemente\n\n"
        "Nr.\tElement\tClasă\tLei\n"
        "1.\tAlfa\t85311000-2\t100.000,00\n"
        "2.\tBeta\t85320000-8\t20.000,00\n")


def test_kinds_seen_counts_rows_once_per_kind_and_keeps_the_first_place():
    datasets = {
        "documents": [{"warnings": ["table_not_understood:p4/l20", "table_not_understood:p2/l9",
                                    "page_failed: page 7 (OCR timeout)", "uat_not_in_siruta:Comuna X"]}],
        "services": [{"page": 3, "line": 5, "warnings": ["code_not_in_nomenclator", "caen_mismatch"]},
                     {"page": 1, "line": 40, "warnings": ["code_not_in_nomenclator"]},
                     {"page": None, "line": 12, "warnings": ["row_joined", "row_joined"]},
                     {"page": 2, "line": 1, "warnings": []}],
    }
    assert kinds_seen(datasets) == {
        "caen_mismatch": KindSeen(1, "p3/l5"), "code_not_in_nomenclator": KindSeen(2, "p1/l40"),
        "page_failed": KindSeen(1, "p7"), "row_joined": KindSeen(1, "l12"),
        "table_not_understood": KindSeen(1, "p2/l9"), "uat_not_in_siruta": KindSeen(1, "")}


def _outcome(path: str, **kinds: KindSeen) -> Outcome:
    return Outcome("d" * 64, path, "ok", warning_kinds=kinds)


def test_findings_keep_the_levels_to_look_at_most_serious_and_most_flagged_first():
    outcomes = [_outcome("a.txt", row_joined=KindSeen(9, "l1"), code_not_in_nomenclator=KindSeen(1, "l7"),
                         table_not_understood=KindSeen(1, "l11")),
                _outcome("b.pdf", code_not_in_nomenclator=KindSeen(3, "p2/l4"), failed=KindSeen(1, ""),
                         not_a_documented_code=KindSeen(1, ""))]
    found = findings(outcomes)
    assert [(f.kind, f.level, f.rows, len(f.documents)) for f in found] == [
        ("failed", "error", 1, 1), ("code_not_in_nomenclator", "check", 4, 2),
        ("not_a_documented_code", "check", 1, 1), ("table_not_understood", "check", 1, 1)]  # row_joined: info
    unknown = found[1]
    assert [path for path, _ in unknown.documents] == ["b.pdf", "a.txt"]  # the most flagged document first
    assert unknown.next_command == "pipeline query --example unknown-codes"  # the command its glossary entry names
    assert found[3].next_command == INSPECT_COMMAND
    commands = [command for command, _ in next_commands(found)]
    assert commands[0] == "pipeline report" and "pipeline query --example unknown-codes" in commands
    assert INSPECT_COMMAND in commands and commands[-1] == "docs/warnings.md"
    assert nightly_text(found).startswith("to check (rows/documents): failed 1/1, code_not_in_nomenclator 4/2")
    assert nightly_text([]) == ""


@pytest.fixture
def plan_folder(tmp_path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "plan.txt").write_text(PLAN, encoding="utf-8")
    return src


def test_the_run_summary_names_what_looks_wrong_where_and_what_to_run_next(plan_folder, tmp_path, capsys):
    out = tmp_path / "out"
    assert cli_main(["run", str(plan_folder), "--data", str(out), "--quiet"]) == 0
    said = capsys.readouterr().out
    assert "what looks wrong" in said
    lines = [" ".join(line.split()) for line in said.splitlines()]
    assert "check code_not_in_nomenclator 1 row(s) in 1 document(s)" in lines
    assert "plan.txt l7 (1)" in lines and "plan.txt l11 (1)" in lines  # the first flagged row's place
    assert any(line.startswith("pipeline query --example unknown-codes") for line in lines)
    assert any(line.startswith("pipeline inspect FILE [--page N] [--line L] the row at a place above") for line in lines)
    events = [json.loads(line) for line in (out / "_log.jsonl").read_text(encoding="utf-8").splitlines()]
    [finished] = [e for e in events if e["event"] == "run_finished"]
    assert finished["to_check"] == {"code_not_in_nomenclator": {"level": "check", "rows": 1, "documents": 1,
                                                                "publications": 1},
                                    "table_not_understood": {"level": "check", "rows": 1, "documents": 1,
                                                                "publications": 1}}
    [document] = [e for e in events if e["event"] == "finished"]
    assert document["warning_kinds"] == {"code_not_in_nomenclator": 1, "table_not_understood": 1}


def test_the_nightly_line_adds_the_counts_and_stays_one_line(plan_folder, tmp_path, capsys):
    assert cli_main(["run", str(plan_folder), "--data", str(tmp_path / "out"), "--nightly"]) == 0
    [summary] = [line for line in capsys.readouterr().out.splitlines() if " processed, " in line]
    assert summary.startswith("pipeline: 1 processed")
    assert summary.endswith("; to check (rows/documents): code_not_in_nomenclator 1/1, table_not_understood 1/1")


def test_a_run_with_nothing_to_check_lists_nothing(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "plan.txt").write_text(PLAN.split("2.\tCentrul")[0], encoding="utf-8")  # one service, a known code
    cli_main(["run", str(src), "--data", str(tmp_path / "out"), "--quiet"])
    said = capsys.readouterr().out
    assert "1 documents processed (1 ok" in said and "what looks wrong" not in said and "next:" not in said


def test_a_partial_document_is_named_with_what_made_it_partial(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "plan.txt").write_text(PLAN.split("\nServicii")[0] + "\n", encoding="utf-8")  # a plan without services
    cli_main(["run", str(src), "--data", str(tmp_path / "out"), "--quiet"])
    said = " ".join(capsys.readouterr().out.split())
    assert "(0 ok, 1 partial, 0 failed)" in said
    assert "1 document(s) partial: plan.txt (no_services_found)" in said


def test_where_text_lists_the_copies_of_one_publication_with_their_original():
    documents = [("plan.txt", KindSeen(3, "l9")), ("plan.docx", KindSeen(3, "l7")), ("other.txt", KindSeen(2, "l4")),
                 ("plan.pdf", KindSeen(2, "p2/l3")), ("copy/only.pdf", KindSeen(1, "p1"))]
    copy_of = {"plan.docx": "plan.txt", "plan.pdf": "plan.txt", "copy/only.pdf": "orig/only.docx"}
    assert where_text(documents, 3, copy_of) == (
        "plan.txt l9 (3) [copies: .docx l7 (3), .pdf p2/l3 (2)], other.txt l4 (2), "
        "copy/only.pdf p1 (1) [a copy of orig/only.docx]")
    assert where_text(documents, 1, copy_of).endswith("+2 more")  # publications are what is counted
    [found] = findings([_outcome(path, code_not_in_nomenclator=seen) for path, seen in documents], copy_of=copy_of)
    assert found.publications == 3
    assert found.count_text() == "11 row(s) in 5 document(s) = 3 publication(s) + 2 copies"
    assert nightly_text([found]).endswith("code_not_in_nomenclator 11/5 (3 publication(s))")


def test_the_run_summary_says_which_flagged_documents_are_one_publication(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    plan = "DIRECȚIA DE ASISTENȚĂ SOCIALĂ A MUNICIPIULUI BACĂU\n" + PLAN  # an issuer: what makes copies one publication
    (src / "plan.txt").write_text(plan, encoding="utf-8")
    (src / "plan.md").write_text(plan + "\n", encoding="utf-8")  # the same publication, other bytes and format
    assert cli_main(["run", str(src), "--data", str(tmp_path / "out"), "--quiet"]) == 0
    lines = [" ".join(line.split()) for line in capsys.readouterr().out.splitlines()]
    assert "check code_not_in_nomenclator 2 row(s) in 2 document(s) = 1 publication(s) + 1 copy" in lines
    assert "plan.md l8 (1) [copy: .txt l8 (1)]" in lines  # the kept original (md before txt), then its copy
    assert any(line.startswith("(a copy is the same publication in another file") for line in lines)


def test_failures_and_notices_print_names_as_they_are_on_one_line(tmp_path, capsys):
    """A file name in brackets was read as console markup (`plan [draft].txt` printed as `plan .txt`) and a long
    failure line was cut at the terminal's width (80 columns when piped to a log), in two lines."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "plan [draft].txt").write_bytes(b"")
    (src / "old [v2].xlsx").write_bytes(b"PK\x03\x04 not really a spreadsheet" * 4)
    assert cli_main(["run", str(src), "--data", str(tmp_path / ("o" * 90)), "--quiet"]) == 1
    said = capsys.readouterr()
    assert "failed plan [draft].txt: empty_file — plan [draft].txt is empty (0 bytes)" in said.err.splitlines()
    first = said.out.splitlines()[0]
    assert first.startswith("1 documents processed (0 ok, 0 partial, 1 failed), 0 unchanged skipped, ")
    assert first.endswith(str(tmp_path / ("o" * 90)))  # the whole line, however long
    assert any(line.startswith("not read, 1 unsupported: .xlsx ×1 (in `documents` as status failed")
               and line.endswith("the run's exit code stays 0)") for line in said.out.splitlines())


def test_the_next_commands_are_aligned_in_one_column(plan_folder, tmp_path, capsys):
    """The inspect command is longer than the column the others were padded to: its explanation stood apart."""
    assert cli_main(["run", str(plan_folder), "--data", str(tmp_path / "out"), "--quiet"]) == 0
    said = capsys.readouterr().out
    after = said.split("\nnext:\n", 1)[1].splitlines()
    starts = {re.match(r"  \S.*?\S {2,}(\S)", line).start(1) for line in after if line.startswith("  ")}
    assert len(after) >= 3 and len(starts) == 1, after
