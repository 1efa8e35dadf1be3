"""Did a change to the PDF reader alter what it reads? Dumps the reader's document model for a set of PDFs, or
checks a new dump against an earlier one, byte for byte.

    .venv/bin/python benchmarks/pdf_reader_outputs.py dump DIR [PDF_OR_FOLDER ...] [--families 1000-1009]
    .venv/bin/python benchmarks/pdf_reader_outputs.py check DIR [PDF_OR_FOLDER ...] [--families 1000-1009]

The default inputs are the PDFs of ../shared/corpus (scans included: their OCR is not the reader's hot path but
what it returns goes through the same layout) and ../shared/generated. ``--families SEEDS`` adds the family
documents of those (tuning) seeds in the ``pdf`` and ``borderless`` renderings, written to ``DIR/families`` by
the dump and read from there by the check (the same files both times).

Per PDF one text file: ``repr`` of the :class:`extractors.model.Document` :func:`read_pdf` returns (blocks,
tables, rows, cells with their text, page, line and boxes, the warnings and the furniture), or the reader's
error. ``check`` reads every PDF again and prints each file whose dump differs; it exits 1 if any does.
Used to make a speed change to the reader that must not change its output.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.model import ReaderError  # noqa: E402
from extractors.readers.pdf import read_pdf  # noqa: E402

SHARED = ROOT.parent / "shared"
DEFAULT_INPUTS = [SHARED / "corpus", SHARED / "generated"]


def pdfs(inputs: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in inputs:
        out.extend(sorted(p.glob("*.pdf")) if p.is_dir() else [p])
    return out


def family_pdfs(seeds: str, folder: Path, write: bool) -> list[Path]:
    if write:
        sys.path.insert(0, str(ROOT / "tests" / "variants"))
        import families
        from score_families import parse_seeds

        for fam in families.FAMILIES:
            for seed in parse_seeds(seeds):
                g = families.generate(fam, seed)
                for r in ("pdf", "borderless"):
                    families.write_rendering(g, r, folder)
    return sorted(folder.glob("*.pdf"))


def dump_one(path: Path) -> str:
    try:
        return repr(read_pdf(path, path.stem, source_path=path.name))
    except ReaderError as exc:
        return f"ReaderError({exc.reason!r}, {str(exc)!r})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("dump", "check"))
    ap.add_argument("dir", type=Path)
    ap.add_argument("inputs", nargs="*", type=Path)
    ap.add_argument("--families", help="seeds of the family documents to add, e.g. 1000-1009")
    a = ap.parse_args(argv)
    files = pdfs(a.inputs or DEFAULT_INPUTS)
    if a.families:
        files += family_pdfs(a.families, a.dir / "families", write=a.mode == "dump")
    a.dir.mkdir(parents=True, exist_ok=True)
    differ = 0
    t0 = time.process_time()
    for f in files:
        name = f"{f.parent.name}__{f.stem}.txt"
        text = dump_one(f)
        target = a.dir / name
        if a.mode == "dump":
            target.write_text(text, encoding="utf-8")
        elif not target.exists() or target.read_text(encoding="utf-8") != text:
            differ += 1
            print(f"DIFFERS: {f}")
    print(f"{len(files)} PDFs {'dumped' if a.mode == 'dump' else 'checked'}, {differ} differ, "
          f"{time.process_time() - t0:.1f} CPU s")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
