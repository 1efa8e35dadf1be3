"""Pictures of printed pages in a DOCX — a scan pasted into Word, a council's signed annex photographed — read by
OCR where they stand. Without this, such a document holds "no text" or silently loses the annex its pictures hold.

A picture is taken for a page of print by its size — large enough to be a page at a scanner's resolution (logos,
stamps and signatures are smaller) — and by what it shows (:mod:`extractors.readers.picture_print`). Such pictures
are put, one per page and at their printed size, into an image-only PDF that the PDF reader reads as the scan it is
(its OCR, its ruled and ruleless tables); the blocks of each page go where its picture stood in the body. Their ``page`` is the picture's number among the pages read, said in the document
warning ``pictures_read_by_ocr``."""
from __future__ import annotations

import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from extractors.model import Block
from extractors.readers.office_package import R_NS
from extractors.readers.picture_print import shows_print

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
WPD = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
EMU_PER_INCH = 914400
_PDF_NAME = "pictures.pdf"  # the image-only PDF, named in the PDF reader's warnings: replaced by the DOCX's name


@dataclass(frozen=True)
class PictureSettings:
    # a page scanned at 100 dpi or more has a short side of ~800 px; logos, stamps and signatures are smaller
    min_short_side_px: int = 700
    # printed size when neither the DOCX nor the picture states one: a common scanner setting
    fallback_dpi: float = 200.0


SETTINGS = PictureSettings()


@dataclass(frozen=True)
class PictureRef:
    """A picture in the body: where its blocks go (index into the body's blocks), its relationship id and its
    printed width in inches (``wp:extent``; None for VML pictures)."""

    position: int
    rel_id: str
    width_in: float | None


def picture_refs(p, position: int) -> list[PictureRef]:
    """The pictures a paragraph holds (DrawingML ``a:blip``, VML ``v:imagedata``), in order."""
    refs: list[PictureRef] = []
    for drawing in p.iter(f"{{{WPD}}}inline", f"{{{WPD}}}anchor"):
        extent = drawing.find(f"{{{WPD}}}extent")
        width = int(extent.get("cx", "0")) / EMU_PER_INCH if extent is not None else 0.0
        for blip in drawing.iter(f"{{{A}}}blip"):
            rel_id = blip.get(f"{{{R_NS}}}embed")
            if rel_id:
                refs.append(PictureRef(position, rel_id, width or None))
    for imagedata in p.iter(f"{{{V}}}imagedata"):
        rel_id = imagedata.get(f"{{{R_NS}}}id")
        if rel_id:
            refs.append(PictureRef(position, rel_id, None))
    return refs


@dataclass(frozen=True)
class PagePicture:
    """A picture of a printed page: where its blocks go, its file's bytes (decoded again only when written, so
    that a document of many pages never holds them all decoded) and its resolution on paper."""

    position: int
    data: bytes
    width_px: int
    height_px: int
    dpi: float
    is_jpeg: bool  # a greyscale or RGB JPEG, embedded in the PDF as it is


def page_picture(ref: PictureRef, data: bytes, settings: PictureSettings = SETTINGS) -> PagePicture | None:
    """The picture if it shows a page of print, else None (also for data Pillow cannot open: EMF, WMF…)."""
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None  # Pillow refuses pictures over ~179 Mpx as a bomb; a page at 600 dpi is ~35 Mpx
    if min(image.size) < settings.min_short_side_px:
        return None
    if not shows_print(image):
        return None
    if ref.width_in:
        dpi = image.width / ref.width_in
    else:
        stated = image.info.get("dpi")
        dpi = float(stated[0]) if stated and stated[0] and stated[0] > 1 else settings.fallback_dpi
    is_jpeg = image.format == "JPEG" and image.mode in ("L", "RGB")
    return PagePicture(ref.position, data, image.width, image.height, dpi, is_jpeg)


def read_page_pictures(pictures: list[PagePicture], doc_id: str, source_path: str,
                       ) -> tuple[list[tuple[int, list[Block]]], list[str]]:
    """(position in the body, blocks) of each picture read, and the document warnings of the reading."""
    from extractors.readers.pdf import read_pdf  # pdfium and the OCR engine: only for a DOCX with page pictures

    with tempfile.TemporaryDirectory(prefix="docx-pictures-") as folder:
        pdf_path = Path(folder) / _PDF_NAME
        _write_image_pdf(pictures, pdf_path)
        doc = read_pdf(pdf_path, doc_id, source_path)
    by_page: dict[int, list[Block]] = {}
    for block in doc.blocks:
        by_page.setdefault(block.page or 1, []).append(block)
    placed = [(pic.position, by_page.get(k, [])) for k, pic in enumerate(pictures, start=1)]
    picture_warnings = list(w.replace(_PDF_NAME, Path(source_path).name) for w in doc.warnings)
    picture_warnings.append(f"pictures_read_by_ocr: {len(pictures)} picture(s) of printed pages read by OCR; the "
                            "page of their rows is the picture's number among them")
    return placed, picture_warnings


def _write_image_pdf(pictures: list[PagePicture], dest: Path) -> None:
    """One page per picture at its printed size, holding nothing but the picture (so the PDF reader OCRs it)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    try:
        for pic in pictures:
            width_pt = pic.width_px * 72.0 / pic.dpi
            height_pt = pic.height_px * 72.0 / pic.dpi
            page = pdf.new_page(width_pt, height_pt)
            obj = pdfium.PdfImage.new(pdf)
            if pic.is_jpeg:
                obj.load_jpeg(io.BytesIO(pic.data), inline=False)
            else:
                with Image.open(io.BytesIO(pic.data)) as image:
                    obj.set_bitmap(pdfium.PdfBitmap.from_pil(image.convert("L")))
            obj.set_matrix(pdfium.PdfMatrix().scale(width_pt, height_pt))
            page.insert_obj(obj)
            page.gen_content()
            page.close()
        pdf.save(str(dest))
    finally:
        pdf.close()
