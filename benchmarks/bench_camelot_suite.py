"""Our PDF reader on camelot's public test suite: per case, the cell F1 of our best table against the table the
suite expects, next to pdfplumber's ``extract_tables`` (lines strategy, its default) and pdfplumber's text
strategy (its ruleless tables), and the mean over the cases.

    python benchmarks/bench_camelot_suite.py PATH/TO/camelot-checkout [--show] [--only NAME]

The checkout is read, never copied: a case is a test function of ``tests/test_*.py`` that builds its expected
frame from a ``data_*`` list of ``tests/data.py`` and reads one PDF of ``tests/files`` (with ``pages=`` and
``password=`` when the test gives them). Tests that pass camelot hints (``table_areas``, ``columns``,
``table_regions``) are kept: by default they measure our unaided reading; with ``--hints`` the areas and columns
the test gives are passed to our reader as it takes them (:class:`~extractors.readers.pdf.TableSettings`,
camelot's "x1,y1,x2,y2" from the bottom left turned into top-down points), the other readers still unaided.

A table is compared as camelot lays it out: a merged cell's text in its top-left position only, or copied into
every position it covers when the test asks camelot to (``copy_text``); the characters a test asks camelot to
strip from every cell (``strip_text``) are stripped from every reader's cells the same way.

Cell F1 of a table against the expected one: precision and recall over the multiset of non-empty cells, a cell
being its text with whitespace collapsed, keyed on its row's first non-empty cell so that a cell in the wrong row
does not count. Per case the best of the tables found on the case's pages is scored (0 when none is found).

``--spacing ignore`` compares cells without whitespace and dot leaders instead: the suite's expected cells carry
pdfminer's word spacing ("11,062 .6", "Robbery . . ." where the dots of a leader follow a space, some of them on
lines of their own), which says nothing about the table's structure; a reader spacing the same text otherwise
loses the whole row (its key). Both figures are printed in docs/pdf_tables.md.
"""
from __future__ import annotations

import argparse
import ast
import re
import runpy
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractors.model import Table  # noqa: E402
from extractors.readers.pdf import read_pdf  # noqa: E402


@dataclass(frozen=True)
class Case:
    test: str
    pdf: str
    pages: str
    data: str
    password: str | None
    areas: tuple[str, ...] = ()  # camelot's table_areas / table_regions: "x1,y1,x2,y2", y from the bottom
    columns: tuple[str, ...] = ()  # camelot's columns: "x,x,…" per area
    copy_text: bool = False  # the expected frame repeats a merged cell's text into the positions it covers
    strip_text: str = ""  # characters camelot removes from every cell (its strip_text): removed from ours too


SPACING = {"collapse": " ", "ignore": ""}
_JOIN = " "


def _norm(text: object) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip()


def _key(text: str) -> str:
    if not _JOIN:  # layout fillers left out: whitespace and the dots of a leader
        text = re.sub(r"(?:\s*\.){2,}\s*$", "", re.sub(r"(?:\.\s+){2,}", " ", text))
    return re.sub(r"\s+", _JOIN, text).strip()


def cases(checkout: Path) -> list[Case]:
    out: dict[tuple, Case] = {}
    for test_file in sorted((checkout / "tests").glob("test_*.py")):
        tree = ast.parse(test_file.read_text(encoding="utf-8"))
        for fn in tree.body:
            if not isinstance(fn, ast.FunctionDef) or not fn.name.startswith("test_"):
                continue
            src = ast.get_source_segment(test_file.read_text(encoding="utf-8"), fn) or ""
            datas = re.findall(r"pd\.DataFrame\((data_\w+)\)", src)
            pdfs = re.findall(r"os\.path\.join\(\s*testdir,\s*\"([^\"]+\.pdf)\"", src)
            if not datas or not pdfs:
                continue
            pages = (re.findall(r"pages=\"([^\"]+)\"", src) or ["1"])[0]
            password = (re.findall(r"password=\"([^\"]+)\"", src) or [None])[0]
            hint = re.search(r"table_(?:areas|regions)=\[([^\]]*)\]", src)
            areas = tuple(re.findall(r"\"([^\"]+)\"", hint.group(1))) if hint else ()
            hint = re.search(r"columns=\[([^\]]*)\]", src)
            columns = tuple(re.findall(r"\"([^\"]+)\"", hint.group(1))) if hint else ()
            strip = re.search(r"strip_text=(\"[^\"]*\")", src)
            strip = ast.literal_eval(strip.group(1)) if strip else ""
            # one expected frame per PDF in order; a test with two frames of one PDF pairs both with it
            for k, data in enumerate(datas):
                pdf = pdfs[min(k, len(pdfs) - 1)]
                key = (pdf, pages, data)
                out.setdefault(key, Case(f"{test_file.stem}::{fn.name}", pdf, pages, data, password, areas, columns,
                                         "copy_text=" in src, strip))
    return list(out.values())


def page_numbers(spec: str, n: int) -> set[int]:
    if spec == "all":
        return set(range(1, n + 1))
    got: set[int] = set()
    for part in spec.split(","):
        a, _, b = part.partition("-")
        lo = int(a)
        hi = n if b == "end" else int(b or a)
        got.update(range(lo, hi + 1))
    return got


def _cells(grid: list[list[str]]) -> Counter:
    out: Counter = Counter()
    for row in grid:
        vals = [_key(_norm(v)) for v in row]
        key = next((v for v in vals if v), "")
        for v in vals:
            if v:
                out[(key, v)] += 1
    return out


def cell_f1(got: list[list[str]], want: list[list[str]]) -> float:
    a, b = _cells(got), _cells(want)
    if not a or not b:
        return 0.0
    hit = sum((a & b).values())
    if not hit:
        return 0.0
    p, r = hit / sum(a.values()), hit / sum(b.values())
    return 2 * p * r / (p + r)


