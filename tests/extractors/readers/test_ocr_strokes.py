"""OCR'd words whose strokes Tesseract misread: a code's Roman numeral or a count of ones read as other letters or
marks ("-N" for "-III", "ll" for "11", "]]" for a grade wrapped under its code, "MC-" for "MC-I"), given back from the
ink of the page; and words whose ink is more than strokes, left as read (split from test_ocr_text.py)."""
from __future__ import annotations

import shutil

import pytest
from ocr_fonts import sans, serif
from test_ocr_text import _grainy

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")


def _word_image(text: str, size: int = 30, seed: int = 1, font: str = "serif"):
    """``text`` drawn small on grainy paper (in Liberation Serif, or ``font="sans"``: DejaVu Sans), and Tesseract's
    kind of box around it, fitted to its ink."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr_ink import fit_to_ink

    face = sans(size) if font == "sans" else serif(size)

    img = Image.new("L", (600, 200), 255)
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = d.textbbox((100, 80), text, font=face)
    d.text((100, 80), text, font=face, fill=0)
    gray = np.asarray(_grainy(img, seed), dtype=np.uint8).copy()
    wd = {"text": text, "conf": 90.0, "x": x0 - 2, "y": y0 - 3, "w": x1 - x0 + 4, "h": y1 - y0 + 6, "key": (1, 1, 1),
          # Tesseract's symbol boxes: each starts where the one before it ends, and stops where its letter's ink does
          "chars": [(ch, d.textbbox((100, 80), text[:i], font=face)[2] if i else x0,
                     d.textbbox((100, 80), text[:i + 1], font=face)[2]) for i, ch in enumerate(text)]}
    fit_to_ink(gray, [wd], float(size))
    return gray, wd


@pytest.mark.parametrize("printed, read", [("111", "11"), ("11", "1"), ("8899 CZ-D-III", "CZ-D-II"),
                                           ("CR-PN-II", "CR-PN-I")])
def test_strokes_tesseract_ran_together_are_given_back(printed, read):
    """Tesseract reads a run of strokes alike one short ("111" as "11", the numeral of "CZ-D-III" as "II"): as many
    ones, or I's of a grade, as the ink shows strokes."""
    from extractors.readers.ocr_strokes import fix_collapsed_strokes

    gray, wd = _word_image(printed.split()[-1])
    wd["text"] = read
    fix_collapsed_strokes(gray, [wd], 30.0)
    assert wd["text"] == printed.split()[-1]


@pytest.mark.parametrize("printed, read", [("-III", "-N"), ("-II", "-U"), ("CR-C-III", "CR-C-U"), ("-III", "-Il"),
                                           ("CZ-F-II", "CZ-F-N")])
def test_a_codes_numeral_read_as_letters_of_strokes_is_its_strokes(printed, read):
    """A code wrapped in a narrow cell ("8790 CR-C" / "-III"): its numeral, alone on the cell's next line, came back
    "-N" or "-U" on the families' scans (the blurred I's read as one letter of their strokes); so did a code's numeral
    on its line ("CR-C-U"). Its ink is upright strokes alone: as many I's."""
    from extractors.readers.ocr_strokes import fix_collapsed_strokes

    gray, wd = _word_image(printed)
    k = printed.rindex("-") + 1  # the symbols of the reading: the code's, then the numeral's letters over its strokes
    start, stop = wd["chars"][k - 1][2], wd["chars"][-1][2]
    step = (stop - start) / len(read[k:])
    wd["chars"] = wd["chars"][:k] + [(ch, int(start + i * step), int(start + (i + 1) * step))
                                     for i, ch in enumerate(read[k:])]
    wd["text"] = read
    fix_collapsed_strokes(gray, [wd], 30.0)
    assert wd["text"] == printed


@pytest.mark.parametrize("printed", ["-N", "-H", "CR-N", "ONG-H"])
def test_letters_after_a_hyphen_whose_ink_is_more_than_strokes_stay_as_read(printed):
    """A real "N" has its diagonal across the middle, an "H" its bar."""
    from extractors.readers.ocr_strokes import fix_collapsed_strokes

    gray, wd = _word_image(printed)
    fix_collapsed_strokes(gray, [wd], 30.0)
    assert wd["text"] == printed


@pytest.mark.parametrize("printed", ["11", "1", "CZ-D-II", "CZ-C-I", "CR-MC-III", "8790CRMS-I"])
def test_strokes_read_right_stay_as_read(printed):
    from extractors.readers.ocr_strokes import fix_collapsed_strokes

    gray, wd = _word_image(printed)
    fix_collapsed_strokes(gray, [wd], 30.0)
    assert wd["text"] == printed


@pytest.mark.parametrize("printed, read", [("11", "Bi"), ("111", "Mi"), ("11", "ll")])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_word_whose_ink_is_ones_alone_is_ones(printed, read, seed):
    """A small "11" of a trainings table came back "Bi", a "111" "Mi", and "ll" (small L's, in a family's report on
    its plan, seed 1005): ink of upright strokes alone, each with the flag of a "1", read as other letters."""
    from extractors.readers.ocr_strokes import fix_strokes_misread

    gray, wd = _word_image(printed, seed=seed)
    wd["text"] = read
    fix_strokes_misread(gray, [wd], 30.0)
    assert wd["text"] == printed


