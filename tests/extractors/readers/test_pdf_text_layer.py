"""The text layer judged by what it is (a page of figures is text, private-use glyphs are not), glyph sizes from
the glyph boxes where the reported font size disagrees, and password-protected PDFs."""
from __future__ import annotations

import pytest
from conftest import make_encrypted_pdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.model import ReaderError, Table
from extractors.readers.pdf import glyph_size, judge_text_layer, read_pdf


def _chars(text: str):
    return [(ch, 0, 0, 1, 1, 10.0, 0.0) for ch in text]


def test_page_of_figures_is_text_and_private_use_glyphs_are_broken():
    figures = "1.250.000 34.500 12,5% 2023 - 7.841 2.402 (3.000) 2022/2023 " * 3
    assert judge_text_layer(_chars(figures), 0) == "text"
    assert judge_text_layer(_chars("".join(chr(0xE000 + k) for k in range(40))), 0) == "broken"
    assert judge_text_layer(_chars("(cid:12)(cid:7)(cid:40) Ana (cid:3)(cid:9)"), 0) == "broken"
    # glyphs pdfium could not map to unicode count as broken whatever letter they came out as
    assert judge_text_layer(_chars("Serviciile sociale"), unmapped=10) == "broken"
    assert judge_text_layer(_chars("short"), 0) == "empty"


def test_budget_page_of_figures_keeps_its_text_and_table(gen_dir, pdf_font):
    """A ruled table of figures with a one-word header: under 40 % of its glyphs are letters."""
    path = gen_dir / "figures.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    xs = [40, 140, 240, 340, 440]
    rows = [["Cod", "2021", "2022", "2023"]] + [[f"{k}0.{k}1", f"{k}.250.000", f"{k}34.500", f"{k}2,5%"]
                                                for k in range(1, 9)]
    top = 780
    for r, row in enumerate(rows):
        for i, text in enumerate(row):
            c.drawString(xs[i] + 4, top - 20 * r - 14, text)
    for r in range(len(rows) + 1):
        c.line(xs[0], top - 20 * r, xs[-1], top - 20 * r)
    for x in xs:
        c.line(x, top, x, top - 20 * len(rows))
    c.showPage()
    c.save()
    doc = read_pdf(path, "fig")
    assert not any(w.startswith("garbage_text_layer") for w in doc.warnings)
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    grid = table.grid()
    assert grid[0] == ["Cod", "2021", "2022", "2023"]
    assert grid[3] == ["30.31", "3.250.000", "334.500", "32,5%"]


def test_private_use_glyphs_are_reported_as_a_broken_text_layer(gen_dir):
    path = gen_dir / "pua.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    # text whose glyphs map to private-use code points (a symbol font without a usable unicode map)
    c.drawString(40, 780, "".join(chr(0xF041 + k % 26) for k in range(60)))
    c.showPage()
    c.save()
    doc = read_pdf(path, "pua")
    assert any(w.startswith("garbage_text_layer: page 1") for w in doc.warnings)
    assert not list(doc.text_blocks())


def test_glyph_size_from_the_box_when_the_reported_size_disagrees():
    assert glyph_size(11.0, 12.6) == 11.0
    assert glyph_size(1.0, 12.65) == pytest.approx(11.0, abs=0.1)
    assert glyph_size(0.0, 11.5) == pytest.approx(10.0, abs=0.1)


def test_words_not_split_into_letters_where_a_1pt_font_is_scaled_by_the_text_matrix(gen_dir):
    """A 1 pt font scaled to 11 pt by the text matrix, with a little letter spacing: pdfium reports the
    size as 1.0, and a word-joining gap measured on it would split every word into letters."""
    path = gen_dir / "scaled_font.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    t = c.beginText()
    t.setFont("Helvetica", 1)
    t.setTextTransform(11, 0, 0, 11, 40, 780)
    t.setCharSpace(0.04)  # in text space: 0.44 pt on the page
    t.textOut("Investigations 2400 total")
    c.drawText(t)
    c.showPage()
    c.save()
    doc = read_pdf(path, "fs")
    assert [b.text for b in doc.text_blocks()] == ["Investigations 2400 total"]


