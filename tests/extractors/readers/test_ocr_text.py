"""What OCR'd text becomes: Romanian letters as the contract stores them, and the cells of a table without rules
read again when Tesseract's page reading garbles them."""
from __future__ import annotations

import shutil
import statistics

import pytest
from ocr_fonts import sans, serif

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")


def _scan_pdf(img, path):
    img.save(path, "PDF", resolution=300.0)
    return path


def test_cedillas_read_by_tesseract_come_out_with_the_comma_below(tmp_path):
    """Tesseract's Romanian model reads ș ț as ş ţ (cedilla); the document holds them with the comma below."""
    from PIL import Image, ImageDraw

    from extractors.readers.ocr import _lang, _tesseract_words
    from extractors.readers.pdf import read_pdf

    import numpy as np

    img = Image.new("L", (2480, 1200), 255)
    d = ImageDraw.Draw(img)
    line = "Asociația Școala și serviciile de îngrijire, județul Neamț"
    d.text((150, 300), line, font=serif(40), fill=0)
    d.text((150, 420), "Fundația Țara noastră și Ștefan", font=serif(40), fill=0)
    read = " ".join(w["text"] for w in _tesseract_words(np.asarray(img), _lang(), 3, 60))
    assert set("şţŞŢ") & set(read), read  # what the test is about: Tesseract gives cedillas
    doc = read_pdf(_scan_pdf(img, tmp_path / "cedilla_scan.pdf"), "c")
    text = " ".join(b.text for b in doc.text_blocks())
    assert "Asociația" in text and "județul" in text and "Ștefan" in text, text
    assert not set("şţŞŢ\u0327") & set(text), text


