"""Readings Tesseract gives with confidence that are misreadings all the same, sent to be read again."""
from __future__ import annotations

import shutil

import pytest
from ocr_fonts import sans

from extractors.readers.ocr_words import LOW_CONF, _distrust_odd_brackets


def _word(text: str, conf: float = 80.0) -> dict:
    return {"text": text, "conf": conf, "x": 0, "y": 0, "w": 40, "h": 30, "key": (1, 1, 1)}


@pytest.mark.parametrize("text", ["[9)", "(2]", "{0)"])
def test_a_word_whose_brackets_do_not_pair_is_distrusted(text):
    raw = [_word(text)]
    _distrust_odd_brackets(raw)
    assert raw[0]["conf"] < LOW_CONF


@pytest.mark.parametrize("text", ["1)", "a)", "(nr.", "persoane)", "(2)", "[mii", "lei]", "(donații,"])
def test_brackets_that_pair_or_stand_alone_are_trusted(text):
    raw = [_word(text)]
    _distrust_odd_brackets(raw)
    assert raw[0]["conf"] == 80.0


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_a_lone_zero_read_as_odd_brackets_is_read_again_from_its_cell():
    """A training table's "0" persons alone in its cell came back "[9)" with confidence 80 from the page's reading:
    no cell was read again, and the row got a column of 9 persons the document does not state."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr import _lang, refine_cells

    img = Image.new("L", (2480, 600), 255)
    d = ImageDraw.Draw(img)
    f = sans(31)
    label = d.textbbox((300, 250), "Inspectori sociali", font=f)
    d.text((300, 250), "Inspectori sociali", font=f, fill=0)
    box = d.textbbox((1500, 250), "0", font=f)
    d.text((1500, 250), "0", font=f, fill=0)
    gray = np.asarray(img, dtype=np.uint8).copy()
    raw = [{"text": "Inspectori sociali", "conf": 95.0, "x": label[0], "y": label[1], "w": label[2] - label[0],
            "h": label[3] - label[1], "key": (1, 1, 1)},
           {"text": "[9)", "conf": 80.0, "x": box[0] - 6, "y": box[1] - 2, "w": box[2] - box[0] + 14,
            "h": box[3] - box[1] + 6, "key": (2, 1, 1)}]
    _distrust_odd_brackets(raw)
    texts = [w["text"] for w in refine_cells(gray, np.zeros_like(gray), raw, _lang())]
    # the ring read alone is "0" or, without figures beside it, the letter (made a zero by ocr_words._fix_zeros)
    assert texts[0] == "Inspectori sociali" and texts[1:] in (["0"], ["o"], ["O"]), texts


@pytest.mark.parametrize("read, meant", [("Subvențţie", "Subvenție"), ("subvenţționare", "subvenționare"),
                                         ("aşșezare", "așezare"), ("ŞȘcoala", "Școala")])
def test_a_letter_with_a_mark_under_it_read_twice_is_one_letter(read, meant):
    """Tesseract read the "ț" of a subsidy table's header "Subvenție anuală (lei)" twice, with the comma and with the
    cedilla: the header matched no subsidy column, and the amounts were lost."""
    from extractors.readers.ocr_words import _fix_doubled_marks

    chars = [(ch, 10 * k, 10 * k + 8) for k, ch in enumerate(read)]
    raw = [dict(_word(read), chars=chars)]
    _fix_doubled_marks(raw)
    assert raw[0]["text"] == meant
    assert "".join(c[0] for c in raw[0]["chars"]) == meant and raw[0]["chars"][-1] == (meant[-1], *chars[-1][1:])


@pytest.mark.parametrize("word", ["asistență", "Țară", "şi", "ș", "țș"])
def test_letters_with_marks_under_them_read_once_stay_as_read(word):
    from extractors.readers.ocr_words import _fix_doubled_marks

    raw = [_word(word)]
    _fix_doubled_marks(raw)
    assert raw[0]["text"] == word


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_a_lone_zero_on_grainy_paper_is_read_from_its_cell_as_one_line():
    """A short cell's crop read as a block of text (``--psm 6``) gave "9)", "(2)" or "O" for a lone "0" of a training
    table's borderless scan (none right of the eight scans drawn here); read as one line (``--psm 7``), five."""
    import random

    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    from extractors.readers.ocr import _lang, refine_cells

    right = 0
    for seed in range(8):
        img = Image.new("L", (2480, 600), 255)
        ImageDraw.Draw(img).text((1500, 250), "0", font=sans(31), fill=0)
        img = img.filter(ImageFilter.GaussianBlur(random.Random(seed).uniform(0.4, 0.9)))
        noisy = np.asarray(img, dtype=np.float32) + np.random.default_rng(seed).normal(0, 10, (600, 2480))
        gray = np.clip(noisy, 0, 255).astype(np.uint8)
        texts = [w["text"] for w in refine_cells(gray, np.zeros_like(gray), [], _lang())]
        right += texts == ["0"]
    assert right >= 5, right  # as a block: none of the eight


