"""The type size of OCR'd lines that say little of it themselves: a line of one or two marks takes that of the lines
beside it on the page."""
from __future__ import annotations

import statistics

from extractors.readers.ocr_ink import line_sizes

SCALE = 300 / 72


def _word(text: str, x: int, top: int, bottom: int, key: tuple) -> dict:
    return {"text": text, "conf": 90.0, "x": x, "y": top, "w": 20 * len(text), "h": bottom - top, "key": key,
            "ink": (top, bottom)}


def test_a_line_of_two_marks_read_as_letters_has_the_size_of_the_lines_beside_it():
    """The second line of a narrow header cell, ". c" of "Nr. / crt.", was read "i" "o", a text line of its own: the
    point taken for a tall "i" made the line 4 pt beside its row's 8, the ruleless reader took it for a line of its
    own between the header's lines, and the header's columns were lost (services 0.21 of the text's F1)."""
    row = [_word("serviciului", 300, 900, 931, (2, 1, 1)), _word("social", 560, 900, 931, (2, 1, 1)),
           _word("local", 1500, 900, 931, (5, 1, 1))]
    marks = [_word("i", 240, 925, 931, (1, 1, 2)), _word("o", 258, 913, 931, (1, 1, 2))]
    sizes, _ = line_sizes(row + marks, SCALE)
    assert abs(sizes[(1, 1, 2)] - sizes[(2, 1, 1)]) < 0.05, sizes


def test_a_short_line_alone_on_its_height_keeps_its_own_size():
    """A page number or a lone figure with no line beside it has nothing to borrow from."""
    lines = [_word("Centre", 300, 900, 931, (1, 1, 1)), _word("de", 420, 900, 931, (1, 1, 1)),
             _word("zi", 470, 900, 931, (1, 1, 1)), _word("12", 1200, 3000, 3050, (2, 1, 1))]
    sizes, _ = line_sizes(lines, SCALE)
    assert abs(sizes[(2, 1, 1)] - 50 / SCALE / 0.70) < 0.05, sizes


def _last_line_against_the_others(last_line: str) -> tuple[list[str], list[float], list[float]]:
    """Three 9 pt lines drawn and OCR'd: the words of the last (``last_line``), its sizes and the other lines'."""
    import shutil

    import numpy as np
    import pytest
    from PIL import Image, ImageDraw
    from ocr_fonts import sans

    from extractors.readers.ocr import ocr_image

    if shutil.which("tesseract") is None:
        pytest.skip("tesseract not installed")
    img = Image.new("L", (2480, 900), 255)
    d = ImageDraw.Draw(img)
    lines = ["Centre de zi pentru copii 2024", "Bugetul local al comunei Brădeni", last_line]
    for k, line in enumerate(lines):
        d.text((150, 150 + 120 * k), line, font=sans(int(round(9 * SCALE))), fill=0)
    words, _ = ocr_image(np.asarray(img), SCALE, timeout=60)
    last = (150 + 120 * 2 - 40) / SCALE  # the top of the last line, in points
    return ([w.text for w in words if w.top > last], [w.size for w in words if w.top > last],
            [w.size for w in words if w.top < last])


def test_a_line_starting_with_a_capital_with_a_mark_above_has_its_pages_type_size():
    """The mark over "Î", "Â", "Ă" stands a fifth of the em over the capitals' height: measured to the capitals, a
    table row's line "Încheierea unui" came out 9.9 pt in a 7.5 pt table (over the ruleless reader's heading limit,
    1.15 times the table's size)."""
    _, marked, others = _last_line_against_the_others("Încheierea unui")
    assert marked and others
    assert abs(statistics.median(marked) / statistics.median(others) - 1) < 0.08, (marked, others)


def test_the_lines_of_one_paragraph_have_one_size_a_heading_its_own():
    """"… un total de 61 de acte" / "de stare civilă, din care:" (one 9 pt sentence of a scanned report) came out 9.94
    and 9.25 pt from their ink: more than the 0.6 pt the paragraph reader allows, the sentence was cut in two and the
    figure lost its subject. The lines of one paragraph of Tesseract's page reading are set in its size; a line much
    bigger (a heading read with the paragraph under it) and the lines of another paragraph keep theirs."""
    first = [_word("Serviciul", 240, 900, 941, (3, 1, 1)), _word("Public", 400, 900, 941, (3, 1, 1)),
             _word("Comunitar", 520, 900, 941, (3, 1, 1)), _word("2024", 800, 900, 941, (3, 1, 1))]
    second = [_word("de", 240, 960, 998, (3, 1, 2)), _word("stare", 300, 960, 998, (3, 1, 2))]
    heading = [_word("CAPITOLUL", 240, 820, 870, (3, 1, 3))]
    other = [_word("Centrul", 240, 1100, 1138, (4, 1, 1))]
    sizes, _ = line_sizes(first + second + heading + other, SCALE)
    assert sizes[(3, 1, 2)] == sizes[(3, 1, 1)] and abs(sizes[(3, 1, 1)] - 41 / SCALE / 0.70) < 0.01, sizes
    assert abs(sizes[(3, 1, 3)] - 50 / SCALE / 0.70) < 0.01 and abs(sizes[(4, 1, 1)] - 38 / SCALE / 0.70) < 0.01, sizes


def test_the_lines_of_a_tables_cell_keep_their_sizes():
    """The cells of a borderless table's row, set alike, measured 7.9 and 8.2 pt either way; given their paragraphs'
    sizes the row lost a figure. Only a paragraph of running text (a line 0.4 of the page wide) takes one size."""
    cell = [_word("Centre", 240, 900, 941, (3, 1, 1)), _word("de", 380, 900, 941, (3, 1, 1)),
            _word("zi", 240, 960, 998, (3, 1, 2))]
    sizes, _ = line_sizes(cell, SCALE, 2480)
    assert sizes[(3, 1, 1)] != sizes[(3, 1, 2)], sizes


def test_a_line_of_small_letters_with_a_t_comma_below_has_its_pages_type_size():
    """A "ț" is a "t" with a comma under it: its stem rises over the small letters' height as a "t"'s does. Measured
    to the small letters, the last line of a narrow header cell, "ețean" (of "Venituri proprii ale bugetului județean"
    broken in a column 40 pt wide), came out 9.7 pt in a 7.5 pt table (8.2 as read): over the ruleless reader's
    heading limit, the line left the header and joined the group label under it, and the county budgets were lost
    (council_social_budget seed 1005 borderless scan, services 0.66 of the text's F1)."""
    texts, marked, others = _last_line_against_the_others("ețean")
    assert texts == ["ețean"]
    assert abs(statistics.median(marked) / statistics.median(others) - 1) < 0.08, (marked, others)
