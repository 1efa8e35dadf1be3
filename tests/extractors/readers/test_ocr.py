from __future__ import annotations

import shutil

import pytest

from extractors.model import Table
from extractors.readers.pdf import read_pdf
from ocr_fonts import serif

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")


def test_scanned_page_goes_through_ocr(scanned_pdf):
    doc = read_pdf(scanned_pdf, "s")
    assert doc.format == "pdf_ocr" and doc.pages == 1
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    t = tables[0]
    assert t.n_cols == 5
    grid = t.grid()
    flat = " ".join(" ".join(r) for r in grid)
    assert "8810-ID" in flat and "120.000" in flat and "35.000" in flat
    assert any("Asisten" in c for r in grid for c in r)
    heads = [b.text for b in doc.text_blocks()]
    assert any(h.startswith("CAPITOLUL I") for h in heads)


def test_only_pages_without_text_are_ocrd(ruled_split_pdf, monkeypatch):
    import extractors.readers.ocr_pages as ocr_pages

    called = []
    monkeypatch.setattr(ocr_pages, "ocr_pages", lambda *a, **k: called.append(a) or [])
    doc = read_pdf(ruled_split_pdf, "d")
    assert doc.format == "pdf" and not called


# ------------------------------------------------------------------------------- scanned table cells
# A page image drawn with Pillow, blurred like a scan: a ruled table whose header has a label printed
# vertically in a narrow tall cell, and empty budget cells holding only a dash pushed against the left rule.
# Tesseract's page reading (--psm 3) makes garbage of the vertical label and loses or misreads the dashes.

_XS = [60, 170, 600, 700, 1000, 1300, 1600]  # vertical rules (pixels)
_YS = [120, 420, 600]  # horizontal rules


def _scanned_table_image():
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    img = Image.new("L", (1900, 2480), 255)  # a page's height at 300 dpi, so letters are not taken for rules
    d = ImageDraw.Draw(img)
    f = serif(34)
    d.text((60, 40), "A. Serviciile sociale existente la nivel local", font=f, fill=0)
    for x in _XS:
        d.line([(x, _YS[0]), (x, _YS[-1])], fill=0, width=3)
    for y in _YS:
        d.line([(_XS[0], y), (_XS[-1], y)], fill=0, width=3)
    d.multiline_text((_XS[0] + 8, 240), "Nr.\ncrt.", font=f, fill=0)
    d.multiline_text((_XS[1] + 10, 240), "Denumirea serviciului\nsocial", font=f, fill=0)
    label = Image.new("L", (260, 44), 255)
    ImageDraw.Draw(label).text((4, 2), "Capacitate", font=f, fill=0)
    img.paste(label.rotate(90, expand=True), (_XS[2] + 28, _YS[0] + 20))  # reads bottom to top
    for x, text in zip(_XS[3:], ["Buget local", "Buget de stat", "Alte surse"]):
        d.text((x + 10, 250), text, font=f, fill=0)
    d.text((_XS[0] + 10, 490), "1", font=f, fill=0)
    d.multiline_text((_XS[1] + 10, 450), "Centru de zi\npentru copii", font=f, fill=0)
    d.text((_XS[2] + 10, 490), "25", font=f, fill=0)
    for x in _XS[3:6]:  # a dash 9 x 4 px, 5 px from the cell's left rule
        d.rectangle([x + 5, 508, x + 13, 511], fill=40)
    img = img.filter(ImageFilter.GaussianBlur(1.0))
    return np.asarray(img, dtype=np.uint8).copy()


@pytest.fixture(scope="module")
def scanned_table_grid():
    from extractors.readers._pdf_layout import PageContent, analyse_page
    from extractors.readers.ocr import ocr_image

    gray = _scanned_table_image()
    scale = 300 / 72
    words, edges = ocr_image(gray, scale, timeout=120)
    pc = PageContent(1, gray.shape[1] / scale, gray.shape[0] / scale, words, edges, ocr=True)
    analyse_page(pc)
    assert len(pc.tables) == 1
    return pc.tables[0][1].grid()


def test_vertical_header_label_is_read_on_the_turned_cell(scanned_table_grid):
    header, row = scanned_table_grid
    assert header[2] == "Capacitate"
    assert header[:2] == ["Nr. crt.", "Denumirea serviciului social"]
    assert row[:3] == ["1", "Centru de zi pentru copii", "25"]


def test_lone_dash_in_an_empty_cell_reads_as_a_dash(scanned_table_grid):
    assert scanned_table_grid[1][3:] == ["-", "-", "-"]