@pytest.mark.parametrize("printed, font", [("II", "serif"), ("III", "serif"), ("nr.", "serif"), ("in", "serif"),
                                           ("un", "serif"), ("il", "serif"), ("Il", "serif"), ("ll", "sans")])
def test_strokes_without_the_flag_of_a_one_or_small_letters_stay_as_read(printed, font):
    from extractors.readers.ocr_strokes import fix_strokes_misread

    gray, wd = _word_image(printed, font=font)
    fix_strokes_misread(gray, [wd], 30.0)
    assert wd["text"] == printed


def _spaced_code(printed: str, read: str, size: int = 30):
    """``printed``, a code set with spaces, drawn in the families' type on grainy paper, and Tesseract's words of it
    cut at its spaces, read as ``read`` (the same parts, its last misread), each box fitted to its ink."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr_ink import fit_to_ink

    img = Image.new("L", (700, 200), 255)
    d = ImageDraw.Draw(img)
    d.text((100, 80), printed, font=sans(size), fill=0)
    gray = np.asarray(_grainy(img, 1), dtype=np.uint8).copy()
    words, at = [], 0
    for part, text in zip(printed.split(), read.split()):
        at = printed.index(part, at)
        x0 = d.textbbox((100, 80), printed[:at] + part, font=sans(size))[2] - d.textlength(part, font=sans(size))
        _, y0, x1, y1 = d.textbbox((100, 80), printed[:at + len(part)], font=sans(size))
        words.append({"text": text, "conf": 45.0, "x": int(x0) - 1, "y": y0 - 3, "w": int(x1 - x0) + 3,
                      "h": y1 - y0 + 6, "key": (1, 1, 1)})
        at += len(part)
    fit_to_ink(gray, words, float(size))
    return gray, words


@pytest.mark.parametrize("printed, read", [("8810 CZ V II", "8810 CZ V I!"), ("8810 ID I", "8810 ID !"),
                                           ("CZ V II", "CZ V !"), ("8790 CR D III", "8790 CR D Il!"),
                                           ("8810 CZ II", "8810 CZ U"), ("8899 CPDH I", "8899 CPDH II"),
                                           ("8810 CZ V III", "8810 CZ V II")])
def test_a_grade_of_a_code_set_with_spaces_read_as_other_marks_is_its_strokes(printed, read):
    """A plan of a town's SPAS printed its codes with spaces ("8810 CZ V II"): the grade's two strokes came back "I!"
    (then "!" alone, "ID !" for "ID I"), the code read "CZ-V-I", another grade than printed, and the subsidy's row
    differed from the document; the one stroke of "8899 CPDH I" came back "II" (a family's plan of a town, seed 1005).
    The grade's ink is upright strokes alone: as many I's."""
    from extractors.readers.ocr_strokes import fix_spaced_grades

    gray, words = _spaced_code(printed, read)
    fix_spaced_grades(gray, words, 30.0)
    assert " ".join(w["text"] for w in words) == printed


@pytest.mark.parametrize("printed, read", [("8810 CZ V II", "8810 CZ V II"), ("ONG V II", "ONG V I!"),
                                           ("CZ V H", "CZ V H"), ("8810 CZ V", "8810 CZ V"), ("CR D N", "CR D N")])
def test_words_after_no_code_or_a_grade_read_right_stay_as_read(printed, read):
    """Only a code's grade (after a family of the Nomenclator and at most a group) is read from its strokes; an "H" or
    "N" printed has its bar or its diagonal."""
    from extractors.readers.ocr_strokes import fix_spaced_grades

    gray, words = _spaced_code(printed, read)
    fix_spaced_grades(gray, words, 30.0)
    assert " ".join(w["text"] for w in words) == read


@pytest.mark.parametrize("printed, read", [("MC-I", "MC-"), ("CR-D-II", "CR-D-")])
def test_a_codes_numeral_lost_after_its_hyphen_is_its_strokes(printed, read):
    """A code wrapped in its cell ("8790CR-" / "MC-I") came back "MC-": Tesseract dropped the "I", its stroke inside
    the box of the hyphen's symbol. The strokes after the hyphen's bar are the numeral's I's."""
    from extractors.readers.ocr_strokes import fix_collapsed_strokes

    gray, wd = _word_image(printed)
    wd["text"] = read
    fix_collapsed_strokes(gray, [wd], 30.0)
    assert wd["text"] == printed


@pytest.mark.parametrize("printed", ["8790CR-", "MC-", "ONG-"])
def test_a_hyphen_ending_a_word_with_no_strokes_after_it_stays(printed):
    """A code broken at its hyphen ("8790CR-" on the first line of its cell) has no numeral after it to give back."""
    from extractors.readers.ocr_strokes import fix_collapsed_strokes

    gray, wd = _word_image(printed)
    fix_collapsed_strokes(gray, [wd], 30.0)
    assert wd["text"] == printed


def _wrapped_code(first: str, second: str, read: str, second_x: int = 0, size: int = 30):
    """A code wrapped in its cell: ``first`` ("8790 CR") on one line and ``second`` ("II") on the next, under its
    end (or at ``second_x``), drawn in the families' type on grainy paper; Tesseract's words of both lines, the second
    read as ``read``, each box fitted to its ink."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr_ink import fit_to_ink

    img = Image.new("L", (900, 260), 255)
    d = ImageDraw.Draw(img)
    d.text((100, 60), first, font=sans(size), fill=0)
    words = []
    at = 0
    for part in first.split():
        at = first.index(part, at)
        x0 = d.textbbox((100, 60), first[:at] + part, font=sans(size))[2] - d.textlength(part, font=sans(size))
        _, y0, x1, y1 = d.textbbox((100, 60), first[:at + len(part)], font=sans(size))
        words.append({"text": part, "conf": 90.0, "x": int(x0) - 1, "y": y0 - 3, "w": int(x1 - x0) + 3,
                      "h": y1 - y0 + 6, "key": (3, 1, 1)})
        at += len(part)
    x = second_x or words[-1]["x"] + 10
    x0, y0, x1, y1 = d.textbbox((x, 100), second, font=sans(size))
    d.text((x, 100), second, font=sans(size), fill=0)
    words.append({"text": read, "conf": 70.0, "x": x0 - 1, "y": y0 - 3, "w": x1 - x0 + 3, "h": y1 - y0 + 6,
                  "key": (3, 1, 2)})
    gray = np.asarray(_grainy(img, 1), dtype=np.uint8).copy()
    fit_to_ink(gray, words, float(size))
    return gray, words


@pytest.mark.parametrize("first, second, read", [("8790 CR", "II", "]]"), ("8790 CR", "III", "I]I"),
                                                 ("8810 CZ V", "II", "U")])
def test_a_grade_wrapped_under_its_code_read_as_marks_is_its_strokes(first, second, read):
    """A code wrapped in its cell after its family or group ("8790 CR" / "II", a county's annual action plan, seed
    1005): the grade alone on the next line came back "]]", and the service's code lost its grade. Under the code's
    end, on the next line of its paragraph, a word of stroke marks whose ink is upright strokes alone is the grade."""
    from extractors.readers.ocr_strokes import fix_spaced_grades

    gray, words = _wrapped_code(first, second, read)
    fix_spaced_grades(gray, words, 30.0)
    assert words[-1]["text"] == second


@pytest.mark.parametrize("first, second, read, second_x", [("ONG Sprijin", "II", "]]", 0),  # after no code
                                                           ("8790 CR", "II", "]]", 600)])  # not under the code
def test_marks_on_the_next_line_not_under_a_code_stay_as_read(first, second, read, second_x):
    from extractors.readers.ocr_strokes import fix_spaced_grades

    gray, words = _wrapped_code(first, second, read, second_x)
    fix_spaced_grades(gray, words, 30.0)
    assert words[-1]["text"] == read


@pytest.mark.parametrize("first, second, added", [("CZ-PFA-", "I", "I"), ("MC-", "II", "II"), ("8790CR-", "III", "III")])
def test_a_numeral_wrapped_under_its_code_and_not_read_is_its_strokes(first, second, added):
    """A code wrapped over three lines of a narrow cell ("8899 -" / "CZ-PFA-" / "I", plan_municipality_das 1003
    borderless): Tesseract read no word for the lone stroke on the last line, and the service's code lost its grade.
    Under a code broken at the hyphen after its family or group, ink of upright strokes alone where no word was read
    is its numeral, a word of its own on the next line."""
    from extractors.readers.ocr_strokes import find_wrapped_numerals

    gray, words = _wrapped_code(first, second, "-")
    words.pop()  # the next line: nothing read
    find_wrapped_numerals(gray, words, 30.0)
    assert [w["text"] for w in words] == [first, added]
    numeral = words[-1]
    assert numeral["key"] != words[0]["key"] and numeral["y"] > words[0]["y"] + words[0]["h"]


@pytest.mark.parametrize("first, second", [("ONG-", "I"),  # no code's family or group before the hyphen
                                           ("CZ-PFA-", "il"),  # an "i"'s stem is lower than capitals, its point apart
                                           ("CZ-PFA-", "IV"), ("CZ-", "PFA")])  # more than strokes
def test_ink_under_a_word_broken_at_a_hyphen_that_is_no_numeral_of_strokes_adds_nothing(first, second):
    from extractors.readers.ocr_strokes import find_wrapped_numerals

    gray, words = _wrapped_code(first, second, "-")
    words.pop()
    find_wrapped_numerals(gray, words, 30.0)
    assert [w["text"] for w in words] == [first]


def test_a_numeral_wrapped_under_its_code_and_read_is_left_to_its_reading():
    from extractors.readers.ocr_strokes import find_wrapped_numerals

    gray, words = _wrapped_code("CZ-PFA-", "II", "]]")
    find_wrapped_numerals(gray, words, 30.0)
    assert [w["text"] for w in words] == ["CZ-PFA-", "]]"]