def test_protected_pdf_opens_with_its_password(gen_dir):
    path = make_encrypted_pdf(gen_dir / "protected.pdf")
    with pytest.raises(ReaderError) as e:
        read_pdf(path, "x")
    assert e.value.reason == "encrypted_pdf" and "password" in str(e.value)
    with pytest.raises(ReaderError) as e:
        read_pdf(path, "x", password="wrong")
    assert e.value.reason == "encrypted_pdf" and "does not open it" in str(e.value)
    doc = read_pdf(path, "x", password="secret-user")
    assert [b.text for b in doc.text_blocks()] == ["Confidential plan"]


def test_grid_lines_a_sliver_apart_with_no_text_between_are_one_line():
    """Cells framed each on its own with a frame inset in them (a table exported with cell padding drawn): the
    lattice sees 5 pt strips between the frames. Nothing fits in them: they are no columns, no rows."""
    from extractors.readers._pdf_layout import Word
    from extractors.readers._pdf_ruled import build_ruled_table, drop_empty_columns_rows

    bounds = [(36.0, 41.0), (152.0, 157.5, 163.0), (270.0, 275.5, 281.0), (390.0, 395.0)]
    xs = [x for group in bounds for x in group]
    ys = [50.0, 55.0, 75.0, 80.0, 85.0, 105.0, 110.0]
    cells = [(x0, y0, x1, y1) for x0, x1 in zip(xs, xs[1:]) for y0, y1 in zip(ys, ys[1:])]
    texts = [["Serviciu", "Beneficiari", "Buget"], ["Cantină", "120", "35.000"]]
    words = [Word(t, x + 10, y + 5, x + 40, y + 15) for row, y in zip(texts, (55.0, 85.0))
             for t, x in zip(row, (41.0, 163.0, 281.0))]
    table, _, _ = build_ruled_table(cells, words, 1)
    table = drop_empty_columns_rows(table)
    assert table.n_cols == 3
    assert [r for r in table.grid() if any(r)] == texts
    assert len(table.rows) == 2


