"""A figure's digit misread by the page's reading (an amount kept as read downstream): its cell read again."""
from __future__ import annotations

import shutil

import pytest
from ocr_fonts import sans

from extractors.readers.ocr import _doubtful_figures, _unexplained_ink

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")


def _word(text: str, x: int, w: int, conf: float = 90.0) -> dict:
    return {"text": text, "conf": conf, "x": x, "y": 100, "w": w, "h": 30, "key": (1, 1, 1)}


def test_a_figure_read_with_little_confidence_is_doubtful_a_word_or_a_sure_figure_is_not():
    assert _doubtful_figures([_word("4297", 0, 80, conf=57.0)])
    assert _doubtful_figures([_word("1.175,50", 0, 80, conf=70.0)])
    assert not _doubtful_figures([_word("4297", 0, 80, conf=91.0)])
    assert not _doubtful_figures([_word("Locuințe", 0, 80, conf=57.0)])


def test_a_letters_ink_outside_every_words_box_is_unexplained_a_points_is_not():
    words = [_word("243", 200, 60)]
    # blobs within a cell at (100, 90): a figure's (28 px tall, the text's height 30) left of the word's box
    assert _unexplained_ink([(40, 10, 16, 28)], words, 100, 90, 30.0)
    assert not _unexplained_ink([(110, 10, 16, 28)], words, 100, 90, 30.0)  # inside the box
    assert not _unexplained_ink([(40, 34, 4, 4)], words, 100, 90, 30.0)  # a point: not a letter's ink


def _cell_with(text: str):
    """A page with one ruled cell holding ``text`` (a figure), its rules painted out as the reader does; the box of
    the text's ink and the page image."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr import find_rules

    img = Image.new("L", (1200, 600), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((300, 200, 700, 330), outline=0, width=3)
    f = sans(30)
    d.text((320, 250), text, font=f, fill=0)
    box = d.textbbox((320, 250), text, font=f)
    gray = np.asarray(img, dtype=np.uint8).copy()
    _, mask = find_rules(gray, 300 / 72)
    clean = gray.copy()
    clean[mask > 0] = 255
    return clean, mask, box


@needs_tesseract
def test_a_figure_whose_first_digit_no_word_holds_is_read_again_from_its_cell():
    """The page read "7.243" as "2" (over the "7") and "243" (over "43"), both with confidence over 50: the "2"'s ink
    lay in no word's box, and the amount came out 243."""
    from extractors.readers.ocr import _lang, refine_cells

    clean, mask, (x0, y0, x1, y1) = _cell_with("7.243")
    step = (x1 - x0) / 5  # a figure's advance
    raw = [{"text": "2", "conf": 61.0, "x": x0, "y": y0, "w": int(step), "h": y1 - y0, "key": (1, 1, 1)},
           {"text": "243", "conf": 71.0, "x": int(x0 + 3 * step), "y": y0, "w": int(x1 - x0 - 3 * step),
            "h": y1 - y0, "key": (1, 1, 1)}]
    texts = [w["text"] for w in refine_cells(clean, mask, raw, _lang())]
    assert texts == ["7.243"], texts


@needs_tesseract
def test_a_figure_read_with_little_confidence_is_read_again_from_its_cell():
    """The page read "7.257" as "4297" with confidence 57 (over the 50 that sent a cell to be read again)."""
    from extractors.readers.ocr import _lang, refine_cells

    clean, mask, (x0, y0, x1, y1) = _cell_with("7.257")
    raw = [{"text": "4297", "conf": 57.0, "x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0, "key": (1, 1, 1)}]
    texts = [w["text"] for w in refine_cells(clean, mask, raw, _lang())]
    assert texts == ["7.257"], texts
