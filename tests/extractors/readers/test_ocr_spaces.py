"""A word Tesseract read across a space (its ink shows the space) is cut there again, its letters shared by its
symbols' boxes."""
from __future__ import annotations

import numpy as np

from extractors.readers.ocr_spaces import split_at_spaces

# the ink of "CR V I)" on a generated scan (300 dpi, 7.5 pt): the letters' columns, and Tesseract's reading of it as
# one word "CRVI)" with its symbols' boxes (the box of "I" starts 20 px left of its ink, where "V"'s ends)
RUNS = [(769, 787), (792, 808), (821, 840), (854, 857), (864, 870)]
CHARS = [("C", 768, 788), ("R", 791, 809), ("V", 820, 841), ("I", 834, 855), (")", 853, 871)]


def _page(runs):
    clean = np.full((200, 1000), 255, np.uint8)
    for a, b in runs:
        clean[100:128, a:b] = 0
    return clean


def test_a_code_read_without_its_spaces_is_cut_at_the_spaces_its_ink_shows():
    clean = _page(RUNS)
    raw = [{"text": "CRVI)", "conf": 90.0, "x": 768, "y": 100, "w": 103, "h": 28, "key": (1, 1, 1), "chars": CHARS}]
    split_at_spaces(clean, raw, 27.0)
    assert [w["text"] for w in raw] == ["CR", "V", "I)"]
    assert [(w["x"], w["x"] + w["w"]) for w in raw] == [(768, 808), (821, 840), (854, 871)]
    assert all(w["key"] == (1, 1, 1) and w["conf"] == 90.0 for w in raw)


def test_a_word_whose_letters_stand_close_stays_whole():
    runs = [(769, 787), (792, 808), (813, 832), (837, 840), (846, 852)]  # gaps of 5 px: letters of one word
    raw = [{"text": "CRVI)", "conf": 90.0, "x": 768, "y": 100, "w": 85, "h": 28, "key": (1, 1, 1),
            "chars": [("C", 768, 788), ("R", 791, 809), ("V", 812, 833), ("I", 826, 841), (")", 842, 853)]}]
    split_at_spaces(_page(runs), raw, 27.0)
    assert [w["text"] for w in raw] == ["CRVI)"]


def test_a_word_boxed_over_its_neighbour_is_not_cut_at_the_neighbours_gap():
    """Tesseract's box of "Servicii" ran over the "de" after it, also read as a word: the gap before "de" is a space,
    but what lies past it is the other word's."""
    runs = [(468, 484), (488, 504), (508, 518), (520, 536), (540, 543), (547, 560), (565, 568), (574, 577),
            (591, 607), (612, 627)]
    chars = [("S", 468, 485), ("e", 480, 497), ("r", 488, 504), ("v", 508, 519), ("i", 520, 536), ("c", 539, 543),
             ("i", 546, 568), ("i", 574, 628)]
    raw = [{"text": "Servicii", "conf": 85.0, "x": 468, "y": 100, "w": 160, "h": 28, "key": (1, 1, 1), "chars": chars},
           {"text": "de", "conf": 92.0, "x": 591, "y": 100, "w": 36, "h": 28, "key": (1, 1, 1),
            "chars": [("d", 591, 607), ("e", 612, 627)]}]
    split_at_spaces(_page(runs), raw, 30.0)
    assert [w["text"] for w in raw] == ["Servicii", "de"]


def test_a_word_without_symbols_or_whose_text_changed_stays_whole():
    clean = _page(RUNS)
    raw = [{"text": "CRVI)", "conf": 90.0, "x": 768, "y": 100, "w": 103, "h": 28, "key": (1, 1, 1)},
           {"text": "CR-VI)", "conf": 90.0, "x": 768, "y": 100, "w": 103, "h": 28, "key": (2, 1, 1), "chars": CHARS}]
    split_at_spaces(clean, raw, 27.0)
    assert [w["text"] for w in raw] == ["CRVI)", "CR-VI)"]


