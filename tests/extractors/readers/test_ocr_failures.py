"""OCR that runs out of memory (#14 item 10): reported as out of memory, never as a damaged PDF, and a page that
fails in a multi-page scan is named in the document's warnings while the other pages are read.

Memory really runs out here: the reader runs in a child process whose address space is capped (as a pipeline
worker's is), on a scan with one very large page (5000 pt square: 434 million pixels at 300 DPI), with the cap on
the rendering's pixels (``OCR_MAX_MEGAPIXELS``) lifted for the purpose. With the cap in place (the default) such
a page is OCR'd at a lower resolution, with a warning.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.readers.ocr_pages import page_failure

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
REPO = Path(__file__).resolve().parents[3]
_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

_CHILD = """
import json, resource, sys
import psutil
from pathlib import Path
from extractors.model import ReaderError
from extractors.readers import read_document
import extractors.readers.pdf, extractors.readers.ocr, cv2, numpy, pytesseract  # loaded before the cap
cap = psutil.Process().memory_info().vms + int(sys.argv[2]) * 2**20
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
try:
    doc = read_document(Path(sys.argv[1]), "d" * 64)
    print(json.dumps({"format": doc.format, "warnings": doc.warnings, "text": doc.plain_text()}))
except ReaderError as exc:
    print(json.dumps({"reason": exc.reason, "message": str(exc)}))
"""


def _scan(pages: list[tuple[float, str]]) -> bytes:
    """A PDF of page images (no text layer): square-ish pages ``side`` points wide, a line of text drawn in
    the picture at the size of print."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for side, text in pages:
        img = Image.new("L", (1500, 2000), 255)
        font = ImageFont.truetype(_FONT, 30) if Path(_FONT).exists() else None
        ImageDraw.Draw(img).text((100, 200), text, fill=0, font=font)
        c.setPageSize((side, side * 4 / 3))
        c.drawImage(ImageReader(img), 0, 0, width=side, height=side * 4 / 3)
        c.showPage()
    c.save()
    return buf.getvalue()


def _read_capped(path: Path, extra_mb: int = 600, max_megapixels: str = "100000") -> dict:
    env = dict(os.environ, OCR_MAX_MEGAPIXELS=max_megapixels)
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(extra_mb)], cwd=REPO, capture_output=True,
                          text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_a_scan_whose_only_page_runs_out_of_memory_fails_as_out_of_memory(tmp_path):
    path = tmp_path / "poster.pdf"
    path.write_bytes(_scan([(5000, "Plan anual")]))
    result = _read_capped(path)
    assert result.get("reason") == "out_of_memory", result  # was corrupt_pdf: the MemoryError was swallowed
    assert "memory" in result["message"]


def test_a_page_that_runs_out_of_memory_is_named_and_the_other_pages_are_read(tmp_path):
    path = tmp_path / "plan.pdf"
    path.write_bytes(_scan([(600, "Plan anual 2023"), (5000, "Pagina mare"), (600, "Servicii sociale")]))
    result = _read_capped(path)
    assert result.get("format") == "pdf_ocr", result
    assert "page_failed: page 2 OCR out_of_memory" in result["warnings"]
    assert not any("page 1" in w or "page 3" in w for w in result["warnings"] if w.startswith("page_failed"))
    assert "2023" in result["text"] and "Servicii" in result["text"]


def test_a_huge_page_is_ocrd_at_a_capped_resolution_with_a_warning(tmp_path):
    """The same poster page in the same memory, with the default cap on the rendering's pixels: it is read."""
    from extractors.readers.ocr_pages import MAX_MEGAPIXELS

    path = tmp_path / "poster.pdf"
    path.write_bytes(_scan([(5000, "Plan anual 2023")]))
    result = _read_capped(path, max_megapixels=str(MAX_MEGAPIXELS))
    assert result.get("format") == "pdf_ocr", result
    assert "Plan anual 2023" in result["text"]
    (capped,) = [w for w in result["warnings"] if w.startswith("ocr_resolution_capped: page 1 ")]
    assert "dpi instead of 300" in capped and "176 x 235 cm" in capped


def test_render_scale_caps_pixels_and_sides(monkeypatch):
    from extractors.readers import ocr_pages
    from extractors.readers.ocr_pages import DPI, MAX_MEGAPIXELS, MAX_SIDE_PX, render_scale

    assert render_scale(595, 842) == DPI / 72  # A4 at full resolution
    s = render_scale(5000, 6667)
    assert abs(5000 * 6667 * s * s - MAX_MEGAPIXELS * 1e6) < 1e3
    assert render_scale(100, 200000) * 200000 <= MAX_SIDE_PX  # a long strip: its side, not its area
    assert render_scale(842, 595, 200.0) == DPI / 72  # by default a 200 dpi scan is rendered at 300 dpi
    monkeypatch.setattr(ocr_pages, "MIN_DPI", 200)  # OCR_MIN_DPI=200: at its own resolution, within the bounds
    assert render_scale(842, 595, 200.0) == 200 / 72
    assert render_scale(842, 595, 600.0) == DPI / 72 and render_scale(842, 595, 72.0) == 200 / 72


def test_failures_are_named_by_their_cause():
    assert page_failure(MemoryError()) == "out_of_memory"
    assert page_failure(OSError(12, "Cannot allocate memory")) == "out_of_memory"
    assert page_failure(RuntimeError("std::bad_alloc")) == "out_of_memory"
    assert page_failure(RuntimeError("Tesseract process timeout")) == "timeout"
    assert page_failure(ValueError("bad image")) == "error (ValueError: bad image)"
    assert page_failure(ValueError()) == "error (ValueError)"
