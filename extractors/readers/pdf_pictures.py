"""Pictures of print on a page that has a text layer: a scanned annex or a table pasted as an image into a Word
document, printed to PDF under a typed heading. The page is not a scan, so it is not OCR'd as one, and without this
the picture's table would be lost without a word.

The page's text layer is read as usual. A picture is read by OCR when it is large enough to hold a table, has (almost)
no text of the layer over it (a scan that carries its own invisible OCR text is read from that text) and shows print
(:mod:`extractors.readers.picture_print`, judged on the page rendered at a low resolution: a photograph is left
alone). The page is then OCR'd as a scan would be, and the words and rules read inside those pictures join the
page's own, with the document warning ``pictures_read_by_ocr``. Only upright pages: the OCR renders a page with its
/Rotate applied, and a rotated page's text layer would need the same turn."""
from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium

from extractors.readers._pdf_layout import PageContent, Word
from extractors.readers.picture_print import shows_print

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in upright page points


@dataclass(frozen=True)
class PagePictureSettings:
    # a picture smaller than this share of the page holds a logo, a stamp or a signature, not a table
    min_page_share: float = 0.12
    # at most this many words of the text layer over a picture: more, and the picture carries its own text
    max_words_over: int = 3
    # resolution of the rendering the picture is judged on (its share of paper and marks only)
    judge_dpi: float = 50.0
    # a word or rule read by OCR belongs to the picture when it lies within it, this far outside at most (points)
    margin: float = 2.0


PAGE_PICTURES = PagePictureSettings()


def pictures_to_read(page: pdfium.PdfPage, width: float, height: float, words: list[Word], boxes: list[Box],
                     s: PagePictureSettings = PAGE_PICTURES) -> list[Box]:
    """The boxes among ``boxes`` (the page's pictures) that show print with no text layer over them."""
    area = max(width * height, 1.0)
    large = [b for b in boxes if (b[2] - b[0]) * (b[3] - b[1]) >= s.min_page_share * area]
    bare = [b for b in large if sum(1 for w in words if _inside(w.cx, w.cy, b, 0.0)) <= s.max_words_over]
    if not bare:
        return []
    scale = s.judge_dpi / 72.0
    image = page.render(scale=scale, grayscale=True).to_pil()
    return [b for b in bare if shows_print(image.crop(tuple(round(v * scale) for v in b)))]


def add_picture_text(pc: PageContent, scanned: PageContent, s: PagePictureSettings = PAGE_PICTURES) -> int:
    """Add to ``pc`` the words and rules ``scanned`` (the same page OCR'd) read inside ``pc``'s pictures to read;
    the number of words added."""
    boxes = pc.pictures_to_read
    added = [w for w in scanned.words if any(_inside(w.cx, w.cy, b, s.margin) for b in boxes)]
    pc.words.extend(added)
    pc.edges.extend(e for e in scanned.edges
                    if any(_inside(e["x0"], e["top"], b, s.margin) and _inside(e["x1"], e["bottom"], b, s.margin)
                           for b in boxes))
    pc.warnings.extend(scanned.warnings)
    return len(added)


def _inside(x: float, y: float, box: Box, margin: float) -> bool:
    return box[0] - margin <= x <= box[2] + margin and box[1] - margin <= y <= box[3] + margin
