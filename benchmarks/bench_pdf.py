"""Time the pipeline's PDF reading against pdfplumber's own ``extract_tables`` on the same pages.

    .venv/bin/python benchmarks/bench_pdf.py [PDF ...]     (default: the born-digital PDFs of ../shared/corpus)

Single process, one run each. ``ours`` is :func:`extractors.readers.pdf.read_pdf` (text in reading order,
paragraphs, ruled and unruled tables, running headers); ``pdfplumber`` is ``page.extract_tables()`` alone
(tables only, nothing else). Scanned PDFs are skipped (OCR time is not what this compares).

Then our reader's CPU time is split in two, read again page by page: ``pages`` (pdfium opens each page, its
characters become words, its rules edges: :func:`extractors.readers.pdf.extract_pages`) and ``layout`` (lines,
ruled and unruled tables, paragraphs, running lines: :func:`extractors.readers.pdf.build_document`). CPU time
moves less than wall time on a machine other work loads.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pdfplumber  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from extractors.readers.pdf import build_document, extract_pages, open_pdf, read_pdf  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def born_digital(path: Path) -> bool:
    doc = pdfium.PdfDocument(str(path))
    try:
        return any(doc[i].get_textpage().count_chars() > 10 for i in range(min(3, len(doc))))
    finally:
        doc.close()


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(DEFAULT_CORPUS.glob("*.pdf"))
    files = [f for f in files if born_digital(f)]
    if not files:
        print("no born-digital PDF given or found", file=sys.stderr)
        return 1
    total_pages = 0
    t_ours = t_plumber = 0.0
    print(f"{'document':45s} {'pages':>5s} {'ours s':>8s} {'plumber s':>9s} {'ratio':>6s}")
    for f in files:
        t0 = time.perf_counter()
        doc = read_pdf(f, "bench")
        t1 = time.perf_counter()
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                page.extract_tables()
        t2 = time.perf_counter()
        total_pages += doc.pages
        t_ours += t1 - t0
        t_plumber += t2 - t1
        print(f"{f.name[:45]:45s} {doc.pages:5d} {t1 - t0:8.2f} {t2 - t1:9.2f} {(t2 - t1) / (t1 - t0):6.1f}x")
    ours_pps = total_pages / t_ours
    plumber_pps = total_pages / t_plumber
    print(f"\n{total_pages} pages: ours {ours_pps:.1f} pages/s, pdfplumber extract_tables {plumber_pps:.1f} pages/s, "
          f"ratio {ours_pps / plumber_pps:.1f}x (target >= 3x)")
    t_pages = t_layout = 0.0
    for f in files:
        t0 = time.process_time()
        doc = open_pdf(f)
        warnings: list[str] = []
        try:
            n = len(doc)
            pages = extract_pages(f, doc, warnings)
        finally:
            doc.close()
        t1 = time.process_time()
        build_document(pages, "bench", str(f), "pdf", warnings, n)
        t2 = time.process_time()
        t_pages += t1 - t0
        t_layout += t2 - t1
    print(f"our reader, CPU s: pages (characters -> words, rules) {t_pages:.2f}, layout (lines, tables, paragraphs) "
          f"{t_layout:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