def test_banded_rows_are_shading_not_rules(gen_dir, pdf_font):
    """A table without rules whose every other row has its cells shaded grey (filled rectangles, no stroke): the
    shading draws no grid, the table is read from its text (one row per band of text, every column)."""
    path = gen_dir / "banded.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    rows = [["Județ", "Buget local", "Buget de stat"], ["Arad", "1.200", "300"], ["Bihor", "2.450", "1.100"],
            ["Cluj", "3.000", "-"], ["Dolj", "950", "420"]]
    xs, top, h = [50, 200, 330], 780, 20
    for r, row in enumerate(rows):
        y = top - r * h
        if r % 2:  # each cell shaded on its own, a hair apart
            c.setFillGray(0.85)
            for x0, x1 in zip(xs, xs[1:] + [460]):
                c.rect(x0 - 4, y - h + 4, x1 - x0 - 1, h, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(pdf_font, 10)
        for x, text in zip(xs, row):
            c.drawString(x, y - 10, text)
    c.showPage()
    c.save()
    (table,) = [b for b in read_pdf(path, "banded").blocks if isinstance(b, Table)]
    assert table.grid() == rows


def test_control_glyph_in_the_text_leaves_the_next_lines_whole(gen_dir):
    """pdfium leaves control characters (here an unmapped code 3) out of the page's text, which then no longer
    lines up with the characters' boxes: every glyph read after it must still come with its own box."""
    path = gen_dir / "control_glyph.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 720, "Titlu")
    t = c.beginText(72, 700)
    t.setFont("Helvetica", 11)
    t._code.append("(Servicii sociale\\003 pentru copii si familie) Tj")  # a raw code 3 inside the string
    c.drawText(t)
    c.drawString(72, 680, "Centrul de zi pentru varstnici din sector")
    c.save()
    texts = [getattr(b, "text", "") for b in read_pdf(path, "d").blocks]
    assert "Centrul de zi pentru varstnici din sector" in texts


def test_right_to_left_letters_make_one_word_in_reading_order():
    """pdfium gives Arabic/Hebrew letters in reading order, each left of the one before: one word, read as
    written, not a word per letter; a left-to-right word after a gap stays a word of its own."""
    from extractors.readers._pdf_chars import Frame, chars_to_words

    frame = Frame((0, 0, 600, 800), 0)
    word = "مرحبا"
    chars = [(ch, 200 - 6 * (k + 1), 700, 200 - 6 * k, 712, 11.0, 0) for k, ch in enumerate(word)]
    chars += [(" ", 0, 0, 0, 0, 0, 0)] + [(ch, 220 + 6 * k, 700, 226 + 6 * k, 712, 11.0, 0)
                                          for k, ch in enumerate("Ana")]
    words = chars_to_words(chars, frame)
    assert [w.text for w in words] == [word, "Ana"]
    assert words[0].x0 == 170 and words[0].x1 == 200


def test_currency_sign_set_apart_joins_its_figure():
    """A "$" set flush left in a column of right-aligned figures is the figure's unit: one word "$ 71.15";
    a sign with no figure after it, or one far from it, stays a word of its own."""
    from extractors.readers._pdf_chars import Frame, chars_to_words

    def run(text, x, y=700):
        return [(ch, x + 5 * k, y, x + 5 * (k + 1), y + 10, 8.0, 0) for k, ch in enumerate(text)]

    brk = [(" ", 0, 0, 0, 0, 0, 0)]
    chars = run("$", 500) + brk + run("71.15", 514) + brk + run("$", 500, 650) + brk + run("Total", 512, 650)
    chars += brk + run("$", 300, 600) + brk + run("12", 400, 600)
    words = chars_to_words(chars, Frame((0, 0, 600, 800), 0))
    assert [w.text for w in words] == ["$ 71.15", "$", "Total", "$", "12"]
    assert (words[0].x0, words[0].x1) == (500, 539)


def test_letter_spaced_title_is_read_as_words(gen_dir, pdf_font):
    """A title set letter-spaced, each letter drawn apart 0.17 em from the next (pdfium gives each as a word):
    the letters, equally spaced and closer than a word space, are joined into their words ("Vins au Verre"). Letters
    typed with spaces between them (a space is 0.25 em or more) and short words one space apart stay as they are."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    path = gen_dir / "letter_spaced.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    size, x = 15.0, 50.0
    c.setFont(pdf_font, size)
    for ch in "Vins au Verre":
        if ch != " ":
            c.drawString(x, 800, ch)
        x += stringWidth(ch, pdf_font, size) + 0.17 * size
    c.drawString(50, 760, "H O T Ă R Â R E")
    c.setFont(pdf_font, 10)
    c.drawString(50, 730, "Servicii 2 în 1 a b c de la o")
    c.showPage()
    c.save()
    texts = [b.text for b in read_pdf(path, "spaced").blocks]
    assert texts == ["Vins au Verre", "H O T Ă R Â R E", "Servicii 2 în 1 a b c de la o"]


def test_rules_filled_in_one_path_with_a_shaded_cell_are_rules(gen_dir, pdf_font):
    """A grid whose rules are thin filled rectangles, drawn in one path with the shading of its group header cell
    ("Bugete" over "Local" / "Stat"): the shaded rectangle draws no rule, the thin ones do (the whole path was
    taken for shading, so the grid lost its header rules and "Bugete" was read as a paragraph above it)."""
    path = gen_dir / "rules_with_shading.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFillGray(0.6)
    p = c.beginPath()
    p.rect(150, 760, 200, 20)  # the group cell's shading
    t = 0.8
    for x0, x1, y in ((50, 350, 780), (150, 350, 760), (50, 350, 740), (50, 350, 720), (50, 350, 700)):
        p.rect(x0, y - t / 2, x1 - x0, t)
    for x, y0, y1 in ((50, 700, 780), (150, 700, 780), (350, 700, 780), (250, 700, 760)):
        p.rect(x - t / 2, y0, t, y1 - y0)
    c.drawPath(p, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont(pdf_font, 10)
    for x, y, text in ((55, 755, "Județ"), (215, 766, "Bugete"), (155, 746, "Local"), (255, 746, "Stat"),
                       (55, 726, "Arad"), (155, 726, "1.200"), (255, 726, "300"),
                       (55, 706, "Bihor"), (155, 706, "2.450"), (255, 706, "1.100")):
        c.drawString(x, y, text)
    c.showPage()
    c.save()
    doc = read_pdf(path, "rules_shading")
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    g = table.grid(fill_spans=False)
    assert g[0][1] == "Bugete" and g[1][1:] == ["Local", "Stat"] and g[-1] == ["Bihor", "2.450", "1.100"]
    assert not [b for b in doc.blocks if not isinstance(b, Table)]