def settings(pdf: Path, case: Case, password: str | None) -> TableSettings:
    """The case's camelot hints as our reader's :class:`TableSettings` (areas in top-down points)."""
    import pypdfium2 as pdfium

    from extractors.readers.pdf import TableSettings

    doc = pdfium.PdfDocument(str(pdf), password=password)
    try:
        height = doc[0].get_size()[1]
    finally:
        doc.close()
    areas = []
    for spec in case.areas:
        x1, y1, x2, y2 = (float(v) for v in spec.split(","))
        areas.append((min(x1, x2), height - max(y1, y2), max(x1, x2), height - min(y1, y2)))
    columns = tuple(tuple(float(v) for v in spec.split(",") if v.strip()) for spec in case.columns)
    if columns and not areas:  # columns without an area: the whole page
        areas = [(0.0, 0.0, 1e6, 1e6)]
    return TableSettings(areas=tuple(areas), columns=columns[:len(areas)])


def ours(pdf: Path, pages: str, password: str | None, hints: TableSettings | None = None,
         copy_text: bool = False) -> list[list[list[str]]]:
    kw = {"password": password} if password else {}
    if hints is not None:
        kw["tables"] = hints
    doc = read_pdf(pdf, "bench", **kw)
    keep = page_numbers(pages, doc.pages)
    return [t.grid(fill_spans=copy_text) for t in doc.blocks
            if isinstance(t, Table) and (set(t.pages or [t.page]) & keep)]


def plumber(pdf: Path, pages: str, password: str | None, text: bool) -> list[list[list[str]]]:
    import pdfplumber

    settings = {"vertical_strategy": "text", "horizontal_strategy": "text"} if text else {}
    out = []
    with pdfplumber.open(pdf, password=password or "") as doc:
        for no in sorted(page_numbers(pages, len(doc.pages))):
            for t in doc.pages[no - 1].extract_tables(settings):
                out.append([[c or "" for c in row] for row in t])
    return out


def stripped(tables: list[list[list[str]]], chars: str) -> list[list[list[str]]]:
    """Every cell without any of ``chars``, as camelot's ``strip_text`` makes the cells a test expects."""
    if not chars:
        return tables
    drop = re.compile("[" + re.escape(chars) + "]")
    return [[[drop.sub("", v) for v in row] for row in t] for t in tables]


def best(tables: list[list[list[str]]], want: list[list[str]]) -> float:
    return max((cell_f1(t, want) for t in tables), default=0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("checkout", type=Path, help="a checkout of github.com/camelot-dev/camelot")
    ap.add_argument("--show", action="store_true", help="print our best table for each case scoring < 1")
    ap.add_argument("--only", help="only cases whose PDF or test name contains this")
    ap.add_argument("--hints", action="store_true", help="pass the test's table areas and columns to our reader")
    ap.add_argument("--ours-only", action="store_true", help="skip pdfplumber (its columns print 0)")
    ap.add_argument("--spacing", choices=sorted(SPACING), default="collapse",
                    help="collapse: cells compared with whitespace collapsed (default); ignore: with none")
    args = ap.parse_args()
    global _JOIN
    _JOIN = SPACING[args.spacing]
    files = args.checkout / "tests" / "files"
    data = runpy.run_path(str(args.checkout / "tests" / "data.py"))
    todo = [c for c in cases(args.checkout) if not args.only or args.only in c.pdf or args.only in c.test]
    rows = []
    spent = 0.0
    print(f"{'case':58s} {'ours':>6s} {'plumb':>6s} {'p-text':>6s}")
    for c in todo:
        want = [[_norm(v) for v in row] for row in data[c.data]]
        pdf = files / c.pdf
        t0 = time.perf_counter()
        try:
            hints = settings(pdf, c, c.password) if args.hints and (c.areas or c.columns) else None
            mine = ours(pdf, c.pages, c.password, hints, c.copy_text)
        except Exception as exc:  # a reader error is a 0 for the case, with its reason shown
            print(f"  ours failed on {c.pdf}: {exc}")
            mine = []
        spent += time.perf_counter() - t0
        try:
            pl, pt = ([], []) if args.ours_only else (plumber(pdf, c.pages, c.password, False),
                                                      plumber(pdf, c.pages, c.password, True))
        except Exception as exc:
            print(f"  pdfplumber failed on {c.pdf}: {exc}")
            pl, pt = [], []
        mine, pl, pt = (stripped(t, c.strip_text) for t in (mine, pl, pt))
        f = (best(mine, want), best(pl, want), best(pt, want))
        rows.append(f)
        name = f"{c.pdf}:{c.pages} {c.data}"
        print(f"{name[:58]:58s} {f[0]:6.2f} {f[1]:6.2f} {f[2]:6.2f}")
        if args.show and f[0] < 1:
            top = max(mine, key=lambda t: cell_f1(t, want), default=[])
            for row in top[:12]:
                print("      ours | " + " | ".join(row))
            for row in want[:12]:
                print("      want | " + " | ".join(row))
    if not rows:
        print("no cases found")
        return 1
    means = [statistics.mean(r[k] for r in rows) for k in range(3)]
    print(f"{'mean over ' + str(len(rows)) + ' cases':58s} {means[0]:6.3f} {means[1]:6.3f} {means[2]:6.3f}")
    print(f"exact (F1 = 1): ours {sum(r[0] == 1 for r in rows)}, pdfplumber {sum(r[1] == 1 for r in rows)}, "
          f"pdfplumber text {sum(r[2] == 1 for r in rows)}; our reader {spent:.1f} s in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
