"""What a run's start-up leaves out (docs/performance.md), each checked in a fresh interpreter: spaCy without its
command-line interface, Arrow without pandas in the `run` command's process, the run's exit without teardown."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=300)


def test_prose_imports_spacy_without_its_cli_and_the_cli_still_imports():
    done = _python("""
        import sys
        from extractors.prose.nlp import get_nlp
        nlp, matcher = get_nlp()
        print(sorted(k for k in sys.modules if k.startswith("spacy.cli") or k in ("typer", "weasel", "httpx")))
        import spacy
        print(hasattr(spacy, "cli"))
        print([t.text for t in nlp("Au fost 12 copii, jud. Neamț.")])
        print(sorted(spacy.info())[:2])  # spacy.info imports the real CLI function when called
        import spacy.cli
        print(spacy.cli.info.__module__)
    """)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "[]"
    assert lines[1] == "False"
    assert lines[2] == "['Au', 'fost', '12', 'copii', ',', 'jud.', 'Neamț', '.']"
    assert lines[3] == "['location', 'pipelines']"
    assert lines[4] == "spacy.cli.info"


def test_arrow_without_pandas_writes_the_same_file(tmp_path: Path):
    code = """
        import sys
        from decimal import Decimal
        from datetime import datetime, timezone
        import pyarrow as pa, pyarrow.parquet as pq
        if sys.argv[1] == "without":
            from pipeline.writers import arrow_without_pandas
            arrow_without_pandas()
        else:
            import pandas
        from pipeline.writers import to_table
        rows = [{"doc_id": "a" * 64, "source_path": "x.txt", "status": "ok", "year": 2024, "pages": None,
                 "warnings": ["w1", "w2"], "ingested_at": datetime(2024, 1, 2, tzinfo=timezone.utc)},
                {"doc_id": "b" * 64, "source_path": "y.pdf", "status": "failed", "year": None, "warnings": []}]
        pq.write_table(to_table("documents", rows), sys.argv[2])
        print("pandas" in sys.modules)
        import pandas  # still importable by anyone who wants it
        print(pandas.__name__)
    """
    without, with_ = tmp_path / "without.parquet", tmp_path / "with.parquet"
    a, b = _python(code, "without", str(without)), _python(code, "with", str(with_))
    assert a.returncode == 0 and b.returncode == 0, a.stderr + b.stderr
    assert a.stdout.splitlines() == ["False", "pandas"]
    assert pq.read_table(without).equals(pq.read_table(with_))
    assert pq.read_schema(without).metadata == pq.read_schema(with_).metadata


def test_a_run_from_the_command_line_writes_everything_and_cleans_up(tmp_path: Path):
    plan = tmp_path / "in" / "plan.txt"
    plan.parent.mkdir()
    plan.write_text("PLAN ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE\nComuna Test, județul Neamț, 2024\n",
                    encoding="utf-8")
    # multiprocessing's temporary folder goes here: short, as the fork server's socket path must fit in AF_UNIX's
    # 108 bytes (pytest's own temporary folders can be longer)
    temp = Path(tempfile.mkdtemp(prefix="plt-"))
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temp)}
    try:
        done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(plan), "--data", str(out), "--quiet"],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
        left = list(temp.iterdir())
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    assert done.returncode == 0, done.stderr
    assert "1 documents processed" in done.stdout  # the summary was flushed before the quick exit
    (doc_file,) = (out / "documents").glob("*/*.parquet")
    assert pq.read_table(doc_file).num_rows == 1
    assert (out / "datapackage.json").is_file() and (out / "_manifest.json").is_file()
    assert not left  # multiprocessing's temporary folder (the fork server's socket) was removed


def test_a_program_calling_the_cli_keeps_arrows_pandas(tmp_path: Path):
    plan = tmp_path / "plan.txt"
    plan.write_text("PLAN ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE\nComuna Test, județul Neamț, 2024\n",
                    encoding="utf-8")
    done = _python("""
        import sys
        from pipeline.cli import main
        code = main(["run", sys.argv[1], "--data", sys.argv[2], "--quiet"])
        import pandas as pd
        import pyarrow as pa
        print(code, pa.array(pd.Series([1, None], dtype="Int64")).to_pylist())  # Arrow still knows pandas' NA
    """, str(plan), str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "0 [1, None]"


def _run_with_cache(plan: Path, out: Path, cache: str) -> tuple[subprocess.CompletedProcess, dict]:
    temp = Path(tempfile.mkdtemp(prefix="plt-"))  # a short folder for the fork server's socket (see above)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temp), "PIPELINE_CACHE_DIR": cache}
    try:
        done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(plan), "--data", str(out), "--quiet"],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    rows = {}
    for path in sorted(out.glob("*/*/*.parquet")):
        table = pq.read_table(path)
        rows[path.parent.parent.name] = table.drop_columns(
            [c for c in ("ingested_at",) if c in table.column_names]).to_pylist()
    return done, rows


def test_a_run_with_a_damaged_start_up_cache_gives_what_a_run_without_one_gives(tmp_path: Path):
    """The start-up cache (SIRUTA's parse, the compiled regular expressions of the worker server and of the main
    process) damaged on disk: the run reads past it, writes the same rows as a run without any cache, and leaves
    a cache the next run can use."""
    plan = tmp_path / "plan.txt"
    plan.write_text("PLAN ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE\nComuna Dragomirești, județul Neamț, 2024\n"
                    "Direcția de Asistență Socială a încheiat 3 protocoale de colaborare.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    first, _ = _run_with_cache(plan, tmp_path / "warm", str(cache))  # writes the cache files
    assert first.returncode == 0, first.stderr
    files = sorted(p.name for p in cache.iterdir())
    assert [n for n in files if n.startswith("siruta")] and [n for n in files if n.startswith("regex-server")]
    assert [n for n in files if n.startswith("regex-main")]
    for path in cache.iterdir():  # every cache file damaged in its middle
        blob = bytearray(path.read_bytes())
        blob[len(blob) // 2] ^= 0xFF
        path.write_bytes(bytes(blob))
    damaged, with_damaged = _run_with_cache(plan, tmp_path / "damaged", str(cache))
    plain, without = _run_with_cache(plan, tmp_path / "plain", "")
    assert damaged.returncode == 0 and plain.returncode == 0, damaged.stderr + plain.stderr
    assert with_damaged == without and with_damaged["documents"][0]["county"] == "Neamț"
    from normalizers import reference

    for path in cache.iterdir():  # rewritten whole: each one's payload matches its digest again
        blob = path.read_bytes()
        head = len(reference._MAGIC) + 2 * reference._DIGEST
        import hashlib

        assert hashlib.sha256(blob[head:]).digest() == blob[head - reference._DIGEST:head], path.name


def test_inputs_hold_pdf_looks_at_files_and_into_folders(tmp_path: Path):
    from pipeline.pool import inputs_hold_pdf

    (tmp_path / "texts" / "deep").mkdir(parents=True)
    (tmp_path / "texts" / "deep" / "plan.txt").write_text("x")
    (tmp_path / "mixed" / "2023").mkdir(parents=True)
    (tmp_path / "mixed" / "2023" / "Raport.PDF").write_bytes(b"%PDF-1.4")
    assert not inputs_hold_pdf([str(tmp_path / "texts"), str(tmp_path / "missing")])
    assert inputs_hold_pdf([str(tmp_path / "texts"), str(tmp_path / "mixed")])
    assert inputs_hold_pdf(["somewhere/plan.pdf"])  # named, even before it is looked for
    assert not inputs_hold_pdf([])


_WORKER_MODULES = """
    import sys
    from pipeline.pool import context, prestart

    def report(queue):
        queue.put("extractors.readers.pdf" in sys.modules)

    if __name__ == "__main__":
        prestart(sys.argv[1:])
        ctx = context()
        queue = ctx.Queue()
        worker = ctx.Process(target=report, args=(queue,))
        worker.start()
        print("pdf reader preloaded:", queue.get(timeout=240))
        worker.join()