def test_a_wrapped_cell_of_a_table_without_rules_is_read_on_its_own():
    """A borderless row: a two-line name beside one-line figures centred on the row. The page reading made one
    text line of the name's two lines (low-confidence garbage); the name's block of ink is read again alone."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr import _lang, refine_cells

    img = Image.new("L", (2480, 800), 255)
    d = ImageDraw.Draw(img)
    f = serif(34)
    d.text((100, 230), "5.", font=f, fill=0)
    d.multiline_text((300, 200), "Centre rezidențiale de îngrijiri\npaliative Brădeni", font=f, fill=0, spacing=8)
    d.text((900, 230), "24", font=f, fill=0)
    d.text((1100, 230), "5.340", font=f, fill=0)
    gray = np.asarray(img, dtype=np.uint8).copy()
    raw = [  # the page reading: the name's two lines as one, garbled, and words where there is no ink
        {"text": "5.", "conf": 90.0, "x": 100, "y": 238, "w": 30, "h": 30, "key": (1, 1, 1)},
        {"text": "Cctăce", "conf": 14.0, "x": 300, "y": 205, "w": 150, "h": 80, "key": (1, 1, 1)},
        {"text": "seal", "conf": 3.0, "x": 470, "y": 205, "w": 100, "h": 80, "key": (1, 1, 1)},
        {"text": "24", "conf": 96.0, "x": 900, "y": 238, "w": 40, "h": 30, "key": (1, 1, 1)},
        {"text": "5.340", "conf": 91.0, "x": 1100, "y": 238, "w": 90, "h": 30, "key": (1, 1, 1)},
    ]
    out = refine_cells(gray, np.zeros_like(gray), raw, _lang())
    texts = [w["text"] for w in out]
    assert "Cctăce" not in texts and "seal" not in texts
    assert {"rezidenţiale", "îngrijiri", "paliative", "Brădeni"} <= set(texts) or \
        {"rezidențiale", "îngrijiri", "paliative", "Brădeni"} <= set(texts), texts
    assert {"5.", "24", "5.340"} <= set(texts)  # well-read cells stay as the page read them


def test_a_low_confidence_word_over_blank_paper_is_dropped():
    import numpy as np

    from extractors.readers.ocr import _drop_phantoms

    clean = np.full((200, 600), 255, np.uint8)
    clean[50:80, 20:60] = 0  # ink under the first word only
    raw = [{"text": "29", "conf": 30.0, "x": 20, "y": 50, "w": 40, "h": 30, "key": (1,)},
           {"text": "7", "conf": 32.0, "x": 300, "y": 40, "w": 30, "h": 70, "key": (1,)},
           {"text": "A", "conf": 90.0, "x": 400, "y": 40, "w": 30, "h": 30, "key": (1,)}]
    assert [w["text"] for w in _drop_phantoms(clean, raw)] == ["29", "A"]  # a sure word is never dropped


def test_a_low_confidence_word_over_ink_another_word_holds_is_dropped():
    """A row number "1." read by the page as "i" (confidence 12) over the figure's flag and the paper left of it, and
    "Și" over the rest; the block of "1." read again gives "1." and drops "Și", but the box of "i" lies mostly left of
    the block and stayed: the row's first cell read "i 1.", a word 13 pt tall that split the table's header into
    rows of their own. Its only ink is the ink of "1.": the same strokes read twice."""
    import numpy as np

    from extractors.readers.ocr import _drop_phantoms

    clean = np.full((200, 600), 255, np.uint8)
    clean[50:76, 371:374] = 0  # the stem of "1"
    clean[50:62, 369:371] = 0  # its flag
    clean[72:76, 380:384] = 0  # the point
    clean[50:76, 500:503] = 0  # another stroke, read by no other word
    raw = [{"text": "i", "conf": 12.0, "x": 364, "y": 45, "w": 7, "h": 39, "key": (5, 2, 1)},
           {"text": "1.", "conf": 44.0, "x": 369, "y": 50, "w": 16, "h": 26, "key": ("cell", 36, 1, 1, 1)},
           {"text": "l", "conf": 20.0, "x": 498, "y": 48, "w": 7, "h": 30, "key": (5, 2, 2)}]
    assert [w["text"] for w in _drop_phantoms(clean, raw)] == ["1.", "l"]  # a weak word over its own ink stays


def test_a_word_box_taller_than_its_line_is_cut_to_the_line():
    from extractors.readers.ocr import _fit_tall_boxes

    raw = [{"text": t, "conf": 90.0, "x": 100 * i, "y": 100, "w": 80, "h": 27, "key": (1, 1, 1)}
           for i, t in enumerate(["8790", "CR", "III"])]
    raw.append({"text": "C", "conf": 91.0, "x": 400, "y": 96, "w": 15, "h": 44, "key": (1, 1, 1)})
    _fit_tall_boxes(raw)
    assert (raw[-1]["y"], raw[-1]["h"]) == (100, 27)
    assert all(w["h"] == 27 for w in raw[:3])


def test_a_row_number_whose_point_was_misread_is_an_enumerator_again():
    from extractors.readers.ocr import _fix_enumerators

    raw = [{"text": "3;", "conf": 21.0, "x": 240, "y": 100, "w": 25, "h": 26, "key": (1,)},
           {"text": "8790", "conf": 90.0, "x": 320, "y": 100, "w": 72, "h": 27, "key": (2,)},
           {"text": "ora", "conf": 90.0, "x": 240, "y": 200, "w": 60, "h": 26, "key": (3,)},
           {"text": "2:", "conf": 90.0, "x": 320, "y": 200, "w": 25, "h": 26, "key": (3,)},  # not first: stays
           {"text": "12,5", "conf": 90.0, "x": 240, "y": 300, "w": 60, "h": 26, "key": (4,)}]  # a figure stays
    _fix_enumerators(raw)
    assert [w["text"] for w in raw] == ["3.", "8790", "ora", "2:", "12,5"]


def test_a_row_number_one_read_as_the_letter_l_is_an_enumerator_again():
    """"1." read "l." or "L;" (the digit one and the letter l differ by a serif), "]." or "|.": at the start of its
    line it is the row number; "L." (an initial) and an "l." inside a line stay."""
    from extractors.readers.ocr import _fix_enumerators

    raw = [{"text": t, "conf": 60.0, "x": x, "y": y, "w": 25, "h": 26, "key": (y,)}
           for t, x, y in [("l.", 240, 100), ("L;", 240, 200), ("L.", 240, 300), ("nr", 200, 400), ("l.", 240, 400),
                           ("].", 240, 500), ("],", 240, 600), ("|.", 240, 700), ("I.", 240, 800)]]
    _fix_enumerators(raw)
    assert [w["text"] for w in raw] == ["1.", "1.", "L.", "nr", "l.", "1.", "1.", "1.", "I."]  # "I." is a numeral


def _grainy(img, seed: int = 0):
    """A rendered image made to look scanned: blurred ink, grey grain on the paper (as benchmarks/make_scans.py)."""
    import numpy as np
    from PIL import ImageFilter

    arr = np.asarray(img.filter(ImageFilter.GaussianBlur(0.8)), dtype=np.float32)
    arr += np.random.default_rng(seed).normal(0, 10, arr.shape)
    return np.clip(arr, 0, 255).astype(np.uint8)


@pytest.mark.parametrize("number, seed", [("7.", 1), ("7.", 4), ("2.", 2), ("1.", 2)])
def test_a_short_cell_on_grainy_paper_is_read_from_its_cleaned_crop(number, seed):
    """A row number of a borderless table on a grainy scan: read from its crop as it is, Tesseract gives "Zi" or
    "pai" for "7.", "24" for "2.", "I" for "1." (the grain drawn by these seeds); from the crop cleaned to black on
    white, the number."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr import _fix_enumerators, _lang, refine_cells

    img = Image.new("L", (2480, 400), 255)
    d = ImageDraw.Draw(img)
    d.text((150, 170), number, font=serif(36), fill=0)
    d.text((400, 170), "Centre de zi", font=serif(36), fill=0)
    gray = _grainy(img, seed)
    raw = [{"text": "TA", "conf": 30.0, "x": 150, "y": 175, "w": 30, "h": 30, "key": (1, 1, 1)},
           {"text": "Centre", "conf": 95.0, "x": 400, "y": 175, "w": 110, "h": 30, "key": (1, 1, 1)},
           {"text": "de", "conf": 95.0, "x": 525, "y": 175, "w": 40, "h": 30, "key": (1, 1, 1)},
           {"text": "zi", "conf": 95.0, "x": 580, "y": 175, "w": 30, "h": 30, "key": (1, 1, 1)}]
    out = refine_cells(gray, np.zeros_like(gray), raw, _lang())
    _fix_enumerators(out)
    assert number in [w["text"] for w in out], out


