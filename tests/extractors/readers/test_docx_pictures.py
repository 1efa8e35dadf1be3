"""A DOCX holding pictures of printed pages (scans pasted into Word) is read by OCR where the pictures stand; logos
and photographs are left alone."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from extractors.model import Heading, Paragraph, Table
from extractors.readers.docx import read_docx
from extractors.readers.docx_pictures import PictureRef, page_picture
from pipeline.extraction import extract_document
from tests.extractors.readers.ocr_fonts import serif
from tests.extractors.readers.print_pictures import draw_services_table, photo

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")

def _scanned_page() -> Image.Image:
    """A page of print at 200 dpi: a title and a ruled services table."""
    img = Image.new("L", (1654, 2339), 255)
    draw_services_table(img, 80, 300, title="Tabelul 1. Servicii sociale existente")
    return img


def _photo() -> Image.Image:
    return photo(1600, 1200)


def _docx(tmp_path: Path, pictures: list[tuple[Image.Image, float]], suffix: str = ".png") -> Path:
    from docx import Document
    from docx.shared import Inches

    doc = Document()
    doc.add_heading("PLANUL ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE", level=1)
    doc.add_paragraph("Anexa nr. 1 se află mai jos, scanată.")
    for k, (picture, width_in) in enumerate(pictures):
        path = tmp_path / f"picture{k}{suffix}"
        picture.save(path, quality=90) if suffix == ".jpg" else picture.save(path)
        doc.add_picture(str(path), width=Inches(width_in))
    doc.add_paragraph("Întocmit, Direcția de Asistență Socială")
    out = tmp_path / "plan.docx"
    doc.save(str(out))
    return out


@needs_tesseract
@pytest.mark.parametrize("suffix", [".png", ".jpg"])
def test_a_pasted_scan_is_read_where_it_stands(tmp_path: Path, suffix: str):
    logo = Image.new("L", (300, 120), 255)
    ImageDraw.Draw(logo).text((10, 40), "PRIMĂRIA", font=serif(40), fill=0)
    path = _docx(tmp_path, [(logo, 1.5), (_scanned_page(), 8.27), (_photo(), 5.0)], suffix)
    doc = read_docx(path, "x")
    kinds = [type(b).__name__ for b in doc.blocks]
    assert isinstance(doc.blocks[0], Heading) and doc.blocks[-1].text == "Întocmit, Direcția de Asistență Socială"
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1, kinds
    grid = tables[0].grid()
    assert grid[0][0] == "Cod serviciu" and [row[2] for row in grid[1:]] == ["30", "120"]
    assert grid[1][0].startswith("8810 ID-") and grid[2][0].startswith("8899 CZ-F-")  # OCR may read I as 1
    assert tables[0].page == 1  # the first (and only) picture read
    # the OCR'd blocks stand between the paragraph before the picture and the one after it
    i = doc.blocks.index(tables[0])
    assert doc.blocks[1].text == "Anexa nr. 1 se află mai jos, scanată." and 1 < i < len(doc.blocks) - 1
    assert any(isinstance(b, Paragraph) and "Servicii sociale existente" in b.text for b in doc.blocks[2:i])
    assert [w.split(":")[0] for w in doc.warnings] == ["pictures_read_by_ocr"]
    assert doc.warnings[0].startswith("pictures_read_by_ocr: 1 picture(s)")  # the logo and the photo not read
    assert doc.format == "docx"
    services = extract_document(doc).services
    assert sorted((s.service_code, s.capacity) for s in services) == [("8810 ID-I", 30), ("8899 CZ-F-I", 120)]


def test_a_document_without_pictures_of_pages_reads_no_picture(tmp_path: Path):
    path = _docx(tmp_path, [(_photo(), 5.0)])
    doc = read_docx(path, "x")
    assert not doc.warnings and not doc.tables()


@pytest.mark.parametrize("picture, taken", [
    (_scanned_page(), True),
    (_photo(), False),  # mostly mid-tones: a photograph
    (Image.new("L", (1654, 2339), 255), False),  # a blank page holds nothing to read
    (_scanned_page().resize((400, 566)), False),  # logo-sized
])
def test_a_picture_is_a_page_of_print_by_what_it_shows(picture: Image.Image, taken: bool):
    import io

    buf = io.BytesIO()
    picture.save(buf, "PNG")
    assert (page_picture(PictureRef(0, "rId1", 8.27), buf.getvalue()) is not None) is taken


def test_a_picture_prints_at_its_size_in_the_document():
    import io

    buf = io.BytesIO()
    _scanned_page().save(buf, "PNG")
    picture = page_picture(PictureRef(0, "rId1", 8.27), buf.getvalue())
    assert picture is not None and round(picture.dpi) == 200


def test_a_page_photographed_in_uneven_light_is_a_page_of_print():
    import io

    page = _scanned_page()
    # grey paper (a telephone's picture): 150 at the left edge to 205 at the right, the ink 70
    light = Image.linear_gradient("L").rotate(90).resize(page.size).point(lambda v: 150 + v * 55 // 255)
    photographed = Image.composite(Image.new("L", page.size, 70), light, page.point(lambda v: 255 - v))
    buf = io.BytesIO()
    photographed.save(buf, "PNG")
    assert page_picture(PictureRef(0, "rId1", 8.27), buf.getvalue()) is not None