"""


def test_the_fork_server_loads_the_pdf_reader_only_for_runs_with_pdfs(tmp_path: Path):
    script = tmp_path / "probe.py"
    script.write_text(textwrap.dedent(_WORKER_MODULES))
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "plan.txt").write_text("x")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = lambda *inputs: subprocess.run([sys.executable, str(script), *inputs], capture_output=True, text=True,  # noqa: E731
                                         env=env, cwd=ROOT, timeout=300)
    texts = run(str(tmp_path / "docs"))
    assert texts.returncode == 0, texts.stderr
    assert "pdf reader preloaded: False" in texts.stdout
    (tmp_path / "docs" / "plan.pdf").write_bytes(b"%PDF-1.4")
    pdfs = run(str(tmp_path / "docs"))
    assert pdfs.returncode == 0, pdfs.stderr
    assert "pdf reader preloaded: True" in pdfs.stdout


_PDF_WORKER_IMPORTS = """
    import sys
    import pipeline._worker_preload_pdf
    import pipeline._worker_preload
    from reportlab.pdfgen import canvas

    path = sys.argv[1]
    c = canvas.Canvas(path)
    c.drawString(60, 780, "PLAN ANUAL DE ACTIUNE pentru anul 2023")
    c.drawString(60, 760, "In anul 2022 au fost asistate 120 de persoane.")
    c.showPage()
    c.save()
    before = set(sys.modules)
    from pipeline.extraction import extract_file

    extract_file(path, "plan.pdf")
    print("imported by the worker:", sorted(set(sys.modules) - before))
"""


def test_a_pdf_worker_imports_nothing_the_fork_server_did_not_load(tmp_path: Path):
    """What a PDF document's worker would import at its start is each worker's cost (the layout's steps import
    pdfplumber, pdfminer and cryptography where they are used): the fork server's load holds all of it."""
    script = tmp_path / "probe.py"
    script.write_text(textwrap.dedent(_PDF_WORKER_IMPORTS))
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "plan.pdf")], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "imported by the worker: []" in done.stdout, done.stdout
