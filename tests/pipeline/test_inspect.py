"""#17: `pipeline inspect`, the tables dataset, documents.coverage, status low-coverage first, run progress."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from rich.console import Console

from pipeline.cli import EXIT_OK, main
from pipeline.inspect import SCHEMA_PATH
from pipeline.progress import ProgressPrinter
from pipeline.runner import Planned, run
from pipeline.table_summary import DROP_NO_EXTRACTOR, DROP_NOT_PROVIDED

jsonschema = pytest.importorskip("jsonschema")

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*")) if CORPUS.is_dir() else []

# a services table with a row the template lists as not provided, and a table of money no kind reads
PLAN = """PLAN ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE
pentru anul 2023, Direcția de Asistență Socială a Municipiului Exemplu

A. Servicii sociale existente

Nr. crt.\tCod serviciu social\tDenumirea serviciului social\tCapacitate\tBuget local (lei)
1.\t8730 CR-V-I\tCămin pentru persoane vârstnice\t42\t1.234,50
2.\t8891 CZ-C-II\tCentru de zi pentru copii\t30\t5.443,00
3.\t-\tServicii de cazare\t-\tnu este cazul

Anexa 7

Poziția\tBeneficiar\tObservații
a\tAsociația Alfa\t12.345,00 lei
b\tAsociația Beta\t23.456,00 lei
c\tAsociația Gama\t3.456,00 lei
"""


@pytest.fixture
def plan(tmp_path) -> Path:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


def _validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _inspect_json(capsys, *argv) -> dict:
    assert main(["inspect", *map(str, argv), "--json"]) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def test_inspect_json_shows_kinds_evidence_and_dropped_rows(plan, capsys):
    data = _inspect_json(capsys, plan)
    assert list(_validator().iter_errors(data)) == []
    services, other = data["tables"]
    assert services["kind"] == "services_existing" and services["why"]["section"] == "services_existing"
    assert services["why"]["header_vocabulary"]["services"] > 0
    code = next(c for c in services["columns"] if c["label"] == "Cod serviciu social")
    # mapped by its header; two codes are below ColumnContentSettings.min_cells, so no content type is claimed
    assert code["field"] == "code" and code["content_type"] is None
    assert services["records"] == {"services": 2} and services["rows_dropped"] == 1
    assert [r["dropped"] for r in services["rows"]] == [None, None, DROP_NOT_PROVIDED]
    # a table of money that no kind reads: every column unmapped, every row dropped, counted against coverage
    assert other["kind"] == "other" and other["looks_like_data"] and not other["understood"]
    assert other["unmapped"] == ["Poziția", "Beneficiar", "Observații"]
    assert {r["dropped"] for r in other["rows"]} == {DROP_NO_EXTRACTOR}
    assert data["document"]["coverage"] == 0.5 and data["document"]["n_tables_unread"] == 1
    assert [b["type"] for b in data["blocks"]].count("table") == 2


def test_inspect_markdown_and_page_filter(plan, capsys):
    assert main(["inspect", str(plan), "--md"]) == EXIT_OK
    md = capsys.readouterr().out
    assert "### Table 1 — services_existing (line 6)" in md
    assert "| 5 | Buget local (lei) | budget_local_lei |" in md
    assert "dropped: listed as not provided" in md and "**not understood**" in md
    # text input has no pages: page 1 holds nothing
    data = _inspect_json(capsys, plan, "--page", "1")
    assert data["page"] == 1 and data["tables"] == [] and data["blocks"] == []


def test_inspect_a_missing_or_unreadable_file(tmp_path, capsys):
    assert main(["inspect", str(tmp_path / "nope.pdf")]) == 2
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["inspect", str(empty)]) == 1
    assert "empty" in capsys.readouterr().err


@pytest.mark.skipif(not CORPUS_FILES, reason="no shared corpus on this machine")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_inspect_json_on_the_corpus_follows_the_published_schema(path, capsys):
    data = _inspect_json(capsys, path)
    errors = [f"{list(e.path)}: {e.message}" for e in _validator().iter_errors(data)]
    assert errors == []
    assert len(data["tables"]) == data["document"]["n_tables"]


def test_run_writes_the_tables_dataset_and_coverage(plan, tmp_path):
    out = tmp_path / "out"
    summary = run([plan], out, log_path=None)
    assert summary.rows_per_dataset()["tables"] == 2
    tables = pq.read_table(out / "tables").to_pylist()
    tables.sort(key=lambda r: r["table_seq"])
    assert [(t["table_seq"], t["kind"], t["n_rows"], t["n_records"], t["understood"]) for t in tables] == [
        (1, "services_existing", 3, 2, True), (2, "other", 3, 0, False)]
    assert "code ← Cod serviciu social" in tables[0]["mapped_columns"]
    assert tables[1]["unmapped_columns"] == ["Poziția", "Beneficiar", "Observații"]
    assert tables[1]["looks_like_data"] and tables[0]["line"] == 6
    doc = pq.read_table(out / "documents").to_pylist()[0]
    assert doc["coverage"] == pytest.approx(0.5) and doc["n_tables_unread"] == 1
    assert main(["validate", "--data", str(out)]) == EXIT_OK


def test_status_lists_low_coverage_documents_first(plan, tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(PLAN.split("Anexa 7")[0], encoding="utf-8")
    out = tmp_path / "out"
    run([plan, good], out, log_path=None)
    assert main(["status", "--data", str(out), "--json"]) == EXIT_OK
    status = json.loads(capsys.readouterr().out)
    assert [Path(d["source_path"]).name for d in status["low_coverage"]] == ["plan.txt"]
    assert status["low_coverage"][0]["n_tables_unread"] == 1
    assert main(["status", "--data", str(out)]) == EXIT_OK
    assert "low coverage first" in capsys.readouterr().out


class _Recorder(ProgressPrinter):
    def __init__(self):
        super().__init__(quiet=False, console=Console(file=io.StringIO(), force_terminal=False))
        self.seen: list[tuple[str, float | None]] = []

    def event(self, kind, job, outcome):
        super().event(kind, job, outcome)
        self.seen.append((kind, self.total))


def test_progress_knows_the_total_before_the_first_document(plan, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(PLAN.replace("Exemplu", "Altul"), encoding="utf-8")
    with _Recorder() as progress:
        run([plan, other], tmp_path / "out", log_path=None, on_event=progress.event)
        assert progress.completed == 2
    kinds = [k for k, _ in progress.seen]
    assert kinds[0] == "planned"
    assert all(total == 2 for _, total in progress.seen)  # never 0/1, 1/2 …: the total is there from the start
    assert progress.running == {}


def test_progress_names_the_running_documents_with_their_seconds():
    printer = ProgressPrinter(quiet=True)
    with printer:
        printer.event("planned", None, Planned(documents=3, bytes=10))

        class Job:
            source_path = "plans/scan.pdf"

        printer.event("started", Job, None)
        assert printer.running_text().startswith("scan.pdf (")
        assert printer.total == 3


def test_report_lists_low_coverage_documents_first(plan, tmp_path):
    good = tmp_path / "a_good.txt"  # sorts before plan.txt by name: only coverage can put plan.txt first
    good.write_text(PLAN.split("Anexa 7")[0], encoding="utf-8")
    out = tmp_path / "out"
    run([plan, good], out, log_path=None)
    html_path = tmp_path / "report.html"
    assert main(["report", "--data", str(out), "--out", str(html_path)]) == EXIT_OK
    html = html_path.read_text(encoding="utf-8")
    section = html[html.index('<section id="documents">'):]
    assert section.index("plan.txt") < section.index("a_good.txt")
    assert "coverage 50%: 1 data table gave no record" in section


@pytest.mark.skipif(not (CORPUS / "sector2_plan_2022.pdf").is_file(), reason="no shared corpus on this machine")
def test_inspect_one_page_of_a_pdf(capsys):
    data = _inspect_json(capsys, CORPUS / "sector2_plan_2022.pdf", "--page", "12")
    assert data["blocks"] and {b["page"] for b in data["blocks"]} == {12}
    assert data["tables"] and all(12 in t["pages"] for t in data["tables"])
    assert all(t["bbox"] and len(t["bbox"]) == 4 for t in data["tables"])
    assert data["document"]["n_tables"] > len(data["tables"])  # the document's figures stay whole


def test_inspect_one_line_shows_the_row_its_table_and_the_records_read_from_it(plan, capsys):
    """An analyst told "line 8" (a warning's place, `plan.txt l8`) saw the whole document: --line narrows it."""
    data = _inspect_json(capsys, plan, "--line", "8")
    _validator().validate(data)
    at = data["at"]
    assert data["line"] == 8 and at["line"] == 8 and at["table_seq"] == 1
    assert at["row"]["line"] == 8 and at["row"]["cells"][1] == "8891 CZ-C-II"
    [record] = at["records"]
    assert record["dataset"] == "services" and record["fields"]["service_code"] == "8891 CZ-C-II"
    assert record["fields"]["capacity"] == 30 and "line" not in record["fields"]
    assert [t["table_seq"] for t in data["tables"]] == [1] and data["tables"][0]["at_row"] == 1
    assert [b["type"] for b in data["blocks"]] == ["table"]

    assert main(["inspect", str(plan), "--line", "8"]) == EXIT_OK
    md = capsys.readouterr().out
    assert "## At line 8" in md and "table 1 (services_existing, line 6; below), row 2 (line 8)" in md
    assert "| Denumirea serviciului social | Centru de zi pentru copii |" in md
    assert "- services: section=existing" in md and "| **→ 2** | line 8 | services |" in md
    assert "Table 2" not in md

    data = _inspect_json(capsys, plan, "--line", "16")  # a row that gave nothing: why, and no record
    assert data["at"]["row"]["dropped"] == DROP_NO_EXTRACTOR and data["at"]["records"] == []
    data = _inspect_json(capsys, plan, "--line", "10")  # the blank line after a table: nothing is printed there
    assert data["at"]["table_seq"] is None and data["at"]["row"] is None and data["blocks"] == []
    assert main(["inspect", str(plan), "--line", "11"]) == EXIT_OK
    assert "paragraph (line 11): Anexa 7" in capsys.readouterr().out


@pytest.mark.skipif(not CORPUS_FILES, reason="needs ../shared/corpus")
def test_inspect_a_place_of_a_pdf_by_page_and_line(capsys):
    """`sector2_plan_2022.pdf p8/l46`, as the run summary names a flagged row: a table stitched over pages 6–9."""
    data = _inspect_json(capsys, CORPUS / "sector2_plan_2022.pdf", "--page", "8", "--line", "46")
    _validator().validate(data)
    row = data["at"]["row"]
    assert (row["page"], row["line"]) == (8, 46) and data["tables"][0]["pages"][0] == 6
    assert [r["fields"]["warnings"] for r in data["at"]["records"]] == [["code_not_in_nomenclator"]]
