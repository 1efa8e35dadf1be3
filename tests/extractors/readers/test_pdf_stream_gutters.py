"""Ruleless tables read whole: a small table of words high on its page, columns one space apart that the whole body
agrees on, one-cell lines set like the table's own rows just above it, a dash standing for a figure."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.model import Table
from extractors.readers.pdf import read_pdf


def _tables(doc):
    return [b for b in doc.blocks if isinstance(b, Table)]


def test_small_table_of_words_high_on_its_page_is_a_table_not_a_header_left_at_the_foot(gen_dir, pdf_font):
    # a table of words alone (no figure) at the top of the only page, its lines one line apart: a header left
    # alone at the foot of a page looks the same, but had no room for its rows; this one had the whole page
    path = gen_dir / "words_table_top.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 11)
    xs = [90, 165, 242, 317, 396, 468]
    rows = [["Outer 1", "Outer 2", "Long 1", "Long 2", "Inner", "Long 3"],
            ["A1", "B1", "C1", "D1", "E1", "F1"],
            ["", "", "C2", "D2", "", "F2"],
            ["", "", "C3", "D3", "", "F3"]]
    for i, row in enumerate(rows):
        for x, text in zip(xs, row):
            if text:
                c.drawString(x, 760 - 14 * i, text)
    c.showPage()
    c.save()
    doc = read_pdf(path, "wt")
    (table,) = _tables(doc)
    assert table.grid() == rows
