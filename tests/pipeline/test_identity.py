"""Nothing the user gave is lost or counted twice (#14 items 1, 2, 3, 5, 7, 8): document identity is content and
location, copies of one publication are marked, deleted inputs are pruned on request, and every input — an
unsupported format, a broken link, a symbolic-link loop — gets a `documents` row.

The CLI runs in-process (``pipeline.cli.main``); documents are the small plans in data/raw.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import docx
import pyarrow.parquet as pq
import pytest

from extractors import readers
from pipeline.cli import EXIT_FAILED_DOCS, EXIT_OK, main
from pipeline.datapackage import validate_folder
from pipeline.manifest import Manifest
from pipeline.plan import make_plan

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
NEAMT = RAW / "neamt_aviz_dragomiresti_plan_2021.txt"
SECTOR2 = RAW / "sector2_plan_2022.txt"


def documents(out: Path) -> list[dict]:
    return sorted((r for p in out.glob("documents/doc_year=*/*.parquet") for r in pq.read_table(p).to_pylist()),
                  key=lambda r: r["source_uri"] or "")


def rows(out: Path, dataset: str) -> list[dict]:
    return [r for p in out.glob(f"{dataset}/doc_year=*/*.parquet") for r in pq.read_table(p).to_pylist()]


def query(out: Path, capsys, *args: str) -> list[dict]:
    capsys.readouterr()
    assert main(["query", "--data", str(out), "--format", "json", *args]) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def run_cli(capsys, *args: str, code: int = EXIT_OK) -> str:
    """The run's summary (stdout)."""
    capsys.readouterr()
    assert main(["run", *args, "--nightly"]) == code
    return capsys.readouterr().out


def plan_as_docx(text: str, target: Path) -> Path:
    """The same plan as a DOCX: its paragraphs, and its tab-separated lines as tables."""
    document, table_rows = docx.Document(), []

    def flush():
        if table_rows:
            table = document.add_table(rows=len(table_rows), cols=max(len(r) for r in table_rows))
            for i, cells in enumerate(table_rows):
                for j, cell in enumerate(cells):
                    table.cell(i, j).text = cell
            table_rows.clear()

    for line in text.splitlines():
        if "\t" in line:
            table_rows.append(line.split("\t"))
        else:
            flush()
            if line.strip():
                document.add_paragraph(line)
    flush()
    document.save(target)
    return target


# ---------------------------------------------------------------- 1. same relative name under two inputs

def test_same_relative_name_under_two_inputs_is_two_documents(tmp_path, capsys):
    plans, reports, out = tmp_path / "plans", tmp_path / "reports", tmp_path / "out"
    plans.mkdir(), reports.mkdir()
    shutil.copy(SECTOR2, plans / "plan.txt")
    shutil.copy(NEAMT, reports / "plan.txt")
    said = run_cli(capsys, str(plans), str(reports), "--data", str(out))
    assert "2 processed" in said
    docs = documents(out)
    assert [(d["source_path"], d["source_uri"]) for d in docs] == [
        ("plan.txt", (plans / "plan.txt").as_posix()), ("plan.txt", (reports / "plan.txt").as_posix())]
    assert {d["county"] for d in docs} == {"București", "Neamț"}
    # the next run changes nothing (no flip-flop between the two)
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")}
    said = run_cli(capsys, str(plans), str(reports), "--data", str(out))
    assert "0 processed" in said and "2 unchanged skipped" in said
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")} == before
    # a changed file replaces the document at its own location only, and says so
    (reports / "plan.txt").write_text(NEAMT.read_text() + "\nModificat.\n")
    said = run_cli(capsys, str(plans), str(reports), "--data", str(out))
    assert f"replaced at {(reports / 'plan.txt').as_posix()}" in said
    docs = documents(out)
    assert len(docs) == 2 and {d["county"] for d in docs} == {"București", "Neamț"}
    assert len({r["doc_id"] for r in rows(out, "services")}) == 2
    assert any(json.loads(line)["event"] == "replaced" for line in (out / "_log.jsonl").read_text().splitlines())


# ---------------------------------------------------------------- 2. the same bytes under several names

def test_same_bytes_under_several_names_lists_every_location(tmp_path, capsys):
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "sub").mkdir(parents=True)
    shutil.copy(NEAMT, src / "a.txt")
    shutil.copy(NEAMT, src / "sub" / "b.txt")
    said = run_cli(capsys, str(src), "--data", str(out))
    assert "1 processed" in said
    [doc] = documents(out)
    assert doc["locations"] == [(src / "a.txt").as_posix(), (src / "sub" / "b.txt").as_posix()]
    assert doc["source_path"] == "a.txt" and doc["source_uri"] == (src / "a.txt").as_posix()
    services = rows(out, "services")
    # a third name in a later run: the row lists it, nothing is read again, no row is doubled
    shutil.copy(NEAMT, src / "c.txt")
    said = run_cli(capsys, str(src), "--data", str(out))
    assert "0 processed" in said
    [doc] = documents(out)
    assert len(doc["locations"]) == 3 and rows(out, "services") == services
    entry = next(iter(Manifest.load(out).entries.values()))
    assert [loc["path"] for loc in entry.locations] == ["a.txt", "c.txt", "sub/b.txt"]