@pytest.mark.parametrize("read, meant", [("CZ-V-Il),", "CZ-V-II),"), ("CR-C-vI.", "CR-C-VI."),
                                         ("8899-CZ-VD-11;", "8899-CZ-VD-II;")])
def test_a_codes_numeral_misread_before_a_bracket_or_a_point_is_in_capitals(read, meant):
    """A code named in a sentence, "(cod 8810 CZ-V-II),", came back "CZ-V-Il),": the bracket and the comma after the
    numeral kept it from being read as a code's, and the service's code came out cut ("8810 CZ-V")."""
    from extractors.readers.ocr_words import _fix_roman_case

    raw = [_word(read)]
    _fix_roman_case(raw)
    assert raw[0]["text"] == meant


@pytest.mark.parametrize("word", ["COVID-19),", "X-lea,", "ONG-U).", "într-o,", "CZ-C-VI),"])
def test_other_hyphenated_words_before_a_bracket_or_a_point_are_left_as_read(word):
    from extractors.readers.ocr_words import _fix_roman_case

    raw = [_word(word)]
    _fix_roman_case(raw)
    assert raw[0]["text"] == word


def test_a_stroke_after_a_code_closed_by_a_bracket_is_not_joined_to_it():
    from extractors.readers.ocr_words import _fix_roman_case

    raw = [{"text": "CZ-V-II),", "conf": 90.0, "x": 0, "y": 0, "w": 100, "h": 30, "key": (1, 1, 1)},
           {"text": "I", "conf": 90.0, "x": 104, "y": 0, "w": 6, "h": 30, "key": (1, 1, 1)}]
    _fix_roman_case(raw)
    assert [w["text"] for w in raw] == ["CZ-V-II),", "I"]


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_a_short_cell_of_two_lines_is_read_as_a_block():
    """A header cell "Buget de" / "stat" in a small type is short beside the page's text, but of two lines: read as
    one line it came back "Bugei de", "stat" lost, and the state budget column with it."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr import _lang, refine_cells

    img = Image.new("L", (2480, 600), 255)
    d = ImageDraw.Draw(img)
    big = sans(50)
    text_box = d.textbbox((200, 100), "Bugetele estimate", font=big)
    d.text((200, 100), "Bugetele estimate", font=big, fill=0)
    d.multiline_text((1500, 300), "Buget de\nstat", font=sans(26), fill=0, spacing=6)
    gray = np.asarray(img, dtype=np.uint8).copy()
    raw = [{"text": t, "conf": 95.0, "x": x, "y": text_box[1], "w": w, "h": text_box[3] - text_box[1],
            "key": (1, 1, 1)} for t, x, w in [("Bugetele", text_box[0], 200), ("estimate", text_box[0] + 230, 200),
                                             ("sociale", text_box[0] + 460, 170)]]
    texts = [w["text"] for w in refine_cells(gray, np.zeros_like(gray), raw, _lang())]
    assert "stat" in texts and "Buget" in texts, texts


def test_a_bullet_read_as_a_point_from_a_crop_of_its_own_is_a_bullet_on_its_line():
    """The bullet of "• anchete sociale – 1.395;" read again from its own crop came back ".", a text line of its own
    with its ink's box: the item was cut from its bullet, and the figure it states was lost."""
    from extractors.readers.ocr_words import _fix_bullets

    def word(text, x, key, y=100, w=100, h=30):
        return {"text": text, "conf": 90.0, "x": x, "y": y, "w": w, "h": h, "key": key}

    raw = [word(".", 40, ("cell", 7, 1, 1, 1), y=110, w=10, h=10), word("anchete", 70, (3, 1, 2)),
           word("sociale", 180, (3, 1, 2)), word("1.395", 40, (3, 1, 3), y=200), word(".", 150, (3, 1, 3), y=220, w=6,
                                                                                     h=6)]
    _fix_bullets(raw)
    assert [(w["text"], w["key"]) for w in raw] == [("•", (3, 1, 2)), ("anchete", (3, 1, 2)), ("sociale", (3, 1, 2)),
                                                    ("1.395", (3, 1, 3)), (".", (3, 1, 3))]


