"""A justified line of a scan gets even word spaces, as a text layer gives it; table rows and short lines keep the
gaps of their ink."""
from __future__ import annotations

import shutil
import statistics

import pytest
from ocr_fonts import sans

from extractors.readers._pdf_layout import Word

SCALE = 300 / 72
# a paragraph of partnerships set justified across the text width (the generated plans' type, DejaVu Sans 9 pt)
PARAGRAPH = [
    ("În baza acordului de parteneriat nr. 6.048/20.10.2020, Fundația Sprijin pentru Brăila sprijină furnizarea",
     "serviciilor sociale."),
    ("În baza convenției de colaborare nr. 4.217/09.03.2017, Inspectoratul Școlar Județean Brăila sprijină",
     "furnizarea serviciilor sociale."),
]


def _justified_page():
    """A page image of :data:`PARAGRAPH`, each full line's spaces stretched alike to fill 57–538 pt, slightly
    blurred as a scan is; and the baselines' y (points) of the full lines."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    img = Image.new("L", (int(595 * SCALE), int(400 * SCALE)), 255)
    d = ImageDraw.Draw(img)
    f = sans(int(round(9 * SCALE)))
    left, right = 57 * SCALE, 538 * SCALE
    y = int(100 * SCALE)
    for full, last in PARAGRAPH:
        words = full.split()
        widths = [d.textlength(w, font=f) for w in words]
        gap = (right - left - sum(widths)) / (len(words) - 1)
        x = left
        for w, width in zip(words, widths):
            d.text((round(x), y), w, font=f, fill=0)
            x += width + gap
        y += int(13 * SCALE)
        d.text((round(left), y), last, font=f, fill=0)
        y += int(16 * SCALE)
    return np.asarray(img.filter(ImageFilter.GaussianBlur(0.8)))


def _lines(words: list[Word]) -> list[list[Word]]:
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.bottom):
        if lines and w.bottom - lines[-1][-1].bottom < 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(ws, key=lambda w: w.x0) for ws in lines]


def _gaps(ws: list[Word]) -> list[float]:
    return [b.x0 - a.x1 for a, b in zip(ws, ws[1:])]


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_a_justified_lines_words_are_evenly_spaced_as_in_a_text_layer():
    """The ink's gaps of a justified line vary with the letters' side bearings (4.8 to 7.2 pt for spaces all
    alike), and the ruleless reader cut the line into runs at the wider ones: the paragraph became a table."""
    from extractors.readers.ocr import ocr_image

    words, _ = ocr_image(_justified_page(), SCALE, timeout=60)
    lines = _lines(words)
    assert [len(ws) for ws in lines] == [len(p.split()) for pair in PARAGRAPH for p in pair], \
        [" ".join(w.text for w in ws) for ws in lines]
    for full, last in zip(lines[::2], lines[1::2]):
        gaps = _gaps(full)
        assert max(gaps) - min(gaps) < 0.2, gaps
        assert abs(full[0].x0 - 57) < 2 and abs(full[-1].x1 - 538) < 2  # its ends where the ink is
        assert _gaps(last)[0] < min(gaps)  # a paragraph's last line keeps its plain spaces


def _word(text: str, x0: float, x1: float, y: float = 100.0, size: float = 9.0) -> Word:
    return Word(text, x0, y - 0.75 * size, x1, y + 0.25 * size, size=size)


def _row(cells: list[str], starts: list[float], y: float = 100.0) -> list[Word]:
    """A line of ``cells`` starting at ``starts``, each cell's words 2.9 pt apart, 5 pt a letter."""
    out = []
    for cell, x in zip(cells, starts):
        for t in cell.split():
            out.append(_word(t, x, x + 5 * len(t), y))
            x += 5 * len(t) + 2.9
    return out


def test_a_borderless_table_rows_gutters_are_kept():
    from extractors.readers.ocr_lines import even_justified

    prose = _row(["Planul a fost elaborat de Compartimentul de asistență socială din cadrul Primăriei în"], [57], 80)
    row = _row(["Centre de zi pentru copii", "8891 CZ-C-II", "25 locuri", "Grădiștea"], [57, 230, 330, 420])
    before = [(w.x0, w.x1) for w in row]
    even_justified(prose + row)
    assert [(w.x0, w.x1) for w in row] == before


def test_a_short_line_and_a_line_of_figures_keep_their_gaps():
    """A heading of a few words and a row of figures evenly spread are no justified prose."""
    from extractors.readers.ocr_lines import even_justified

    prose = _row(["Planul a fost elaborat de Compartimentul de asistență socială din cadrul Primăriei în"], [57], 80)
    head = _row(["Servicii sociale existente"], [57], 120)
    head[1].x0 += 1.5  # uneven ink gaps
    head[1].x1 += 1.5
    figures = [_word(t, 57 + 70 * k, 57 + 70 * k + 30 + (k % 3), 160) for k, t in enumerate(
        ["12.400", "3.500", "8.000", "1.250", "9.900", "4.400", "7.100"])]
    before = [(w.x0, w.x1) for w in head + figures]
    even_justified(prose + head + figures)
    assert [(w.x0, w.x1) for w in head + figures] == before


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_an_ocr_words_box_spans_its_advance_as_a_text_layers_does():
    """A text layer's word box spans its glyphs' advances; the ink stops a side bearing short on each side, so the
    scan's word spaces came out ~0.13 em wider than the same PDF's (a code's two pieces, measured without their
    bearings, fitted in their column's slot and were not joined; gaps at the word-space limit split)."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr import ocr_image

    img = Image.new("L", (int(595 * SCALE), int(200 * SCALE)), 255)
    d = ImageDraw.Draw(img)
    f = sans(int(round(9 * SCALE)))
    x, starts = 57 * SCALE, []
    text = "Centrul de zi pentru copii cu dizabilități din comuna noastră"
    for w in text.split():
        starts.append((x, x + d.textlength(w, font=f)))
        d.text((round(x), int(100 * SCALE)), w, font=f, fill=0)
        x += d.textlength(w + " ", font=f)
    words, _ = ocr_image(np.asarray(img), SCALE, timeout=60)
    assert [w.text for w in words] == text.split()
    space = d.textlength(" ", font=f) / SCALE
    gaps = _gaps(sorted(words, key=lambda w: w.x0))
    assert abs(statistics.median(gaps) - space) < 0.06 * 9, (gaps, space)