def test_an_ocr_word_knows_its_first_glyphs_width_as_a_text_layer_does():
    """The ruleless reader glues a line's last word to the next line's first when the line had no room for that
    word's first glyph (``Word.first``); an OCR'd word gets it from its first symbol's box: the right edge (where
    the letter's ink stops) less the word's ink start, plus the side bearings a text layer's box holds."""
    from extractors.readers.ocr_ink import BOX, first_advance

    scale = 300 / 72
    wd = {"text": "social", "x": 600, "w": 88, "chars": [("s", 590, 614), ("o", 614, 630), ("c", 630, 644),
                                                         ("i", 644, 652), ("a", 652, 668), ("l", 668, 688)]}
    assert abs(first_advance(wd, scale, 7.5) - (14 / scale + 2 * BOX.bearing * 7.5)) < 1e-9
    assert first_advance(dict(wd, text="sociale"), scale, 7.5) == 0.0  # a text changed since: not known
    assert first_advance({"text": "social", "x": 600, "w": 88}, scale, 7.5) == 0.0  # the program: no symbols


def test_a_figure_or_a_numeral_is_not_cut_between_its_upright_strokes():
    """On a blurred scan only the stems of "1" are ink: "119" stands with paper as wide as a space between its ones."""
    runs = [(2185, 2190), (2202, 2207), (2214, 2228)]
    raw = [{"text": "119", "conf": 90.0, "x": 2184, "y": 100, "w": 45, "h": 24, "key": (1, 1, 1),
            "chars": [("1", 2184, 2192), ("1", 2200, 2209), ("9", 2213, 2229)]},
           {"text": "III", "conf": 90.0, "x": 2300, "y": 100, "w": 40, "h": 24, "key": (1, 1, 1),
            "chars": [("I", 2300, 2306), ("I", 2310, 2322), ("I", 2326, 2340)]}]
    clean = np.full((200, 2500), 255, np.uint8)
    for a, b in runs + [(2300, 2305), (2317, 2322), (2335, 2340)]:
        clean[100:124, a:b] = 0
    split_at_spaces(clean, raw, 30.0)
    assert [w["text"] for w in raw] == ["119", "III"]


def test_a_part_wider_than_its_letters_could_be_is_not_cut_off():
    """"CR C" read "CR" (the second "C" dropped): the box of "R" runs over the unread "C", so a cut at the space
    before it gave "C" the ink of "CR", 35 px for one letter of a 22 px text."""
    runs = [(416, 424), (428, 432), (436, 451), (461, 469), (474, 478)]
    raw = [{"text": "CR", "conf": 80.0, "x": 415, "y": 100, "w": 64, "h": 21, "key": (1, 1, 1),
            "chars": [("C", 415, 433), ("R", 435, 479)]}]
    split_at_spaces(_page(runs), raw, 22.0)
    assert [w["text"] for w in raw] == ["CR"]


def test_ink_before_the_first_letter_that_no_symbol_stands_for_is_no_cut():
    """A list's dash in the box of "alocații" but not in its text, a space before the "a": no letter's box ends
    before that gap, and the word stays whole ("a locații" lost an indicator)."""
    runs = [(240, 253), (274, 291), (297, 301), (307, 326)]
    raw = [{"text": "alo", "conf": 90.0, "x": 240, "y": 100, "w": 86, "h": 28, "key": (1, 1, 1),
            "chars": [("a", 273, 291), ("l", 297, 301), ("o", 307, 326)]}]
    split_at_spaces(_page(runs), raw, 30.0)
    assert [w["text"] for w in raw] == ["alo"]


def test_a_grades_strokes_go_with_their_ink_when_a_symbol_box_lies_a_letter_left():
    """"CZ VTP II" of a scan came back "VTPII", the box of its first "I" over the end of the "P" (the ink of "VT",
    "P", "I", "I" below; Tesseract's symbol boxes beside): the space before the grade was cut after that "I", the
    grade lost a stroke ("VTPI" "I", the code "CZ-V"). Two strokes stand apart right of the gap: two "I"s go there."""
    runs = [(2239, 2278), (2281, 2296), (2310, 2313), (2320, 2323)]
    chars = [("V", 2238, 2257), ("T", 2238, 2279), ("P", 2272, 2289), ("I", 2281, 2297), ("I", 2310, 2323)]
    raw = [{"text": "VTPII", "conf": 87.0, "x": 2238, "y": 100, "w": 85, "h": 23, "key": (1, 1, 1), "chars": chars}]
    clean = np.full((200, 2500), 255, np.uint8)
    for a, b in runs:
        clean[100:123, a:b] = 0
    split_at_spaces(clean, raw, 30.0)
    assert [w["text"] for w in raw] == ["VTP", "II"]
    assert [(w["x"], w["x"] + w["w"]) for w in raw] == [(2238, 2296), (2310, 2323)]