# ---------------------------------------------------------------- 3. one publication in several formats

@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    root = tmp_path_factory.mktemp("copies")
    src = root / "in"
    src.mkdir()
    shutil.copy(NEAMT, src / "plan.txt")
    (src / "plan_export.txt").write_text(NEAMT.read_text() + "\n\nExportat din registru.\n")
    plan_as_docx(NEAMT.read_text(), src / "plan.docx")
    shutil.copy(SECTOR2, src / "other.txt")  # another publication: never a copy
    return src


def test_copies_of_one_publication_are_marked_and_counted_once(copies, tmp_path, capsys):
    out = tmp_path / "out"
    said = run_cli(capsys, str(copies), "--data", str(out))
    assert "2 document(s) are copies" in said
    by_name = {d["source_path"]: d for d in documents(out)}
    original = by_name["plan.docx"]  # equal coverage: the richer format is kept
    assert original["duplicate_of"] is None and by_name["other.txt"]["duplicate_of"] is None
    assert by_name["plan.txt"]["duplicate_of"] == original["doc_id"]
    assert by_name["plan_export.txt"]["duplicate_of"] == original["doc_id"]
    # every copy's rows are still there; the example queries count the publication once
    assert len({r["doc_id"] for r in rows(out, "services")}) == 4
    per_county = {(r["county"], r["year"]): r for r in query(out, capsys, "--example", "services-per-county")}
    assert per_county[("Neamț", 2021)]["services"] == 3 and per_county[("Neamț", 2021)]["documents"] == 1
    budget = query(out, capsys, "--example", "budget-by-source")
    assert sum(r["services"] for r in budget) == len(rows(out, "services")) - 2 * 3


def test_prefer_chooses_the_kept_format_and_later_runs_keep_it(copies, tmp_path, capsys):
    out = tmp_path / "out"
    run_cli(capsys, str(copies), "--data", str(out), "--prefer", "txt")
    by_name = {d["source_path"]: d for d in documents(out)}
    kept = [d for n, d in by_name.items() if n.startswith("plan") and d["duplicate_of"] is None]
    assert len(kept) == 1 and kept[0]["format"] == "txt"
    assert by_name["plan.docx"]["duplicate_of"] == kept[0]["doc_id"]
    run_cli(capsys, str(copies), "--data", str(out))  # no --prefer: the choice stays
    assert {d["source_path"]: d["duplicate_of"] for d in documents(out)} == \
        {n: d["duplicate_of"] for n, d in by_name.items()}
    run_cli(capsys, str(copies), "--data", str(out), "--prefer", "docx")  # nothing re-read, marks rewritten
    by_name = {d["source_path"]: d for d in documents(out)}
    assert by_name["plan.docx"]["duplicate_of"] is None
    assert by_name["plan.txt"]["duplicate_of"] == by_name["plan.docx"]["doc_id"]


# ---------------------------------------------------------------- 5. deleted inputs: kept, or pruned on request

def test_rows_of_deleted_inputs_stay_until_pruned(tmp_path, capsys):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(NEAMT, src / "neamt.txt")
    shutil.copy(NEAMT, src / "neamt_again.txt")
    shutil.copy(SECTOR2, src / "sector2.txt")
    run_cli(capsys, str(src), "--data", str(out))
    (src / "sector2.txt").unlink()
    (src / "neamt_again.txt").unlink()
    run_cli(capsys, str(src), "--data", str(out))
    assert len(documents(out)) == 2  # by default nothing is dropped
    capsys.readouterr()
    assert main(["prune", "--data", str(out), "--dry-run"]) == EXIT_OK
    said = capsys.readouterr().out
    assert "would drop sector2.txt" in said and len(documents(out)) == 2
    assert main(["prune", "--data", str(out)]) == EXIT_OK
    assert validate_folder(out) == []  # datapackage.json no longer lists the dropped documents' files
    [doc] = documents(out)
    assert doc["source_path"] == "neamt.txt" and doc["locations"] == [(src / "neamt.txt").as_posix()]
    assert {r["doc_id"] for r in rows(out, "services")} == {doc["doc_id"]}
    status = Manifest.load(out)
    assert list(status.entries) == [doc["doc_id"]]
    # the same from a run
    shutil.copy(SECTOR2, src / "sector2.txt")
    run_cli(capsys, str(src), "--data", str(out))
    (src / "sector2.txt").unlink()
    said = run_cli(capsys, str(src), "--data", str(out), "--prune")
    assert "pruned 1 document(s) whose files are gone: sector2.txt" in said
    assert [d["source_path"] for d in documents(out)] == ["neamt.txt"]


# ---------------------------------------------------------------- 7. unsupported formats

