"""A figure's digit misread by the page's reading (an amount kept as read downstream): its cell read again."""
from __future__ import annotations

import shutil

import pytest
from ocr_fonts import sans

from extractors.readers.ocr import _unexplained_ink
from extractors.readers.ocr_figures import _doubtful_figures, fix_figure_marks, ink_contradictions

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


def _drawn_figure(text: str):
    """A page image of a figure (DejaVu Sans, 30 px), and the word's box and symbols' columns as Tesseract gives
    them: each symbol from the end of the one before it to its own ink's end."""
    import numpy as np
    from PIL import Image, ImageDraw

    img = Image.new("L", (600, 200), 255)
    d, f = ImageDraw.Draw(img), sans(30)
    d.text((100, 60), text, font=f, fill=0)
    x0, y0, x1, y1 = d.textbbox((100, 60), text, font=f)
    ends = [d.textbbox((100, 60), text[:k + 1], font=f)[2] for k in range(len(text))]
    chars = [(ch, (ends[k - 1] + 1) if k else x0, ends[k]) for k, ch in enumerate(text)]
    return np.asarray(img, dtype=np.uint8).copy(), {"text": text, "conf": 60.0, "x": x0, "y": y0, "w": x1 - x0,
                                                     "h": y1 - y0 + 4, "key": (1, 1, 1), "chars": chars}


def test_a_digit_read_over_a_points_ink_is_a_contradiction_of_the_ink():
    """A cell's crop read "2.337,1" as "215341" (its point a "1", confidence 56) and replaced the page's reading."""
    gray, printed = _drawn_figure("2.337,1")
    misread = dict(printed, text="215341", chars=[("2",) + printed["chars"][0][1:], ("1",) + printed["chars"][1][1:]]
                   + [(d,) + c[1:] for d, c in zip("534", printed["chars"][2:5])]
                   + [("1", printed["chars"][5][1], printed["chars"][6][2])])
    assert ink_contradictions(gray, [printed], 28.0) == 0
    assert ink_contradictions(gray, [misread], 28.0) == 1


@pytest.mark.parametrize("read, meant", [("2:337,1", "2.337,1"), ("2.337;1", "2.337,1")])
def test_a_colon_or_semicolon_read_over_a_figures_point_or_comma_is_that_mark(read, meant):
    gray, wd = _drawn_figure(meant)
    wd["text"], wd["chars"] = read, [(ch,) + c[1:] for ch, c in zip(read, wd["chars"])]
    fix_figure_marks(gray, [wd])
    assert wd["text"] == meant


def test_a_colon_the_paper_shows_between_figures_stays():
    gray, wd = _drawn_figure("12:30")
    fix_figure_marks(gray, [wd])
    assert wd["text"] == "12:30"


def test_a_digit_the_scans_noise_broke_in_two_is_no_contradiction():
    """A "5" of "386.853" broke in two blobs on a borderless scan, each under the digits' height: counted as a digit
    over no digit's ink, the block's right reading was refused, and its row lost two budgets."""
    gray, wd = _drawn_figure("386.853")
    top, bottom = wd["y"], wd["y"] + wd["h"]
    gray[top + (bottom - top) // 2 - 1:top + (bottom - top) // 2 + 1, :] = 255  # a white streak across the digits
    assert ink_contradictions(gray, [wd], 28.0) == 0
