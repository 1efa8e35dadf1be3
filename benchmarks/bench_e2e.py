"""Whole runs, as separate processes: the pipeline CLI against pdfplumber's ``extract_tables`` on the same PDFs,
text and DOCX throughput, 1 against 2 workers, and how time and memory grow with the number of pages.

    .venv/bin/python benchmarks/bench_e2e.py                    # every part, 3 runs each
    .venv/bin/python benchmarks/bench_e2e.py --runs 5 --parts pdf,workers
    .venv/bin/python benchmarks/bench_e2e.py --parts scale --sizes 50,100,200,400

Parts:
  pdf      the CLI (``pipeline run <pdfs> --workers 1``) on the born-digital corpus PDFs against a script calling
           pdfplumber ``page.extract_tables()`` on every page of the same PDFs; the two commands are run in
           turn (interleaved), each ``--runs`` times; medians and the ratio are printed.
  formats  the CLI on the corpus text exports and on the DOCX files: MB/s of input.
  startup  the CLI on one small text document (fixed cost of a run: interpreter, imports, worker start-up).
  workers  ``--workers 1`` against ``--workers 2`` on 8 documents (the corpus text/DOCX files, copied with
           distinct bytes so none is skipped).
  scale    a generated plan of N pages (one long services table plus prose, written with reportlab): pages/s and
           the peak RSS of the whole process tree (the CLI and its worker processes) at each size.

Every timing is wall time of a whole process (start-up included), into a fresh output folder, with ``--force``.
The peak RSS is the largest sum of RSS over the process tree, sampled every 20 ms with psutil.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import psutil

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
PYTHON = sys.executable

PLUMBER_SCRIPT = """
import sys, pdfplumber
for name in sys.argv[1:]:
    with pdfplumber.open(name) as pdf:
        for page in pdf.pages:
            page.extract_tables()
