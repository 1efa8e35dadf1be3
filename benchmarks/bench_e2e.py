"""Whole runs, as separate processes: the pipeline CLI against pdfplumber's ``extract_tables`` on the same PDFs,
text and DOCX throughput, 1 against 2 workers, and how time and memory grow with the number of pages.

    .venv/bin/python benchmarks/bench_e2e.py                    # every part, 3 runs each (~15 min on 2 cores)
    .venv/bin/python benchmarks/bench_e2e.py --quick            # 2 runs of startup, pdf, workers, scale 50/400
    .venv/bin/python benchmarks/bench_e2e.py --runs 5 --parts pdf,workers
    .venv/bin/python benchmarks/bench_e2e.py --parts scale --sizes 50,100,200,400
    .venv/bin/python benchmarks/bench_e2e.py --quick --compare /tmp/before   # this checkout against another

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
The peak RSS is the largest sum of RSS over the process tree, sampled every 20 ms with psutil (pages shared by the
fork server and its workers are counted in each). ``cpu`` is the user + system CPU time of the whole tree: on a
machine that other work also loads, it moves much less than wall time, so compare it too. With ``--compare``
every CLI command is also run from another checkout (its own code on the Python path), in turn with this one.
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
    cpu_s: float  # user + system CPU time of the whole process tree (less sensitive to a loaded machine)


def _tree_cpu(procs: dict[int, float], tree: list[psutil.Process]) -> None:
    for p in tree:
        try:
            t = p.cpu_times()
            procs[p.pid] = max(procs.get(p.pid, 0.0), t.user + t.system)  # descendants are sampled themselves
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass


def timed(cmd: list[str], checkout: Path = ROOT, sample_s: float = 0.02) -> Timing:
    """Wall time, peak RSS (summed over the process and its descendants) and CPU time of the tree of one command,
    run with ``checkout`` first on the Python path."""
    # bytecode caches written and used as on an installed copy (a session that sets PYTHONDONTWRITEBYTECODE would
    # otherwise compile every module of the checkout from source in every process of every run)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(checkout)
    started = time.perf_counter()
    proc = psutil.Popen(cmd, cwd=checkout, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = 0
    cpu: dict[int, float] = {}
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            _tree_cpu(cpu, tree)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
        time.sleep(sample_s)
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 1):  # 1 = a document failed; still a whole run
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr.read().decode()[-2000:]}")
    return Timing(seconds, peak / 2**20, sum(cpu.values()))


def pipeline_cmd(inputs: list[Path], out: Path, workers: int = 1) -> list[str]:
    return [PYTHON, "-m", "pipeline", "run", *map(str, inputs), "--out", str(out), "--force", "--quiet",
            "--workers", str(workers)]


# the checkouts whose CLI is timed: this one, and with --compare another (e.g. the commit before a change), run in
# turn with the same inputs so that both see the same machine load
CHECKOUTS: dict[str, Path] = {"": ROOT}


def interleaved(commands: dict[str, Callable[[], list[str]]], runs: int,
                pipeline: dict[str, Callable[[], list[str]]] | None = None) -> dict[str, list[Timing]]:
    """Run each command once per round, in turn, so that a drift in the machine's load hits all of them.
    ``pipeline``: commands of the CLI, timed once per checkout (named ``name [checkout]`` with --compare)."""
    plan: list[tuple[str, Callable[[], list[str]], Path]] = []
    for name, make in (pipeline or {}).items():
        for label, checkout in CHECKOUTS.items():
            plan.append((f"{name} [{label}]" if label else name, make, checkout))
    plan += [(name, make, ROOT) for name, make in commands.items()]
    results: dict[str, list[Timing]] = {name: [] for name, _, _ in plan}
    for _ in range(runs):
        for name, make, checkout in plan:
            results[name].append(timed(make(), checkout))
    return results


def median_s(timings: list[Timing]) -> float:
    return statistics.median(t.seconds for t in timings)


def median_cpu(timings: list[Timing]) -> float:
    return statistics.median(t.cpu_s for t in timings)


def peak(timings: list[Timing]) -> float:
    return max(t.peak_rss_mb for t in timings)


def line(name: str, timings: list[Timing], unit: float | None = None, what: str = "") -> str:
    s = median_s(timings)
    rate = f"  {unit / s:8.2f} {what}" if unit else ""
    return (f"  {name:40s} {s:7.2f} s{rate}  cpu {median_cpu(timings):6.2f} s  peak RSS {peak(timings):5.0f} MB  "
            f"(min {min(t.seconds for t in timings):.2f} max {max(t.seconds for t in timings):.2f})")


def compared(res: dict[str, list[Timing]], name: str) -> None:
    """With --compare: the ratio of the other checkout's median to this one's (wall and CPU)."""
    if len(CHECKOUTS) < 2:
        return
    this, other = (res[f"{name} [{label}]"] for label in CHECKOUTS)
    print(f"  {name}: other / this = {median_s(other) / median_s(this):.2f}x wall, "
          f"{median_cpu(other) / median_cpu(this):.2f}x cpu")


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
    name = "pipeline run --workers 1"
    res = interleaved({"pdfplumber extract_tables": lambda: [PYTHON, "-c", PLUMBER_SCRIPT, *map(str, pdfs)]}, runs,
                      pipeline={name: lambda: pipeline_cmd(pdfs, fresh(tmp, "pdf-out"))})
    print(f"\n## pdf: {len(pdfs)} born-digital corpus PDFs, {pages} pages, median of {runs}")
    for label, timings in res.items():
        print(line(label, timings, pages, "pages/s"))
    plumber = res["pdfplumber extract_tables"]
    for label in CHECKOUTS:
        ours = res[f"{name} [{label}]" if label else name]
        print(f"  ratio pdfplumber / pipeline{f' [{label}]' if label else ''}: {median_s(plumber) / median_s(ours):.2f}x "
              f"wall, {median_cpu(plumber) / median_cpu(ours):.2f}x cpu   (target >= 5x)")
    compared(res, name)


def part_formats(tmp: Path, runs: int) -> None:
    print(f"\n## formats: the corpus by format, whole CLI runs, median of {runs}")
    for suffix in (".txt", ".docx"):
        files = sorted(CORPUS.glob(f"*{suffix}"))
        size_mb = sum(f.stat().st_size for f in files) / 2**20
        res = interleaved({}, runs, pipeline={suffix: lambda: pipeline_cmd(files, fresh(tmp, "fmt-out"))})
        print(f"  {suffix}: {len(files)} files, {size_mb:.2f} MB")
        for label, timings in res.items():
            print(line(label, timings, size_mb, "MB/s"))
        compared(res, suffix)


def part_startup(tmp: Path, runs: int) -> None:
    small = tmp / "small" / "plan.txt"
    small.parent.mkdir(parents=True, exist_ok=True)
    small.write_text("PLAN ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE\nComuna Test, județul Neamț, 2024\n",
                     encoding="utf-8")
    name = "pipeline run (2-line text)"
    res = interleaved({"python -c pass": lambda: [PYTHON, "-c", "pass"]}, runs,
                      pipeline={name: lambda: pipeline_cmd([small], fresh(tmp, "small-out"))})
    print(f"\n## startup: a 2-line text document end to end, median of {runs}")
    for label, timings in res.items():
        print(line(label, timings))
    compared(res, name)
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
    res = interleaved({}, runs, pipeline={
        "--workers 1": lambda: pipeline_cmd(inputs, fresh(tmp, "w1"), workers=1),
        "--workers 2": lambda: pipeline_cmd(inputs, fresh(tmp, "w2"), workers=2),
    })
    print(f"\n## workers: {n_docs} text documents, median of {runs}, {os.cpu_count()} CPUs")
    for label, timings in res.items():
        print(line(label, timings, n_docs, "docs/s"))
    for label in CHECKOUTS:
        tag = f" [{label}]" if label else ""
        one, two = median_s(res[f"--workers 1{tag}"]), median_s(res[f"--workers 2{tag}"])
        print(f"  speed-up 2 workers / 1{tag}: {one / two:.2f}x   (target >= 1.8x)")


def write_long_plan(path: Path, pages: int) -> None:
    """A plan of `pages` parts, each a services table of 28 rows and a paragraph, then a page break: a part fills
    two landscape A4 pages at this type size, so the PDF has about 2 × `pages` pages (the scale part prints the
    PDF's own count)."""
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
    print(f"  {'plan':>5s} {'pages':>6s} {'checkout':>9s} {'seconds':>8s} {'pages/s':>8s} {'cpu s':>7s} "
          f"{'cpu ms/page':>11s} {'peak RSS MB':>12s}")
    first: dict[str, float] = {}
    for n in sizes:
        pdf = tmp / f"plan_{n}.pdf"
        write_long_plan(pdf, n)
        pages = page_count([pdf])
        res = interleaved({}, runs, pipeline={"run": lambda: pipeline_cmd([pdf], fresh(tmp, "scale-out"))})
        for name, timings in res.items():
            label = name[5:-1] if name != "run" else ""
            s, cpu = median_s(timings), median_cpu(timings)
            first.setdefault(label, pages / s)
            print(f"  {n:5d} {pages:6d} {label:>9s} {s:8.2f} {pages / s:8.2f} {cpu:7.2f} {1000 * cpu / pages:11.1f} "
                  f"{peak(timings):12.0f}   pages/s vs first size {pages / s / first[label]:.2f}")
    print("  (targets: 400 pages under 500 MB peak RSS; pages/s within 20 % of the 50-page figure)")


PARTS = {"pdf": part_pdf, "formats": part_formats, "startup": part_startup, "workers": part_workers}
QUICK = {"runs": 2, "parts": "startup,pdf,workers,scale", "sizes": "50,400"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, help="runs of each command (default 3; --quick 2)")
    parser.add_argument("--parts", help="comma-separated parts to run (default: all; --quick: " + QUICK["parts"] + ")")
    parser.add_argument("--sizes", help="page counts of the scale part (default 50,100,200,400; --quick 50,400)")
    parser.add_argument("--quick", action="store_true", help="fewer runs, parts and sizes: a few minutes")
    parser.add_argument("--compare", type=Path, metavar="CHECKOUT",
                        help="also time the CLI of another checkout (e.g. `git worktree add /tmp/before HEAD~3`), "
                             "interleaved with this one, and print the ratios")
    args = parser.parse_args()
    defaults = QUICK if args.quick else {"runs": 3, "parts": "startup,pdf,formats,workers,scale",
                                         "sizes": "50,100,200,400"}
    runs = args.runs or defaults["runs"]
    parts = (args.parts or defaults["parts"]).split(",")
    sizes = [int(x) for x in (args.sizes or defaults["sizes"]).split(",")]
    if not CORPUS.is_dir():
        print(f"the shared corpus is not at {CORPUS}", file=sys.stderr)
        return 2
    if args.compare:
        CHECKOUTS.clear()
        CHECKOUTS.update({"this": ROOT, "other": args.compare.resolve()})
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{os.cpu_count()} CPUs, load average {load:.1f} at start, python {sys.version.split()[0]}, runs={runs}"
          + (f", other = {args.compare}" if args.compare else ""))
    with tempfile.TemporaryDirectory(prefix="bench-e2e-") as t:
        tmp = Path(t)
        for part in parts:
            if part == "scale":
                part_scale(tmp, runs, sizes)
            else:
                PARTS[part](tmp, runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
