"""The worker side of a run: what one document's process builds and sends back (#18, #17 item 4)."""
from __future__ import annotations

from datetime import timezone
from pathlib import Path

from pipeline.extraction import extract_file
from pipeline.plan import Job
from pipeline.worker import process_job

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
NEAMT = RAW / "neamt_aviz_dragomiresti_plan_2021.txt"


def test_ingested_at_is_set_where_the_document_record_is_built(tmp_path):
    result = extract_file(NEAMT, NEAMT.name)
    assert result.document.ingested_at is not None and result.document.ingested_at.tzinfo == timezone.utc
    # the worker writes the record's own time: it does not set it on the validated record afterwards
    job = Job(NEAMT, NEAMT.name, result.document.doc_id, NEAMT.stat().st_size)
    seen = []

    def extract(path, source_path, doc_id):
        seen.append(extract_file(path, source_path, doc_id))
        return seen[-1]

    outcome, datasets, _ = process_job(job, extract)
    assert outcome.status == "ok"
    assert datasets["documents"][0]["ingested_at"] == seen[0].document.ingested_at


def _scanned_pdf(path: Path, pages: int) -> Path:
    """An image-only PDF of ``pages`` pages (each a rendered page of text, as a scanner gives)."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    digital = path.with_suffix(".digital.pdf")
    c = canvas.Canvas(str(digital), pagesize=A4)
    for n in range(pages):
        c.setFont("Helvetica", 12)
        c.drawString(60, 780, f"Raport de activitate, pagina {n + 1}")
        for i in range(20):
            c.drawString(60, 750 - 24 * i, f"In anul 2023 au fost asistate {120 + i} de persoane varstnice la domiciliu.")
        c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(str(digital))
    images = [pdf[i].render(scale=150 / 72).to_pil().convert("L") for i in range(pages)]
    pdf.close()
    images[0].save(str(path), "PDF", resolution=150, save_all=True, append_images=images[1:])
    digital.unlink()
    return path


def test_the_parent_sees_the_pages_of_an_ocr_as_they_are_done(tmp_path):
    import json

    from pipeline.progress import ProgressPrinter
    from pipeline.runner import LOG_NAME, run

    src = tmp_path / "in"
    src.mkdir()
    _scanned_pdf(src / "scan.pdf", 3)
    events = []
    printer = ProgressPrinter(quiet=True)
    shown = []

    def on_event(kind, job, payload):
        events.append((kind, payload))
        printer.event(kind, job, payload)
        if kind == "pages":
            shown.append(printer.running_text())

    with printer:
        summary = run([src], tmp_path / "out", on_event=on_event)
    assert [(o.status, o.reason, o.message) for o in summary.outcomes] == [("ok", None, None)]
    pages = [p for kind, p in events if kind == "pages"]
    # one message per page OCR'd, sent by the worker process while it ran, before its result
    assert [(p.done, p.total) for p in pages] == [(1, 3), (2, 3), (3, 3)]
    kinds = [kind for kind, _ in events]
    assert kinds.index("pages") < kinds.index("finished")
    assert shown[-1].startswith("scan.pdf (") and shown[-1].endswith(", OCR 3/3 pages)")
    # the plain log for schedulers: every 10 pages and the last one
    logged = [json.loads(line) for line in (tmp_path / "out" / LOG_NAME).read_text().splitlines()]
    assert [(e["done"], e["total"]) for e in logged if e["event"] == "pages"] == [(3, 3)]


_TWO_TABLE_PLAN = """PLAN ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE
pentru anul 2024, Primăria Comunei Test, județul Vaslui

A. Servicii sociale existente

Nr. crt.\tCod serviciu social\tDenumirea serviciului social\tCapacitate\tBuget local (lei)
1.\t8810-ID-I\tÎngrijire la domiciliu\t20\t120.000

C. Programul de formare

Nr. crt.\tTip formare\tCategorie personal\tNumăr persoane\tBuget (lei)
1.\tperfecționare\tasistenți sociali\t3\t2.000
"""


def test_a_record_stage_that_raises_costs_its_own_rows_only(tmp_path, monkeypatch):
    """A defect met in one table's extractor or in one text stage is said on the document
    (``extraction_stage_failed``, the document ``partial``), and every other table and stage still gives its rows:
    before, one exception anywhere failed the whole document with no row kept."""
    import pipeline.extraction as extraction

    path = tmp_path / "plan.txt"
    path.write_text(_TWO_TABLE_PLAN, encoding="utf-8")
    whole = extract_file(path, str(path))
    assert whole.services and whole.trainings and whole.document.status == "ok"

    def broken(*_args):
        raise ValueError("too many values to unpack (expected 2)")

    kind = next(k for k, ds in extraction.DATASET_OF_KIND.items() if ds == "trainings")
    monkeypatch.setitem(extraction.TABLE_EXTRACTORS, kind, broken)
    broken.__name__ = "extract_prose"
    monkeypatch.setattr(extraction, "_TEXT_STAGES", (*extraction._TEXT_STAGES[:-1], broken))
    hurt = extract_file(path, str(path))
    assert [s.service_code for s in hurt.services] == [s.service_code for s in whole.services]
    assert not hurt.trainings
    failed = [w for w in hurt.document.warnings if w.startswith("extraction_stage_failed:")]
    assert len(failed) == 2
    assert failed[0].startswith(f"extraction_stage_failed:{kind}:") and failed[0].endswith(
        "ValueError: too many values to unpack (expected 2)")
    assert failed[1] == "extraction_stage_failed:extract_prose:ValueError: too many values to unpack (expected 2)"
    assert hurt.document.status == "partial"


def test_a_failure_message_does_not_repeat_the_files_folders(tmp_path, capsys):
    """The failure line names the document; the empty-file reader's message quoted its whole absolute path again
    (`failed empty.txt: empty_file — /data/in/empty.txt is empty (0 bytes)`), in the summary and `status` alike."""
    from pipeline.cli import main as cli_main

    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert cli_main(["run", str(src.absolute()), "--data", str(out), "--quiet"]) == 1
    [line] = [x for x in capsys.readouterr().err.splitlines() if x.startswith("failed")]
    assert line == "failed empty.txt: empty_file — empty.txt is empty (0 bytes)"
    assert cli_main(["status", "--data", str(out), "--json"]) == 0
    assert str(src) not in capsys.readouterr().out.split('"failures"')[-1]
