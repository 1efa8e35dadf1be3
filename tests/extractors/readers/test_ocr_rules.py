"""Ruling lines of a scanned page are told from the strokes of large letters by their length on the page.

The kernel used to be a share of the image's size (1/60 of its height): on a short, landscape page at 300 dpi
that is 41 px (10 pt), and the stems of a 20 pt title were taken for vertical rules and painted out before OCR.
"""
from __future__ import annotations

import shutil

import numpy as np
import pytest

from extractors.readers.ocr_rules import find_rules

SCALE = 300 / 72
_BOLD = "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"
TITLE = "PLANUL ANUAL DE ACTIUNE"


def _font(pt: float):
    from PIL import ImageFont

    try:
        return ImageFont.truetype(_BOLD, int(pt * SCALE))
    except OSError:
        pytest.skip("Liberation Serif not installed")


def _page(width_pt: float, height_pt: float, title_pt: float, xs_pt, ys_pt):
    """A page image at 300 dpi: a title in large bold type, then a ruled grid (rules 3 px wide)."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (int(width_pt * SCALE), int(height_pt * SCALE)), 255)
    d = ImageDraw.Draw(img)
    d.text((int(40 * SCALE), int(30 * SCALE)), TITLE, font=_font(title_pt), fill=0)
    px = [int(v * SCALE) for v in xs_pt]
    py = [int(v * SCALE) for v in ys_pt]
    for x in px:
        d.line([(x, py[0]), (x, py[-1])], fill=0, width=3)
    for y in py:
        d.line([(px[0], y), (px[-1], y)], fill=0, width=3)
    small = _font(9)
    for y0 in py[:-1]:
        for x0 in px[:-1]:
            d.text((x0 + 8, y0 + 8), "12", font=small, fill=0)
    return np.asarray(img, dtype=np.uint8).copy()


# a landscape A4 page: 595 pt tall, 2480 px at 300 dpi; one-line rows 16 pt tall
XS = [40, 80, 300, 420, 560, 700, 800]
YS = [120, 150, 166, 182, 198]


def test_large_type_on_a_short_page_is_not_taken_for_rules():
    gray = _page(842, 595, 22, XS, YS)
    edges, mask = find_rules(gray, SCALE)
    above_table = [e for e in edges if e["bottom"] < YS[0] - 5]
    assert above_table == []  # the title's stems and bars are letters
    title_box = mask[int(25 * SCALE):int(60 * SCALE), :]
    assert not title_box.any()  # nothing of the title is painted out before OCR
    vs = sorted({round(e["x0"]) for e in edges if e["orientation"] == "v"})
    hs = sorted({round(e["top"]) for e in edges if e["orientation"] == "h"})
    assert len(vs) == len(XS) and all(abs(a - b) <= 1 for a, b in zip(vs, XS))
    assert len(hs) == len(YS) and all(abs(a - b) <= 1 for a, b in zip(hs, YS))


def test_a_heading_bar_on_a_narrow_page_is_not_a_horizontal_rule():
    """An A5 page (420 pt wide): the crossbar of a 36 pt "T" is longer than 1/40 of the width."""
    gray = _page(420, 595, 36, [40, 90, 200, 380], [300, 330, 346])
    edges, _ = find_rules(gray, SCALE)
    assert [e for e in edges if e["bottom"] < 290] == []
    assert len({round(e["top"]) for e in edges if e["orientation"] == "h"}) == 3


def test_the_sides_of_one_line_cells_are_rules():
    """A table of one short row: its vertical rules are shorter than a heading's letters can be, but both their
    ends meet a horizontal rule."""
    gray = _page(842, 595, 14, [40, 90, 200, 380], [300, 316])
    edges, _ = find_rules(gray, SCALE)
    vs = [e for e in edges if e["orientation"] == "v"]
    assert len(vs) == 4 and all(abs(e["height"] - 16) < 4 for e in vs)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_the_title_of_a_short_page_is_read_whole():
    import pytesseract

    gray = _page(842, 595, 22, XS, YS)
    _, mask = find_rules(gray, SCALE)
    clean = gray.copy()
    clean[mask > 0] = 255
    text = pytesseract.image_to_string(clean[int(20 * SCALE):int(70 * SCALE), :], config="--psm 7")
    assert TITLE in text


def _askew_page(angle: float):
    """Lines of print and a ruled table, turned by ``angle`` degrees as a sheet laid askew on a scanner."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (int(842 * SCALE), int(595 * SCALE)), 255)
    d = ImageDraw.Draw(img)
    font = _font(11)
    for k in range(6):
        d.text((int(40 * SCALE), int((60 + 16 * k) * SCALE)), "Serviciul public de asistenta sociala elaboreaza "
               "prezentul plan in conformitate cu strategia locala de dezvoltare", font=font, fill=0)
    px, py = [int(v * SCALE) for v in XS], [int((v + 100) * SCALE) for v in YS]
    for x in px:
        d.line([(x, py[0]), (x, py[-1])], fill=0, width=3)
    for y in py:
        d.line([(px[0], y), (px[-1], y)], fill=0, width=3)
    return np.asarray(img.rotate(angle, resample=Image.BICUBIC, fillcolor=255), dtype=np.uint8).copy()


@pytest.mark.parametrize("angle", [0.6, -1.2])
def test_an_askew_scan_is_turned_straight(angle):
    """0.6 degrees move the end of a 750 pt line 8 pt: the words of one line fell into two lines and a ruled
    table's rows slanted across each other."""
    from extractors.readers.ocr_rules import deskew, skew_angle

    gray = _askew_page(angle)
    assert skew_angle(gray) == pytest.approx(-angle, abs=0.11)
    straight, turned = deskew(gray)
    assert turned == pytest.approx(-angle, abs=0.11)
    edges, _ = find_rules(straight, SCALE)
    hs = [e for e in edges if e["orientation"] == "h"]
    assert len(hs) == len(YS)  # each rule one straight edge again


def test_a_straight_page_is_left_as_it_is():
    from extractors.readers.ocr_rules import deskew

    gray = _askew_page(0.0)
    straight, turned = deskew(gray)
    assert turned == 0.0 and straight is gray