def _line_image(words: list[str], x: int = 150, y: int = 200, size: int = 40):
    """A line of words drawn on white, and each word's exact ink box (x0, x1)."""
    import numpy as np
    from PIL import Image, ImageDraw

    img = Image.new("L", (2000, 400), 255)
    d = ImageDraw.Draw(img)
    f = serif(size)
    spans = []
    for w in words:
        x0, _, x1, _ = d.textbbox((x, y), w, font=f)
        d.text((x, y), w, font=f, fill=0)
        spans.append((x0, x1))
        x = x1 + int(size * 0.28)
    return np.asarray(img), spans


def test_a_word_box_a_few_pixels_off_is_moved_onto_its_ink():
    """Tesseract gave "a" of "spre a fi" a box shifted left (1 pt from "spre", 6 pt from "fi"): the ruleless
    reader took the wide gap for a gutter and split the heading in two cells. Fitted to the ink, the gaps are the
    page's."""
    from extractors.readers.ocr_ink import fit_to_ink

    img, spans = _line_image(["spre", "a", "fi"])
    raw = [{"text": t, "conf": 90.0, "x": x0, "y": 195, "w": x1 - x0, "h": 50, "key": (1, 1, 1)}
           for t, (x0, x1) in zip(["spre", "a", "fi"], spans)]
    raw[1]["x"] -= 9  # a box shifted left, still over most of its letter
    raw[0]["w"] -= 8  # and one cut short of its last letter
    fit_to_ink(img, raw, 40.0)
    for wd, (x0, x1) in zip(raw, spans):
        assert abs(wd["x"] - x0) <= 2 and abs(wd["x"] + wd["w"] - x1) <= 2, (wd, x0, x1)


def test_a_word_box_is_not_moved_onto_a_neighbours_ink():
    from extractors.readers.ocr_ink import fit_to_ink

    img, spans = _line_image(["Buget", "local"])
    raw = [{"text": t, "conf": 90.0, "x": x0, "y": 195, "w": x1 - x0, "h": 50, "key": (1, 1, 1)}
           for t, (x0, x1) in zip(["Buget", "local"], spans)]
    raw[0]["w"] += 12  # reaching into the gap and over the first letter of "local"
    fit_to_ink(img, raw, 40.0)
    assert abs(raw[0]["x"] + raw[0]["w"] - spans[0][1]) <= 2
    assert abs(raw[1]["x"] - spans[1][0]) <= 2


