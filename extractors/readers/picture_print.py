"""Whether a picture shows print — a scanned or photographed page, a table pasted as an image — judged by what it
shows, not by its name or place: mostly paper, with marks on some of it. A photograph is mostly not paper; a blank
area has no marks. Used to decide which pictures of a DOCX or of a born-digital PDF page are worth an OCR."""
from __future__ import annotations

from dataclasses import dataclass

from PIL import Image


@dataclass(frozen=True)
class PrintLook:
    # grey levels at or above: paper (measured on the picture scaled down to `sample_px` on its long side)
    paper_level: int = 200
    sample_px: int = 800
    min_paper_share: float = 0.6
    min_marked_share: float = 0.005


PRINT_LOOK = PrintLook()


def shows_print(image: Image.Image, look: PrintLook = PRINT_LOOK) -> bool:
    sample = image.convert("L")
    sample.thumbnail((look.sample_px, look.sample_px))
    histogram = sample.histogram()
    paper = sum(histogram[look.paper_level:]) / (sum(histogram) or 1)
    return paper >= look.min_paper_share and 1.0 - paper >= look.min_marked_share