def test_unsupported_formats_get_a_row_and_a_summary_line(tmp_path, capsys):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(NEAMT, src / "plan.txt")
    # formats no reader takes (.doc is read when LibreOffice is installed, so it is not among them)
    for name in ("a.ppt", "b.ppt", "c.ppt", "d.xlsx", "scan.png"):
        (src / name).write_bytes(b"\xd0\xcf\x11\xe0 " + name.encode())
    said = run_cli(capsys, str(src), "--data", str(out))  # not a failure: exit 0
    assert "not read, 5 unsupported: .ppt ×3, .png ×1, .xlsx ×1 (in `documents` as status failed" in said
    assert "1 processed" in said
    skipped = [d for d in documents(out) if d["reason"] == "unsupported_format"]
    assert sorted(d["source_path"] for d in skipped) == ["a.ppt", "b.ppt", "c.ppt", "d.xlsx", "scan.png"]
    # the contract's statuses are ok, partial, failed: not extracted is `failed`, the reason and warning say why
    assert all(d["status"] == "failed" and d["error"] for d in skipped)
    assert all(d["warnings"] == ["skipped:unsupported_format"] for d in skipped)
    # no format of the contract's list is made up for them (png, xlsx are none): not known
    assert {d["format"] for d in skipped} == {None}
    # the folder holding them is valid against the published schema (its status vocabulary is the contract's)
    assert [p for p in validate_folder(out) if p.level == "error"] == []
    said = run_cli(capsys, str(src), "--data", str(out))  # said again on every run, never re-recorded
    assert "not read, 5 unsupported" in said and "0 processed" in said
    assert "0 failed" in said and "(0 quarantined)" in said  # not counted as failures of the run


def test_supported_formats_are_the_readers_list(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    (src / "notes.rtf").write_text("{\\rtf1 Plan anual}")
    # .rtf is read only when LibreOffice is installed: take it out, then put it in
    monkeypatch.setattr(readers, "SUPPORTED_SUFFIXES", readers.SUPPORTED_SUFFIXES - {".rtf"})
    assert make_plan([src], Manifest(path=tmp_path / "m.json")).unsupported == {".rtf": 1}
    monkeypatch.setattr(readers, "SUPPORTED_SUFFIXES", {*readers.SUPPORTED_SUFFIXES, ".rtf"})
    plan = make_plan([src], Manifest(path=tmp_path / "m.json"))
    assert not plan.unsupported and [j.source_path for j in plan.jobs] == ["notes.rtf"]


# ---------------------------------------------------------------- 8. broken links and loops

def test_broken_links_and_loops_get_rows_and_the_report_does_not_crash(tmp_path, capsys):
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "sub").mkdir(parents=True)
    shutil.copy(NEAMT, src / "plan.txt")
    os.symlink(tmp_path / "nowhere.txt", src / "dangling.txt")
    os.symlink(src / "loop_b.txt", src / "loop_a.txt")
    os.symlink(src / "loop_a.txt", src / "loop_b.txt")
    os.symlink(src, src / "sub" / "back_up")  # a folder link back to an ancestor
    run_cli(capsys, str(src), "--data", str(out), code=EXIT_FAILED_DOCS)
    by_name = {d["source_path"]: d for d in documents(out)}
    assert set(by_name) == {"plan.txt", "dangling.txt", "loop_a.txt", "loop_b.txt", "sub/back_up"}
    assert by_name["dangling.txt"]["reason"] == "unreadable" and "broken symbolic link" in by_name["dangling.txt"]["error"]
    assert {by_name[n]["reason"] for n in ("loop_a.txt", "loop_b.txt", "sub/back_up")} == {"symlink_loop"}
    assert by_name["plan.txt"]["status"] == "ok"
    capsys.readouterr()
    assert main(["report", "--data", str(out), "--out", str(tmp_path / "report.html"), "--source-root", str(src)]) == EXIT_OK
    assert "Traceback" not in capsys.readouterr().err
    assert "loop_a.txt" in (tmp_path / "report.html").read_text(encoding="utf-8")
    # quarantined like any failure: the next run exits 0
    run_cli(capsys, str(src), "--data", str(out))


# ---------------------------------------------------------------- an output folder written before locations

def test_an_older_output_folder_gains_locations_without_reading_again(tmp_path, capsys):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(NEAMT, src / "plan.txt")
    (src / "plan_export.txt").write_text(NEAMT.read_text() + "\n\nExportat.\n")
    run_cli(capsys, str(src), "--data", str(out))
    manifest = out / "_manifest.json"
    data = json.loads(manifest.read_text())
    for entry in data["documents"].values():  # what 0.1 wrote: no locations, nothing about copies
        for field in ("locations", "format", "publication", "duplicate_of", "institution_ids"):
            entry.pop(field, None)
    data.pop("settings")
    manifest.write_text(json.dumps(data))
    for path in out.glob("documents/doc_year=*/*.parquet"):
        table = pq.read_table(path)
        pq.write_table(table.drop(["source_uri", "locations", "duplicate_of", "reason"]), path)
    said = run_cli(capsys, str(src), "--data", str(out))
    assert "0 processed" in said and "1 document(s) are copies" in said
    docs = documents(out)
    assert [d["locations"] for d in docs] == [[(src / "plan.txt").as_posix()], [(src / "plan_export.txt").as_posix()]]
    assert sum(d["duplicate_of"] is None for d in docs) == 1