def test_a_word_box_within_a_pixel_or_two_of_its_ink_is_left_as_it_is():
    """Gaps right at the ruleless reader's word-space limit: moving an edge by a pixel made two cells of a label."""
    from extractors.readers.ocr_ink import fit_to_ink

    img, spans = _line_image(["cu", "cazare"])
    raw = [{"text": t, "conf": 90.0, "x": x0 - 1, "y": 195, "w": x1 - x0 + 2, "h": 50, "key": (1, 1, 1)}
           for t, (x0, x1) in zip(["cu", "cazare"], spans)]
    before = [(wd["x"], wd["w"]) for wd in raw]
    fit_to_ink(img, raw, 40.0)
    assert [(wd["x"], wd["w"]) for wd in raw] == before


@pytest.mark.parametrize("line", ["servicii comunitare noi", "Bugetul local al anului 2024", "grup cu programare"])
def test_an_ocr_words_type_size_is_the_printed_one(line):
    """A word's size is the em its letters say (x-height, ascenders, descenders), as a text layer's font size: the
    median box height times 1.1 gave 9.2 for a 12 pt heading, and less for a line without capitals."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr import ocr_image

    scale = 300 / 72
    img = Image.new("L", (2480, 600), 255)
    ImageDraw.Draw(img).text((150, 250), line, font=serif(int(round(12 * scale))), fill=0)
    words, _ = ocr_image(np.asarray(img), scale, timeout=60)
    assert [w.text for w in words] == line.split()
    for w in words:
        assert 10.5 <= w.size <= 13.5, (w.text, w.size)


@pytest.mark.parametrize("read, meant", [("CZ-C-vI", "CZ-C-VI"), ("CZ-F-Il", "CZ-F-II"), ("CZ-VD-IIl", "CZ-VD-III"),
                                         ("8899CZ-D-l", "8899CZ-D-I"), ("CR-V-Iv", "CR-V-IV"),
                                         # the strokes of the numeral read as figures or another letter
                                         ("CR-PFA-U", "CR-PFA-II"), ("CZ-C-1V", "CZ-C-IV"), ("CR-D-V1", "CR-D-VI"),
                                         ("8899-CZ-VD-11", "8899-CZ-VD-II"), ("CZ-D-|", "CZ-D-I")])
def test_a_codes_roman_numeral_read_in_lower_case_is_in_capitals(read, meant):
    from extractors.readers.ocr import _fix_roman_case

    raw = [{"text": read, "conf": 80.0, "x": 0, "y": 0, "w": 10, "h": 10, "key": (1, 1, 1)}]
    _fix_roman_case(raw)
    assert raw[0]["text"] == meant


@pytest.mark.parametrize("word", ["CZ-C-VI", "într-o", "ÎNTR-un", "Sf-lui", "CZ-C-vii-a", "X-lea", "AB-cd",
                                  "COVID-19", "HG-1", "CZ-C-12", "ONG-U", "CZ-C-VV", "CR-C-UV"])
def test_other_hyphenated_words_are_left_as_read(word):
    from extractors.readers.ocr import _fix_roman_case

    raw = [{"text": word, "conf": 80.0, "x": 0, "y": 0, "w": 10, "h": 10, "key": (1, 1, 1)}]
    _fix_roman_case(raw)
    assert raw[0]["text"] == word


def test_a_codes_roman_numeral_cut_in_two_words_is_one_again():
    """"8899-CZ-VD-II" read as "8899-CZ-VD-l" and "I" a hair apart: the code's grade came out "I"."""
    from extractors.readers.ocr import _fix_roman_case

    raw = [{"text": "8899-CZ-VD-l", "conf": 80.0, "x": 100, "y": 100, "w": 200, "h": 30, "key": (1, 1, 1)},
           {"text": "I", "conf": 60.0, "x": 304, "y": 100, "w": 6, "h": 30, "key": (1, 1, 1)},
           {"text": "Primăria", "conf": 90.0, "x": 500, "y": 100, "w": 150, "h": 30, "key": (1, 1, 1)}]
    _fix_roman_case(raw)
    assert [(w["text"], w["x"], w["w"]) for w in raw] == [("8899-CZ-VD-II", 100, 210), ("Primăria", 500, 150)]


def test_a_lone_i_far_from_a_code_is_left_apart():
    from extractors.readers.ocr import _fix_roman_case

    raw = [{"text": "CZ-VD-I", "conf": 80.0, "x": 100, "y": 100, "w": 200, "h": 30, "key": (1, 1, 1)},
           {"text": "I", "conf": 60.0, "x": 360, "y": 100, "w": 6, "h": 30, "key": (1, 1, 1)}]
    _fix_roman_case(raw)
    assert [w["text"] for w in raw] == ["CZ-VD-I", "I"]