def test_cell_without_words_or_with_a_misread_word_is_read_again_from_its_crop():
    """The page reading lost a short label ("Nr. crt.") and garbled another ("Csaba p" for "Capacitate"):
    each cell is read again from its own crop, and the better reading replaces the page's."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr import _lang, find_rules, refine_cells

    img = Image.new("L", (1600, 2480), 255)
    d = ImageDraw.Draw(img)
    f = serif(34)
    xs, ys = [60, 170, 450, 800], [120, 300, 450]
    for x in xs:
        d.line([(x, ys[0]), (x, ys[-1])], fill=0, width=3)
    for y in ys:
        d.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    d.multiline_text((xs[0] + 8, 160), "Nr.\ncrt.", font=f, fill=0)
    d.text((xs[1] + 12, 190), "Capacitate", font=f, fill=0)
    d.text((xs[2] + 12, 190), "Grad de ocupare", font=f, fill=0)
    gray = np.asarray(img, dtype=np.uint8).copy()
    _, mask = find_rules(gray, 300 / 72)
    clean = gray.copy()
    clean[mask > 0] = 255
    # what the page reading gave: nothing for "Nr. crt.", a low-confidence misreading, a good reading
    raw = [
        {"text": "Csaba", "conf": 4.0, "x": xs[1] + 12, "y": 195, "w": 110, "h": 26, "key": (1, 1, 1)},
        {"text": "p", "conf": 47.0, "x": xs[1] + 140, "y": 198, "w": 14, "h": 24, "key": (1, 1, 1)},
        {"text": "Grad", "conf": 96.0, "x": xs[2] + 12, "y": 195, "w": 70, "h": 26, "key": (1, 1, 1)},
        {"text": "de", "conf": 96.0, "x": xs[2] + 92, "y": 195, "w": 34, "h": 26, "key": (1, 1, 1)},
        {"text": "ocupare", "conf": 96.0, "x": xs[2] + 136, "y": 195, "w": 120, "h": 26, "key": (1, 1, 1)},
    ]
    out = refine_cells(clean, mask, raw, _lang())
    texts = [w["text"] for w in sorted(out, key=lambda w: (w["x"], w["y"]))]
    assert texts[:2] == ["Nr.", "crt."]
    assert "Capacitate" in texts and "Csaba" not in texts and "p" not in texts
    assert [w["text"] for w in out if w["x"] > xs[2]] == ["Grad", "de", "ocupare"]  # a good reading stays


def test_flat_word_read_as_letters_is_a_dash():
    from extractors.readers.ocr import _fix_flat_marks

    raw = [{"text": t, "conf": 95.0, "x": 100 * i, "y": 10, "w": 90, "h": 25, "key": (1, 1, 1)}
           for i, t in enumerate(["Buget", "local", "de", "stat", "Alte"])]
    raw += [
        {"text": "Ă", "conf": 0.0, "x": 600, "y": 20, "w": 9, "h": 4, "key": (1, 1, 2)},
        {"text": "|", "conf": 81.0, "x": 700, "y": 20, "w": 9, "h": 4, "key": (1, 1, 2)},
        {"text": "...", "conf": 60.0, "x": 800, "y": 30, "w": 20, "h": 4, "key": (1, 1, 2)},  # dots stay
        {"text": "I", "conf": 90.0, "x": 900, "y": 10, "w": 5, "h": 24, "key": (1, 1, 2)},  # a real letter
        # a dash of a borderless budget cell read as three letters in a box 8 x 3 px
        {"text": "Aaa", "conf": 31.0, "x": 1000, "y": 20, "w": 8, "h": 3, "key": (1, 1, 2)},
    ]
    _fix_flat_marks(raw)
    assert [w["text"] for w in raw[5:]] == ["-", "-", "...", "I", "-"]


def _tall_header_cell():
    """A page with one tall ruled header cell of eight short lines: the page without its rules, and the rules' mask."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers import ocr

    img = Image.new("L", (1600, 2480), 255)
    d = ImageDraw.Draw(img)
    d.rectangle([60, 100, 240, 700], outline=0, width=3)
    d.multiline_text((72, 150), "Resurse\numane\nnecesare\n(personal\nde\nspecialitate,\nde\ningrijire)", font=serif(34), fill=0)
    gray = np.asarray(img, dtype=np.uint8).copy()
    _, mask = ocr.find_rules(gray, 300 / 72)
    clean = gray.copy()
    clean[mask > 0] = 255
    return clean, mask