def test_a_short_cell_of_a_figure_is_read_as_a_line_and_a_marks_as_a_block(monkeypatch):
    """A figure alone in its cell is read as one line of text (``--psm 7``); a mark no taller than half the text height
    (a round bullet) is read as a block as before: as a line, a bullet came back "Lă" with confidence 86, and the list
    items lost their bullets and one of them its figure."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers import ocr

    img = Image.new("L", (2480, 600), 255)
    d = ImageDraw.Draw(img)
    d.ellipse((300, 260, 312, 272), fill=0)  # a bullet's blot, 13 px
    d.text((1500, 240), "0", font=sans(31), fill=0)
    gray = np.asarray(img, dtype=np.uint8).copy()
    read: list[tuple[int, int]] = []  # (psm, height of the crop's ink)

    def batch(images, lang, psm, timeout):
        for im in images:
            read.append((psm, int((im < 128).any(axis=1).sum())))
        return [[] for _ in images]

    monkeypatch.setattr(ocr, "_tesseract_batch", batch)
    # words elsewhere on the page, 28 px tall: the page's text height
    words = [{"text": "sociale", "conf": 90.0, "x": 100 + 300 * k, "y": 500, "w": 120, "h": 28, "key": (1, 1, 1)}
             for k in range(3)]
    ocr.refine_cells(gray, np.zeros_like(gray), words, "ron")
    # each short cell read from its crop and its cleaned crop: the bullet (13 px of ink) as a block, the "0" as a line
    assert sorted((psm, ink <= 14) for psm, ink in read) == [(6, True), (6, True), (7, False), (7, False)], read


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_a_lone_stroke_past_a_space_is_read_from_its_block_as_a_letter():
    """"8899 CPDH I" of a borderless scan: the page's reading ran "CPDH" and the grade's "I" together ("CPDHII",
    confidence 43), so both blocks of ink were read again. The stroke's block is as tall as a letter and narrow, and
    was read as a label printed vertically (as a block, and turned both ways): nothing came back, and the grade was
    lost. Read as a line of text it is a stroke ("|", "I", "l")."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    from extractors.readers.ocr import _lang, refine_cells

    img = Image.new("L", (2480, 600), 255)
    d, f = ImageDraw.Draw(img), sans(31)
    label = d.textbbox((300, 250), "Inspectori sociali", font=f)
    d.text((300, 250), "Inspectori sociali", font=f, fill=0)
    code = d.textbbox((1500, 250), "CPDH", font=f)
    d.text((1500, 250), "CPDH", font=f, fill=0)
    grade = d.textbbox((code[2] + 16, 250), "I", font=f)
    d.text((code[2] + 16, 250), "I", font=f, fill=0)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    gray = np.clip(np.asarray(img, dtype=np.float32) + np.random.default_rng(0).normal(0, 10, (600, 2480)), 0, 255)
    gray = gray.astype(np.uint8)
    raw = [{"text": "Inspectori sociali", "conf": 95.0, "x": label[0], "y": label[1], "w": label[2] - label[0],
            "h": label[3] - label[1], "key": (1, 1, 1)},
           {"text": "CPDHII", "conf": 43.0, "x": code[0], "y": code[1], "w": grade[2] - code[0],
            "h": code[3] - code[1], "key": (2, 1, 1)}]
    out = refine_cells(gray, np.zeros_like(gray), raw, _lang())
    strokes = [w for w in out if w["x"] >= grade[0] - 4 and w["x"] + w["w"] <= grade[2] + 4]
    assert [w["text"] for w in strokes] in (["|"], ["I"], ["l"]), [(w["text"], w["x"]) for w in out]
    assert any(w["text"] == "CPDH" for w in out)


def _drawn_word(text: str, size: int = 40):
    """A page image of ``text`` in DejaVu Sans, blurred as a scan, and the word as Tesseract gives it: its box and its
    symbols' right edges (where each letter's ink stops)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    img = Image.new("L", (900, 200), 255)
    d, f = ImageDraw.Draw(img), sans(size)
    d.text((100, 60), text, font=f, fill=0)
    gray = np.asarray(img.filter(ImageFilter.GaussianBlur(0.6)), dtype=np.uint8).copy()
    x0, y0, x1, y1 = d.textbbox((100, 60), text, font=f)
    chars = [(ch, 100, d.textbbox((100, 60), text[:k + 1], font=f)[2]) for k, ch in enumerate(text)]
    return gray, {"text": text, "conf": 80.0, "x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0, "key": (1, 1, 1),
                  "chars": chars}


@pytest.mark.parametrize("printed", ["Bumbești-Jiu", "Baia-Sprie,", "Sfântu-Ovidiu"])
def test_a_capital_after_a_hyphen_read_as_its_small_letter_is_a_capital(printed):
    """"Bumbești-Jiu" in a report's title came back "Bumbești-jiu": the town was not found, and its county was lost.
    The ink of the letter after the hyphen is as tall as the word's first capital and has no point over it."""
    from extractors.readers.ocr_words import _fix_capitals_after_hyphen

    gray, wd = _drawn_word(printed)
    k = printed.index("-") + 1
    read = printed[:k] + printed[k].lower() + printed[k + 1:]
    wd["text"], wd["chars"][k] = read, (read[k],) + wd["chars"][k][1:]
    _fix_capitals_after_hyphen(gray, [wd])
    assert wd["text"] == printed
    assert "".join(c[0] for c in wd["chars"]) == printed


