"""Turn born-digital PDFs into image-only "scans": every page rendered, degraded as a scanner would, and saved as
a PDF that holds nothing but one picture per page (no text layer), so the pipeline must OCR them.

    .venv/bin/python benchmarks/make_scans.py OUT_DIR [PDF ...]   (default: the generated plans' PDFs)

Per page: pypdfium2 renders it in grayscale at ``--dpi`` (default 250); Pillow turns it by a small angle (a sheet
laid slightly askew), blurs it (ink spread and optics) and adds Gaussian noise (paper and sensor), all drawn from a
random generator seeded with ``--seed`` and the file's name, so a scan is the same on every run. The pages are
saved with Pillow's PDF writer at the rendering's resolution, so the page size in points stays the original's.

The output is named ``<stem>_scan.pdf``, which ``../shared/tools/eval_dev.sh`` and ``bench_scans.py`` pair with
the gold of ``<stem>`` (the suffixes ``_scan`` and ``_borderless`` are stripped to find it).
"""
from __future__ import annotations

import argparse
import random
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

GENERATED = Path(__file__).resolve().parents[2] / "shared" / "generated"


@dataclass(frozen=True)
class ScanSettings:
    dpi: int = 250
    max_angle: float = 0.6  # degrees either way: more than this a real scanner's feeder rarely gives
    blur: tuple[float, float] = (0.4, 0.9)  # Gaussian blur radius (pixels at ``dpi``)
    noise: float = 10.0  # standard deviation of the added grey-level noise
    seed: int = 0


def scan_page(img, rng: random.Random, s: ScanSettings):
    """One rendered page (Pillow "L" image) degraded as a scan."""
    import numpy as np
    from PIL import Image, ImageFilter

    angle = rng.uniform(-s.max_angle, s.max_angle)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(*s.blur)))
    arr = np.asarray(img, dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, s.noise, arr.shape)
    return Image.fromarray(np.clip(arr + noise, 0, 255).astype(np.uint8), "L")


def make_scan(src: Path, dst: Path, s: ScanSettings = ScanSettings()) -> Path:
    import pypdfium2 as pdfium

    rng = random.Random(zlib.crc32(f"{s.seed}:{src.name}".encode()))
    doc = pdfium.PdfDocument(str(src))
    pages = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=s.dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            pages.append(scan_page(img, rng, s))
    finally:
        doc.close()
    dst.parent.mkdir(parents=True, exist_ok=True)
    pages[0].save(dst, "PDF", resolution=float(s.dpi), save_all=True, append_images=pages[1:])
    return dst


def default_sources() -> list[Path]:
    return sorted(GENERATED.glob("synth_*.pdf"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--dpi", type=int, default=ScanSettings.dpi)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    s = ScanSettings(dpi=a.dpi, seed=a.seed)
    for src in a.pdfs or default_sources():
        dst = make_scan(src, a.out / f"{src.stem}_scan.pdf", s)
        print(dst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