def test_a_line_of_dashes_does_not_cut_its_figure_to_a_dash():
    """A borderless row of empty cells, one dash each, beside one figure: the dashes' flat boxes are no measure of
    the line's height, and the figure "7.257" was cut to a dash's 1 pt (its type size with it: 4 pt)."""
    from extractors.readers.ocr import _fit_tall_boxes

    raw = [{"text": "7.257", "conf": 90.0, "x": 100, "y": 100, "w": 80, "h": 27, "key": (1, 1, 1)}]
    raw += [{"text": "-", "conf": 90.0, "x": 200 + 100 * i, "y": 112, "w": 10, "h": 4, "key": (1, 1, 1)}
            for i in range(4)]
    _fit_tall_boxes(raw)
    assert (raw[0]["y"], raw[0]["h"]) == (100, 27)


@pytest.mark.parametrize("line", ["Buget de stat al anului", "spre a fi create", "grup cu programare 2024",
                                  "Maria, Str. Florilor nr. 98,", "suma de 281,60 lei"])
def test_the_words_of_an_ocr_line_share_its_box_as_a_text_layers_do(line):
    """A text layer's word box runs from the font's ascent to its descent, the same for every word of a line
    whatever its letters; an ink box does not ("a" is half as tall as "Buget", "grup" reaches lower). Line grouping
    and the ruleless reader's bands measure overlaps of these boxes, so OCR'd words are given the text layer's box:
    from their baseline, in their line's type size."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr import ocr_image

    scale = 300 / 72
    img = Image.new("L", (2480, 600), 255)
    ImageDraw.Draw(img).text((150, 250), line, font=serif(int(round(12 * scale))), fill=0)
    words, _ = ocr_image(np.asarray(img), scale, timeout=60)
    assert [w.text for w in words] == line.split()
    tops, bottoms = [w.top for w in words], [w.bottom for w in words]
    assert max(tops) - min(tops) <= 0.6 and max(bottoms) - min(bottoms) <= 0.6, (tops, bottoms)
    assert 9.5 <= words[0].bottom - words[0].top <= 14.0  # about an em of 12 pt


@pytest.mark.parametrize("words, meant", [(["O", "RON"], ["0", "RON"]), (["ORON"], ["0", "RON"]),
                                          (["1O0"], ["100"]), (["O,5", "lei"], ["0,5", "lei"]),
                                          (["o", "formă"], ["o", "formă"]), (["O", "nouă"], ["O", "nouă"]),
                                          (["ROMÂNIA", "O"], ["ROMÂNIA", "O"])])
def test_a_zero_read_as_the_letter_o_is_a_zero_again(words, meant):
    """A borderless row's "0 RON" came out "O RON": no figure left in the row, the table was cut there."""
    from extractors.readers.ocr import _fix_zeros

    raw = [{"text": t, "conf": 90.0, "x": 100 + 200 * i, "y": 100, "w": 40 * len(t), "h": 27, "key": (1, 1, 1)}
           for i, t in enumerate(words)]
    _fix_zeros(raw)
    assert [w["text"] for w in sorted(raw, key=lambda w: w["x"])] == meant
    assert all(w["w"] > 0 for w in raw)


def test_a_lines_type_size_is_not_taken_from_a_one_letter_word():
    """A lone "i" read as "I" beside "sponso" (a header cell's wrapped word): the median of the two sizes their
    boxes say put both in an 11.8 pt box, over three 7.5 pt header lines, and joined them."""
    from extractors.readers.ocr_ink import em_of, line_em

    words = [("I", em_of("I", 10.5)), ("sponso", em_of("sponso", 6.8))]
    assert abs(line_em(words) - em_of("sponso", 6.8)) < 0.01
    assert line_em([("-", None)]) is None