@pytest.mark.parametrize("upright_conf, turned_read", [(95.0, 0), (30.0, 2)])
def test_a_tall_cell_read_well_upright_is_not_read_turned(monkeypatch, upright_conf, turned_read):
    """A tall narrow cell is read turned both ways too (a label printed vertically), and a turned reading is kept
    only when it beats the upright one by more than 10: an upright reading of 90 or more cannot be beaten, so the
    cell is not read turned (six lines of a header read turned gave two long readings of garbage, 0.3 CPU s of a
    page's 2.7). A cell read badly upright is still read turned."""
    from extractors.readers import ocr

    clean, mask = _tall_header_cell()
    read: list[tuple[int, int]] = []  # the shapes of the images read

    def tesseract(images, lang, psm, timeout):
        read.extend(im.shape for im in images)
        return [[{"text": "Resurse", "conf": upright_conf if im.shape[0] > im.shape[1] else 20.0, "x": 12, "y": 12,
                  "w": 100, "h": 30, "key": (1, 1, 1)}] for im in images]

    monkeypatch.setattr(ocr, "_tesseract_batch", tesseract)
    raw = [{"text": "Resurse", "conf": 20.0, "x": 72, "y": 150, "w": 120, "h": 30, "key": (1, 1, 1)}]
    ocr.refine_cells(clean, mask, raw, "ron")
    assert sum(1 for h, w in read if h > w) == 1, read  # the cell upright
    assert sum(1 for h, w in read if h < w) == turned_read, read


@pytest.mark.parametrize("upright, turned_read", [
    ([("Resurse", 97.0), ("umane", 96.0), ("necesare", 97.0), ("intretinere-", 30.0)], 0),  # lines of print
    ([("Resurse", 97.0), ("de", 96.0), ("ai", 97.0), ("intretinere-", 30.0)], 2),  # too few long sure words
])
def test_a_tall_cell_read_upright_as_lines_of_print_is_not_read_turned(monkeypatch, upright, turned_read):
    """An upright reading holding three words of four letters or more read with 90 or more is print standing
    upright, though a hyphenated word's low confidence keeps its score under 90: the cell is not read turned (a
    header cell of eleven lines read 88 upright, and its two turned readings, garbage, cost a tenth of its page's
    time). Short words alone say nothing of the print's direction: the cell is still read turned."""
    from extractors.readers import ocr

    clean, mask = _tall_header_cell()
    read: list[tuple[int, int]] = []  # the shapes of the images read

    def tesseract(images, lang, psm, timeout):
        read.extend(im.shape for im in images)
        return [[{"text": t, "conf": c if im.shape[0] > im.shape[1] else 20.0, "x": 12, "y": 12 + 40 * k, "w": 100,
                  "h": 30, "key": (1, 1, k)} for k, (t, c) in enumerate(upright)] for im in images]

    monkeypatch.setattr(ocr, "_tesseract_batch", tesseract)
    raw = [{"text": "Resurse", "conf": 20.0, "x": 72, "y": 150, "w": 120, "h": 30, "key": (1, 1, 1)}]
    ocr.refine_cells(clean, mask, raw, "ron")
    assert sum(1 for h, w in read if h > w) == 1, read  # the cell upright
    assert sum(1 for h, w in read if h < w) == turned_read, read


@pytest.mark.parametrize("cleaned, kept", [("8810ID-l", True), ("B81OID", False)])
def test_a_cell_the_page_left_out_keeps_a_reading_its_crop_and_cleaned_crop_agree_on(monkeypatch, cleaned, kept):
    """A code in a borderless row ("8810ID-I") was in no word of the page's reading, and its block, read again, came
    back right but with confidence 17 (Tesseract has no word for a code): under 50, the row lost its code. Read the
    same from the crop and the cleaned crop (but for an "l" for an "I"), it is kept; two readings apart are not."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers import ocr

    img = Image.new("L", (2480, 600), 255)
    ImageDraw.Draw(img).text((1200, 250), "8810ID-I CR-VD", font=serif(31), fill=0)
    gray = np.asarray(img, dtype=np.uint8).copy()

    def batch(images, lang, psm, timeout):  # the crop, then the cleaned crop
        return [[{"text": text, "conf": conf, "x": 12, "y": 12, "w": 200, "h": 28, "key": (1, 1, 1)}]
                for text, conf in [("8810ID-I", 17.0), (cleaned, 31.0)][:len(images)]]

    monkeypatch.setattr(ocr, "_tesseract_batch", batch)
    words = [{"text": "sociale", "conf": 90.0, "x": 100 + 300 * k, "y": 500, "w": 120, "h": 28, "key": (1, 1, 1)}
             for k in range(3)]
    out = [w["text"] for w in ocr.refine_cells(gray, np.zeros_like(gray), words, "ron")]
    assert (("8810ID-I" in out) or (cleaned in out)) == kept, out