"""


@dataclass(frozen=True)
class Timing:
    seconds: float
    peak_rss_mb: float


def timed(cmd: list[str], sample_s: float = 0.02) -> Timing:
    """Wall time and peak RSS (summed over the process and its children) of one command."""
    started = time.perf_counter()
    proc = psutil.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
        time.sleep(sample_s)
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 1):  # 1 = a document failed; still a whole run
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr.read().decode()[-2000:]}")
    return Timing(seconds, peak / 2**20)


def pipeline_cmd(inputs: list[Path], out: Path, workers: int = 1) -> list[str]:
    return [PYTHON, "-m", "pipeline", "run", *map(str, inputs), "--out", str(out), "--force", "--quiet",
            "--workers", str(workers)]


def interleaved(commands: dict[str, Callable[[], list[str]]], runs: int) -> dict[str, list[Timing]]:
    """Run each command once per round, in turn, so that a drift in the machine's load hits all of them."""
    results: dict[str, list[Timing]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, make in commands.items():
            results[name].append(timed(make()))
    return results


def median_s(timings: list[Timing]) -> float:
    return statistics.median(t.seconds for t in timings)


def fresh(tmp: Path, name: str) -> Path:
    out = tmp / name
    shutil.rmtree(out, ignore_errors=True)
    return out


def born_digital_pdfs() -> list[Path]:
    return [p for p in sorted(CORPUS.glob("*.pdf")) if not p.stem.endswith("_scan")]


def page_count(pdfs: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for p in pdfs:
        doc = pdfium.PdfDocument(str(p))
        total += len(doc)
        doc.close()
    return total


def part_pdf(tmp: Path, runs: int) -> None:
    pdfs = born_digital_pdfs()
    pages = page_count(pdfs)
    res = interleaved({
        "pipeline run --workers 1": lambda: pipeline_cmd(pdfs, fresh(tmp, "pdf-out")),
        "pdfplumber extract_tables": lambda: [PYTHON, "-c", PLUMBER_SCRIPT, *map(str, pdfs)],
    }, runs)
    ours, plumber = median_s(res["pipeline run --workers 1"]), median_s(res["pdfplumber extract_tables"])
    print(f"\n## pdf: {len(pdfs)} born-digital corpus PDFs, {pages} pages, median of {runs}")
    for name, timings in res.items():
        print(f"  {name:28s} {median_s(timings):7.2f} s  ({pages / median_s(timings):6.1f} pages/s)  "
              f"min {min(t.seconds for t in timings):.2f} max {max(t.seconds for t in timings):.2f}")
    print(f"  ratio (pdfplumber / pipeline): {plumber / ours:.2f}x   (target >= 5x)")


def part_formats(tmp: Path, runs: int) -> None:
    print(f"\n## formats: the corpus by format, whole CLI runs, median of {runs}")
    for suffix in (".txt", ".docx"):
        files = sorted(CORPUS.glob(f"*{suffix}"))
        size_mb = sum(f.stat().st_size for f in files) / 2**20
        timings = interleaved({suffix: lambda: pipeline_cmd(files, fresh(tmp, "fmt-out"))}, runs)[suffix]
        s = median_s(timings)
        print(f"  {suffix:6s} {len(files)} files {size_mb:6.2f} MB  {s:7.2f} s  {size_mb / s:6.3f} MB/s  "
              f"peak RSS {max(t.peak_rss_mb for t in timings):.0f} MB")


def part_startup(tmp: Path, runs: int) -> None:
    small = tmp / "small" / "plan.txt"
    small.parent.mkdir(parents=True, exist_ok=True)
    small.write_text("PLAN ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE\nComuna Test, județul Neamț, 2024\n",
                     encoding="utf-8")
    res = interleaved({
        "pipeline run (2-line text)": lambda: pipeline_cmd([small], fresh(tmp, "small-out")),
        "python -c pass": lambda: [PYTHON, "-c", "pass"],
    }, runs)
    print(f"\n## startup: a 2-line text document end to end, median of {runs}")
    for name, timings in res.items():
        print(f"  {name:28s} {median_s(timings):7.2f} s  peak RSS {max(t.peak_rss_mb for t in timings):.0f} MB")
    print("  (target: fixed start-up <= 1 s)")


def copies(files: list[Path], n_docs: int, dst: Path) -> list[Path]:
    """n_docs text inputs cycling over files, each with distinct bytes (trailing newlines) so that none is
    skipped as a copy of another."""
    out = []
    for i in range(n_docs):
        src = files[i % len(files)]
        target = dst / f"copy{i}{src.suffix}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(src.read_bytes() + b"\n" * (i + 1))
        out.append(target)
    return out


def part_workers(tmp: Path, runs: int, n_docs: int = 8) -> None:
    txt = sorted(CORPUS.glob("*.txt"))
    inputs = copies(txt, n_docs, tmp / "workers-in")
    res = interleaved({
        "--workers 1": lambda: pipeline_cmd(inputs, fresh(tmp, "w1"), workers=1),
        "--workers 2": lambda: pipeline_cmd(inputs, fresh(tmp, "w2"), workers=2),
    }, runs)
    one, two = median_s(res["--workers 1"]), median_s(res["--workers 2"])
    print(f"\n## workers: {n_docs} text documents, median of {runs}, {os.cpu_count()} CPUs")
    print(f"  --workers 1 {one:7.2f} s   --workers 2 {two:7.2f} s   speed-up {one / two:.2f}x   (target >= 1.8x)")


def write_long_plan(path: Path, pages: int) -> None:
    """A plan of about `pages` A4 pages: a heading, a services table of ~30 rows per page, a paragraph per page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    story = [Paragraph("PLANUL ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE PENTRU ANUL 2025", styles["Title"]),
             Paragraph("A. Servicii sociale existente", styles["Heading2"])]
    codes = ["8891 CZ-C-II", "8810 CZ-V-I", "8790 CR-V-I", "8899 CZ-PN-V", "8810 ID-I"]
    header = ["Nr. crt.", "Cod serviciu", "Denumire serviciu social", "Capacitate", "Buget local (lei)",
              "Buget de stat (lei)"]
    for page in range(pages):
        rows = [header] + [[str(page * 28 + i + 1), codes[i % len(codes)], f"Centrul de zi nr. {page * 28 + i + 1}",
                            str(20 + i), f"{(page + 1) * 1000 + i * 37}.000,00", f"{i * 11}.500,00"]
                           for i in range(28)]
        table = Table(rows, repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 7)]))
        story += [table, Paragraph(f"În anul 2024 au fost asistate {100 + page} de persoane vârstnice.",
                                   styles["Normal"]), PageBreak()]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)


def part_scale(tmp: Path, runs: int, sizes: list[int]) -> None:
    print(f"\n## scale: generated plans, median of {runs}")
    print(f"  {'pages':>6s} {'seconds':>8s} {'pages/s':>8s} {'peak RSS MB':>12s}")
    first = None
    for n in sizes:
        pdf = tmp / f"plan_{n}.pdf"
        write_long_plan(pdf, n)
        timings = interleaved({"run": lambda: pipeline_cmd([pdf], fresh(tmp, "scale-out"))}, runs)["run"]
        s = median_s(timings)
        first = first or n / s
        print(f"  {n:6d} {s:8.2f} {n / s:8.2f} {max(t.peak_rss_mb for t in timings):12.0f}   "
              f"pages/s vs first size {n / s / first:.2f}")
    print("  (targets: 400 pages under 500 MB peak RSS; pages/s within 20 % of the 50-page figure)")


PARTS = {"pdf": part_pdf, "formats": part_formats, "startup": part_startup, "workers": part_workers}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs of each command (default 3)")
    parser.add_argument("--parts", default="startup,pdf,formats,workers,scale",
                        help="comma-separated parts to run (default: all)")
    parser.add_argument("--sizes", default="50,100,200,400", help="page counts of the scale part")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"the shared corpus is not at {CORPUS}", file=sys.stderr)
        return 2
    print(f"{os.cpu_count()} CPUs, python {sys.version.split()[0]}, runs={args.runs}")
    with tempfile.TemporaryDirectory(prefix="bench-e2e-") as t:
        tmp = Path(t)
        for part in args.parts.split(","):
            if part == "scale":
                part_scale(tmp, args.runs, [int(x) for x in args.sizes.split(",")])
            else:
                PARTS[part](tmp, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
