"""A picture of print on a born-digital page (a table pasted as an image under a typed heading) is read by OCR and
joins the page's text; a photograph, a logo and a scan carrying its own text layer are not OCR'd."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from extractors.model import Table
from extractors.readers.pdf import read_pdf
from tests.extractors.readers.print_pictures import draw_services_table, photo

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")

def _table_picture() -> Image.Image:
    img = Image.new("L", (1460, 400), 255)
    draw_services_table(img, 20, 20)
    return img


def _photo() -> Image.Image:
    return photo(1460, 400)


def _pdf(tmp_path: Path, picture: Image.Image, text_over_picture: str = "", scale: float = 1.0) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = tmp_path / "plan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 12)
    c.drawString(72, 780, "A. Serviciile sociale existente (tabelul scanat mai jos)")
    c.drawImage(ImageReader(picture), 60, 560, width=1460 * 72 / 200 * scale, height=400 * 72 / 200 * scale)
    if text_over_picture:  # a scan's own OCR text: invisible, over the picture
        t = c.beginText(70, 650)
        t.setTextRenderMode(3)
        t.textLine(text_over_picture)
        c.drawText(t)
    c.drawString(72, 500, "Întocmit, Direcția de Asistență Socială")
    c.save()
    return path


@needs_tesseract
def test_a_pictured_table_on_a_typed_page_is_read(tmp_path: Path):
    doc = read_pdf(_pdf(tmp_path, _table_picture()), "x")
    texts = [b.text for b in doc.blocks if not isinstance(b, Table)]
    assert texts[0].startswith("A. Serviciile sociale existente") and texts[-1].startswith("Întocmit")
    tables = doc.tables()
    assert len(tables) == 1
    grid = tables[0].grid()
    assert grid[0][0] == "Cod serviciu" and [row[2] for row in grid[1:]] == ["30", "120"]
    assert grid[1][0].startswith("8810 ID-") and grid[2][0].startswith("8899 CZ-F-")
    assert [w for w in doc.warnings if w.startswith("pictures_read_by_ocr")] == [
        next(w for w in doc.warnings if w.startswith("pictures_read_by_ocr: page 1: 1 picture(s)"))]
    assert doc.format == "pdf"  # the page is born-digital; only its picture was OCR'd


@pytest.mark.parametrize("picture, text_over, scale", [
    (_photo(), "", 1.0),  # a photograph
    (_table_picture(), "Cod serviciu Denumirea serviciului social Capacitate 8810 ID-I Centrul de zi 30", 1.0),
    (_table_picture(), "", 0.25),  # logo-sized on the page
], ids=["photo", "scan-with-text-layer", "small"])
def test_pictures_that_need_no_ocr_are_left_alone(tmp_path: Path, picture: Image.Image, text_over: str,
                                                  scale: float):
    doc = read_pdf(_pdf(tmp_path, picture, text_over, scale), "x")
    assert not any(w.startswith(("pictures_read_by_ocr", "pictures_not_read")) for w in doc.warnings)
