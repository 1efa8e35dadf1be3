"""Whether a picture shows print — a scanned or photographed page, a table pasted as an image — judged by what it
shows, not by its name or place: mostly paper, with marks on some of it. Paper is measured against the picture's
own brightest tones, not a fixed grey, as a page photographed with a telephone is grey, unevenly lit paper. A
photograph of a scene is mostly neither paper nor ink; a blank area has no marks. Used to decide which pictures of a
DOCX or of a born-digital PDF page are worth an OCR."""
from __future__ import annotations

from dataclasses import dataclass

from PIL import Image


@dataclass(frozen=True)
class PrintLook:
    sample_px: int = 800  # the picture is judged scaled down to this on its long side
    paper_percentile: float = 0.9  # the paper's tone: this share of the pixels is no brighter
    min_paper_tone: int = 120  # a darker "paper" is a dark picture, not a page
    paper_band: int = 45  # a pixel this close to the paper's tone is paper…
    ink_contrast: int = 90  # … and one this much darker is a mark
    min_paper_share: float = 0.6
    min_marked_share: float = 0.005


PRINT_LOOK = PrintLook()


def shows_print(image: Image.Image, look: PrintLook = PRINT_LOOK) -> bool:
    sample = image.convert("L")
    sample.thumbnail((look.sample_px, look.sample_px))
    histogram = sample.histogram()
    n = sum(histogram) or 1
    paper_tone, seen = 0, 0
    for tone, count in enumerate(histogram):
        seen += count
        if seen >= look.paper_percentile * n:
            paper_tone = tone
            break
    if paper_tone < look.min_paper_tone:
        return False
    paper = sum(histogram[max(0, paper_tone - look.paper_band):]) / n
    marked = sum(histogram[:max(0, paper_tone - look.ink_contrast) + 1]) / n
    return paper >= look.min_paper_share and marked >= look.min_marked_share