@pytest.mark.parametrize("printed", ["Bumbești-jiu", "Nord-vest", "Sud-est", "Cluj-odată", "Drobeta-Turnu",
                                     "social-cultural"])
def test_a_small_letter_after_a_hyphen_stays_small(printed):
    from extractors.readers.ocr_words import _fix_capitals_after_hyphen

    gray, wd = _drawn_word(printed)
    _fix_capitals_after_hyphen(gray, [wd])
    assert wd["text"] == printed


@pytest.mark.parametrize("read, meant", [("5,237.270,00", "5.237.270,00"), ("72.237,670,00", "72.237.670,00"),
                                         ("1,500,00", "1.500,00")])
def test_a_thousands_point_read_as_a_comma_is_a_point(read, meant):
    """"5.237.270,00" (external funds approved) came back "5,237.270,00", read 5.237 lei."""
    from extractors.readers.ocr_words import _fix_group_marks

    raw = [_word(read)]
    _fix_group_marks(raw)
    assert raw[0]["text"] == meant


@pytest.mark.parametrize("word", ["5.237.270,00", "1,500", "2,5", "1,234,567", "12,50", "3.14", "1,2345,00"])
def test_other_figures_keep_their_marks(word):
    from extractors.readers.ocr_words import _fix_group_marks

    raw = [_word(word)]
    _fix_group_marks(raw)
    assert raw[0]["text"] == word