def test_the_dot_of_an_i_under_the_box_of_the_line_above_stays_with_its_word():
    """Header lines 4.5 pt apart: Tesseract's box of "sponso" reached over the dot of the "i" of "rizari" below, the
    dot counted as sponso's ink, and its size (from its ink's height) came out 1.4 times the print's."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr_ink import fit_to_ink

    def ink(*lines):
        img = Image.new("L", (800, 300), 255)
        d = ImageDraw.Draw(img)
        for y, text in lines:
            d.text((100, y), text, font=serif(40), fill=0)
        return np.asarray(img)

    rows = lambda a: np.flatnonzero((a < 128).any(axis=1))
    sponso, below = rows(ink((60, "sponso"))), rows(ink((98, "rizari")))
    a = ink((60, "sponso"), (98, "rizari"))
    cols = np.flatnonzero((ink((60, "sponso")) < 128).any(axis=0))
    assert below[0] < sponso[-1] + 12  # the dot of the "i" within reach of a box a few pixels too low
    raw = [{"text": "sponso", "conf": 90.0, "x": int(cols[0]), "y": int(sponso[0]) - 2,
            "w": int(cols[-1] - cols[0]) + 1,
            "h": int(below[0] + 10 - sponso[0]), "key": (1, 1, 1)},
           {"text": "rizari", "conf": 90.0, "x": int(cols[0]), "y": int(below[0]) - 1, "w": 200,
            "h": int(below[-1] - below[0]) + 3, "key": (1, 1, 2)}]
    fit_to_ink(a, raw, 30.0)
    assert raw[0]["ink"] == (int(sponso[0]), int(sponso[-1]) + 1), (raw[0]["ink"], sponso[[0, -1]], below[0])


def test_a_word_box_ending_short_of_its_last_letter_takes_it_in():
    """Tesseract's box of "locuri" ended 6 px short, its last "i" outside any box: fitted to the ink it covered,
    the word stayed short and the gap to "/" beside it looked like a gutter."""
    from extractors.readers.ocr_ink import fit_to_ink

    img, spans = _line_image(["locuri", "/"])
    raw = [{"text": t, "conf": 90.0, "x": x0, "y": 195, "w": x1 - x0, "h": 50, "key": (1, 1, 1)}
           for t, (x0, x1) in zip(["locuri", "/"], spans)]
    inked = (img[150:260, spans[0][0]:spans[0][1]] < 128).any(axis=0)
    last = max(i for i in range(len(inked) - 1) if not inked[i] and inked[i + 1])  # where its last letter starts
    raw[0]["w"] = last - 1  # short of its last letter, the "i", whole
    fit_to_ink(img, raw, 40.0)
    assert abs(raw[0]["x"] + raw[0]["w"] - spans[0][1]) <= 2, (raw[0], spans)
    assert abs(raw[1]["x"] - spans[1][0]) <= 2


def test_a_line_of_small_letters_alone_has_its_pages_type_size():
    """A group label wrapped as "Servicii sociale cu" / "cazare" in a font whose small letters are taller than
    the usual 0.48 em (DejaVu Sans: 0.55): "cazare" alone came out 1.2 times its size, above the ruleless reader's
    heading limit (1.15 times the table's), and the label cut the table in two. The share of the em the small
    letters take is measured on the page, from its lines that have both kinds of words."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from extractors.readers.ocr import ocr_image

    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", int(round(9 * 300 / 72)))
    except OSError:
        pytest.skip("DejaVu Sans not installed")
    scale = 300 / 72
    img = Image.new("L", (2480, 900), 255)
    d = ImageDraw.Draw(img)
    lines = ["Servicii sociale cu cazare", "Centre care au o rezervare 2024", "Bugetul local are un curs", "cazare"]
    for k, line in enumerate(lines):
        d.text((150, 150 + 120 * k), line, font=font, fill=0)
    words, _ = ocr_image(np.asarray(img), scale, timeout=60)
    last = (150 + 120 * 3 - 40) / scale  # the top of the last line, in points
    alone = [w for w in words if w.text == "cazare" and w.top > last]
    others = [w.size for w in words if w.top < last]
    assert alone and others
    assert abs(alone[0].size / statistics.median(others) - 1) < 0.08, (alone[0].size, others)


@pytest.mark.parametrize("mark", ["+", "*"])
def test_a_round_bullet_read_as_a_plus_sign_is_a_bullet(mark):
    """Read "+" or "*", an item's bullet made it no list item: "* Parohia Ortodoxă Vâlcelele – contract de colaborare
    nr. 531/01.07.2024;" was joined to the item above, and its partnership lost."""
    from extractors.readers.ocr import _fix_bullets

    def word(text, x, y=100, w=100, h=30):
        return {"text": text, "conf": 90.0, "x": x, "y": y, "w": w, "h": h, "key": (1, 1, 1)}

    raw = [word(mark, 40, y=108, w=11, h=12), word("Școala", 70), word("Gimnazială", 180), word("nr.", 300),
           word("2", 40, y=200, w=14), word(mark, 60, y=208, w=11, h=12), word("3", 80, y=200, w=14)]
    _fix_bullets(raw)
    assert [w["text"] for w in raw] == ["•", "Școala", "Gimnazială", "nr.", "2", mark, "3"]  # a sum stays a sum


@pytest.mark.parametrize("line", ["4.935/08.03.2019;", "contact@remetea.ro"])
def test_a_line_whose_marks_go_less_deep_than_a_g_has_its_paragraphs_type_size(line):
    """A semicolon, a comma, "@" and the tail of "Q" reach under the baseline about two thirds as deep as "g": taken
    for a "g"'s depth, a partnership's number "4.935/08.03.2019;" came out 0.89 times its paragraph's size and was cut
    off it; "contact@remetea.ro", read "contactQremetea.ro" and taken for capitals without descent, 1.16 times the
    size of the table it stood in, and cut the table (the ruleless reader's heading limit is 1.15)."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr import ocr_image

    scale = 300 / 72
    img = Image.new("L", (2480, 1000), 255)
    d = ImageDraw.Draw(img)
    body = ["Asociația Caritas Bihor protocol de cooperare nr.", "Crucea Roșie Română filiala județului",
            "Spitalul Județean de Urgență Bihor contract"]
    for i, text in enumerate(body[:1] + [line] + body[1:]):
        d.text((150, 150 + i * 70), text, font=sans(int(round(10 * scale))), fill=0)
    words, _ = ocr_image(np.asarray(img), scale, timeout=60)
    usual = statistics.median(w.size for w in words if w.text in " ".join(body).split())
    odd = [w for w in words if w.text.startswith(line[:4])]
    assert odd and all(0.95 <= w.size / usual <= 1.05 for w in odd), (usual, [(w.text, w.size) for w in odd])


@pytest.mark.parametrize("read, meant", [("contactQremetea.ro", "contact@remetea.ro"),
                                         ("contactOremetea.ro", "contact@remetea.ro"),
                                         ("office(Ddgaspc-neamt.ro", "office@dgaspc-neamt.ro"),
                                         ("primaria.vaslui©yahoo.com", "primaria.vaslui@yahoo.com")])
def test_the_at_sign_of_an_email_address_misread_is_an_at_sign_again(read, meant):
    from extractors.readers.ocr import _fix_at_signs

    raw = [{"text": read, "conf": 80.0, "x": 0, "y": 0, "w": 10, "h": 10, "key": (1, 1, 1)}]
    _fix_at_signs(raw)
    assert raw[0]["text"] == meant


@pytest.mark.parametrize("word", ["PrimăriaOrașului", "McDonald", "e-mail:", "OSC.ro", "nrO.12", "www.anpis.ro"])
def test_words_that_are_no_email_address_keep_their_letters(word):
    from extractors.readers.ocr import _fix_at_signs

    raw = [{"text": word, "conf": 80.0, "x": 0, "y": 0, "w": 10, "h": 10, "key": (1, 1, 1)}]
    _fix_at_signs(raw)
    assert raw[0]["text"] == word


def test_a_garbled_word_over_three_cells_of_a_row_goes_when_they_are_read_again():
    """The page reading made one word of a row's three borderless cells ("147;7%:.171.-:331", confidence 0), its
    middle in the narrow middle cell: only the wide first cell held a quarter of its box, so it was no word across
    cells, the middle cell's reading ("171") was refused as much shorter than it, and the row lost its figure."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr import _lang, refine_cells

    img = Image.new("L", (2480, 600), 255)
    d = ImageDraw.Draw(img)
    f = serif(34)
    spans = []
    for text, x in [("147,7%", 1000), ("171", 1190), ("331", 1300)]:
        spans.append(d.textbbox((x, 250), text, font=f))
        d.text((x, 250), text, font=f, fill=0)
    gray = np.asarray(img, dtype=np.uint8).copy()
    x0, x1 = spans[0][0], spans[-1][2]
    raw = [{"text": "147;7%:.171.-:331", "conf": 0.0, "x": x0, "y": 250, "w": x1 - x0, "h": 34, "key": (1, 1, 1)}]
    texts = [w["text"] for w in refine_cells(gray, np.zeros_like(gray), raw, _lang())]
    assert "147;7%:.171.-:331" not in texts
    assert {"171", "331"} <= set(texts) and any(t.startswith("147") for t in texts), texts
