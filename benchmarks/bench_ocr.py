"""OCR time per page per core, and where it goes.

    .venv/bin/python benchmarks/bench_ocr.py [PDF ...] [--pages N] [--dpi 300]
    .venv/bin/python benchmarks/bench_ocr.py --checkout /tmp/before [--rounds 2]   # before -> after, in turn

Default: the corpus scan (``../shared/corpus/*_scan.pdf``). Every page is OCR'd in this one process with
``OMP_THREAD_LIMIT=1`` (one core, as each OCR worker runs), through the reader's own functions; the time of each
step is measured around them in CPU seconds (this process and the Tesseract it runs; the wall-clock total
beside them): rendering, the skew (``deskew``), the ruling lines (``find_rules``), Tesseract's reading of the page,
the cells read again from their crops (``refine_cells``: how many crops, how long), the boxes fitted to their ink
(``fit_to_ink``), and the total. The target
(issue 19) is 1.5 s per page per core. On a machine shared with other work, compare runs made one after the other:
``--checkout DIR`` runs this benchmark of another checkout (a "before") and of this one in turn, ``--rounds`` times,
on the same PDFs, and prints each run's mean CPU s a page side by side.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ["OMP_THREAD_LIMIT"] = "1"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

from extractors.readers import ocr, ocr_pages  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def cpu() -> float:
    """CPU seconds of this process and of the programs it ran (Tesseract) so far: on a loaded machine the
    honest measure of work per core, where the wall clock also counts the waiting for a core."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


class Clock:
    """Seconds and calls per step, measured around the reader's functions."""

    def __init__(self) -> None:
        self.secs: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def wrap(self, module, name: str, step: str) -> None:
        fn = getattr(module, name)

        def timed(*a, **k):
            t0 = cpu()
            try:
                return fn(*a, **k)
            finally:
                self.secs[step] = self.secs.get(step, 0.0) + cpu() - t0
                self.calls[step] = self.calls.get(step, 0) + 1

        setattr(module, name, timed)

    def reset(self) -> None:
        self.secs.clear()
        self.calls.clear()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--pages", type=int, default=0, help="at most this many pages per PDF (0: all)")
    ap.add_argument("--dpi", type=int, default=0, help="render every page at this resolution (default: the "
                    "reader's choice, the picture's own between OCR_MIN_DPI and OCR_DPI)")
    ap.add_argument("--checkout", type=Path, default=None, help="another checkout: its benchmark and this one's "
                    "run in turn on the same PDFs (before -> after)")
    ap.add_argument("--rounds", type=int, default=2, help="with --checkout: how many times each runs")
    a = ap.parse_args(argv)
    files = a.pdfs or sorted(CORPUS.glob("*_scan.pdf"))
    if a.checkout:
        return _in_turn(a.checkout.resolve(), files, a.rounds, [f"--pages={a.pages}", f"--dpi={a.dpi}"])
    if a.dpi:
        ocr_pages.DPI = ocr_pages.MIN_DPI = a.dpi
    ocr_pages._one_thread_each()  # as every OCR worker runs: Tesseract and OpenCV on one thread
    clock = Clock()
    clock.wrap(ocr, "deskew", "skew")
    clock.wrap(ocr, "find_rules", "rules")
    clock.wrap(ocr, "refine_cells", "cells")
    clock.wrap(ocr, "fit_to_ink", "ink fit")

    orig_batch = ocr._tesseract_batch

    def batch(images, lang, psm, timeout):
        t0 = cpu()
        try:
            return orig_batch(images, lang, psm, timeout)
        finally:
            step = "tesseract page" if psm == 3 else "tesseract crops"
            clock.secs[step] = clock.secs.get(step, 0.0) + cpu() - t0
            clock.calls[step] = clock.calls.get(step, 0) + len(images)

    ocr._tesseract_batch = batch

    steps = ["render", "skew", "rules", "tesseract page", "cells", "tesseract crops", "ink fit", "total", "wall"]
    print(f"{'page':28s} {'dpi':>4s} " + " ".join(f"{s:>15s}" for s in steps) + f" {'crops':>6s} {'words':>6s}")
    totals: list[float] = []
    for f in files:
        doc = pdfium.PdfDocument(str(f))
        n = len(doc) if not a.pages else min(a.pages, len(doc))
        for i in range(n):
            clock.reset()
            t0, w0 = cpu(), time.perf_counter()
            # rendered as a worker renders it (its own copy of the document, opened and closed for the page)
            gray, scale = ocr_pages._render(pdfium.PdfDocument(str(f)), i, [])
            clock.secs["render"] = cpu() - t0
            found, _ = ocr.ocr_image(gray, scale, timeout=180)
            clock.secs["total"] = cpu() - t0
            clock.secs["wall"] = time.perf_counter() - w0
            totals.append(clock.secs["total"])
            print(f"{f.name[:24]:24s} p{i + 1:<3d} {scale * 72:4.0f} "
                  + " ".join(f"{clock.secs.get(s, 0.0):15.2f}" for s in steps)
                  + f" {clock.calls.get('tesseract crops', 0):6d} {len(found):6d}", flush=True)
        doc.close()
    if totals:
        print(f"pages: {len(totals)}  mean {statistics.mean(totals):.2f} CPU s/page/core  median "
              f"{statistics.median(totals):.2f}  max {max(totals):.2f}  (target <= 1.5)")
    return 0


def _in_turn(before: Path, files: list[Path], rounds: int, options: list[str]) -> int:
    """Run the benchmark of ``before`` and of this checkout one after the other, ``rounds`` times, on ``files``: each
    run's mean CPU s a page (the machine's load moves between runs; runs in turn see about the same)."""
    means: dict[str, list[float]] = {"before": [], "after": []}
    for _ in range(rounds):
        for tag, code in (("before", before), ("after", ROOT)):
            out = subprocess.run([sys.executable, str(code / "benchmarks" / "bench_ocr.py"), *map(str, files), *options],
                                 env=dict(os.environ, PYTHONPATH=str(code)), cwd=str(code), capture_output=True,
                                 text=True, check=True).stdout
            found = re.search(r"mean ([0-9.]+) CPU s/page", out)
            means[tag].append(float(found.group(1)) if found else float("nan"))
            print(f"{tag:6s} {means[tag][-1]:.2f} CPU s/page/core  ({os.getloadavg()[0]:.0f} load)", flush=True)
    print(f"before {' / '.join(f'{m:.2f}' for m in means['before'])}  ->  after "
          f"{' / '.join(f'{m:.2f}' for m in means['after'])}  CPU s/page/core (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