def _code_word(printed: str, read: str):
    """A page image of the code ``printed`` (DejaVu Sans, the generated documents' type) and Tesseract's word for it
    read as ``read``: one symbol per character, ``read``'s point (when ``printed`` has none) boxed over the end of the
    letter before it, as the page's reading boxed it."""
    import numpy as np
    from PIL import Image, ImageDraw

    img = Image.new("L", (900, 200), 255)
    d = ImageDraw.Draw(img)
    f = sans(30)
    d.text((100, 80), printed, font=f, fill=0)
    x0, y0, x1, y1 = d.textbbox((100, 80), printed, font=f)
    edges = [100 + int(f.getlength(printed[:k])) for k in range(len(printed) + 1)]
    chars = [(ch, edges[k], edges[k + 1]) for k, ch in enumerate(printed)]
    if "." in read and "." not in printed:
        at = read.index(".")
        before = chars[at - 1]
        chars.insert(at, (".", (before[1] + before[2]) // 2, before[2]))
    chars = [(ch, a, b) for ch, (_, a, b) in zip(read, chars)]  # a letter misread in place ("l" for "I")
    word = {"text": read, "conf": 80.0, "x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0, "key": (1, 1, 1),
            "chars": chars}
    return np.asarray(img, dtype=np.uint8).copy(), word


@pytest.mark.parametrize("printed, read", [("8790CR-VD-III", "8790CR-VD.-III"), ("CZ-VD-III", "CZ-VD.-IIl")])
def test_a_point_read_before_a_codes_hyphen_where_the_paper_has_none_is_dropped(printed, read):
    """Tesseract read the bowl of a "D" before a hyphen as a point too ("8790CR-VD.-III"), and the code came out cut
    at it ("8790 CR-VD", its grade lost)."""
    from extractors.readers.ocr_words import _drop_inkless_points, _fix_roman_case

    gray, word = _code_word(printed, read)
    raw = [word]
    _drop_inkless_points(gray, raw)
    _fix_roman_case(raw)
    assert raw[0]["text"] == printed
    assert "".join(c[0] for c in raw[0]["chars"]) == read.replace(".", "")  # the symbols kept with the text


def test_a_point_the_paper_shows_before_a_codes_hyphen_stays():
    from extractors.readers.ocr_words import _drop_inkless_points

    gray, word = _code_word("CZ-VD.-III", "CZ-VD.-III")
    raw = [word]
    _drop_inkless_points(gray, raw)
    assert raw[0]["text"] == "CZ-VD.-III"


def test_a_codes_family_read_in_small_letters_after_its_class_is_in_capitals():
    """A code wrapped in its cell ("8899CZ-P" / "N-III") came back "8899cz-P": no code, and the service lost it."""
    from extractors.readers.ocr_words import _fix_capitals_after_hyphen

    gray, wd = _drawn_word("8899CZ-P")
    wd["text"] = "8899cz-P"
    wd["chars"][4:6] = [("c",) + wd["chars"][4][1:], ("z",) + wd["chars"][5][1:]]
    _fix_capitals_after_hyphen(gray, [wd])
    assert wd["text"] == "8899CZ-P"


def test_small_letters_printed_after_figures_stay_small():
    from extractors.readers.ocr_words import _fix_capitals_after_hyphen

    gray, wd = _drawn_word("2024cz-P")
    _fix_capitals_after_hyphen(gray, [wd])
    assert wd["text"] == "2024cz-P"


@pytest.mark.parametrize("blot_y, read", [(110, "•"), (122, "„")])
def test_a_bullet_read_as_a_low_quotation_mark_is_a_bullet_above_the_baseline(blot_y, read):
    """The bullet of "• Serviciul de îngrijire la domiciliu …, cod 8810 ID I: 108.000 lei" came back "„" (confidence
    7), and the item was no subsidy. A bullet's blot stands over its line's baseline, mid-way up the small letters; a
    low quotation mark opening a line stands on the baseline and stays as read."""
    from extractors.readers.ocr_words import _fix_bullets

    def word(text, x, y=100, w=100, h=30):
        return {"text": text, "conf": 90.0, "x": x, "y": y, "w": w, "h": h, "key": (11, 1, 1)}

    raw = [word("„", 40, y=blot_y, w=12, h=11), word("Serviciul", 70), word("de", 180, w=40), word("îngrijire", 230)]
    _fix_bullets(raw)
    assert raw[0]["text"] == read


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
@pytest.mark.parametrize("conf, read_again", [(52.0, True), (95.0, False)])
def test_a_short_word_alone_in_its_cell_read_unsure_is_read_again(conf, read_again):
    """A borderless table's row number "1.", alone in its block, came back "de" with confidence 52 from the page's
    reading (plan_county_annual_action 1008): over the limit of a low confidence, its cell was not read again. A
    cell's one word of one or two characters read under 90 is: its crop reads "1."; a sure reading stays."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr import _lang, refine_cells

    img = Image.new("L", (2480, 600), 255)
    d = ImageDraw.Draw(img)
    f = sans(31)
    label = d.textbbox((600, 250), "Centrul Brădeni", font=f)
    d.text((600, 250), "Centrul Brădeni", font=f, fill=0)
    box = d.textbbox((240, 250), "1.", font=f)
    d.text((240, 250), "1.", font=f, fill=0)
    gray = np.asarray(img, dtype=np.uint8).copy()
    raw = [{"text": "de", "conf": conf, "x": box[0] - 4, "y": box[1] - 6, "w": box[2] - box[0] + 8,
            "h": box[3] - box[1] + 12, "key": (1, 1, 1)},
           {"text": "Centrul Brădeni", "conf": 95.0, "x": label[0], "y": label[1], "w": label[2] - label[0],
            "h": label[3] - label[1], "key": (2, 1, 1)}]
    texts = [w["text"] for w in refine_cells(gray, np.zeros_like(gray), raw, _lang())]
    assert ("1." in texts) == read_again and ("de" in texts) == (not read_again), texts


@pytest.mark.parametrize("read, meant", [("CZ-Vv-Il", "CZ-V-II"), ("8810CZ-Vv-II", "8810CZ-V-II"),
                                         ("CZ-VDd-I", "CZ-VD-I")])
def test_a_codes_group_letter_read_twice_as_capital_and_small_is_read_once(read, meant):
    """"8810 CZ-V-II" came back "CZ-Vv-Il" (plan_commune 1003 ruled scan): the group's "V" read twice, and the numeral
    after a group that is none was not taken for one; the code came out "CZ-V-V"."""
    from extractors.readers.ocr_words import _fix_roman_case

    raw = [_word(read)]
    _fix_roman_case(raw)
    assert raw[0]["text"] == meant


@pytest.mark.parametrize("word", ["CZ-Pp-I", "ONG-Vv-I", "Vv-Il", "CR-Vv"])  # no group, no family, no grade after
def test_a_small_letter_after_its_capital_in_no_codes_group_stays(word):
    from extractors.readers.ocr_words import _fix_roman_case

    raw = [_word(word)]
    _fix_roman_case(raw)
    assert raw[0]["text"] == word
