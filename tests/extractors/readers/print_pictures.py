"""Pictures the picture tests draw: a ruled services table as a scanner would see it at 200 dpi, and a photograph
(mid-tone noise)."""
from __future__ import annotations

import random

from PIL import Image, ImageDraw

from tests.extractors.readers.ocr_fonts import serif

SERVICES = [("Cod serviciu", "Denumirea serviciului social", "Capacitate"),
            ("8810 ID-I", "Centrul de zi pentru copii", "30"),
            ("8899 CZ-F-I", "Cantina socială", "120")]
COLUMN_STARTS = (0, 340, 1070, 1420)  # the vertical rules, from the table's left edge (pixels)
ROW_HEIGHT = 120


def draw_services_table(img: Image.Image, left: int, top: int, title: str | None = None) -> None:
    """The ruled services table on ``img``, its top-left corner at (left, top); ``title`` printed above it."""
    d = ImageDraw.Draw(img)
    f = serif(36)
    if title:
        d.text((left, top - 100), title, font=f, fill=0)
    xs = [left + x for x in COLUMN_STARTS]
    ys = [top + k * ROW_HEIGHT for k in range(len(SERVICES) + 1)]
    for x in xs:
        d.line([(x, ys[0]), (x, ys[-1])], fill=0, width=3)
    for y in ys:
        d.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    for row, y in zip(SERVICES, ys):
        for x, text in zip(xs, row):
            d.text((x + 14, y + 38), text, font=f, fill=0)


def photo(width: int, height: int, seed: int = 4) -> Image.Image:
    rng = random.Random(seed)
    img = Image.new("L", (width, height))
    img.putdata([rng.randrange(40, 190) for _ in range(width * height)])
    return img
